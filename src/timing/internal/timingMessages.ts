import { formatMessage } from "../../internal/formatMessage";
import type { Diagnostic, Path } from "../../types";
import type { TimingFinding, TimingRuleId } from "../evaluateSlot";
import { TIMING_RULE_META } from "../meta/index";
import type { CallTimeReason } from "../callTimeReason";

/** The message of a timing rule, filled with data. */
export function timingMessage(ruleId: TimingRuleId, messageId: string, data: Readonly<Record<string, string | number>>): string {
  const template = TIMING_RULE_META[ruleId].messages[messageId];
  return template === undefined ? messageId : formatMessage(template, data);
}

export function timingReason(ruleId: TimingRuleId, messageId: string, data: Readonly<Record<string, string | number>>): CallTimeReason {
  return { ruleId, message: timingMessage(ruleId, messageId, data), sources: TIMING_RULE_META[ruleId].sources };
}

/** A timing finding as a diagnostic with the rule's default severity. */
export function timingDiagnostic(finding: TimingFinding, path: Path): Diagnostic {
  const meta = TIMING_RULE_META[finding.ruleId];
  return {
    ruleId: finding.ruleId,
    severity: finding.severity ?? meta.defaultSeverity,
    message: timingMessage(finding.ruleId, finding.messageId, finding.data),
    messageId: finding.messageId,
    data: finding.data,
    path,
    sources: meta.sources,
  };
}
