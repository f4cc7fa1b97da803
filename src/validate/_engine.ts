import { FollowUpInputError, type FollowUpIssue } from "../errors";
import type { RuleContext } from "../rules/_context";
import type { RuleReport } from "../rules/_types";
import { defineRule, formatMessage, ruleDefinitionProblems, type Rule } from "../rules/defineRule";
import type { ParsedCallPlan } from "../schemas";
import type { TimingFinding } from "../timing/_evaluateSlot";
import type { Diagnostic, Path, RuleSetting, Severity } from "../types";
import type { ReviewedText } from "./_reviewedText";

/** ESLint-style: a severity, `"off"`, or `[severity, options]` for rules that take options. */
export type RulesConfig = Readonly<Record<string, RuleSetting | readonly [RuleSetting] | readonly [RuleSetting, Readonly<Record<string, unknown>>]>>;

interface ResolvedRule {
  readonly rule: Rule;
  readonly severity: Severity;
  readonly options: Readonly<Record<string, unknown>>;
}

const SETTINGS = /* @__PURE__ */ new Set<string>(["off", "info", "warning", "error"]);
const SEVERITY_RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };
const NO_OPTIONS: Readonly<Record<string, unknown>> = /* @__PURE__ */ Object.freeze({});

function isRule(value: unknown): value is Rule {
  const candidate = value as Rule | undefined;
  return typeof candidate === "object" && candidate !== null && typeof candidate.check === "function" && typeof candidate.meta?.id === "string";
}

/**
 * Checks plugins and the rules config against the known rules and returns the rules to run,
 * in registry order, with their severity and options. Unknown ids are errors, not ignored.
 */
export function resolveRules(builtIn: readonly Rule[], rulesConfig: unknown, plugins: unknown): ResolvedRule[] {
  const issues: FollowUpIssue[] = [];
  const all: Rule[] = [...builtIn];
  if (plugins !== undefined) {
    if (!Array.isArray(plugins)) issues.push({ path: ["plugins"], message: "must be a list of rules made with defineRule" });
    else {
      plugins.forEach((plugin, index) => {
        if (!isRule(plugin)) {
          issues.push({ path: ["plugins", index], message: "is not a rule made with defineRule" });
          return;
        }
        const problems = ruleDefinitionProblems(plugin, ["plugins", index]);
        if (problems.length > 0) issues.push(...problems);
        else if (all.some((rule) => rule.meta.id === plugin.meta.id)) issues.push({ path: ["plugins", index], message: `repeats the rule id "${plugin.meta.id}"` });
        // Through defineRule again, so a hand-made rule object gets the same defaults (scope, docs, messages).
        else {
          const checkOptions = plugin.checkOptions;
          all.push(
            defineRule({
              id: plugin.meta.id,
              meta: plugin.meta,
              check: (context) => plugin.check(context),
              ...(typeof checkOptions === "function" ? { checkOptions: (options: Readonly<Record<string, unknown>>) => checkOptions.call(plugin, options) } : {}),
            }),
          );
        }
      });
    }
  }
  const settings = /* @__PURE__ */ new Map<string, { severity: RuleSetting; options: Readonly<Record<string, unknown>> }>();
  if (rulesConfig !== undefined) {
    if (typeof rulesConfig !== "object" || rulesConfig === null || Array.isArray(rulesConfig)) {
      issues.push({ path: ["rules"], message: 'must be an object like { "keep-it-brief": "off" }' });
    } else {
      for (const [id, value] of Object.entries(rulesConfig)) {
        if (!all.some((rule) => rule.meta.id === id)) {
          issues.push({ path: ["rules", id], message: `is not a known rule id (see ruleCatalog)` });
          continue;
        }
        if (Array.isArray(value) && (value.length < 1 || value.length > 2)) {
          issues.push({ path: ["rules", id], message: "must be a severity, or [severity] or [severity, options]" });
          continue;
        }
        const [severity, options = NO_OPTIONS] = Array.isArray(value) ? value : [value, NO_OPTIONS];
        const rule = all.find((candidate) => candidate.meta.id === id) as Rule;
        if (typeof severity !== "string" || !SETTINGS.has(severity)) {
          issues.push({ path: ["rules", id], message: 'must be "off", "info", "warning" or "error", or [severity, options]' });
        } else if (typeof options !== "object" || options === null || Array.isArray(options)) {
          issues.push({ path: ["rules", id, 1], message: "rule options must be an object" });
        } else {
          const problems = rule.checkOptions ? rule.checkOptions(options) : Object.keys(options).length > 0 ? ["this rule takes no options"] : [];
          for (const problem of problems) issues.push({ path: ["rules", id, 1], message: problem });
          if (problems.length === 0) settings.set(id, { severity: severity as RuleSetting, options });
        }
      }
    }
  }
  if (issues.length > 0) throw new FollowUpInputError(issues, "Invalid validation options");
  const resolved: ResolvedRule[] = [];
  for (const rule of all) {
    const setting = settings.get(rule.meta.id);
    const severity = setting?.severity ?? rule.meta.defaultSeverity;
    if (severity !== "off") resolved.push({ rule, severity, options: setting?.options ?? NO_OPTIONS });
  }
  return resolved;
}

/** Shared analyses for the rules, computed at most once, on first use. */
export interface RuleInputs {
  readonly plan: ParsedCallPlan | undefined;
  readonly timing: () => readonly TimingFinding[];
  readonly texts: () => readonly ReviewedText[];
}

function isPath(value: unknown): value is Path {
  return Array.isArray(value) && value.every((key) => typeof key === "string" || (typeof key === "number" && Number.isInteger(key)));
}

function isSpan(value: unknown): value is { start: number; end: number } {
  const span = value as { start?: unknown; end?: unknown } | undefined;
  return (
    typeof span === "object" && span !== null && Number.isInteger(span.start) && Number.isInteger(span.end) && (span.start as number) >= 0 && (span.end as number) >= (span.start as number)
  );
}

/** A report as a diagnostic. Reports come from plugins too: anything malformed is dropped, not passed on. */
function toDiagnostic(rule: Rule, configured: Severity, report: RuleReport): Diagnostic {
  const template = typeof report.messageId === "string" ? rule.meta.messages[report.messageId] : undefined;
  const data = typeof report.data === "object" && report.data !== null ? report.data : undefined;
  const message =
    typeof report.message === "string" ? report.message : template === undefined ? (typeof report.messageId === "string" ? report.messageId : rule.meta.description) : formatMessage(template, data);
  // A report may be milder than the rule (a check that could not be made), never harsher.
  const milder = typeof report.severity === "string" && Object.hasOwn(SEVERITY_RANK, report.severity) && SEVERITY_RANK[report.severity] > SEVERITY_RANK[configured];
  return {
    ruleId: rule.meta.id,
    severity: milder ? (report.severity as Severity) : configured,
    message,
    path: Object.freeze(isPath(report.path) ? [...report.path] : []),
    ...(isSpan(report.span) ? { span: { start: report.span.start, end: report.span.end } } : {}),
    sources: rule.meta.sources,
    ...(typeof report.suggestion === "string" && report.suggestion.length > 0 ? { suggestion: report.suggestion } : {}),
  };
}

function comparePaths(a: Path, b: Path): number {
  for (let index = 0; index < Math.min(a.length, b.length); index++) {
    const left = a[index] as string | number;
    const right = b[index] as string | number;
    if (left === right) continue;
    if (typeof left === "number" && typeof right === "number") return left - right;
    return String(left) < String(right) ? -1 : 1;
  }
  return a.length - b.length;
}

/** Errors first, then by path, then by position in the text. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return (
    SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
    comparePaths(a.path, b.path) ||
    (a.span?.start ?? -1) - (b.span?.start ?? -1) ||
    (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0)
  );
}

/** The context handed to each rule: analyses shared across rules, reports kept per rule. */
class SharedRuleContext implements RuleContext {
  #timing: readonly TimingFinding[] | undefined;
  #texts: readonly ReviewedText[] | undefined;
  options: Readonly<Record<string, unknown>> = NO_OPTIONS;
  reports: RuleReport[] = [];

  constructor(private readonly inputs: RuleInputs) {}

  get plan(): ParsedCallPlan | undefined {
    return this.inputs.plan;
  }

  get timing(): readonly TimingFinding[] {
    this.#timing ??= this.inputs.timing();
    return this.#timing;
  }

  get texts(): readonly ReviewedText[] {
    this.#texts ??= this.inputs.texts();
    return this.#texts;
  }

  report(report: RuleReport): void {
    this.reports.push(report);
  }
}

/** Text for whatever a rule threw, even a value that cannot be turned into a string. */
function describeThrown(error: unknown): string {
  try {
    return error instanceof Error ? error.message : String(error);
  } catch {
    return "an unprintable value was thrown";
  }
}

/** Runs each rule; a rule that throws yields a diagnostic naming it instead of a crash. */
export function runRules(rules: readonly ResolvedRule[], inputs: RuleInputs): Diagnostic[] {
  const shared = new SharedRuleContext(inputs);
  const diagnostics: Diagnostic[] = [];
  for (const { rule, severity, options } of rules) {
    // One context object serves every rule in turn (rules run one after another, synchronously).
    shared.options = options;
    const reports: RuleReport[] = [];
    shared.reports = reports;
    try {
      const returned = rule.check(shared);
      if (Array.isArray(returned)) reports.push(...(returned as RuleReport[]));
      for (const report of reports) if (typeof report === "object" && report !== null) diagnostics.push(toDiagnostic(rule, severity, report));
    } catch (error) {
      diagnostics.push({
        ruleId: rule.meta.id,
        severity,
        message: `Rule "${rule.meta.id}" failed and was skipped: ${describeThrown(error)}`,
        path: [],
        sources: rule.meta.sources,
      });
    }
  }
  return diagnostics.sort(compareDiagnostics);
}
