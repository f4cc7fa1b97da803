import type { Severity, SourceId } from "../../types";
import type { TimingRuleId } from "../evaluateSlot";

/**
 * What the timing functions say about a timing rule (its messages, severity and sources). It
 * lives with the timing engine, below the rules: the rules are built from it, and
 * `bestCallTime` reads it without pulling in the linter. The description, which only the
 * rule catalogue shows, lives with the rule.
 */
export interface TimingRuleMeta {
  readonly id: TimingRuleId;
  readonly defaultSeverity: Severity;
  readonly sources: readonly SourceId[];
  readonly derived: boolean;
  readonly messages: Readonly<Record<string, string>>;
}
