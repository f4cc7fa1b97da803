import type { ClassHit, Clause, SentenceAnalysis, TextAnalysis, Token } from "../text/analyzeText";
import { affirmed, clauseWordCount, coveredBy, has, hitsOf, sentenceWordCount, wordsBetween } from "../text/clauseView";
import { clauseRule, OTHERS_NAMED, sentenceHas } from "./internal/clauseRule";

// What, after a condition about the others, would still ask about them ("If I'm not your first pick, who is?").
const ASKS_ABOUT_THEM = ["question-word", "other-candidates", "ranking", "comparison", "candidate-group", "quantity"];

/**
 * "If the other lad doesn't work out, I'd love to hear from you": the others only in the
 * condition that opens the clause (up to its comma), and nothing after it that asks about them.
 */
function supposedOnly(analysis: TextAnalysis, clause: Clause, others: ClassHit): boolean {
  const condition = hitsOf(clause, "condition")[0];
  // The condition opens the clause, after opening words at most ("So if…", "And if…").
  if (condition === undefined || others.first < condition.last || !onlyOpenersBefore(clause, condition.first)) return false;
  let comma = others.last + 1;
  while (comma < clause.stop && (analysis.tokens[comma] as Token).norm !== ",") comma++;
  if (comma >= clause.stop) return false;
  return !clause.hits.some((hit) => hit.first > comma && ASKS_ABOUT_THEM.includes(hit.className));
}

/** Whether every word of the clause before `index` is an opening word ("So", "And", "Oh"). */
function onlyOpenersBefore(clause: Clause, index: number): boolean {
  for (let at = clause.first; at < index; at++) if (!hitsOf(clause, "opener").some((opener) => opener.first <= at && at <= opener.last)) return false;
  return true;
}

/** Whether every ranking word in the sentence is the speaker's own standing ("am I still in the running?"), with no one else named. */
function ownStandingOnly(sentence: SentenceAnalysis): boolean {
  const rankings = sentence.clauses.flatMap((clause) => hitsOf(clause, "ranking").map((ranking) => ({ clause, ranking })));
  return (
    rankings.length > 0 && rankings.every(({ clause, ranking }) => coveredBy(clause, ranking, "self-outcome")) && !OTHERS.some((className) => sentenceHas(sentence, className))
  );
}

/** Whether a group word names the speaker: it comes right after "I am the…" / "am I the…" ("am I the successful candidate?"). */
function isTheSpeaker(clause: Clause, group: ClassHit): boolean {
  return hitsOf(clause, "self-outcome").some((own) => !own.negated && own.first < group.first && group.first <= own.last + 2);
}

// How long a question that only asks "is that so?" runs ("Is that true?", "Is that right, then?").
const CONFIRMING_WORDS = 5;

/** Whether a clause asks whether something is so ("is that right?", "true or not?"). */
function asksIfSo(clause: Clause): boolean {
  return clause.asks && has(clause, "confirm-question");
}

/** Whether a sentence is a short question asking whether what was just said is so ("Is it true?"). */
function confirmsWhatWasSaid(analysis: TextAnalysis, sentence: SentenceAnalysis | undefined): boolean {
  return sentence !== undefined && !sentence.otherSpeaker && sentenceWordCount(analysis, sentence) <= CONFIRMING_WORDS && sentence.clauses.some(asksIfSo);
}

/** The last clause of the sentence that is such a short question on its own ("…; is that right?"), or -1. */
function lastConfirmingClause(analysis: TextAnalysis, sentence: SentenceAnalysis): number {
  for (let index = sentence.clauses.length - 1; index >= 0; index--) {
    const clause = sentence.clauses[index] as Clause;
    if (asksIfSo(clause) && clauseWordCount(analysis, clause) <= CONFIRMING_WORDS) return index;
  }
  return -1;
}

// Words that name others: with any of them, a question about standing may be about them.
const OTHERS = ["other-candidates", "candidate-group", "candidate-noun", "quantity", "comparison"];

// What an asking clause must hold for the model to speak: someone else who could be meant, or a count.
const ABOUT_THEM_WHEN_ASKED = ["other-candidates", "candidate-group", "candidate-noun", "ranking", "comparison", "selection-verb", "quantity"];

/** D1, A3: never ask about the other candidates (asking why, after a rejection, is feedback). */
export default /* @__PURE__ */ clauseRule({
  id: "no-asking-about-candidates",
  meta: {
    description: "Do not ask about the other candidates: how many, who, or how you compare.",
    defaultSeverity: "error",
    sources: ["rednax", "monster"],
    derived: false,
    scope: "text",
    messages: {
      found: '"{{words}}" asks about the other candidates; keep the call about you and the role.',
    },
  },
  find({ clause, sentence, at, reviewed, previous, next, once }) {
    // "Somebody told me you're down to me and one other. Is it true?": the short question after
    // the statement asks it.
    // ("I understand you're seeing the others on Thursday. Is that right?" checks the timeline.)
    const asks =
      clause.asks ||
      (!has(clause, "timeline") &&
        !has(clause, "deadline") &&
        (at < once("lastConfirming", () => lastConfirmingClause(reviewed.analysis, sentence)) || once("confirmedNext", () => confirmsWhatWasSaid(reviewed.analysis, next))));
    if (!asks || has(clause, "not-asking") || has(clause, "benign-others")) return undefined;
    // "A former colleague of mine also interviewed. How did she get on?": asked of them by a pronoun
    // (after a rejection, what she had that the speaker lacked is feedback, A3).
    const pointedBack = clause.asks ? askedOfOthersJustNamed(reviewed.analysis, clause, sentence, previous) : undefined;
    if (pointedBack !== undefined && !(reviewed.facts.stage === "after-rejection" && has(clause, "feedback-seeking"))) return [pointedBack];
    const comparison = affirmed(clause, "comparison");
    // Negation does not matter here: "if I'm not your first pick, who is?" still asks about the others.
    const specific = hitsOf(clause, "other-candidates")[0] ?? hitsOf(clause, "ranking")[0] ?? (comparison !== undefined && has(clause, "self") ? comparison : undefined);
    // "How much longer are we talking?" counts time, not people.
    const counted = affirmed(clause, "quantity");
    const quantity = counted !== undefined && coveredBy(clause, counted, "delay") ? undefined : counted;
    const group = affirmed(clause, "candidate-group");
    // "Shortlist" is both the group and what happens to it: the verb must be another word.
    const selection = hitsOf(clause, "selection-verb").some((hit) => group === undefined || hit.last < group.first || hit.first > group.last);
    // Candidates as a group count when the question is how many, or who is still in it ("will the
    // candidates be told by email?" is about the process); people in general only with both.
    const people = affirmed(clause, "candidate-noun");
    // "How many ladies and gentlemen remain under consideration": a count of whoever is still being considered.
    const generic = group !== undefined && (quantity !== undefined || selection) ? group : quantity !== undefined && selection ? (people ?? quantity) : undefined;
    if (generic !== undefined && specific === undefined && has(clause, "candidate-process")) return undefined;
    if (specific === undefined && generic === undefined) return undefined;
    // "…if I am the successful candidate": the speaker is the candidate asked about (the verdict, another rule's).
    if (specific === undefined && group !== undefined && isTheSpeaker(clause, group)) return undefined;
    if (specific !== undefined && generic === undefined && supposedOnly(reviewed.analysis, clause, specific)) return undefined;
    // "Am I still in the running?": where the speaker stands, with no one else named, asks for the verdict (another rule's).
    if (specific?.className === "ranking" && coveredBy(clause, specific, "self-outcome")) return undefined;
    // "Your job is still my first choice": the speaker's own ranking of the jobs is interest.
    if (specific?.className === "ranking" && coveredBy(clause, specific, "interest")) return undefined;
    if (specific === undefined && quantity === undefined && has(clause, "timeline")) return undefined;
    // "I understand the panel is still meeting candidates and would be grateful for any indication
    // of the timeline": the others stated, then the timeline asked for.
    if (specific !== undefined && quantity === undefined && timelineAskedAfter(clause, specific)) return undefined;
    // A3: after a rejection, asking what the chosen person had is feedback, not curiosity.
    if (reviewed.facts.stage === "after-rejection" && quantity === undefined && has(clause, "feedback-seeking")) return undefined;
    const driver = specific ?? (generic as NonNullable<typeof generic>);
    return quantity !== undefined && specific === undefined ? [quantity, driver] : [driver];
  },
  // After a rejection, asking what the chosen person had is feedback (A3): the model does not judge that.
  // The model speaks only where someone else could be meant (the others, a group, a count, a ranking).
  model: {
    asking: true,
    applies: (sentence, reviewed) =>
      (reviewed.facts.stage !== "after-rejection" || !sentenceHas(sentence, "feedback-seeking")) &&
      !ownStandingOnly(sentence) &&
      // "How many interview rounds are there?" counts steps of the process, not people.
      !sentence.clauses.some((clause) => clause.asks && has(clause, "benign-others") && !has(clause, "other-candidates")) &&
      // …and one where a clause that asks is about them: not "I know you're seeing other people, so
      // could you give me a sense of your timeline?"
      // ("…— roughly how many?" asks with a count alone.)
      sentence.clauses.some((clause) => clause.asks && ABOUT_THEM_WHEN_ASKED.some((className) => has(clause, className))),
  },
  suggestion: "Ask about the timeline or next steps instead.",
});

// How many words into an asking clause its subject may stand: "Did any of them…", "So, how did she…".
const SUBJECT_REACH = 3;

/**
 * The pronoun of a question put about others said, just before it, to have applied too ("I heard
 * a couple of people from Brightwater also applied. Are they still in the mix?"), or named as
 * candidates when the question asks where they stand. The others are named in a statement earlier
 * in the sentence or in the sentence before; the pronoun is the question's subject near its start
 * ("any of them" stands whole) or whom a choice falls on, so "could you tell them…" and "can I
 * give him your number?" are not about them.
 */
function askedOfOthersJustNamed(analysis: TextAnalysis, clause: Clause, sentence: SentenceAnalysis, previous: SentenceAnalysis | undefined): ClassHit | undefined {
  const subjects = hitsOf(clause, "subject");
  const selections = hitsOf(clause, "selection-verb");
  const pronoun = hitsOf(clause, "third-person").find(
    (hit) =>
      !hit.negated &&
      // The question's subject near its start, or whom a choice falls on ("still considering her").
      ((wordsBetween(analysis, clause.first, hit.first) <= SUBJECT_REACH &&
        (hit.last > hit.first || subjects.some((subject) => subject.first === hit.first && subject.last === hit.last))) ||
        selections.some((selection) => selection.last === hit.first - 1)),
  );
  if (pronoun === undefined) return undefined;
  // ("I've also applied for the evening shift" is the speaker's own application; "the panel also
  // interviewed me" is the employer's doing.)
  const appliedToo = (other: Clause) =>
    hitsOf(other, "others-applied").some((hit) => !hit.negated && !speakerBefore(other, hit.first) && !hitsOf(other, "self").some((self) => self.first === hit.last + 1));
  // Others named as candidates ("you mentioned a couple of internal candidates") when the question
  // asks where they stand ("Are they still in the mix?"; not "Will they be in touch?").
  const standingAsked = STANDING_ASKED.some((className) => has(clause, className));
  const named = (other: Clause) =>
    !other.asks && other.first < clause.first && (appliedToo(other) || (standingAsked && OTHERS_NAMED.some((className) => affirmed(other, className) !== undefined)));
  const before = previous !== undefined && !previous.otherSpeaker && !previous.aside ? previous.clauses : [];
  return sentence.clauses.some(named) || before.some(named) ? pronoun : undefined;
}

// What asks where someone stands in the race.
const STANDING_ASKED = ["self-outcome", "own-standing", "ranking", "comparison"];

/** Whether the speaker is the subject just before `index`, past any auxiliaries ("I also applied", "I've also applied"; not "a colleague of mine also applied"). */
function speakerBefore(clause: Clause, index: number): boolean {
  const auxiliaries = hitsOf(clause, "aux");
  let at = index - 1;
  while (at >= clause.first && auxiliaries.some((aux) => aux.first <= at && at <= aux.last)) at--;
  const subjects = hitsOf(clause, "subject");
  return hitsOf(clause, "self").some((self) => self.first <= at && at <= self.last && subjects.some((subject) => subject.first === self.first && subject.last === self.last));
}

// Words that make a request ("would be grateful for", "could you let me know").
const ASKING_WORDS = ["ask-marker", "request-formula"];

/** Whether, after a hit, the clause asks in words of its own, and what it asks for is the timeline. */
function timelineAskedAfter(clause: Clause, hit: ClassHit): boolean {
  const asking = clause.hits.find((other) => other.first > hit.last && ASKING_WORDS.includes(other.className));
  return asking !== undefined && hitsOf(clause, "timeline").some((timeline) => timeline.first > asking.first);
}
