import type { Clause } from "../text/analyzeText";
import type { ReviewedKind, ReviewedText } from "../validate/_reviewedText";
import type { RuleContext } from "./_context";
import type { RuleDefinition, RuleReport } from "./_types";
import { defineRule, type Rule } from "./defineRule";

/**
 * A content rule that wants something present in the script or voicemail (the candidate's
 * name, thanks, interest…). `missing` returns the report for a text that lacks it, or
 * undefined; it is only asked about texts of the listed kinds whose facts it can use.
 */
export function presenceRule(
  definition: Omit<RuleDefinition<RuleContext>, "check"> & {
    kinds?: readonly ReviewedKind[];
    missing(reviewed: ReviewedText, options: Readonly<Record<string, unknown>>): Omit<RuleReport, "path"> | undefined;
  },
): Rule {
  const { kinds, missing, ...rest } = definition;
  // checkOptions, when given, travels with the rest of the definition.
  return defineRule({
    ...rest,
    check(context) {
      for (const reviewed of context.texts) {
        if (kinds !== undefined && (reviewed.kind === undefined || !kinds.includes(reviewed.kind))) continue;
        const report = missing(reviewed, context.options);
        if (report) context.report({ ...report, path: reviewed.path });
      }
    },
  });
}

/** Whether some clause of the text satisfies the test. */
export function someClause(reviewed: ReviewedText, test: (clause: Clause) => boolean): boolean {
  return reviewed.analysis.sentences.some((sentence) => sentence.clauses.some(test));
}
