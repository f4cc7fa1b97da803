import { affirmed, has } from "../text/clauseView";
import { presenceRule, someClause } from "./_presenceRule";

/** S6: say you are still interested. */
export default /* @__PURE__ */ presenceRule({
  id: "reaffirm-interest",
  meta: {
    description: "Say that you are still interested in the role.",
    defaultSeverity: "warning",
    sources: ["rednax", "monster"],
    derived: false,
    scope: "text",
    messages: { missing: "The text never says you are still interested in the role." },
  },
  kinds: ["call", "voicemail", "thank-you-email", "follow-up-email"],
  // After an offer the answer is what matters, and after a rejection "still interested" rings
  // hollow: the rule asks for it only while they are deciding.
  stages: ["pre-decision"],
  missing(reviewed) {
    // "No longer interested" and "I'm not sure I'm keen" take interest back.
    // Said, and not taken back ("I'm not sure that I'm still interested").
    if (someClause(reviewed, (clause) => affirmed(clause, "interest") !== undefined && !has(clause, "withdrawn"))) return undefined;
    return { messageId: "missing", suggestion: 'Add "I\'m still very interested in the role."' };
  },
});
