import { describe, expect, it } from "vitest";
import { lintScript } from "../../src/index";

/** The cases a new user reported against the first version: each must now come out right. */
const context = {
  kind: "call" as const,
  candidateName: "Dana Whitfield",
  jobTitle: "Night Shift Supervisor",
  interviewDate: "2026-11-09",
  timeZone: "America/Chicago",
  at: "2026-11-19T10:30:00-06:00",
  phone: "+1 312 555 0147",
};

const silent: [string, string][] = [
  ["When will candidates hear back?", "no-asking-about-candidates"],
  ["What benefits are you offering?", "no-asking-for-decision"],
  ["Thank you for seeing me at such short notice.", "no-complaining"],
  ["I have another offer, so I'd need a decision by Friday.", "no-asking-for-decision"],
  ["I have another offer, so I'd need a decision by Friday.", "no-questioning-delay"],
  ["It's been a week since our interview and I'm still very excited about the role.", "no-questioning-delay"],
  ["Hi Priya, we met two weeks ago about the analyst role.", "no-questioning-delay"],
];

const reported: [string, string][] = [
  ["are there many folks ahead of me in the queue?", "no-asking-about-candidates"],
  ["so is it between me and somebody else at this point", "no-asking-about-candidates"],
  ["quick question how many other people did you interview", "no-asking-about-candidates"],
  ["be straight with me, am I the one you want?", "no-asking-for-decision"],
  ["three weeks now and zero news, seriously??", "no-questioning-delay"],
  ["I haven't heard back from you.", "no-questioning-delay"],
  ["Why haven't you come back to me?", "no-questioning-delay"],
  ["the pay you quoted is frankly insulting", "no-complaining"],
  ["your careers site is a maze", "no-complaining"],
];

/**
 * Reported phrasings the rules miss today, kept visible: each test passes only while the case is
 * missed, so the day it is caught the test fails and the case moves up to `reported`. (The word
 * pair model trained on the corpora of 2026-11-25 reads "hiring call" as talk about the decision
 * and vetoes the rhetorical "how hard can"; see docs/accuracy.md, known blind spots.)
 */
const knownMisses: [string, string][] = [["how hard can one hiring call be", "no-complaining"]];

describe("never-say rules on the reported phrasings", () => {
  it.each(knownMisses)("%s is still missed by %s (a known blind spot)", (text, rule) => {
    expect(lintScript(text, { stage: "pre-decision" }).map((diagnostic) => diagnostic.ruleId)).not.toContain(rule);
  });
  it.each(silent)("%s is not reported by %s", (text, rule) => {
    expect(lintScript(text, { stage: "pre-decision" }).map((diagnostic) => diagnostic.ruleId)).not.toContain(rule);
  });
  it.each(reported)("%s is reported by %s", (text, rule) => {
    expect(lintScript(text, { stage: "pre-decision" }).map((diagnostic) => diagnostic.ruleId)).toContain(rule);
  });
});

describe("dates said around the moment of the call", () => {
  const base = { kind: "follow-up-email" as const, jobTitle: "Operations Analyst", interviewDate: "2026-11-17", timeZone: "America/New_York" };
  const says = (when: string, at: string) =>
    lintScript(`I interviewed for the Operations Analyst role ${when}.`, { ...base, at }).find((diagnostic) => diagnostic.ruleId === "mention-role-and-date")?.messageId;
  it.each([
    ["on Tuesday", "2026-11-18T10:00:00-05:00", undefined],
    ["yesterday", "2026-11-18T10:00:00-05:00", undefined],
    ["last week", "2026-11-18T10:00:00-05:00", "wrongDate"],
    ["last week", "2026-11-25T10:00:00-05:00", undefined],
    ["last Tuesday", "2026-11-25T10:00:00-05:00", undefined],
    // Said on a Friday, "last Tuesday" may mean the Tuesday of the week before, ten days back.
    ["last Tuesday", "2026-11-27T10:00:00-05:00", undefined],
    ["last Tuesday", "2026-12-04T10:00:00-05:00", "wrongDate"],
    ["the Tuesday before last", "2026-12-01T10:00:00-05:00", undefined],
    ["the Tuesday before last", "2026-12-04T10:00:00-05:00", undefined],
    ["the Tuesday before last", "2026-12-09T10:00:00-05:00", "wrongDate"],
    ["earlier this week", "2026-11-30T10:00:00-05:00", "wrongDate"],
    ["this morning", "2026-11-19T10:00:00-05:00", "wrongDate"],
    ["ten days back", "2026-11-27T10:00:00-05:00", undefined],
    ["ten days back", "2026-11-20T10:00:00-05:00", "wrongDate"],
    // Weeks counted to a day next to today: "three weeks yesterday" is 22 days back, "it'll be two
    // weeks tomorrow" thirteen ("I could start two weeks tomorrow" looks ahead: no date said).
    ["three weeks yesterday", "2026-12-09T10:00:00-05:00", undefined],
    ["three weeks yesterday", "2026-12-04T10:00:00-05:00", "wrongDate"],
    ["and it'll be two weeks tomorrow", "2026-11-30T10:00:00-05:00", undefined],
    ["and it'll be two weeks tomorrow", "2026-12-03T10:00:00-05:00", "wrongDate"],
    ["and I could start two weeks tomorrow", "2026-11-30T10:00:00-05:00", "missingDate"],
    ["two weeks today", "2026-12-01T10:00:00-05:00", undefined],
    ["a couple of weeks ago", "2026-11-30T10:00:00-05:00", undefined],
    ["a couple of weeks ago", "2026-11-20T10:00:00-05:00", "wrongDate"],
    ["a few days ago", "2026-11-21T10:00:00-05:00", undefined],
    ["on the 17th", "2026-12-01T10:00:00-05:00", undefined],
    ["on the 18th", "2026-12-01T10:00:00-05:00", "wrongDate"],
  ])("%s, said at %s", (when, at, expected) => {
    expect(says(when, at)).toBe(expected);
  });

  it("without the moment, checks only what can be checked", () => {
    expect(lintScript("I interviewed for the Operations Analyst role on Wednesday.", base).find((d) => d.ruleId === "mention-role-and-date")?.messageId).toBe("wrongDay");
    expect(lintScript("I interviewed for the Operations Analyst role last week.", base).map((d) => d.ruleId)).not.toContain("mention-role-and-date");
  });
});

describe("presence rules on complete openers said loosely", () => {
  const opener = (middle: string) => `Hi Priya, it's Dana Whitfield. ${middle} Thanks again for your time, I'd genuinely love to be part of it.`;
  it.each([
    "Is now okay for two minutes? I'm calling about the night-shift supervisor opening I interviewed for on Monday afternoon last week.",
    "Can I borrow you briefly? It's about the night-shift supervisor opening; we met ten days back.",
    "Have you got a sec? It's about the night shift supervisor job I interviewed for on the 9th.",
    // The one who applied, named by the job: "the night-shift applicant".
    "Have you got a sec? It's the night-shift applicant from Monday afternoon last week.",
  ])("%s gets no presence warning", (middle) => {
    const ids = lintScript(opener(middle), context).map((diagnostic) => diagnostic.ruleId);
    for (const rule of ["identify-yourself", "mention-role-and-date", "ask-if-good-time", "say-thank-you", "reaffirm-interest"]) expect(ids, rule).not.toContain(rule);
  });

  it("checks a relative date against the interview when the moment of the call is known", () => {
    // The interview was Monday the 9th; "last Thursday" from Thursday the 19th is the 12th.
    const wrong = lintScript(opener("Is now a good time? It's about the night shift supervisor job I interviewed for last Thursday."), context);
    const found = wrong.find((diagnostic) => diagnostic.ruleId === "mention-role-and-date");
    expect(found?.message).toBe('The text says "last Thursday", which does not fit an interview on Monday, November 9 for a call on Thursday, November 19.');
    expect(found?.messageId).toBe("wrongDate");
    expect(found?.span).toBeDefined();
    const withoutMoment = lintScript(opener("Is now a good time? It's about the night shift supervisor job I interviewed for ten days back."), {
      ...context,
      at: undefined,
      timeZone: undefined,
    });
    expect(withoutMoment.map((diagnostic) => diagnostic.ruleId)).not.toContain("mention-role-and-date");
  });
});
