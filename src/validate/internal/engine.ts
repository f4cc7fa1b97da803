import { FollowUpInputError, type FollowUpIssue } from "../../errors";
import type { PlanView, ScriptText } from "../../rules/api/context";
import { ContextInputs, type RuleInputs, type SharedInputs } from "../../rules/engine/ruleInputs";
import type { ReportDescriptor, RuleContext } from "../../rules/api/types";
import { formatMessage } from "../../internal/formatMessage";
import { defineRule, ruleDefinitionProblems, type Rule } from "../../rules/defineRule";
import { SEVERITY_RANK, type Diagnostic, type Path, type RuleSetting, type Severity } from "../../types";
import { planView } from "./planView";
import { didYouMean } from "../../internal/didYouMean";

export interface ResolvedRule {
  readonly rule: Rule;
  readonly severity: Severity;
  readonly options: unknown;
}

const SETTING_ALIASES: Readonly<Record<string, RuleSetting>> = {
  off: "off",
  info: "info",
  warning: "warning",
  warn: "warning",
  error: "error",
  "0": "off",
  "1": "warning",
  "2": "error",
};
const NO_OPTIONS: Readonly<Record<string, unknown>> = /* @__PURE__ */ Object.freeze({});

function isRule(value: unknown): value is Rule {
  const candidate = value as Rule | undefined;
  return typeof candidate === "object" && candidate !== null && typeof candidate.check === "function" && typeof candidate.meta?.id === "string";
}

function toSetting(value: unknown): RuleSetting | undefined {
  return typeof value === "string" || typeof value === "number" ? SETTING_ALIASES[String(value)] : undefined;
}

/** Options are shared by every run of a linter: frozen, so one plan cannot change them for the next. */
function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const entry of Object.values(value)) deepFreeze(entry);
  }
  return value;
}

function checkPlugins(plugins: unknown, all: Rule[], issues: FollowUpIssue[]): void {
  if (plugins === undefined) return;
  if (!Array.isArray(plugins)) {
    issues.push({ path: ["plugins"], message: "must be a list of rules made with defineRule" });
    return;
  }
  plugins.forEach((plugin, index) => {
    if (!isRule(plugin)) {
      issues.push({ path: ["plugins", index], message: "is not a rule made with defineRule" });
      return;
    }
    const problems = ruleDefinitionProblems(plugin, ["plugins", index]);
    if (problems.length > 0) issues.push(...problems);
    else if (all.some((rule) => rule.meta.id === plugin.meta.id)) issues.push({ path: ["plugins", index], message: `repeats the rule id "${plugin.meta.id}"` });
    else {
      // Through defineRule again, so a hand-made rule object gets the same defaults and checks.
      const options = plugin.options ?? (plugin.meta as { options?: unknown }).options;
      all.push(
        defineRule({
          id: plugin.meta.id,
          meta: { ...plugin.meta, ...(typeof options === "function" ? { options: options as () => never } : {}) },
          check: (context) => plugin.check(context as RuleContext<string, unknown>),
        }),
      );
    }
  });
}

/**
 * Checks plugins and the rules config against the known rules and returns the rules to run,
 * in registry order, with their severity and parsed options. Unknown ids are errors, not ignored.
 */
export function resolveRules(builtIn: readonly Rule[], rulesConfig: unknown, plugins: unknown): ResolvedRule[] {
  const issues: FollowUpIssue[] = [];
  const all: Rule[] = [...builtIn];
  checkPlugins(plugins, all, issues);
  const settings = new Map<string, { severity: RuleSetting; options: unknown }>();
  if (rulesConfig !== undefined) {
    if (typeof rulesConfig !== "object" || rulesConfig === null || Array.isArray(rulesConfig)) {
      issues.push({ path: ["rules"], message: 'must be an object like { "keep-it-brief": "off" }' });
    } else {
      for (const [id, value] of Object.entries(rulesConfig)) {
        const rule = all.find((candidate) => candidate.meta.id === id);
        if (rule === undefined) {
          issues.push({
            path: ["rules", id],
            message: `is not a known rule id${didYouMean(
              id,
              all.map((known) => known.meta.id),
              " (see ruleCatalog)",
            )}`,
          });
          continue;
        }
        if (Array.isArray(value) && (value.length < 1 || value.length > 2)) {
          issues.push({ path: ["rules", id], message: "must be a severity, or [severity] or [severity, options]" });
          continue;
        }
        const [given, options] = Array.isArray(value) ? value : [value, undefined];
        const severity = toSetting(given);
        if (severity === undefined) {
          issues.push({ path: ["rules", id], message: 'must be "off", "info", "warning" ("warn"), "error", 0, 1 or 2, or [severity, options]' });
          continue;
        }
        if (severity === "off" && options === undefined) {
          settings.set(id, { severity, options: NO_OPTIONS });
          continue;
        }
        const parsed = parseOptions(rule, options, ["rules", id, 1], issues);
        if (parsed.ok) settings.set(id, { severity, options: parsed.value });
      }
    }
  }
  if (issues.length > 0) throw new FollowUpInputError(issues, "Invalid rule configuration");
  const resolved: ResolvedRule[] = [];
  for (const rule of all) {
    const setting = settings.get(rule.meta.id);
    const severity = setting?.severity ?? rule.meta.defaultSeverity;
    if (severity === "off") continue;
    if (setting) {
      resolved.push({ rule, severity, options: deepFreeze(setting.options) });
      continue;
    }
    // A rule whose schema needs options cannot run without them: say so now, not with `undefined` later.
    const parsed = parseOptions(rule, undefined, ["rules", rule.meta.id], issues);
    if (parsed.ok) resolved.push({ rule, severity, options: deepFreeze(parsed.value) });
  }
  if (issues.length > 0) throw new FollowUpInputError(issues, "Invalid rule configuration");
  return resolved;
}

function parseOptions(rule: Rule, options: unknown, path: (string | number)[], issues: FollowUpIssue[]): { ok: true; value: unknown } | { ok: false } {
  if (rule.options === undefined && options === undefined) return { ok: true, value: NO_OPTIONS };
  if (options === undefined) {
    const result = (rule.options as NonNullable<Rule["options"]>)().safeParse({});
    if (result.success) return { ok: true, value: result.data };
    issues.push({ path, message: `needs options: ${result.error.issues.map((issue) => `${issue.path.map(String).join(".") || "options"} ${issue.message}`).join("; ")}` });
    return { ok: false };
  }
  if (rule.options === undefined) {
    // `[severity, {}]` is harmless; anything more would be silently ignored, so it is refused.
    if (typeof options === "object" && options !== null && !Array.isArray(options) && Object.keys(options).length === 0) return { ok: true, value: NO_OPTIONS };
    issues.push({ path, message: `"${rule.meta.id}" takes no options` });
    return { ok: false };
  }
  const result = rule.options().safeParse(options);
  if (result.success) return { ok: true, value: result.data };
  for (const issue of result.error.issues) issues.push({ path: [...path, ...issue.path.map((key) => (typeof key === "number" ? key : String(key)))], message: issue.message });
  return { ok: false };
}

function isPath(value: unknown): value is Path {
  return Array.isArray(value) && value.every((key) => typeof key === "string" || (typeof key === "number" && Number.isInteger(key) && key >= 0));
}

function isSpan(value: unknown): value is { start: number; end: number } {
  const span = value as { start?: unknown; end?: unknown } | undefined;
  return (
    typeof span === "object" &&
    span !== null &&
    Number.isInteger(span.start) &&
    Number.isInteger(span.end) &&
    (span.start as number) >= 0 &&
    (span.end as number) >= (span.start as number)
  );
}

/** Thrown by `report` for an undeclared message id or a malformed path or span: a bug in the rule, not a diagnostic. */
class UnknownMessageId extends FollowUpInputError {}

function isData(value: unknown): value is Readonly<Record<string, string | number>> {
  return typeof value === "object" && value !== null && !Array.isArray(value) && Object.values(value).every((entry) => typeof entry === "string" || typeof entry === "number");
}

/** A report as a diagnostic. Reports come from plugins too: anything malformed is dropped, not passed on. */
function toDiagnostic(rule: Rule, configured: Severity, report: ReportDescriptor): Diagnostic {
  const messageId = report.messageId;
  const template = rule.meta.messages[messageId] as string;
  const data = isData(report.data) ? Object.freeze({ ...report.data }) : NO_DATA;
  // A report may be milder than the rule (a check that could not be made), never harsher.
  const milder = typeof report.severity === "string" && Object.hasOwn(SEVERITY_RANK, report.severity) && SEVERITY_RANK[report.severity] > SEVERITY_RANK[configured];
  return {
    ruleId: rule.meta.id,
    severity: milder ? report.severity : configured,
    message: formatMessage(template, data),
    messageId,
    data,
    path: Object.freeze(isPath(report.path) ? [...report.path] : []),
    ...(isSpan(report.span) ? { span: { start: report.span.start, end: report.span.end } } : {}),
    sources: rule.meta.sources,
    ...(typeof report.suggestion === "string" && report.suggestion.length > 0 ? { suggestion: report.suggestion } : {}),
  } as Diagnostic;
}

const NO_DATA: Readonly<Record<string, string | number>> = /* @__PURE__ */ Object.freeze({});

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

/** The texts as plugins see them: frozen, strings only. */
function scriptTexts(shared: SharedInputs): readonly ScriptText[] {
  return Object.freeze(
    ContextInputs.textsOf(new RunProbe(shared)).map((reviewed) =>
      Object.freeze({ kind: reviewed.kind, path: Object.freeze([...reviewed.path]), text: reviewed.text, stage: reviewed.facts.stage }),
    ),
  );
}

/** A context-shaped key to the run's shared inputs (used inside the engine only). */
class RunProbe extends ContextInputs {
  constructor(shared: SharedInputs) {
    super(shared);
  }
}

/**
 * The context one rule sees: its own object, frozen, with only the documented members. The
 * plan view is made for this rule alone (its `Date`s are its own); texts are shared, frozen strings.
 */
class RuleRunContext extends ContextInputs implements RuleContext<string, unknown> {
  readonly id: string;
  readonly options: unknown;
  readonly #rule: Rule;
  readonly #reports: ReportDescriptor[];
  readonly #shared: SharedInputs;
  readonly #texts: () => readonly ScriptText[];
  #plan: PlanView | undefined | null = null;

  constructor(shared: SharedInputs, texts: () => readonly ScriptText[], rule: Rule, options: unknown, reports: ReportDescriptor[]) {
    super(shared);
    this.#shared = shared;
    this.#texts = texts;
    this.#rule = rule;
    this.#reports = reports;
    this.id = rule.meta.id;
    this.options = options;
    this.report = this.report.bind(this);
    Object.freeze(this);
  }

  get plan(): PlanView | undefined {
    if (this.#plan === null) this.#plan = this.#shared.inputs.plan === undefined ? undefined : planView(this.#shared.inputs.plan);
    return this.#plan;
  }

  get texts(): readonly ScriptText[] {
    return this.#texts();
  }

  report(descriptor: ReportDescriptor): void {
    const rule = this.#rule;
    const messageId = (descriptor as { messageId?: unknown } | null | undefined)?.messageId;
    if (typeof messageId !== "string" || !Object.hasOwn(rule.meta.messages, messageId)) {
      const known = Object.keys(rule.meta.messages)
        .map((id) => `"${id}"`)
        .join(", ");
      throw new UnknownMessageId(
        [
          {
            path: ["messageId"],
            message: `rule "${rule.meta.id}" reported ${typeof messageId === "string" ? `"${messageId.slice(0, 60)}"` : "no message id"}; it declares ${known}`,
          },
        ],
        "Invalid report",
      );
    }
    // A malformed path or span is a bug in the rule: say so, rather than report somewhere else.
    const problems: FollowUpIssue[] = [];
    if (descriptor.path !== undefined && !isPath(descriptor.path))
      problems.push({ path: ["path"], message: `rule "${rule.meta.id}" reported a path that is not a list of keys and whole numbers` });
    if (descriptor.span !== undefined && !isSpan(descriptor.span))
      problems.push({ path: ["span"], message: `rule "${rule.meta.id}" reported a span that is not { start, end } with 0 ≤ start ≤ end` });
    if (problems.length > 0) throw new UnknownMessageId(problems, "Invalid report");
    this.#reports.push(descriptor);
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

/**
 * Runs each rule; a rule that throws yields a diagnostic naming it instead of a crash, except
 * a report with an undeclared message id, which is a bug in the rule and throws.
 */
export function runRules(rules: readonly ResolvedRule[], inputs: RuleInputs): Diagnostic[] {
  const shared: SharedInputs = { inputs };
  let texts: readonly ScriptText[] | undefined;
  const sharedTexts = () => (texts ??= scriptTexts(shared));
  const diagnostics: Diagnostic[] = [];
  for (const { rule, severity, options } of rules) {
    const reports: ReportDescriptor[] = [];
    try {
      rule.check(new RuleRunContext(shared, sharedTexts, rule, options, reports));
    } catch (error) {
      if (error instanceof UnknownMessageId) throw error;
      diagnostics.push({
        ruleId: rule.meta.id,
        severity,
        message: `Rule "${rule.meta.id}" failed and was skipped: ${describeThrown(error)}`,
        messageId: "ruleFailed",
        data: { rule: rule.meta.id },
        path: [],
        sources: rule.meta.sources,
      } as Diagnostic);
      continue;
    }
    for (const report of reports) diagnostics.push(toDiagnostic(rule, severity, report));
  }
  return diagnostics.sort(compareDiagnostics);
}
