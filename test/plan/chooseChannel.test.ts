import { describe, expect, it } from "vitest";
import { chooseChannel, FollowUpInputError, type ChannelSituation } from "../../src/index";

describe("chooseChannel", () => {
  it.each<[string, ChannelSituation, string, string]>([
    ["nothing known: the call the articles describe", {}, "call", "C1"],
    ["a direct number and an answer needed soon", { directNumberKnown: true, needAnswerSoon: true }, "call", "C8"],
    ["a phone-centred job", { directNumberKnown: true, phoneCentredRole: true }, "call", "C8"],
    ["writing is not a strength", { directNumberKnown: true, comfortableWriting: false }, "call", "C8"],
    ["a strong feeling after the interview", { directNumberKnown: true, interviewWentWell: true }, "call", "C8"],
    ["good at writing, nothing for the phone", { directNumberKnown: true, comfortableWriting: true }, "email", "C8"],
    ["good at writing but an answer is needed soon", { directNumberKnown: true, comfortableWriting: true, needAnswerSoon: true }, "call", "C8"],
    ["no direct number", { directNumberKnown: false, needAnswerSoon: true }, "email", "C1"],
    ["no direct number, earlier LinkedIn contact", { directNumberKnown: false, priorLinkedInContact: true }, "linkedin", "C1"],
    ["a call already made", { callAlreadyMade: true, directNumberKnown: true, needAnswerSoon: true }, "email", "C5"],
    ["a call already made, earlier LinkedIn contact", { callAlreadyMade: true, priorLinkedInContact: true }, "linkedin", "C5"],
    ["too late to call", { directNumberKnown: true, daysSinceInterview: 45 }, "email", "derived"],
    ["too late by a custom cap", { directNumberKnown: true, daysSinceInterview: 20, lateAfterDays: 14 }, "email", "derived"],
    ["not yet too late", { directNumberKnown: true, daysSinceInterview: 20 }, "call", "C1"],
  ])("%s → %s", (_name, situation, channel, basis) => {
    const choice = chooseChannel(situation);
    expect(choice.channel).toBe(channel);
    expect(choice.reasons.map((reason) => reason.basis)).toContain(basis);
    expect(choice.alternatives).not.toContain(channel);
    for (const reason of choice.reasons) expect(reason.message.length).toBeGreaterThan(20);
  });

  it("never suggests LinkedIn without earlier contact there (C4), nor a note when an answer is needed soon", () => {
    for (const callAlreadyMade of [true, false, undefined])
      for (const directNumberKnown of [true, false, undefined])
        for (const needAnswerSoon of [true, false]) {
          const choice = chooseChannel({ callAlreadyMade, directNumberKnown, needAnswerSoon });
          expect([choice.channel, ...choice.alternatives]).not.toContain("linkedin");
          if (needAnswerSoon) expect(choice.alternatives).not.toContain("note");
          if (callAlreadyMade || directNumberKnown === false) expect([choice.channel, ...choice.alternatives]).not.toContain("call");
        }
  });

  it("reads null as not said", () => {
    expect(chooseChannel({ directNumberKnown: null as never }).channel).toBe("call");
    expect(chooseChannel(undefined).channel).toBe("call");
  });

  it.each([
    ["needAnswerSoon", { needAnswerSoon: "yes" }],
    ["daysSinceInterview", { daysSinceInterview: -1 }],
    ["daysSinceInterview", { daysSinceInterview: 2.5 }],
    ["needAnswerSon", { needAnswerSon: true }],
  ])("rejects a bad %s", (path, situation) => {
    let error: unknown;
    try {
      chooseChannel(situation as never);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(FollowUpInputError);
    expect((error as FollowUpInputError).issues[0]?.path).toEqual(path === "" ? [] : [path]);
    if (path === "") expect((error as FollowUpInputError).issues[0]?.message).toContain('did you mean "needAnswerSoon"');
  });

  it("rejects a situation that is not an object", () => {
    expect(() => chooseChannel("call" as never)).toThrow(FollowUpInputError);
  });
});
