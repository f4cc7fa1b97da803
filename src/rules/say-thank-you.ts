import type { Clause } from "../text/analyzeText";
import { affirmed, has } from "../text/clauseView";
import { presenceRule } from "./_presenceRule";

/** S4: thank them for the interview and for their time. */
export default /* @__PURE__ */ presenceRule({
  id: "say-thank-you",
  meta: {
    description: "Thank them for the interview and for their time now.",
    defaultSeverity: "warning",
    sources: ["rednax", "monster"],
    derived: false,
    scope: "text",
    messages: { missing: "The text never thanks them for the interview or their time." },
  },
  kinds: ["call", "voicemail", "thank-you-email", "follow-up-email", "after-offer", "after-rejection"],
  missing(reviewed) {
    const { sentences } = reviewed.analysis;
    // Thanks for answering the phone or for listening is a courtesy of the call, not thanks for the interview.
    const thanksIn = (clause: Clause, className: string) => affirmed(clause, className) !== undefined && !has(clause, "thanks-courtesy");
    const thanked = sentences.some((sentence, index) => {
      // "Thanks, bye" closing the text is a goodbye; it thanks them for the interview only when
      // it says what for ("thanks again for your time, bye").
      const closing = index === sentences.length - 1;
      return sentence.clauses.some((clause) => thanksIn(clause, "thanks")) && (!closing || sentence.clauses.some((clause) => thanksIn(clause, "thanks-for")));
    });
    if (thanked) return undefined;
    return { messageId: "missing", suggestion: 'Add "Thank you again for the interview."' };
  },
});
