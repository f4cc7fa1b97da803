import { unknownKeyIssues } from "../internal/knownKeys";
import { regionOfZone } from "../time/zoneRegion";
import { isPhoneRegion } from "../phone/phoneNumbers";
import { echo, FollowUpInputError } from "../errors";
import type { RuleMeta } from "../rules/api/types";
import type { Rule } from "../rules/defineRule";
import type { BuiltInRuleId } from "../rules/api/ids";
import { builtInRules } from "../rules/index";
import { employerCallbackDay, employerNewsAt } from "../timing/employerContact";
import { MAX_TEXT_LENGTH, parseCallPlan, parseInstant, parseScriptContext, type CallPlan, type Instant, type ParsedCallPlan, type ScriptContext } from "../schemas";
import { isoDateFromDay } from "../time/civil";
import { toLocal } from "../time/zonedTime";
import { evaluateSlot } from "../timing/evaluateSlot";
import { buildTimingContext } from "../timing/timingContext";
import type { Diagnostic } from "../types";
import { resolveRules, runRules, type ResolvedRule } from "./internal/engine";
import type { RulesConfig } from "./rulesConfig";
import { planTexts } from "./internal/planTexts";
import { reviewText, type ScriptFacts } from "../text/reviewedText";
import type { NotInferred } from "../types";

/** The outcome of validating a plan. */
export interface ValidationReport<RuleId extends string = BuiltInRuleId> {
  /** True when no diagnostic has severity `error`. */
  readonly valid: boolean;
  readonly errorCount: number;
  readonly warningCount: number;
  /** Errors first, then warnings, then info; within a severity, by path. */
  readonly diagnostics: readonly Diagnostic<RuleId>[];
}

/** How a linter is set up: rule settings and plugins, checked once when it is created. */
export interface LinterConfig<PluginId extends string = never> {
  /** Severity (and options) per rule id; unknown ids throw, with a "did you mean". */
  readonly rules?: RulesConfig<NotInferred<PluginId>>;
  /** Extra rules made with `defineRule`. */
  readonly plugins?: readonly Rule<PluginId>[];
}

/** A configured linter: the rules config is resolved once and reused for every call. */
export interface Linter<PluginId extends string = never> {
  /** Checks a whole plan: timing, who and how to call, and the script and voicemail. */
  validateCallPlan(plan: CallPlan, options?: PlanCheckOptions): ValidationReport<BuiltInRuleId | PluginId>;
  /** Lints one text with the content rules (and text plugins). */
  lintScript(text: string, context?: ScriptContext): Diagnostic<BuiltInRuleId | PluginId>[];
  /** The metadata of every rule this linter runs or could run (built-in and plugins). */
  readonly rules: readonly RuleMeta<BuiltInRuleId | PluginId>[];
}

/** What a plan is checked against besides itself. */
export interface PlanCheckOptions {
  /** The present moment: a call planned before it is reported (`call-in-the-past`). */
  readonly now?: Instant;
}

function planCheckNow(options: PlanCheckOptions | undefined): number | undefined {
  if (options === undefined || options === null) return undefined;
  if (typeof options !== "object") throw new FollowUpInputError([{ path: [], message: "must be an object like { now: … }" }], "Invalid validateCallPlan options");
  const unknown = unknownKeyIssues(options, ["now"]);
  if (unknown.length > 0) throw new FollowUpInputError(unknown, "Invalid validateCallPlan options");
  return options.now === undefined || options.now === null || (options.now as unknown) === "" ? undefined : parseInstant(options.now, ["now"]);
}

/**
 * What the schema cannot see alone: dates that need the interviewer's zone to compare, and a
 * region the phone library does not know. Bad input throws; it is not a diagnostic.
 */
function checkPlanConsistency(plan: ParsedCallPlan): void {
  const issues: { path: (string | number)[]; message: string }[] = [];
  const interviewDay = toLocal(plan.interview.at, plan.interview.timeZone).day;
  const before = `is before the interview (${isoDateFromDay(interviewDay)} in ${plan.interview.timeZone})`;
  if (plan.callbackRequestedOn !== undefined && plan.callbackRequestedOn < interviewDay) issues.push({ path: ["callbackRequestedOn"], message: before });
  if (plan.decisionExpectedBy !== undefined && plan.decisionExpectedBy < interviewDay) issues.push({ path: ["decisionExpectedBy"], message: before });
  if (plan.employerContactedAt !== undefined && plan.employerContactedAt < plan.interview.at) issues.push({ path: ["employerContactedAt"], message: "is before the interview" });
  plan.history?.forEach((entry, index) => {
    if (entry.callbackRequestedOn !== undefined && entry.callbackRequestedOn < interviewDay) issues.push({ path: ["history", index, "callbackRequestedOn"], message: before });
  });
  if (plan.region !== undefined && !isPhoneRegion(plan.region)) {
    issues.push({ path: ["region"], message: `${echo(plan.region)} is not a region the phone-number library knows (like US, GB or DE)` });
  }
  if (issues.length > 0) throw new FollowUpInputError(issues, "Invalid call plan");
}

/**
 * The region for numbers written without a country code: the one given, else the country of
 * the interviewer's zone (a London interview reads "020 7946 0000" as a London number), else US.
 */
function phoneRegion(given: string | undefined, timeZone: string | undefined): string {
  if (given !== undefined) return given;
  const fromZone = timeZone === undefined ? undefined : regionOfZone(timeZone);
  return fromZone !== undefined && isPhoneRegion(fromZone) ? fromZone : DEFAULT_REGION;
}

const DEFAULT_REGION = "US";

function validateWith(rules: readonly ResolvedRule[], plan: CallPlan, options: PlanCheckOptions | undefined): ValidationReport<string> {
  const now = planCheckNow(options);
  const parsed = { ...parseCallPlan(plan) };
  checkPlanConsistency(parsed);
  parsed.region = phoneRegion(parsed.region, parsed.interview.timeZone);
  const diagnostics = runRules(rules, {
    plan: parsed,
    timing: () => {
      const context = buildTimingContext({
        interviewedAt: parsed.interview.at,
        timeZone: parsed.interview.timeZone,
        now,
        callerTimeZone: parsed.candidate.timeZone,
        callerHours: parsed.callerHours,
        interviewMinutes: parsed.interviewMinutes,
        lateAfterDays: parsed.lateAfterDays,
        written: parsed.call.channel === "linkedin",
        stage: parsed.stage,
        employerContactedAt: employerNewsAt({ ...parsed, interviewMs: parsed.interview.at }, parsed.call.at),
        workingHours: parsed.workingHours,
        holidays: parsed.holidays,
        timeOfDay: parsed.timeOfDay,
        lateMorning: parsed.lateMorning,
        dayEdgeMinutes: parsed.dayEdgeMinutes,
        waitDays: parsed.waitDays,
        agencyBusinessDays: parsed.agencyBusinessDays,
        callbackRequestedOn: employerCallbackDay(parsed),
        decisionExpectedBy: parsed.decisionExpectedBy,
        viaAgency: parsed.viaAgency,
      });
      const local = toLocal(parsed.call.at, parsed.interview.timeZone);
      return evaluateSlot(context, local.day, local.minute, parsed.call.at).findings;
    },
    texts: () => planTexts(parsed),
  });
  let errorCount = 0;
  let warningCount = 0;
  for (const diagnostic of diagnostics) {
    if (diagnostic.severity === "error") errorCount++;
    else if (diagnostic.severity === "warning") warningCount++;
  }
  return { valid: errorCount === 0, errorCount, warningCount, diagnostics };
}

function lintWith(rules: readonly ResolvedRule[], text: string, context: ScriptContext | undefined): Diagnostic[] {
  if (typeof text !== "string") throw new FollowUpInputError([{ path: ["text"], message: "must be a string" }], "Invalid script");
  if (text.length > MAX_TEXT_LENGTH) {
    throw new FollowUpInputError(
      [{ path: ["text"], message: `is too long to be a script (${text.length.toLocaleString("en-US")} characters; at most ${MAX_TEXT_LENGTH.toLocaleString("en-US")})` }],
      "Invalid script",
    );
  }
  const parsed = parseScriptContext(context ?? {});
  const interviewDay =
    parsed.interviewDate === undefined
      ? undefined
      : "day" in parsed.interviewDate
        ? parsed.interviewDate.day
        : // An instant is read on the interviewer's calendar, else on the calendar of the wall clock it was given as.
          toLocal(parsed.interviewDate.instant, (parsed.timeZone ?? parsed.interviewDate.zone) as string).day;
  const facts: ScriptFacts = {
    ...(parsed.candidateName ? { candidateName: parsed.candidateName } : {}),
    ...(parsed.interviewerName ? { addressedNames: [parsed.interviewerName] } : {}),
    ...(parsed.jobTitle ? { jobTitle: parsed.jobTitle } : {}),
    ...(interviewDay !== undefined ? { interviewDay } : {}),
    ...(parsed.at !== undefined ? { callDay: toLocal(parsed.at, parsed.timeZone as string).day } : {}),
    ...(parsed.topics ? { topics: parsed.topics } : {}),
    ...(parsed.phone ? { phone: parsed.phone } : {}),
    region: phoneRegion(parsed.region, parsed.timeZone),
    stage: parsed.stage ?? "pre-decision",
    values: [parsed.candidateName, parsed.jobTitle, parsed.company, parsed.interviewerName, parsed.phone, ...(parsed.topics ?? []), ...(parsed.values ?? [])].filter(
      (value): value is string => typeof value === "string" && value.length > 0,
    ),
  };
  const reviewed = reviewText(text, parsed.kind, parsed.path ?? [], facts);
  return runRules(rules, { plan: undefined, timing: () => [], texts: () => [reviewed] });
}

/**
 * Creates a linter with its rules config and plugins checked and resolved once, as ESLint's
 * `Linter` does: products that check thousands of plans pay for the config once. The plain
 * `validateCallPlan` and `lintScript` are thin wrappers around it.
 *
 * @param config - `rules` (ESLint-style severities and options) and `plugins` (rules made with `defineRule`).
 * @returns A linter with `validateCallPlan`, `lintScript` and the rules' metadata.
 * @throws FollowUpInputError when a rule id is unknown (with a "did you mean"), a setting or
 *   its options are malformed, or a plugin is not a sound rule.
 * @example
 * ```ts
 * const linter = createLinter({ rules: { "keep-it-brief": ["warn", { maxSeconds: { call: 90 } }], "ask-if-good-time": 0 } });
 * for (const plan of plans) {
 *   const report = linter.validateCallPlan(plan);
 *   if (!report.valid) console.log(report.diagnostics.map((d) => `${d.ruleId}: ${d.message}`));
 * }
 * ```
 * @category Validation
 */
export function createLinter<const PluginId extends string = never>(config: LinterConfig<PluginId> = {}): Linter<PluginId> {
  const unknownKeys = typeof config === "object" && config !== null ? unknownKeyIssues(config, ["rules", "plugins"]) : [];
  if (unknownKeys.length > 0) throw new FollowUpInputError(unknownKeys, "Invalid linter config");
  const resolved = resolveRules(builtInRules, config?.rules, config?.plugins);
  // Any configured id may appear (one config serves both calls); lintScript runs the text rules only.
  const textRules = resolved.filter((entry) => entry.rule.meta.scope === "text");
  // Every rule the linter knows, including plugins turned off in its config.
  const metas = Object.freeze([...builtInRules.map((rule) => rule.meta), ...(config?.plugins ?? []).map((plugin) => plugin.meta)]) as readonly RuleMeta<BuiltInRuleId | PluginId>[];
  return Object.freeze({
    validateCallPlan: (plan: CallPlan, options?: PlanCheckOptions) => validateWith(resolved, plan, options) as ValidationReport<BuiltInRuleId | PluginId>,
    lintScript: (text: string, context?: ScriptContext) => lintWith(textRules, text, context) as Diagnostic<BuiltInRuleId | PluginId>[],
    rules: metas,
  });
}
