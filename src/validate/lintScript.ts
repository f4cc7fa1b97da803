import { FollowUpInputError } from "../errors";
import { builtInRules } from "../rules/index";
import { parseScriptContext, type ScriptContext } from "../schemas";
import { toLocal } from "../time/zonedTime";
import type { Diagnostic } from "../types";
import { resolveRules, runRules, type RulesConfig } from "./_engine";
import { reviewText, type ScriptFacts } from "./_reviewedText";


/**
 * Lints any script text with the content rules. With no context, only the "never say" rules
 * and `no-placeholders` run; each presence rule runs when the context gives what it needs
 * (the kind, the candidate's name, the job title and date, the topics, the phone number).
 *
 * @param text - The words the candidate will say or send.
 * @param context - What is known about the text; `rules` sets severities as in `validateCallPlan`.
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
 */
export function lintScript(text: string, context: ScriptContext & { rules?: RulesConfig } = {}): Diagnostic[] {
  if (typeof text !== "string") throw new FollowUpInputError([{ path: ["text"], message: "must be a string" }], "Invalid script");
  const { rules: rulesConfig, ...rest } = context ?? {};
  const parsed = parseScriptContext(rest);
  const interviewDay =
    parsed.interviewDate === undefined
      ? undefined
      : "day" in parsed.interviewDate
        ? parsed.interviewDate.day
        : toLocal(parsed.interviewDate.instant, parsed.timeZone as string).day;
  const facts: ScriptFacts = {
    ...(parsed.candidateName ? { candidateName: parsed.candidateName } : {}),
    ...(parsed.jobTitle ? { jobTitle: parsed.jobTitle } : {}),
    ...(interviewDay !== undefined ? { interviewDay } : {}),
    ...(parsed.at !== undefined ? { callDay: toLocal(parsed.at, parsed.timeZone as string).day } : {}),
    ...(parsed.topics ? { topics: parsed.topics } : {}),
    ...(parsed.phone ? { phone: parsed.phone } : {}),
    ...(parsed.region ? { region: parsed.region } : {}),
    stage: parsed.stage ?? "pre-decision",
    values: [parsed.candidateName, parsed.jobTitle, parsed.company, parsed.interviewerName, parsed.phone, ...(parsed.topics ?? []), ...(parsed.values ?? [])].filter(
      (value): value is string => typeof value === "string" && value.length > 0,
    ),
  };
  const reviewed = reviewText(text, parsed.kind, parsed.path ?? [], facts);
  // Any built-in id may be configured (one config can serve both calls); only text rules run here.
  const rules = resolveRules(builtInRules, rulesConfig, undefined).filter((resolved) => resolved.rule.meta.scope === "text");
  return runRules(rules, { plan: undefined, timing: () => [], texts: () => [reviewed] });
}
