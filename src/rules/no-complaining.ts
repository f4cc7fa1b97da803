import { affirmed, has, hitsOf, negated } from "../text/clauseView";
import type { Clause } from "../text/analyzeText";
import { clauseRule, sentenceAffirms, sentenceHas, speakerIsSubject } from "./_clauseRule";

/** Praise, thanks or interest ("to be fair" and "to be honest" are hedges, not praise). */
function isWarm(clause: Clause): boolean {
  const hedges = hitsOf(clause, "hedge");
  const faults = hitsOf(clause, "negative-eval");
  // "Poorly organised" and "the worst organised" are not praise either.
  const praise = hitsOf(clause, "positive-eval").some(
    (hit) => !hit.negated && !hedges.some((hedge) => hedge.first <= hit.first && hit.last <= hedge.last) && !faults.some((fault) => fault.last === hit.first - 1),
  );
  // "I would appreciate a reply" asks for something; it is not thanks.
  const requests = hitsOf(clause, "request-formula");
  const thanks = hitsOf(clause, "thanks").some((hit) => !hit.negated && !requests.some((request) => request.first <= hit.first && hit.last <= request.last));
  return praise || thanks || affirmed(clause, "interest") !== undefined;
}

/** D4: never complain about the company, the interviewer or the process. */
export default /* @__PURE__ */ clauseRule({
  id: "no-complaining",
  meta: {
    description: "Do not complain about the company, the people you met or the hiring process.",
    defaultSeverity: "error",
    sources: ["rednax", "monster"],
    derived: false,
    scope: "text",
    messages: {
      found: "\"{{words}}\" reads as a complaint; stay positive, whatever happened.",
    },
  },
  find({ clause, sentence }) {
    // "Tough but fair", "no complaints", "it can't be easy for you", patience: the sentence takes the sting out.
    if (sentenceAffirms(sentence, "positive-frame") || sentenceAffirms(sentence, "patience")) return undefined;
    // Impatience about the wait is no-questioning-delay's to report.
    if (sentence.clauses.some((other) => affirmed(other, "delay") !== undefined)) return undefined;
    // One's own apology, nerves or bus ride are not the employer's fault.
    if (affirmed(clause, "apology") !== undefined || has(clause, "self-directed") || has(clause, "outside-party")) return undefined;
    // "…, which feels pretty cold": a relative clause points back at what the sentence is about.
    const aboutEmployer = sentence.clauses.some((other) => affirmed(other, "employer-side") !== undefined);
    const phrase = affirmed(clause, "complaint-phrase") ?? affirmed(clause, "negative-eval");
    // "A horrible problem, and I'd love to help fix it": praise, thanks or interest in this clause or
    // after it turns the word into a topic; before it ("thanks, but the receptionist was rude") it does not.
    const at = sentence.clauses.indexOf(clause);
    if (phrase !== undefined && !sentence.clauses.some((other, index) => index >= at && isWarm(other))) return [phrase];
    if (phrase !== undefined) return undefined;
    // Feelings and mild words ("disappointed", "slow", "cold") criticise only when said of the employer,
    // and not when the speaker is talking about themselves ("I was slow to reply").
    if (!aboutEmployer || sentenceHas(sentence, "self-directed") || sentenceHas(sentence, "outside-party")) return undefined;
    // "Long, but it flew by", "thanks for the tough questions": praise or thanks nearby outweighs a mild word.
    if (sentence.clauses.some(isWarm)) return undefined;
    const feeling = affirmed(clause, "negative-emotion") ?? affirmed(clause, "weak-negative");
    if (feeling !== undefined) return [feeling];
    // "Not very professional": praise, negated, about the employer.
    const deniedPraise = negated(clause, "positive-eval");
    // "I didn't give a clear answer" is about the speaker; "I didn't think it was fair" is an opinion of them.
    if (deniedPraise !== undefined && (!speakerIsSubject(clause) || has(clause, "opinion-frame"))) return [deniedPraise];
    return undefined;
  },
  suggestion: "Leave it out, or turn it into something positive you took from the interview.",
});
