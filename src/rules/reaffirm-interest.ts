import type { Clause } from "../text/analyzeText";
import { has, hitsOf } from "../text/clauseView";
import { presenceRule, someClause } from "./internal/presenceRule";

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
    if (someClause(reviewed, (clause) => interestSaid(clause) && !has(clause, "withdrawn"))) return undefined;
    return { messageId: "missing", suggestion: 'Add "I\'m still very interested in the role."' };
  },
});

/**
 * Whether the clause says interest, not as what thanks are for: "Thank you for the opportunity to
 * meet the panel" thanks them; "I'd welcome the opportunity to join" is keen.
 */
function interestSaid(clause: Clause): boolean {
  const thanked = hitsOf(clause, "thanks-for");
  return hitsOf(clause, "interest").some((hit) => !hit.negated && !thanked.some((thanks) => thanks.last === hit.first - 1));
}
