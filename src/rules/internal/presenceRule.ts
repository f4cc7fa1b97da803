import type { ConversationStage } from "../../schemas";
import type { Clause } from "../../text/analyzeText";
import type { ReviewedKind, ReviewedText } from "../../text/reviewedText";
import { textsOf } from "../engine/ruleInputs";
import type { ReportDescriptor, RuleDefinition } from "../api/types";
import { defineRule, type Rule } from "../defineRule";

/**
 * A content rule that wants something present in the script or voicemail (the candidate's
 * name, thanks, interest…). `missing` returns the report for a text that lacks it, or
 * undefined; it is only asked about texts of the listed kinds, at the listed stages of the
 * process (all when not given), whose facts it can use.
 */
export function presenceRule<const Id extends string, const MessageIds extends string, Options = Readonly<Record<string, unknown>>>(
  definition: Omit<RuleDefinition<Id, MessageIds, Options>, "check"> & {
    kinds?: readonly ReviewedKind[];
    stages?: readonly ConversationStage[];
    missing(reviewed: ReviewedText, options: Options): Omit<ReportDescriptor<MessageIds>, "path"> | undefined;
  },
): Rule<Id> {
  const { kinds, stages, missing, ...rest } = definition;
  // checkOptions, when given, travels with the rest of the definition.
  return defineRule({
    ...rest,
    check(context) {
      for (const reviewed of textsOf(context)) {
        if (kinds !== undefined && (reviewed.kind === undefined || !kinds.includes(reviewed.kind))) continue;
        if (stages !== undefined && !stages.includes(reviewed.facts.stage)) continue;
        const report = missing(reviewed, context.options);
        if (report) context.report({ ...report, path: reviewed.path });
      }
    },
  });
}

/** Whether some clause of the text satisfies the test (given each clause with the others of its sentence). */
export function someClause(reviewed: ReviewedText, test: (clause: Clause, index: number, clauses: readonly Clause[]) => boolean): boolean {
  // A stage direction in brackets is a note to the caller: it says nothing to the employer.
  return reviewed.analysis.sentences.some((sentence) => !sentence.aside && !sentence.otherSpeaker && sentence.clauses.some(test));
}
