import type { ClassHit, SentenceAnalysis, Token } from "../text/analyzeText";
import { affirmed, has, hitsOf } from "../text/clauseView";
import { clauseRule, sentenceAsksWith, sentenceHas } from "./_clauseRule";

// The classes that can carry the verdict asked for.
const VERDICT_CLASSES = ["self-outcome", "pending-step", "outcome-word", "made-decision"];

/**
 * Whether a hit lies inside a condition that opens a clause, or follows a comma, and runs to the
 * hit without a comma ("If selected, would I…", "…, if I'm lucky enough to be offered it,
 * whether…"). A condition after a verb of asking ("let me know if") is a question, and "if" in
 * the middle of a request ("tell me now if it's me") is too, so neither supposes anything.
 */
function supposed(tokens: readonly Token[], sentence: SentenceAnalysis, hit: ClassHit): boolean {
  const verbs = sentence.clauses.flatMap((clause) => hitsOf(clause, "ask-if"));
  // "If you could let me know whether I've got it": a request to be told, wrapped in politeness.
  // "If I've got it, could you tell me now?": told what, if not the verdict? ("…tell me what to bring" says.)
  const told = verbs.some((verb) => verb.first > hit.last && !sentence.clauses.some((clause) => hitsOf(clause, "question-word").some((word) => word.first > verb.last)));
  if (told) return false;
  return sentence.clauses.some((clause) =>
    hitsOf(clause, "condition").some((condition) => {
      if (condition.last >= hit.first || verbs.some((verb) => verb.last === condition.first - 1 || (verb.first > condition.last && verb.last < hit.first))) return false;
      if (condition.first !== clause.first && (tokens[condition.first - 1] as Token).norm !== ",") return false;
      for (let index = condition.last + 1; index < hit.first; index++) if ((tokens[index] as Token).norm === ",") return false;
      return true;
    }),
  );
}

/** Whether the verdict words of a sentence are all supposed ("if I get it, would I be on nights?"). */
function verdictOnlySupposed(tokens: readonly Token[], sentence: SentenceAnalysis): boolean {
  let supposedOnes = 0;
  for (const clause of sentence.clauses) {
    for (const hit of clause.hits) {
      if (!VERDICT_CLASSES.includes(hit.className)) continue;
      if (!supposed(tokens, sentence, hit)) return false;
      supposedOnes++;
    }
  }
  return supposedOnes > 0;
}

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
    // "If selected, would I be on nights?" supposes the verdict and asks about the job.
    const asked = (hit: ClassHit | undefined) => (hit === undefined || supposed(reviewed.analysis.tokens, sentence, hit) ? undefined : hit);
    const outcome = asked(affirmed(clause, "self-outcome"));
    if (outcome !== undefined) return [outcome];
    // "Should I hand my notice in?" asks the interviewer to settle the speaker's next step, which
    // only the verdict can do.
    const step = asked(affirmed(clause, "pending-step"));
    if (step !== undefined && has(clause, "self")) return [step];
    const word = asked(affirmed(clause, "outcome-word"));
    if (word !== undefined && has(clause, "self") && !has(clause, "other-candidates")) return [word];
    // "Have you decided?" presses for the verdict; "when will you decide?" asks about timing, and
    // "have you decided which system to use?" is about something else.
    const made = asked(affirmed(clause, "made-decision"));
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
      // "If I get it, would I be on earlies?" asks about the job, the verdict supposed.
      !verdictOnlySupposed(reviewed.analysis.tokens, sentence) &&
      // "Text me at 555 0129 whether I'm through" still asks for the verdict: its outcome words say so.
      !(sentenceAsksWith(sentence, "contact-request") && !sentenceHas(sentence, "self-outcome") && !sentenceHas(sentence, "outcome-word")),
  },
  suggestion: "Ask where they are in the hiring timeline, or what the next steps are.",
});
