import { affirmed, has } from "../text/clauseView";
import { clauseRule, sentenceAsksWith, sentenceHas } from "./_clauseRule";

/** D2: never ask outright whether you got the job. */
export default /* @__PURE__ */ clauseRule({
  id: "no-asking-for-decision",
  meta: {
    description: "Do not ask outright whether you got the job; ask about the timeline instead.",
    defaultSeverity: "error",
    sources: ["rednax", "monster"],
    derived: false,
    scope: "text",
    messages: {
      found: '"{{words}}" asks for the decision itself, which puts the interviewer on the spot.',
    },
  },
  find({ clause, sentence, reviewed, once }) {
    // Once they have offered or said no, there is no decision left to ask for.
    if (reviewed.facts.stage !== "pre-decision") return undefined;
    if (!clause.asks || has(clause, "not-asking") || has(clause, "timeline")) return undefined;
    // A real competing offer with its deadline is an honest reason to ask (D5, C8).
    if (once("excused", () => sentenceHas(sentence, "competing-offer") || sentenceHas(sentence, "patience"))) return undefined;
    // "Am I in the top two?" is about the ranking (no-asking-about-candidates), not the verdict.
    if (has(clause, "ranking")) return undefined;
    const outcome = affirmed(clause, "self-outcome");
    if (outcome !== undefined) return [outcome];
    // "Should I hand my notice in?" asks the interviewer to settle the speaker's next step, which
    // only the verdict can do.
    const step = affirmed(clause, "pending-step");
    if (step !== undefined && has(clause, "self")) return [step];
    const word = affirmed(clause, "outcome-word");
    if (word !== undefined && has(clause, "self") && !has(clause, "other-candidates")) return [word];
    // "Have you decided?" presses for the verdict; "when will you decide?" asks about timing, and
    // "have you decided which system to use?" is about something else.
    const made = affirmed(clause, "made-decision");
    return made === undefined || has(clause, "decided-something") ? undefined : [made];
  },
  // Once they have decided there is no decision to ask for. With word pairs the model needs no
  // outcome word to start from ("be straight with me, am I the one?"), but it stays quiet on
  // asking whether now is a good time, which on call openers it read as asking for the verdict,
  // and on asking to be reached ("Kindly reach me on 020 555 0129 or by email"), a voicemail's close.
  model: {
    asking: true,
    applies: (sentence, reviewed) =>
      reviewed.facts.stage === "pre-decision" &&
      !sentenceAsksWith(sentence, "good-time") &&
      // "Text me at 555 0129 whether I'm through" still asks for the verdict: its outcome words say so.
      !(sentenceAsksWith(sentence, "contact-request") && !sentenceHas(sentence, "self-outcome") && !sentenceHas(sentence, "outcome-word")),
  },
  suggestion: "Ask where they are in the hiring timeline, or what the next steps are.",
});
