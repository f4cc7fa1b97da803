import type { BuiltInRuleId } from "../rules/api/ids";
import type { RuleSetting } from "../types";

/** A rule's setting in ESLint's forms: a severity, `"warn"`, `0`/`1`/`2`, or `[setting, options]`. */
export type RuleSettingInput = RuleSetting | "warn" | 0 | 1 | 2;
/** A rule's entry in `RulesConfig`: a setting, or `[setting]`, or `[setting, options]`. */
export type RuleEntry = RuleSettingInput | readonly [RuleSettingInput] | readonly [RuleSettingInput, Readonly<Record<string, unknown>>];

/**
 * ESLint-style rule settings, keyed by rule id. Built-in ids autocomplete and a typo fails to
 * compile; plugin ids are allowed once the plugin is passed (`Extra` is inferred from it).
 */
export type RulesConfig<Extra extends string = never> = { readonly [Id in BuiltInRuleId | Extra]?: RuleEntry };
