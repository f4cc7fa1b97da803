import type { Rule } from "../rules/defineRule";
import { BUILT_IN_RULE_IDS } from "../rules/api/ids";
import { builtInRules } from "../rules/index";
import type { CallPlan, ScriptContext } from "../schemas";
import type { Diagnostic, Path, Severity } from "../types";
import { createLinter } from "../validate/createLinter";

/** A case: a text (with what is known about it) for text rules, or a whole plan for plan rules. */
export interface RuleTesterCase {
  /** Shown as the test's name; defaults to the text or "plan case N". */
  readonly name?: string;
  /** The text to lint with `lintScript` (text rules). */
  readonly text?: string;
  /** What `lintScript` knows about the text; merged over the tester's `context`. */
  readonly context?: ScriptContext;
  /** The plan to check with `validateCallPlan` (plan rules, or text rules in a plan). */
  readonly plan?: CallPlan;
  /** The rule's options object: what goes second in `RulesConfig`'s `[severity, options]`. */
  readonly options?: Readonly<Record<string, unknown>>;
}

/** One diagnostic an invalid case must produce; fields left out are not compared. */
export interface ExpectedDiagnostic {
  readonly messageId: string;
  /** Compared whole when given. */
  readonly data?: Readonly<Record<string, string | number>>;
  /** Offsets, or the exact words the span must cover in the case's text. */
  readonly span?: { readonly start: number; readonly end: number } | string;
  readonly path?: Path;
  readonly severity?: Severity;
  readonly suggestion?: string;
}

/** A case that must report exactly these diagnostics of the rule, in order. */
export interface InvalidRuleTesterCase extends RuleTesterCase {
  readonly errors: readonly ExpectedDiagnostic[];
}

/** The test functions of Vitest, Jest or node:test. */
export interface TestFunctions {
  describe(name: string, body: () => void): unknown;
  it(name: string, body: () => void): unknown;
}

/** Thrown when a case does not produce what it says; the message lists what was produced. */
export class RuleTesterError extends Error {
  override readonly name = "RuleTesterError";
}

function describeDiagnostic(diagnostic: Diagnostic, text: string | undefined): string {
  const words = diagnostic.span && text !== undefined ? ` "${text.slice(diagnostic.span.start, diagnostic.span.end)}"` : "";
  const span = diagnostic.span ? ` [${diagnostic.span.start}, ${diagnostic.span.end})${words}` : "";
  return `${diagnostic.severity} ${diagnostic.messageId} ${JSON.stringify(diagnostic.data)} at ${JSON.stringify(diagnostic.path)}${span}: ${diagnostic.message}`;
}

function sameData(a: Readonly<Record<string, string | number>>, b: Readonly<Record<string, string | number>>): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => Object.hasOwn(b, key) && a[key] === b[key]);
}

/** What is wrong with one produced diagnostic against its expectation (empty when it matches). */
const UNFILLED = /\{\{\s*[A-Za-z0-9_]+\s*\}\}/;

function mismatches(produced: Diagnostic, expected: ExpectedDiagnostic, text: string | undefined): string[] {
  const problems: string[] = [];
  if (UNFILLED.test(produced.message)) problems.push(`message "${produced.message}" has a placeholder its data does not fill`);
  if (produced.messageId !== expected.messageId) problems.push(`messageId is "${produced.messageId}", expected "${expected.messageId}"`);
  if (expected.data !== undefined && !sameData(produced.data, expected.data)) problems.push(`data is ${JSON.stringify(produced.data)}, expected ${JSON.stringify(expected.data)}`);
  if (expected.span !== undefined) {
    if (produced.span === undefined) problems.push("has no span");
    else if (typeof expected.span === "string") {
      const words = text?.slice(produced.span.start, produced.span.end);
      if (words !== expected.span) problems.push(`span covers "${words}", expected "${expected.span}"`);
    } else if (produced.span.start !== expected.span.start || produced.span.end !== expected.span.end) {
      problems.push(`span is [${produced.span.start}, ${produced.span.end}), expected [${expected.span.start}, ${expected.span.end})`);
    }
  }
  if (expected.path !== undefined && JSON.stringify(produced.path) !== JSON.stringify(expected.path))
    problems.push(`path is ${JSON.stringify(produced.path)}, expected ${JSON.stringify(expected.path)}`);
  if (expected.severity !== undefined && produced.severity !== expected.severity) problems.push(`severity is ${produced.severity}, expected ${expected.severity}`);
  if (expected.suggestion !== undefined && produced.suggestion !== expected.suggestion)
    problems.push(`suggestion is ${JSON.stringify(produced.suggestion)}, expected ${JSON.stringify(expected.suggestion)}`);
  return problems;
}

function globalTestFunctions(): TestFunctions | undefined {
  const scope = globalThis as { describe?: unknown; it?: unknown };
  return typeof scope.describe === "function" && typeof scope.it === "function" ? (scope as TestFunctions) : undefined;
}

/**
 * Tests a rule the way ESLint's RuleTester does: every valid case reports nothing of the rule,
 * and every invalid case reports exactly its listed diagnostics, each checked for message id,
 * data, span, path, severity and suggestion where given. The rule runs alone (other rules off).
 *
 * With test functions (given, or the global `describe`/`it` of Vitest or Jest) each case
 * becomes a test; without them, `run` checks the cases at once and throws `RuleTesterError`.
 *
 * @example
 * ```ts
 * import { describe, it } from "vitest";
 * import { RuleTester } from "followup-call/rule-tester";
 *
 * new RuleTester({ describe, it }).run(noShouting, {
 *   valid: ["Thank you for your time."],
 *   invalid: [{ text: "CALL ME BACK", errors: [{ messageId: "shouting", span: "CALL ME BACK" }] }],
 * });
 * ```
 */
export class RuleTester {
  readonly #tests: TestFunctions | undefined;
  readonly #context: ScriptContext;

  /**
   * @param options - `describe`/`it` to register tests with (default: the globals, if any), and
   *   a `context` merged into every text case (the kind, the candidate's name…).
   */
  constructor(options: { describe?: TestFunctions["describe"]; it?: TestFunctions["it"]; context?: ScriptContext } = {}) {
    this.#tests = options.describe && options.it ? { describe: options.describe, it: options.it } : globalTestFunctions();
    this.#context = options.context ?? {};
  }

  /** Checks the cases of one rule (see the class for how failures show). */
  run(rule: Rule, cases: { readonly valid: readonly (RuleTesterCase | string)[]; readonly invalid: readonly InvalidRuleTesterCase[] }): void {
    const checks: [string, () => void][] = [];
    cases.valid.forEach((given, index) => {
      const testCase = typeof given === "string" ? { text: given } : given;
      checks.push([`valid: ${caseName(testCase, index)}`, () => this.#checkValid(rule, testCase)]);
    });
    cases.invalid.forEach((testCase, index) => {
      checks.push([`invalid: ${caseName(testCase, index)}`, () => this.#checkInvalid(rule, testCase)]);
    });
    const tests = this.#tests;
    if (tests) {
      tests.describe(rule.meta.id, () => {
        for (const [name, check] of checks) tests.it(name, check);
      });
      return;
    }
    const failures: string[] = [];
    for (const [name, check] of checks) {
      try {
        check();
      } catch (error) {
        failures.push(`${name}\n  ${error instanceof Error ? error.message.replace(/\n/g, "\n  ") : String(error)}`);
      }
    }
    if (failures.length > 0) throw new RuleTesterError(`${rule.meta.id}: ${failures.length} case(s) failed\n${failures.join("\n")}`);
  }

  #diagnostics(rule: Rule, testCase: RuleTesterCase): { diagnostics: Diagnostic[]; text: string | undefined } {
    // Built-in means the registry's own object: a plugin that merely reuses a built-in id is refused by the linter.
    const builtIn = builtInRules.includes(rule);
    if (testCase.plan === undefined && rule.meta.scope === "plan")
      throw new RuleTesterError(`"${rule.meta.id}" reads the plan (scope "plan"): give its cases a \`plan\`, not a \`text\``);
    const rules: Record<string, unknown> = Object.fromEntries(BUILT_IN_RULE_IDS.filter((id) => id !== rule.meta.id).map((id) => [id, "off"]));
    if (testCase.options !== undefined) rules[rule.meta.id] = [rule.meta.defaultSeverity, testCase.options];
    const linter = createLinter({ rules: rules as never, plugins: builtIn ? [] : [rule as Rule<never>] });
    if (testCase.plan !== undefined) {
      const diagnostics = linter.validateCallPlan(testCase.plan).diagnostics.filter((diagnostic) => diagnostic.ruleId === rule.meta.id);
      return { diagnostics, text: undefined };
    }
    if (testCase.text === undefined) throw new RuleTesterError("a case needs `text` or `plan`");
    const diagnostics = linter.lintScript(testCase.text, { ...this.#context, ...testCase.context }).filter((diagnostic) => diagnostic.ruleId === rule.meta.id);
    return { diagnostics, text: testCase.text };
  }

  #checkValid(rule: Rule, testCase: RuleTesterCase): void {
    const { diagnostics, text } = this.#diagnostics(rule, testCase);
    if (diagnostics.length > 0) {
      throw new RuleTesterError(`expected no diagnostics, got ${diagnostics.length}:\n${diagnostics.map((diagnostic) => `  ${describeDiagnostic(diagnostic, text)}`).join("\n")}`);
    }
  }

  #checkInvalid(rule: Rule, testCase: InvalidRuleTesterCase): void {
    if (!Array.isArray(testCase.errors) || testCase.errors.length === 0) throw new RuleTesterError("an invalid case must list at least one expected diagnostic in `errors`");
    const unknown = testCase.errors.filter((expected) => !Object.hasOwn(rule.meta.messages, expected.messageId));
    if (unknown.length > 0)
      throw new RuleTesterError(`expected message id(s) ${unknown.map((expected) => `"${expected.messageId}"`).join(", ")} are not in the rule's meta.messages`);
    const { diagnostics, text } = this.#diagnostics(rule, testCase);
    const problems: string[] = [];
    if (diagnostics.length !== testCase.errors.length) problems.push(`expected ${testCase.errors.length} diagnostic(s), got ${diagnostics.length}`);
    testCase.errors.forEach((expected, index) => {
      const produced = diagnostics[index];
      if (produced === undefined) return;
      for (const problem of mismatches(produced, expected, text)) problems.push(`diagnostic ${index + 1}: ${problem}`);
    });
    if (problems.length > 0) {
      throw new RuleTesterError(`${problems.join("\n")}\nproduced:\n${diagnostics.map((diagnostic) => `  ${describeDiagnostic(diagnostic, text)}`).join("\n") || "  (nothing)"}`);
    }
  }
}

function caseName(testCase: RuleTesterCase, index: number): string {
  if (testCase.name !== undefined) return testCase.name;
  if (testCase.text !== undefined) return testCase.text.length > 60 ? `${testCase.text.slice(0, 57)}…` : testCase.text;
  return `plan case ${index + 1}`;
}
