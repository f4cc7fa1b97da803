import type { TimingRuleId } from "../timing/_evaluateSlot";
import { timingOf } from "./_internal";
import type { RuleDefinition } from "./_types";
import { defineRule, type Rule } from "./defineRule";

/**
 * A timing rule reports what the shared timing engine (the one behind `scoreCallTime`)
 * found for its id on `call.at`; it holds no time logic of its own.
 */
export function timingRule<const Id extends TimingRuleId, const MessageIds extends string>(definition: Omit<RuleDefinition<Id, MessageIds>, "check">): Rule<Id> {
  return defineRule({
    ...definition,
    check(context) {
      for (const finding of timingOf(context)) {
        if (finding.ruleId === definition.id) {
          context.report({
            messageId: finding.messageId as MessageIds,
            data: finding.data,
            path: ["call", "at"],
            ...(finding.severity ? { severity: finding.severity } : {}),
          });
        }
      }
    },
  });
}
