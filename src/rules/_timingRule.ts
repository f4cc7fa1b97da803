import type { TimingRuleId } from "../timing/_evaluateSlot";
import type { RuleDefinition } from "./_types";
import type { RuleContext } from "./_context";
import { defineRule, type Rule } from "./defineRule";

/**
 * A timing rule reports what the shared timing engine (the one behind `scoreCallTime`)
 * found for its id on `call.at`; it holds no time logic of its own.
 */
export function timingRule(definition: Omit<RuleDefinition<RuleContext>, "check"> & { id: TimingRuleId }): Rule {
  return defineRule({
    ...definition,
    check(context) {
      for (const finding of context.timing) {
        if (finding.ruleId === definition.id) {
          context.report({
            messageId: finding.messageId,
            data: finding.data,
            path: ["call", "at"],
            ...(finding.severity ? { severity: finding.severity } : {}),
          });
        }
      }
    },
  });
}
