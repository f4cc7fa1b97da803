import type { Rule } from "../rules/defineRule";
import type { BuiltInRuleId } from "../rules/api/ids";
import type { ScriptContext } from "../schemas";
import type { Diagnostic } from "../types";
import type { RulesConfig } from "./rulesConfig";
import { createLinter, type Linter } from "./createLinter";
import type { NotInferred } from "../types";

/** What `lintScript` takes besides the text: what is known about it, and the rule settings. */
export interface LintScriptOptions<PluginId extends string = never> extends ScriptContext {
  /** Severity per rule id, as in `validateCallPlan`; only text rules run here. */
  rules?: RulesConfig<NotInferred<PluginId>>;
  /** Extra rules made with `defineRule`; those with `scope: "text"` run. */
  plugins?: readonly Rule<PluginId>[];
}

let defaultLinter: Linter | undefined;

/**
 * Lints any script text with the content rules. With no context, only the "never say" rules
 * and `no-placeholders` run; each presence rule runs when the context gives what it needs
 * (the kind, the candidate's name, the job title and date, the topics, the phone number).
 * With `at` and `timeZone`, relative dates ("last Thursday") are checked against the interview.
 *
 * @param text - The words the candidate will say or send.
 * @param context - What is known about the text; `rules` and `plugins` as in `validateCallPlan`.
 * @returns Diagnostics with `span`s into `text`, errors first.
 * @throws FollowUpInputError when `text` is not a string or the context is malformed.
 * @example
 * ```ts
 * lintScript("Hi Priya, did I get the job? Why is it taking so long?");
 * // [{ ruleId: "no-asking-for-decision", span: { start: 10, end: 27 }, … },
 * //  { ruleId: "no-questioning-delay", … }]
 * lintScript("Hi, it's Dana.", { kind: "voicemail", candidateName: "Dana Whitfield", phone: "+1 555 201 3344" })
 *   .map((d) => d.ruleId); // ["leave-contact-details", "reaffirm-interest", "say-thank-you"]
 * ```
 * @category Validation
 */
export function lintScript<const PluginId extends string = never>(text: string, context: LintScriptOptions<PluginId> = {}): Diagnostic<BuiltInRuleId | PluginId>[] {
  const { rules, plugins, ...rest } = context ?? {};
  if (rules === undefined && plugins === undefined) {
    defaultLinter ??= createLinter();
    return defaultLinter.lintScript(text, rest);
  }
  return createLinter<PluginId>({ rules, plugins } as never).lintScript(text, rest);
}
