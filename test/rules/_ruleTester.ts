import { describe, expect, it } from "vitest";
import { lintScript, validateCallPlan, type CallPlan, type Diagnostic, type ScriptContext } from "../../src/index";
import { goodPlan } from "../fixtures/plans";

/** The context the text cases are linted with (the good plan's facts). */
export const scriptContext: ScriptContext = {
  kind: "call",
  candidateName: "Dana Whitfield",
  jobTitle: "Operations Analyst",
  interviewDate: "2026-11-10",
  topics: ["warehouse scheduling"],
  phone: "+1 212 555 0147",
};

export interface RuleCase {
  readonly name: string;
  /** A change to the good plan (plan rules), … */
  readonly plan?: (plan: CallPlan) => void;
  /** … or a text to lint (content rules), with extra context. */
  readonly text?: string;
  readonly context?: Partial<ScriptContext>;
}

export interface InvalidCase extends RuleCase {
  /** Part of the message expected. */
  readonly message?: string | RegExp;
  readonly path?: readonly (string | number)[];
  /** The words the span must cover. */
  readonly words?: string;
  readonly severity?: Diagnostic["severity"];
  readonly count?: number;
  /** The words that decided the finding (`data.cue`). */
  readonly cue?: string;
}

function diagnosticsFor(ruleId: string, testCase: RuleCase): { diagnostics: Diagnostic[]; text?: string } {
  if (testCase.text !== undefined) {
    const diagnostics = lintScript(testCase.text, { ...scriptContext, ...testCase.context });
    return { diagnostics: diagnostics.filter((diagnostic) => diagnostic.ruleId === ruleId), text: testCase.text };
  }
  const plan = goodPlan();
  testCase.plan?.(plan);
  return { diagnostics: validateCallPlan(plan).diagnostics.filter((diagnostic) => diagnostic.ruleId === ruleId) };
}

/** ESLint's RuleTester, in small: every valid case is silent, every invalid case reports. */
export function testRule(ruleId: string, cases: { valid: readonly RuleCase[]; invalid: readonly InvalidCase[] }): void {
  describe(ruleId, () => {
    it.each(cases.valid.map((testCase) => [testCase.name, testCase] as const))("is silent: %s", (_name, testCase) => {
      expect(diagnosticsFor(ruleId, testCase).diagnostics).toEqual([]);
    });
    it.each(cases.invalid.map((testCase) => [testCase.name, testCase] as const))("reports: %s", (_name, testCase) => {
      const { diagnostics, text } = diagnosticsFor(ruleId, testCase);
      expect(diagnostics.length).toBe(testCase.count ?? 1);
      const [first] = diagnostics as [Diagnostic];
      expect(first.ruleId).toBe(ruleId);
      expect(first.message.length).toBeGreaterThan(10);
      if (testCase.message !== undefined) expect(first.message).toMatch(testCase.message);
      if (testCase.path !== undefined) expect(first.path).toEqual(testCase.path);
      if (testCase.severity !== undefined) expect(first.severity).toBe(testCase.severity);
      if (testCase.cue !== undefined) expect(first.data?.cue).toBe(testCase.cue);
      if (testCase.words !== undefined) {
        expect(first.span).toBeDefined();
        expect(text?.slice(first.span?.start, first.span?.end)).toBe(testCase.words);
      }
    });
  });
}
