import type { RuleMeta } from "../rules/api/types";
import { builtInRules } from "../rules/index";
import type { BuiltInRuleId } from "../rules/api/ids";

/**
 * The metadata of every built-in rule: id, default severity, description, sources, whether
 * it is derived (house policy), its docs page, scope and message templates.
 *
 * @example
 * ```ts
 * ruleCatalog.filter((rule) => rule.derived).map((rule) => rule.id);
 * // ["after-stated-timeline", "working-day", "working-hours", "avoid-holiday-edges", "caller-hours", "call-in-the-past", "no-placeholders"]
 * ```
 * @category Validation
 */
export const ruleCatalog: readonly RuleMeta<BuiltInRuleId>[] = /* @__PURE__ */ Object.freeze(/* @__PURE__ */ builtInRules.map((rule) => rule.meta as RuleMeta<BuiltInRuleId>));
