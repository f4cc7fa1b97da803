import type { ClassHit, Clause, SentenceAnalysis, Token } from "../text/analyzeText";
import { affirmed, coveredBy, has, hitsOf } from "../text/clauseView";
import { clauseRule, OTHERS_NAMED, sentenceAsksWith, sentenceHas, sentenceOffersPatience } from "./internal/clauseRule";

// The classes that can carry the verdict asked for.
const VERDICT_CLASSES = ["self-outcome", "pending-step", "outcome-word", "made-decision"];

/**
 * Where in a sentence the verdict is supposed rather than asked, worked out in one pass over
 * its tokens (a rule must not rescan the sentence for every hit).
 */
interface Suppositions {
  readonly from: number;
  /** Per token: a condition is open there. */
  readonly open: Uint8Array;
  /** Where the last verb of asking or knowing with no question word after it starts (-1: none). */
  readonly toldFrom: number;
  /** Tokens an auxiliary starts at, and tokens a subject starts at: "did I…" is a question of its own. */
  readonly auxiliaries: ReadonlySet<number>;
  readonly subjects: ReadonlySet<number>;
}

/**
 * The word before `index`, past a filler word set off by commas: "I'd like to know, um, if…"
 * asks what follows "know". A comma alone sets off a supposition ("I wanted to ask, if I'm
 * offered it, whether…").
 */
function askedBefore(tokens: readonly Token[], index: number, from: number): number {
  let at = index - 1;
  let fillers = 0;
  while (at > from && ((tokens[at] as Token).norm === "," || (tokens[at] as Token).source?.filler === true)) {
    if ((tokens[at] as Token).source?.filler === true) fillers++;
    at--;
  }
  return fillers > 0 ? at : index - 1;
}

/** "…, if I am hired or not": a condition that ends offering "or not" before any comma is a question put, not a supposition. */
function endsInAlternative(tokens: readonly Token[], clause: Clause, condition: ClassHit): boolean {
  for (const hit of hitsOf(clause, "yes-or-no")) {
    if (hit.first <= condition.last) continue;
    let comma = false;
    for (let index = condition.last + 1; index < hit.first; index++) if ((tokens[index] as Token).norm === ",") comma = true;
    if (!comma) return true;
  }
  return false;
}

/**
 * A condition opens after "if", "in case", "should my application be…" that begins a clause or
 * follows a comma ("If selected, would I…", "…, if I'm lucky enough to be offered it, whether…"),
 * and closes at the next comma or verb of asking or knowing. A condition right after such a verb
 * ("let me know if", "tell me whether") is a question, not a condition.
 */
function suppositionsOf(tokens: readonly Token[], sentence: SentenceAnalysis): Suppositions {
  const from = sentence.clauses[0]?.first ?? 0;
  const stop = sentence.clauses[sentence.clauses.length - 1]?.stop ?? from;
  const clauseStarts = new Set(sentence.clauses.map((clause) => clause.first));
  const opensAfter = new Set<number>();
  const verbStarts = new Set<number>();
  const verbEnds = new Set<number>();
  const auxiliaries = new Set<number>();
  const subjects = new Set<number>();
  let lastQuestionWord = -1;
  const verbs: ClassHit[] = [];
  for (const clause of sentence.clauses) {
    for (const hit of clause.hits) {
      if (hit.className === "ask-if") {
        verbs.push(hit);
        verbStarts.add(hit.first);
        verbEnds.add(hit.last);
      } else if (hit.className === "question-word") lastQuestionWord = Math.max(lastQuestionWord, hit.first);
      else if (hit.className === "aux") auxiliaries.add(hit.first);
      else if (hit.className === "subject" || hit.className === "self") subjects.add(hit.first);
    }
  }
  for (const clause of sentence.clauses) {
    for (const condition of hitsOf(clause, "condition")) {
      const opensClause = clauseStarts.has(condition.first) || (tokens[condition.first - 1] as Token | undefined)?.norm === ",";
      // "…who I'd be reporting to if I got the job?": after a question of its own, "if" supposes.
      // (Not "whether", which asks which way it went.)
      const afterOwnQuestion = hitsOf(clause, "question-word").some((word) => word.last < condition.first && !coveredBy(clause, word, "which-way"));
      // "…, if I am hired or not" puts the question; "If I am hired or not, please send feedback" supposes both.
      const trailing = !clauseStarts.has(condition.first) && (tokens[condition.first - 1] as Token | undefined)?.norm === ",";
      if ((opensClause || afterOwnQuestion) && !verbEnds.has(askedBefore(tokens, condition.first, from)) && !(trailing && endsInAlternative(tokens, clause, condition)))
        opensAfter.add(condition.last);
    }
  }
  // "If I've got it, could you tell me now?": told what, if not the verdict? ("…tell me what to bring" says.)
  let toldFrom = -1;
  for (const verb of verbs) if (verb.last >= lastQuestionWord) toldFrom = Math.max(toldFrom, verb.first);
  const open = new Uint8Array(Math.max(stop - from, 0));
  let isOpen = false;
  for (let index = from; index < stop; index++) {
    if ((tokens[index] as Token).norm === "," || verbStarts.has(index)) isOpen = false;
    open[index - from] = isOpen ? 1 : 0;
    if (opensAfter.has(index)) isOpen = true;
  }
  return { from, open, toldFrom, auxiliaries, subjects };
}

/**
 * Whether a verdict hit is supposed: inside an open condition, not a question of its own ("If
 * it's okay, did I get the job?" asks it: an auxiliary then a subject), and not followed by a
 * request to be told ("If you could let me know whether I've got it", "If I've got it, could you
 * tell me now?").
 */
function isSupposed(suppositions: Suppositions, hit: ClassHit): boolean {
  if (suppositions.open[hit.first - suppositions.from] !== 1) return false;
  if (suppositions.toldFrom > hit.last) return false;
  return !(suppositions.auxiliaries.has(hit.first) && suppositions.subjects.has(hit.first + 1));
}

/** Whether the verdict words of a sentence are all supposed ("if I get it, would I be on nights?"). */
function verdictOnlySupposed(tokens: readonly Token[], sentence: SentenceAnalysis): boolean {
  let suppositions: Suppositions | undefined;
  let supposedOnes = 0;
  for (const clause of sentence.clauses) {
    for (const hit of clause.hits) {
      if (!VERDICT_CLASSES.includes(hit.className)) continue;
      suppositions ??= suppositionsOf(tokens, sentence);
      if (!isSupposed(suppositions, hit)) return false;
      supposedOnes++;
    }
  }
  return supposedOnes > 0;
}

// Words that ask about the others, or count them.
const ABOUT_THE_OTHERS = ["other-candidates", "candidate-group", "candidate-noun", "comparison", "quantity"];

/**
 * Whether a clause ranks the speaker against the others: a rank that names the speaker ("is it
 * between me and the lady from Bristol?"), not one of something else ("is Leeds your number one
 * site?"), nor the speaker's own verdict or standing ("am I still in the running?").
 */
function ranksAgainstOthers(clause: Clause): boolean {
  const selves = hitsOf(clause, "self");
  return hitsOf(clause, "ranking").some(
    (ranking) =>
      selves.some((self) => ranking.first <= self.first && self.last <= ranking.last) && !coveredBy(clause, ranking, "self-outcome") && !coveredBy(clause, ranking, "own-standing"),
  );
}

/**
 * Whether the sentence, or the one before it, asks about the others, a count or a rank against
 * them ("How many lads have you got going for it?"): then the speaker's chances say why. A
 * statement ("I know you've seen strong candidates. Am I still in with a shot?") leaves the
 * chances asked for themselves.
 */
function othersAsked(sentence: SentenceAnalysis, previous: SentenceAnalysis | undefined): boolean {
  return [sentence, previous].some(
    (other) => other?.clauses.some((clause) => clause.asks && (ABOUT_THE_OTHERS.some((className) => has(clause, className)) || ranksAgainstOthers(clause))) === true,
  );
}

// The speaker's place in the race, which beside a question about the others says why it is asked.
const STANDING = ["own-standing", "own-chances"];

// What in a question about the others would make it the speaker's own verdict too ("did u pick me or someone else??").
const THE_SPEAKERS_OWN = ["self-outcome", "own-chances", "own-standing"];

/**
 * Whether the sentence asks about the others (another candidate chosen, offered, ahead) and none
 * of its questions names the speaker, but for the asking itself ("tell me, did you go with
 * someone else?"): writers label that the candidates rule's alone.
 */
function othersAskedWithoutTheSpeaker(sentence: SentenceAnalysis): boolean {
  const asking = sentence.clauses.filter((clause) => clause.asks);
  if (!asking.some((clause) => has(clause, "other-candidates"))) return false;
  return asking.every(
    (clause) =>
      !THE_SPEAKERS_OWN.some((className) => has(clause, className)) &&
      hitsOf(clause, "self").every((self) => hitsOf(clause, "ask-marker").some((marker) => marker.first <= self.first && self.last <= marker.last)),
  );
}

/**
 * Whether an outcome is the others' or a place among them, not the speaker's verdict:
 * - the others run into it ("How many candidates made it to the final round?");
 * - they are its subject, with only auxiliaries between ("how many other candidates are still
 *   being considered");
 * - it places the speaker among them, the others right after it ("if I am in the final two").
 * "Has it gone to someone else?" names them inside the outcome, and stays the speaker's.
 */
function outcomeAmongOthers(clause: Clause, outcome: ClassHit): boolean {
  const auxiliaries = hitsOf(clause, "aux");
  const onlyAuxiliaries = (from: number, stop: number) => {
    for (let at = from; at < stop; at++) if (!auxiliaries.some((aux) => aux.first <= at && at <= aux.last)) return false;
    return true;
  };
  // The one word allowed between the outcome and the others: a subject word such as "the" or "your".
  const subjectWords = hitsOf(clause, "subject");
  return OTHERS_NAMED.some((className) =>
    hitsOf(clause, className).some(
      (others) =>
        (others.first < outcome.first && outcome.first <= others.last) ||
        (others.last < outcome.first && onlyAuxiliaries(others.last + 1, outcome.first)) ||
        (others.first === outcome.last + 1 && className === "other-candidates") ||
        (others.first === outcome.last + 2 && className === "other-candidates" && subjectWords.some((word) => word.first === outcome.last + 1 && word.last === outcome.last + 1)),
    ),
  );
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
  find({ clause, sentence, reviewed, previous, once }) {
    // Once they have offered or said no, there is no decision left to ask for.
    if (reviewed.facts.stage !== "pre-decision") return undefined;
    // "hi its jade from the interview did i get the job": an outcome asked by inversion asks
    // wherever it stands, with or without "?" (a statement says "I got the job").
    if (!(clause.asks || invertedOutcome(clause) !== undefined) || has(clause, "not-asking") || has(clause, "timeline")) return undefined;
    // A real competing offer with its deadline is an honest reason to ask (D5, C8).
    if (once("excused", () => sentenceHas(sentence, "competing-offer") || sentenceOffersPatience(sentence))) return undefined;
    // "Am I in the top two?" is about the ranking (no-asking-about-candidates), not the verdict;
    // "am I still in the running?" is the verdict.
    if (hitsOf(clause, "ranking").some((ranking) => !coveredBy(clause, ranking, "self-outcome"))) return undefined;
    // "If selected, would I be on nights?" supposes the verdict and asks about the job.
    const asked = (hit: ClassHit | undefined) =>
      hit === undefined ||
      isSupposed(
        once("suppositions", () => suppositionsOf(reviewed.analysis.tokens, sentence)),
        hit,
      )
        ? undefined
        : hit;
    // Every outcome asked in the clause, the first that is the speaker's own verdict reported: not
    // one that is the others' or a place among them (`outcomeAmongOthers`), nor the speaker's
    // standing beside a question about them ("Are the others more experienced than me? I'd like
    // to know where I stand.", also where the outcome runs into it: "whether I'm still in with a
    // shout"), which say why the others are asked about (the candidates rule's). "How many
    // applicants are still being considered and did I get the job?" still asks for the verdict.
    for (const hit of hitsOf(clause, "self-outcome")) {
      const outcome = hit.negated ? undefined : asked(hit);
      if (outcome === undefined || outcomeAmongOthers(clause, outcome)) continue;
      const standingBesideOthers =
        STANDING.some((className) => hitsOf(clause, className).some((standing) => standing.first <= outcome.last && outcome.first <= standing.last)) &&
        once("othersAsked", () => othersAsked(sentence, previous));
      if (!standingBesideOthers) return [outcome];
    }
    // "What are my chances?" asks for the verdict; "How many did you see? I'd like to know my
    // chances." says why it asks about the others, which is no-asking-about-candidates' to report.
    const chances = asked(affirmed(clause, "own-chances"));
    if (chances !== undefined && !once("othersAsked", () => othersAsked(sentence, previous))) return [chances];
    // "Should I hand my notice in?" asks the interviewer to settle the speaker's next step, which
    // only the verdict can do.
    const step = asked(affirmed(clause, "pending-step"));
    if (step !== undefined && has(clause, "self")) return [step];
    const word = asked(affirmed(clause, "outcome-word"));
    if (word !== undefined && has(clause, "self") && !has(clause, "other-candidates")) return [word];
    // "Have you decided?" presses for the verdict; "when will you decide?" asks about timing, and
    // "have you decided which system to use?" is about something else.
    // "Did you already pick someone else?" asks about the others (no-asking-about-candidates').
    const made = asked(affirmed(clause, "made-decision"));
    return made === undefined || has(clause, "decided-something") || has(clause, "other-candidates") ? undefined : [made];
  },
  // Once they have decided there is no decision to ask for. With word pairs the model needs no
  // outcome word to start from ("be straight with me, am I the one?"), but it stays quiet on
  // asking whether now is a good time, which on call openers it read as asking for the verdict,
  // and on asking to be reached ("Kindly reach me on 020 555 0129 or by email"), a voicemail's close.
  model: {
    asking: true,
    // "What are my chances?" with no one else named: the model, which never sees the class, cannot judge it.
    trusted: ["own-chances"],
    applies: (sentence, reviewed, sentenceIndex) =>
      reviewed.facts.stage === "pre-decision" &&
      !sentenceAsksWith(sentence, "good-time") &&
      // "How many lads have you got going for it? Am I in with a shout?": the chances beside the
      // others are the candidates rule's, for the model as for the word classes.
      !((sentenceHas(sentence, "own-chances") || sentenceHas(sentence, "own-standing")) && othersAsked(sentence, reviewed.analysis.sentences[sentenceIndex - 1])) &&
      // "Did you end up going with someone else?" asks about the others, with no word of the speaker's own outcome.
      !othersAskedWithoutTheSpeaker(sentence) &&
      // "If I get it, would I be on earlies?" asks about the job, the verdict supposed.
      !verdictOnlySupposed(reviewed.analysis.tokens, sentence) &&
      // "Text me at 555 0129 whether I'm through" still asks for the verdict: its outcome words say so.
      !(sentenceAsksWith(sentence, "contact-request") && !sentenceHas(sentence, "self-outcome") && !sentenceHas(sentence, "outcome-word")),
  },
  suggestion: "Ask where they are in the hiring timeline, or what the next steps are.",
});

/** A speaker's outcome asked by inversion, an auxiliary then the speaker: "did I get the job", "have I passed". */
function invertedOutcome(clause: Clause): ClassHit | undefined {
  const outcome = affirmed(clause, "self-outcome");
  if (outcome === undefined) return undefined;
  const auxFirst = hitsOf(clause, "aux").some((aux) => aux.first === outcome.first);
  const selfNext = hitsOf(clause, "self").some((self) => self.first === outcome.first + 1);
  return auxFirst && selfNext ? outcome : undefined;
}
