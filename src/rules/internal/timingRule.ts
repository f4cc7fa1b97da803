import type { TimingRuleMeta } from "../../timing/meta/types";
import { timingOf } from "../engine/ruleInputs";
import { defineRule, type Rule } from "../defineRule";

/**
 * A timing rule reports what the shared timing engine (the one behind `scoreCallTime`)
 * found for its id on `call.at`; it holds no time logic of its own.
 */
export function timingRule<const Meta extends TimingRuleMeta>(meta: Meta, description: string): Rule<Meta["id"]> {
  type MessageIds = keyof Meta["messages"] & string;
  const { id, ...rest } = meta;
  return defineRule<Meta["id"], MessageIds>({
    id,
    meta: { ...rest, description } as typeof rest & { description: string; messages: Readonly<Record<MessageIds, string>> },
    check(context) {
      for (const finding of timingOf(context)) {
        if (finding.ruleId === id) {
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
