import { clauseAround, isNegatedBefore } from "../validate/_text";
import { presenceRule } from "./_presenceRule";

const INTEREST =
  /\b(?:interested|keen|excited|enthusiastic|eager|passionate|thrilled|motivated)\b|\b(?:love|like|want|hope) to (?:join|be part|be a part|work|take on|help|contribute)\b|\bmy (?:first|top) choice\b/g;
const WITHDRAWN = /\bwithdraw\b|\bno longer\b|\banymore\b|\bafter all\b|\bnot (?:sure|certain) (?:i'm|i am)\b/;

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
  missing(reviewed) {
    INTEREST.lastIndex = 0;
    const anywhere = INTEREST.test(reviewed.normalized);
    for (const sentence of anywhere ? reviewed.sentences : []) {
      INTEREST.lastIndex = 0;
      for (let match = INTEREST.exec(sentence.text); match !== null; match = INTEREST.exec(sentence.text)) {
        const clause = clauseAround(sentence.text, match.index, match.index + match[0].length);
        if (!isNegatedBefore(sentence.text, match.index) && !WITHDRAWN.test(clause)) return undefined;
      }
    }
    return { messageId: "missing", suggestion: 'Add "I\'m still very interested in the role."' };
  },
});
