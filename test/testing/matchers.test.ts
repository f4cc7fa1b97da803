import { describe, expect, it } from "vitest";
import "../../src/testing-vitest";
import { lintScript, validateCallPlan } from "../../src/index";
import { followUpMatchers } from "../../src/testing";
import { goodPlan, planWith } from "../fixtures/plans";

const tooSoon = planWith((plan) => {
  plan.call.at = "2026-11-12T10:30:00-05:00";
});

describe("followup-call/testing under Vitest", () => {
  it("toBeValidCallPlan passes a good plan and fails a bad one, listing its errors", () => {
    expect(goodPlan()).toBeValidCallPlan();
    expect(tooSoon).not.toBeValidCallPlan();
    expect(() => expect(tooSoon).toBeValidCallPlan()).toThrow(/expected a valid call plan, but it has 1 error:\n {2}error {3}wait-a-week \(tooEarly\) at call\.at: /);
    expect(() => expect(goodPlan()).not.toBeValidCallPlan()).toThrow(/not to be valid/);
  });

  it("toHaveDiagnostic reads a report, a list, or a plan, with severity and messageId", () => {
    const report = validateCallPlan(tooSoon);
    expect(report).toHaveDiagnostic("wait-a-week");
    expect(report).toHaveDiagnostic("wait-a-week", { severity: "error", messageId: "tooEarly" });
    expect(report.diagnostics).toHaveDiagnostic("wait-a-week");
    expect(tooSoon).toHaveDiagnostic("wait-a-week");
    expect(report).not.toHaveDiagnostic("wait-a-week", { severity: "warning" });
    expect(goodPlan()).not.toHaveDiagnostic("wait-a-week");
    expect(() => expect(goodPlan()).toHaveDiagnostic("no-repeat-call", { severity: "error" })).toThrow(
      /expected a diagnostic no-repeat-call, severity error, but the diagnostics were:\n {2}\(no diagnostics\)/,
    );
  });

  it("refuses a misspelt rule id, which would make .not pass forever", () => {
    expect(() => expect(goodPlan()).not.toHaveDiagnostic("no-questioning-dely")).toThrow(/did you mean "no-questioning-delay"/);
    expect(goodPlan()).not.toHaveDiagnostic("acme/no-shouting");
  });

  it("toPassScriptLint shows the words at fault", () => {
    expect("Hi Priya, this is Dana Whitfield. Is now a good time? Thank you for the interview.").toPassScriptLint({ kind: "call", candidateName: "Dana Whitfield" });
    const bad = "Hi Priya, it's Dana. Why haven't I heard back yet?";
    expect(bad).not.toPassScriptLint();
    expect(() => expect(bad).toPassScriptLint()).toThrow(/no-questioning-delay \(found\) at \(text\) \[21–49\]: .*\n {6}"Why haven't I heard back yet"/);
    expect(lintScript(bad)).toHaveDiagnostic("no-questioning-delay", { severity: "error" });
  });

  it("returns results in the shape expect.extend takes, for any runner", () => {
    const result = followUpMatchers.toBeValidCallPlan(goodPlan());
    expect(result.pass).toBe(true);
    expect(typeof result.message()).toBe("string");
  });
});
