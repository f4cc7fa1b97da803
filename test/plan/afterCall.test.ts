import { describe, expect, it } from "vitest";
import { afterCall, afterCallOutcomes, FollowUpInputError, renderScript, scriptVariants, type CallOutcome } from "../../src/index";

describe("afterCall", () => {
  it.each<[CallOutcome, string, boolean, string | undefined, string[]]>([
    ["offer", "after-offer", false, "after-offer", ["A1", "D7", "A4"]],
    ["rejection", "after-rejection", false, "after-rejection", ["A2", "A4"]],
    ["no-decision", "pre-decision", false, "no-decision", ["A4", "C6", "C5"]],
    ["voicemail", "pre-decision", false, undefined, ["C5", "C6"]],
    ["no-answer", "pre-decision", false, undefined, ["C5", "C6"]],
    ["asked-to-call-back", "pre-decision", true, "call", ["T3"]],
  ])("%s → stage %s, call again %s", (outcome, stage, callAgain, scriptKind, bases) => {
    const next = afterCall(outcome);
    expect(next.outcome).toBe(outcome);
    expect(next.stage).toBe(stage);
    expect(next.callAgain).toBe(callAgain);
    expect(next.script?.kind).toBe(scriptKind);
    const used = [...next.steps.map((step) => step.advice.basis), ...next.questions.map((question) => question.basis)];
    for (const basis of bases) expect(used).toContain(basis);
    // Every script it points to exists.
    for (const step of next.steps) if (step.script) expect(scriptVariants[step.script.kind]).toContain(step.script.variant);
  });

  it("asks the A1 questions after an offer and the A2 ones after a rejection", () => {
    const offer = afterCall("offer")
      .questions.map((question) => question.message)
      .join(" ");
    for (const topic of ["contract", "start date", "checks", "training"]) expect(offer).toContain(topic);
    const rejection = afterCall("rejection")
      .questions.map((question) => question.message)
      .join(" ");
    for (const topic of ["feedback", "other openings", "keep me in mind"]) expect(rejection).toContain(topic);
  });

  it("renders every script it names", () => {
    const data = { candidateName: "Dana", jobTitle: "Analyst", company: "Acme", interviewerName: "Priya", interviewDate: "2026-11-10", phone: "+1 212 555 0147" };
    for (const outcome of afterCallOutcomes) {
      const next = afterCall(outcome);
      for (const choice of [next.script, ...next.steps.map((step) => step.script)]) {
        if (choice) expect(renderScript(choice.kind, data, { variant: choice.variant }).text.length).toBeGreaterThan(50);
      }
    }
  });

  it("gives the same frozen answer every time", () => {
    expect(afterCall("offer")).toBe(afterCall("offer"));
    expect(Object.isFrozen(afterCall("offer").steps[0])).toBe(true);
  });

  it.each(["accepted", "", 3, null])("rejects %j", (outcome) => {
    expect(() => afterCall(outcome as never)).toThrow(FollowUpInputError);
  });
});
