import type { ClassHit } from "../text/analyzeText";
import { hitsOf, hitsOutside, sentenceWordCount } from "../text/clauseView";
import { isInsideValue } from "../text/reviewedText";
import { presenceRule } from "./internal/presenceRule";

// "Thank you, sir." and "Oh great, thanks." are a reply; "Thank you again, it was a great chat" says more.
const BARE_THANKS_WORDS = 4;

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
  kinds: ["call", "voicemail", "thank-you-email", "follow-up-email", "after-offer", "after-rejection", "no-decision"],
  missing(reviewed) {
    const { sentences } = reviewed.analysis;
    const thanked = sentences.some((sentence, index) => {
      if (sentence.aside || sentence.otherSpeaker) return false;
      // A word of thanks inside a name or another value of the context is that value ("Efua Asante":
      // "asante" is Swahili for thanks).
      const said = (hit: ClassHit) => !hit.negated && !isInsideValue(reviewed, hit.start, hit.end);
      const hits = (className: string) => sentence.clauses.flatMap((clause) => hitsOf(clause, className).filter(said));
      // "I would appreciate an update" asks for something; it thanks no one.
      if (!sentence.clauses.some((clause) => hitsOutside(clause, "thanks", "request-formula").some(said))) return false;
      // Thanks for answering the phone or for listening is a courtesy of the call, not thanks for
      // the interview: a reason counts unless it is one of those ("thanks for listening and for
      // seeing me on Tuesday" still thanks them for the meeting).
      const courtesyStarts = new Set(hits("thanks-courtesy").map((hit) => hit.first));
      const reasons = hits("thanks-for").filter((hit) => !courtesyStarts.has(hit.last));
      if (courtesyStarts.size > 0 && reasons.length === 0) return false;
      if (reasons.length > 0) return true;
      // "Thanks, bye" closing the text is a goodbye, and "Thank you, sir." right after asking
      // whether now suits them thanks them for the moment: either thanks them for the interview
      // only when it says what for ("thanks again for your time, bye").
      const previous = sentences[index - 1];
      const answersGoodTime =
        previous?.clauses.some((clause) => clause.asks && hitsOf(clause, "good-time").length > 0) && sentenceWordCount(reviewed.analysis, sentence) <= BARE_THANKS_WORDS;
      return index < sentences.length - 1 && !answersGoodTime;
    });
    if (thanked) return undefined;
    return { messageId: "missing", suggestion: 'Add "Thank you again for the interview."' };
  },
});
