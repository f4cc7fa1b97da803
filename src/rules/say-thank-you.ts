import { affirmed } from "../text/clauseView";
import { presenceRule, someClause } from "./_presenceRule";

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
    if (someClause(reviewed, (clause) => affirmed(clause, "thanks") !== undefined)) return undefined;
    return { messageId: "missing", suggestion: 'Add "Thank you again for the interview."' };
  },
});
