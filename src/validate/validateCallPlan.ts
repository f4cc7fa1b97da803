import { unknownKeyIssues } from "../internal/knownKeys";
import { FollowUpInputError } from "../errors";
import type { Rule } from "../rules/defineRule";
import type { BuiltInRuleId } from "../rules/api/ids";
import type { CallPlan, Instant } from "../schemas";
import type { RulesConfig } from "./rulesConfig";
import { createLinter, type Linter, type ValidationReport } from "./createLinter";
import type { NotInferred } from "../types";

export type { ValidationReport } from "./createLinter";

/** Options of `validateCallPlan`. */
export interface ValidateOptions<PluginId extends string = never> {
  /** Severity per rule id (`"off"`, `"warn"`, `0/1/2`, `[severity, options]`); unknown ids throw. */
  rules?: RulesConfig<NotInferred<PluginId>>;
  /** Extra rules made with `defineRule`. */
  plugins?: readonly Rule<PluginId>[];
  /** The present moment (a `Date`, ISO-8601 with an offset, or `{ local, timeZone }`): a call planned before it is an error (`call-in-the-past`). */
  now?: Instant;
}

let defaultLinter: Linter | undefined;

const OPTION_KEYS = ["rules", "plugins", "now"] as const;

function checkOptionsObject(options: unknown): void {
  if (options === undefined || options === null) return;
  const issues = typeof options === "object" ? unknownKeyIssues(options, OPTION_KEYS) : [{ path: [], message: "must be an object like { rules: { … } }" }];
  if (issues.length > 0) throw new FollowUpInputError(issues, "Invalid validateCallPlan options");
}

/**
 * Checks a planned follow-up call against the guidance: timing, who and how to call, and
 * what the script and voicemail say, and returns ESLint-style diagnostics.
 *
 * A plan that can be read never throws: every problem in it is a diagnostic with a rule id,
 * severity, message, `messageId` and `data` (to translate it), path (and span for words in the
 * script), sources and, where there is one, a suggestion. The timing rules use the same engine
 * as `scoreCallTime`. To check many plans with one configuration, use `createLinter`.
 *
 * @param plan - The candidate, the interview, the planned call and its history.
 * @param options - `rules` to change severities or options; `plugins` for custom rules; `now`
 *   to report a call planned in the past.
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
 * @category Validation
 */
export function validateCallPlan<const PluginId extends string = never>(plan: CallPlan, options: ValidateOptions<PluginId> = {}): ValidationReport<BuiltInRuleId | PluginId> {
  checkOptionsObject(options);
  if (options?.rules === undefined && options?.plugins === undefined) {
    defaultLinter ??= createLinter();
    return defaultLinter.validateCallPlan(plan, { now: options?.now });
  }
  return createLinter<PluginId>({ rules: options.rules, plugins: options.plugins } as never).validateCallPlan(plan, { now: options.now });
}
