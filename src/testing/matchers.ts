import { didYouMean } from "../internal/didYouMean";
import { echo, FollowUpInputError } from "../errors";
import { BUILT_IN_RULE_IDS } from "../rules/api/ids";
import type { CallPlan, ScriptContext } from "../schemas";
import type { Diagnostic, Severity } from "../types";
import { lintScript } from "../validate/lintScript";
import { validateCallPlan, type ValidationReport } from "../validate/validateCallPlan";

/** What a matcher returns, in the shape both Vitest's and Jest's `expect.extend` take. */
export interface MatcherResult {
  readonly pass: boolean;
  readonly message: () => string;
  readonly actual?: unknown;
  readonly expected?: unknown;
}

/** The diagnostic a test expects: the rule, and optionally its severity and message id. */
export interface ExpectedDiagnostic {
  severity?: Severity;
  messageId?: string;
}

/** The custom matchers, typed for `Assertion<T>` (Vitest) or `Matchers<R>` (Jest). */
export interface FollowUpMatchers<R = unknown> {
  /** The plan has no error-level diagnostic. */
  toBeValidCallPlan(): R;
  /** A report, a list of diagnostics, or a plan (validated first) has this rule's diagnostic. */
  toHaveDiagnostic(ruleId: string, expected?: ExpectedDiagnostic): R;
  /** The text passes `lintScript` with this context: no error-level diagnostic. */
  toPassScriptLint(context?: ScriptContext): R;
}

function describeDiagnostic(diagnostic: Diagnostic): string {
  const where = `${diagnostic.path.join(".") || "(text)"}${diagnostic.span ? ` [${diagnostic.span.start}–${diagnostic.span.end}]` : ""}`;
  return `  ${diagnostic.severity.padEnd(7)} ${diagnostic.ruleId} (${diagnostic.messageId}) at ${where}: ${diagnostic.message}`;
}

function listed(diagnostics: readonly Diagnostic[]): string {
  return diagnostics.length === 0 ? "  (no diagnostics)" : diagnostics.map(describeDiagnostic).join("\n");
}

function isReport(value: unknown): value is ValidationReport {
  return typeof value === "object" && value !== null && Array.isArray((value as { diagnostics?: unknown }).diagnostics) && "valid" in value;
}

/** The diagnostics a matcher looks at: a report's, a list as given, or a plan's once validated. */
function diagnosticsOf(received: unknown): readonly Diagnostic[] {
  if (Array.isArray(received)) return received as Diagnostic[];
  if (isReport(received)) return received.diagnostics;
  return validateCallPlan(received as CallPlan).diagnostics;
}

function toBeValidCallPlan(received: unknown): MatcherResult {
  const report = validateCallPlan(received as CallPlan);
  const errors = report.diagnostics.filter((diagnostic) => diagnostic.severity === "error");
  return {
    pass: report.valid,
    message: () =>
      report.valid
        ? `expected the call plan not to be valid, but it has no error:\n${listed(report.diagnostics)}`
        : `expected a valid call plan, but it has ${errors.length} error${errors.length === 1 ? "" : "s"}:\n${listed(errors)}`,
  };
}

/**
 * A misspelt rule id would make `.not.toHaveDiagnostic(…)` pass forever: ids that look like the
 * library's own (no plugin prefix such as "acme/") must be built-in ones.
 */
function checkRuleId(ruleId: unknown): void {
  if (typeof ruleId !== "string" || ruleId.length === 0) {
    throw new FollowUpInputError([{ path: ["ruleId"], message: "must be a rule id, like no-repeat-call" }], "Invalid toHaveDiagnostic arguments");
  }
  if (!ruleId.includes("/") && !(BUILT_IN_RULE_IDS as readonly string[]).includes(ruleId)) {
    throw new FollowUpInputError(
      [{ path: ["ruleId"], message: `${echo(ruleId)} is not a built-in rule id${didYouMean(ruleId, BUILT_IN_RULE_IDS)} (plugin rule ids contain a "/")` }],
      "Invalid toHaveDiagnostic arguments",
    );
  }
}

function toHaveDiagnostic(received: unknown, ruleId: string, expected: ExpectedDiagnostic = {}): MatcherResult {
  checkRuleId(ruleId);
  const diagnostics = diagnosticsOf(received);
  const matches = diagnostics.filter(
    (diagnostic) =>
      diagnostic.ruleId === ruleId &&
      (expected.severity === undefined || diagnostic.severity === expected.severity) &&
      (expected.messageId === undefined || diagnostic.messageId === expected.messageId),
  );
  const wanted = [ruleId, expected.severity && `severity ${expected.severity}`, expected.messageId && `messageId ${expected.messageId}`].filter(Boolean).join(", ");
  return {
    pass: matches.length > 0,
    message: () =>
      matches.length > 0
        ? `expected no diagnostic ${wanted}, but found:\n${listed(matches)}`
        : `expected a diagnostic ${wanted}, but the diagnostics were:\n${listed(diagnostics)}`,
  };
}

function toPassScriptLint(received: unknown, context?: ScriptContext): MatcherResult {
  const diagnostics = lintScript(received as string, context);
  const errors = diagnostics.filter((diagnostic) => diagnostic.severity === "error");
  const text = typeof received === "string" ? received : "";
  const quoted = (diagnostic: Diagnostic) => (diagnostic.span ? `\n      "${text.slice(diagnostic.span.start, diagnostic.span.end)}"` : "");
  return {
    pass: errors.length === 0,
    message: () =>
      errors.length === 0
        ? `expected the script to fail lintScript, but it has no error:\n${listed(diagnostics)}`
        : `expected the script to pass lintScript, but it has ${errors.length} error${errors.length === 1 ? "" : "s"}:\n${errors.map((diagnostic) => describeDiagnostic(diagnostic) + quoted(diagnostic)).join("\n")}`,
  };
}

/**
 * Matchers for Vitest and Jest: `expect.extend(followUpMatchers)`. Failure messages list the
 * diagnostics with their rule ids, paths and spans. For Vitest's types, import
 * `followup-call/testing/vitest` instead, which extends `expect` and its types in one go.
 *
 * @example
 * ```ts
 * import { expect } from "vitest";
 * import { followUpMatchers } from "followup-call/testing";
 *
 * expect.extend(followUpMatchers);
 * expect(plan).toBeValidCallPlan();
 * expect(validateCallPlan(plan)).toHaveDiagnostic("no-repeat-call", { severity: "error" });
 * expect("Hi Priya, this is Dana…").toPassScriptLint({ kind: "call", candidateName: "Dana" });
 * ```
 * @category Testing
 */
export const followUpMatchers = {
  toBeValidCallPlan,
  toHaveDiagnostic,
  toPassScriptLint,
};
