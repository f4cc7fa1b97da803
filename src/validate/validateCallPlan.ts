import { isSupportedCountry, type CountryCode } from "libphonenumber-js/max";
import { FollowUpInputError } from "../errors";
import { builtInRules } from "../rules/index";
import { isoDateFromDay } from "../time/civil";
import type { Rule } from "../rules/defineRule";
import { parseCallPlan, type CallPlan, type ParsedCallPlan } from "../schemas";
import { evaluateSlot } from "../timing/_evaluateSlot";
import { buildTimingContext } from "../timing/_timingContext";
import { toLocal } from "../time/zonedTime";
import type { Diagnostic } from "../types";
import { resolveRules, runRules, type RulesConfig } from "./_engine";
import { planTexts } from "./_planTexts";

/**
 * The day the employer asked to be called back (T3): the plan's own field, or else the
 * latest one recorded in the history, so a callback asked for on an earlier call counts too.
 */
function employerCallbackDay(plan: ParsedCallPlan): number | undefined {
  if (plan.callbackRequestedOn !== undefined) return plan.callbackRequestedOn;
  let latest: { at: number; day: number } | undefined;
  for (const entry of plan.history ?? []) {
    if (entry.callbackRequestedOn !== undefined && (latest === undefined || entry.at > latest.at)) latest = { at: entry.at, day: entry.callbackRequestedOn };
  }
  return latest?.day;
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
  plan.history?.forEach((entry, index) => {
    if (entry.callbackRequestedOn !== undefined && entry.callbackRequestedOn < interviewDay) issues.push({ path: ["history", index, "callbackRequestedOn"], message: before });
  });
  if (plan.region !== undefined && !isSupportedCountry(plan.region as CountryCode)) {
    issues.push({ path: ["region"], message: `"${plan.region}" is not a region the phone-number library knows (like US, GB or DE)` });
  }
  if (issues.length > 0) throw new FollowUpInputError(issues, "Invalid call plan");
}

/** Options of `validateCallPlan`. */
export interface ValidateOptions {
  /** Severity per rule id (`"off"` to disable); unknown ids throw. */
  rules?: RulesConfig;
  /** Extra rules made with `defineRule`. */
  plugins?: readonly Rule[];
}

/** The outcome of validating a plan. */
export interface ValidationReport {
  /** True when no diagnostic has severity `error`. */
  readonly valid: boolean;
  readonly errorCount: number;
  readonly warningCount: number;
  /** Errors first, then warnings, then info; within a severity, by path. */
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * Checks a planned follow-up call against the guidance (RULES.md): timing, who and how to
 * call, and what the script and voicemail say, and returns ESLint-style diagnostics.
 *
 * A plan that can be read never throws: every problem in it is a diagnostic with a rule id,
 * severity, message, path (and span for words in the script), sources and, where there is
 * one, a suggestion. The timing rules use the same engine as `scoreCallTime`.
 *
 * @param plan - The candidate, the interview, the planned call and its history.
 * @param options - `rules` to change severities or turn rules off; `plugins` for custom rules.
 * @returns The report: `valid`, counts, and the sorted diagnostics.
 * @throws FollowUpInputError when the plan or the options are malformed (including an unknown
 *   rule id in `rules`).
 * @example
 * ```ts
 * const report = validateCallPlan({
 *   candidate: { name: "Dana Whitfield", phone: "+1 555 201 3344" },
 *   interview: { at: "2026-11-10T14:00:00-05:00", timeZone: "America/New_York", jobTitle: "Operations Analyst", company: "Harbor Lines", interviewerName: "Priya Okafor" },
 *   call: { at: "2026-11-12T10:00:00-05:00", to: { name: "Front desk", number: "+1 800 555 0100", role: "reception" } },
 * });
 * report.valid; // false
 * report.diagnostics.map((d) => d.ruleId);
 * // ["wait-a-week", "no-general-number", "call-the-hiring-manager", "thank-you-email-first", "prepare-a-script"]
 * ```
 */
export function validateCallPlan(plan: CallPlan, options: ValidateOptions = {}): ValidationReport {
  const parsed = parseCallPlan(plan);
  checkPlanConsistency(parsed);
  const rules = resolveRules(builtInRules, options?.rules, options?.plugins);
  const diagnostics = runRules(rules, {
    plan: parsed,
    timing: () => {
      const context = buildTimingContext({
        interviewedAt: parsed.interview.at,
        timeZone: parsed.interview.timeZone,
        now: undefined,
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
      return evaluateSlot(context, local.day, local.minute).findings;
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
