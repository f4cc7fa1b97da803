import type { ParsedCallPlan } from "../schemas";
import type { TimingFinding } from "../timing/_evaluateSlot";
import type { ReviewedText } from "../validate/_reviewedText";
import type { RuleReport } from "./_types";

/** What a rule's `check` receives. Shared analyses are computed once, on first use. */
export interface RuleContext {
  /**
   * The validated plan (instants in epoch ms, calendar dates as day numbers); `undefined`
   * under `lintScript`, where only `"text"` rules run.
   */
  readonly plan: ParsedCallPlan | undefined;
  /** Options for this rule from `RulesConfig` (`["warning", { … }]`), or `{}`. */
  readonly options: Readonly<Record<string, unknown>>;
  /** Timing findings for `call.at` (the engine of `scoreCallTime`). */
  readonly timing: readonly TimingFinding[];
  /** The call script and voicemail, analysed for the content rules. */
  readonly texts: readonly ReviewedText[];
  /** Reports a problem; the engine adds rule id, severity and sources. */
  report(report: RuleReport): void;
}
