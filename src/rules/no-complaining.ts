import { affirmed, has, hitsOf, hitsOutside, negated, sentenceWordCount } from "../text/clauseView";
import type { ClassHit, Clause, SentenceAnalysis, TextAnalysis, Token } from "../text/analyzeText";
import type { ReviewedText } from "../text/reviewedText";
import { blamesOutsideParty, clauseRule, fromHereOn, sentenceAffirms, sentenceAsksWith, sentenceHas, sentenceOffersPatience, speakerIsSubject } from "./internal/clauseRule";

// Words that judge something, whatever their target.
const CRITICISM = ["negative-eval", "complaint-phrase", "dig"];

// Classes that make a sentence a candidate for a complaint at all.
const CRITICAL_OR_ABOUT_THEM = ["negative-eval", "weak-negative", "negative-emotion", "complaint-phrase", "negated-opinion", "employer-side", "delay", "no-contact"];

/** Whether a clause was joined on after a comma ("…, and", "…, which"), so it goes on about the same thing. */
function startsJoinedOn(clause: Clause): boolean {
  return hitsOf(clause, "clause-break-after-comma").some((hit) => hit.first === clause.first);
}

// Classes that make a wait someone else's, or the speaker's own, not the employer's.
const NOT_THEIR_WAIT = ["apology", "own-delay", "outside-party", "self-directed"];
// What makes a sentence about the employer's wait: words of waiting, reminders counted, an attempt numbered.
const ABOUT_THE_WAIT = ["delay", "chased", "repeat-attempt", "spent-patience"];
const aboutTheWait = (sentence: SentenceAnalysis) => ABOUT_THE_WAIT.some((className) => sentenceAffirms(sentence, className));
// How long a bare verdict runs ("Bit rude tbh", "Not impressed.", "Pretty disappointing, to be honest.").
const BARE_VERDICT_WORDS = 5;

// Words that tell of the wait itself: the employer named beside them ("since the interview",
// "nobody from HR got back to me") is the wait's, not a second target.
const WAIT_TOLD = ["delay", "no-contact", "elapsed", "chased", "repeat-attempt"];

/**
 * Whether a sentence about the wait also names someone or something of theirs in a clause of its
 * own ("…, and your careers page still shows my application as received"), which a bare verdict
 * after it may be about.
 */
function namesThemBesideTheWait(sentence: SentenceAnalysis): boolean {
  return sentence.clauses.some((clause) => tellsNeitherWaitNorWarmth(clause) && theirsIn(clause).length > 0);
}

/** Whether a clause tells no wait, warmth or patience, so what of theirs it names is a target of its own. */
function tellsNeitherWaitNorWarmth(clause: Clause): boolean {
  return !WAIT_TOLD.some((className) => has(clause, className)) && affirmed(clause, "positive-eval") === undefined && !has(clause, "patience");
}

/** Words for someone or something of theirs, affirmed, not merely "you" ("I know you have a lot on"). */
function theirsIn(clause: Clause): ClassHit[] {
  const addressed = hitsOf(clause, "addressee");
  return hitsOf(clause, "employer-side").filter((hit) => !hit.negated && !addressed.some((you) => you.first === hit.first && you.last === hit.last));
}

/**
 * Whether the sentence's criticism can only be of the wait, naming no one and nothing of theirs:
 * the sentence is about the wait itself ("three reminders and no reply is disappointing"), or is a
 * bare verdict right after a sentence about the employer's wait that criticises nothing else
 * ("Three weeks and not a peep. Bit rude tbh"). That impatience is no-questioning-delay's to
 * report; a verdict after a sentence that also names something of theirs ("…, and your careers
 * page still says received. Pretty disappointing."), "…and your HR is hopeless", or a longer sentence with its own target ("The man at the
 * gate was rude"), is judged as a complaint.
 */
function judgesOnlyTheWait(analysis: TextAnalysis, sentence: SentenceAnalysis, previous: SentenceAnalysis | undefined): boolean {
  if (sentenceHas(sentence, "employer-side")) return false;
  if (aboutTheWait(sentence)) return true;
  return (
    previous !== undefined &&
    !previous.aside &&
    !previous.otherSpeaker &&
    sentenceWordCount(analysis, sentence) <= BARE_VERDICT_WORDS &&
    aboutTheWait(previous) &&
    !namesThemBesideTheWait(previous) &&
    !NOT_THEIR_WAIT.some((className) => sentenceHas(previous, className)) &&
    !CRITICISM.some((className) => sentenceAffirms(previous, className))
  );
}

/**
 * Whether a sentence is a bare verdict, naming nothing of theirs, right after a sentence that
 * names someone or something of theirs and is not about the wait ("The man who interviewed me
 * kept calling me 'sweetheart'. Not ok."); a verdict after the wait is no-questioning-delay's.
 */
function verdictOnThem(analysis: TextAnalysis, sentence: SentenceAnalysis, previous: SentenceAnalysis | undefined): ClassHit | undefined {
  if (
    previous === undefined ||
    previous.aside ||
    previous.otherSpeaker ||
    sentenceWordCount(analysis, sentence) > BARE_VERDICT_WORDS ||
    sentenceHas(sentence, "employer-side") ||
    sentenceHas(sentence, "self") ||
    WAIT_TOLD.some((className) => sentenceHas(previous, className)) ||
    NOT_THEIR_WAIT.some((className) => sentenceHas(previous, className)) ||
    previous.clauses.some(isWarm)
  )
    return undefined;
  return whatTheyDid(previous);
}

/**
 * Where a sentence tells what someone or something of theirs did: the start of the first clause
 * that names them, affirmed, not after the speaker's own word ("my interview", "my coffee") and
 * not with the speaker as its subject ("I got lost on the way to your office"), in a clause that
 * tells no wait, warmth or patience. The start is the clause's subject when it comes first ("the
 * guy who did my interview…").
 */
function whatTheyDid(sentence: SentenceAnalysis): ClassHit | undefined {
  for (const clause of sentence.clauses) {
    if (speakerIsSubject(clause) || !tellsNeitherWaitNorWarmth(clause)) continue;
    const own = hitsOf(clause, "self");
    const theirs = theirsIn(clause).find((hit) => !own.some((self) => self.last === hit.first - 1));
    if (theirs !== undefined) return hitsOf(clause, "subject").find((subject) => subject.first <= theirs.first) ?? theirs;
  }
  return undefined;
}

/**
 * Whether every judgement in the sentence is of the speaker's own doing ("it wasn't fair of me to
 * vent"): the find already sets those aside clause by clause, and the model, which reads "wasn't
 * fair" as a complaint, does not speak over them.
 */
function criticisesOnlyThemselves(sentence: SentenceAnalysis): boolean {
  const judgements = sentence.clauses.flatMap((clause) => CRITICISM.flatMap((className) => hitsOf(clause, className).map((hit) => ({ clause, hit }))));
  // The failing must run into the judgement from outside it ("fair of me" across "wasn't fair"),
  // not sit inside or beside it ("your form wiped my answers", "…rushed, and my answers suffered").
  const ownAcross = (own: ClassHit, hit: ClassHit) => own.first <= hit.last && hit.first <= own.last && (own.first < hit.first || own.last > hit.last);
  return judgements.length > 0 && judgements.every(({ clause, hit }) => hitsOf(clause, "self-directed").some((own) => ownAcross(own, hit)));
}

/**
 * Whether a sentence is a bare verdict, naming nothing of theirs, right after a sentence in which
 * the speaker apologises and tells what they did ("I'm writing to apologise: I called your charity
 * by its old name."). An apology for chasing ("Sorry to chase again. Bit of a joke.") tells of the
 * wait, and the verdict after it is judged.
 */
function verdictOnOwnSlip(analysis: TextAnalysis, sentence: SentenceAnalysis, previous: SentenceAnalysis | undefined): boolean {
  return (
    previous !== undefined &&
    !previous.aside &&
    !previous.otherSpeaker &&
    sentenceWordCount(analysis, sentence) <= BARE_VERDICT_WORDS &&
    !sentenceHas(sentence, "employer-side") &&
    sentenceAffirms(previous, "apology") &&
    previous.clauses.some((clause) => !has(clause, "apology") && speakerIsSubject(clause)) &&
    !WAIT_TOLD.some((className) => sentenceHas(previous, className))
  );
}

// Words that are more than a mild remark: a judgement, a feeling, a denied opinion.
// Joined with a pure call, not a spread: a bundle without this rule then drops the list (a spread might run code).
const HARSH = /* @__PURE__ */ CRITICISM.concat(["negative-emotion", "negated-opinion"]);

/**
 * After an offer, a mild remark about its terms (pay, hours, leave: `offer-terms`) beside a
 * request to move them negotiates: "the salary's a bit lower than we discussed. Is there any room
 * to move?" Our own line, as the corpora's writers label it: the sources do not speak of pay.
 * "Well below what we discussed, which is disappointing" judges, whatever follows; "The panel
 * seemed a bit cold. Could we talk about it?" is not about the terms.
 */
function negotiates(reviewed: ReviewedText, sentence: SentenceAnalysis, previous: SentenceAnalysis | undefined, next: SentenceAnalysis | undefined): boolean {
  // The terms may be named in the sentence before ("Could we talk about the base salary? It's a little below…").
  const aboutTheTerms = sentenceHas(sentence, "offer-terms") || (previous !== undefined && !previous.otherSpeaker && sentenceHas(previous, "offer-terms"));
  if (reviewed.facts.stage !== "after-offer" || !aboutTheTerms || HARSH.some((className) => sentenceAffirms(sentence, className))) return false;
  return sentenceHas(sentence, "negotiation") || (next !== undefined && !HARSH.some((className) => sentenceAffirms(next, className)) && sentenceHas(next, "negotiation"));
}

/** Praise, thanks or interest ("to be fair" and "to be honest" are hedges, not praise). */
function isWarm(clause: Clause): boolean {
  const hedges = hitsOf(clause, "hedge");
  const faults = hitsOf(clause, "negative-eval");
  // "Poorly organised" and "the worst organised" are not praise either, nor is the "great" of
  // "left a great deal to be desired".
  const praise = hitsOutside(clause, "positive-eval", "complaint-phrase").some(
    (hit) => !hit.negated && !hedges.some((hedge) => hedge.first <= hit.first && hit.last <= hedge.last) && !faults.some((fault) => fault.last === hit.first - 1),
  );
  // "I would appreciate a reply" asks for something; it is not thanks.
  const thanks = hitsOutside(clause, "thanks", "request-formula").some((hit) => !hit.negated);
  return praise || thanks || affirmed(clause, "interest") !== undefined;
}

// What else may sour a sentence: a judgement, a denied opinion, a mild word about them.
const SOUR = /* @__PURE__ */ CRITICISM.concat(["weak-negative", "negated-opinion"]);

/**
 * A warm sentence whose only sour note is the speaker's own regret, owned and set aside before a
 * comma ("Although disappointed, I appreciated the care the panel took"): nothing else in it
 * judges anything of theirs ("Although disappointed, I didn't think the panel gave me a fair
 * hearing" does; so does "though I was disappointed that nobody had read my CV").
 */
function gracious(sentence: SentenceAnalysis, tokens: readonly Token[]): boolean {
  const regrets = sentence.clauses.flatMap((clause) => hitsOf(clause, "gracious-regret").filter((hit) => !hit.negated && tokens[hit.last + 1]?.word === false));
  if (regrets.length === 0 || !sentence.clauses.some(isWarm)) return false;
  const withinRegret = (hit: ClassHit) => regrets.some((regret) => regret.first <= hit.first && hit.last <= regret.last);
  return sentence.clauses.every(
    (clause) => !SOUR.some((className) => has(clause, className)) && negated(clause, "positive-eval") === undefined && hitsOf(clause, "negative-emotion").every(withinRegret),
  );
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
      found: '"{{words}}" reads as a complaint; stay positive, whatever happened.',
    },
  },
  find({ clause, sentence, reviewed, previous, previousReported, next, at, once }) {
    // "Tough but fair", "no complaints", "it can't be easy for you", patience, a polite negotiation: the sentence takes the sting out.
    if (
      once(
        "softened",
        () =>
          sentenceAffirms(sentence, "positive-frame") ||
          sentenceOffersPatience(sentence) ||
          gracious(sentence, reviewed.analysis.tokens) ||
          negotiates(reviewed, sentence, previous, next),
      )
    )
      return undefined;
    // "I'm writing to apologise: I called your charity by its old name. Very embarrassing!": a bare
    // verdict right after the speaker's own apology judges what they did.
    if (once("afterApology", () => verdictOnOwnSlip(reviewed.analysis, sentence, previous))) return undefined;
    // Impatience about the wait is no-questioning-delay's to report.
    if (once("wait", () => sentence.clauses.some((other) => affirmed(other, "delay") !== undefined) || judgesOnlyTheWait(reviewed.analysis, sentence, previous))) return undefined;
    // "Or is it not a good time?" asks whether now suits them; it judges nothing. ("Why did your
    // receptionist give me such an awful time?" holds a judgement of its own, and is judged.)
    if (clause.asks && has(clause, "good-time") && affirmed(clause, "negative-eval") === undefined && affirmed(clause, "complaint-phrase") === undefined) return undefined;
    // One's own apology, nerves or bus ride are not the employer's fault.
    if (affirmed(clause, "apology") !== undefined || has(clause, "self-directed") || blamesOutsideParty(reviewed, clause)) return undefined;
    // "…, which feels pretty cold": a relative clause points back at what the sentence is about.
    const aboutEmployer = once("employer", () => sentence.clauses.some((other) => affirmed(other, "employer-side") !== undefined));
    // "Someone who actually knew the job", "more organised than the interviews were": a dig however warm the rest.
    // ("I could at least send my portfolio", "my next talk will be smoother than the last one": the speaker's own.)
    const dig = affirmed(clause, "dig");
    if (dig !== undefined && !speakerIsSubject(clause)) return [dig];
    const phrase = affirmed(clause, "complaint-phrase") ?? affirmed(clause, "negative-eval");
    // "A horrible problem, and I'd love to help fix it": praise, thanks or interest in this clause or
    // after it turns the word into a topic; before it ("thanks, but the receptionist was rude") it does not.
    // A clause joined on with "and"/"which" carries the same topic; one after "but" contrasts with it
    // ("the assessment was chaotic, but I enjoyed meeting the partners" is still a complaint).
    const joinedWarmLater = once("joinedWarm", () => fromHereOn(sentence, (other, index) => index > 0 && startsJoinedOn(other) && isWarm(other)));
    const warmAfter = isWarm(clause) || (joinedWarmLater[at + 1] ?? false);
    if (phrase !== undefined) return warmAfter ? undefined : [phrase];
    // Feelings and mild words ("disappointed", "slow", "cold") criticise only when said of the employer
    // in the same clause, or in a clause joined on after a comma ("…, which feels pretty cold"); not
    // when the speaker is talking about themselves ("I was slow to reply", "I'm naturally disappointed").
    const joinedOn = startsJoinedOn(clause);
    // "The guy who did my interview kept calling me 'sweetheart'. Not ok.": a bare verdict of denied
    // praise judges what someone of theirs did in the sentence before.
    const deniedPraiseAlone = negated(clause, "positive-eval");
    if (deniedPraiseAlone !== undefined && !speakerIsSubject(clause) && !previousReported) {
      // The finding rests on the sentence before too: the model may weigh either (reported there already, it is one finding).
      const theirs = once("verdictOnThem", () => verdictOnThem(reviewed.analysis, sentence, previous));
      if (theirs !== undefined) return [theirs, deniedPraiseAlone];
    }
    const employerHere = affirmed(clause, "employer-side") !== undefined || (joinedOn && aboutEmployer);
    if (!employerHere || once("notTheirs", () => sentenceHas(sentence, "self-directed") || sentence.clauses.some((other) => blamesOutsideParty(reviewed, other)))) return undefined;
    // "Long, but it flew by", "thanks for the tough questions": praise or thanks nearby outweighs a mild word.
    if (once("warm", () => sentence.clauses.some(isWarm))) return undefined;
    const feeling = affirmed(clause, "negative-emotion") ?? affirmed(clause, "weak-negative");
    if (feeling !== undefined && (!speakerIsSubject(clause) || has(clause, "opinion-frame") || affirmed(clause, "employer-side") !== undefined)) return [feeling];
    // "I don't think your panel gave me a fair shot": the denied opinion negates the praise after it.
    const deniedOpinion = hitsOf(clause, "negated-opinion")[0];
    const praiseAfter = deniedOpinion && hitsOf(clause, "positive-eval").find((hit) => hit.first > deniedOpinion.last);
    if (deniedOpinion !== undefined && praiseAfter !== undefined) return [praiseAfter];
    // "Not very professional": praise, negated, about the employer.
    const deniedPraise = negated(clause, "positive-eval");
    // "I didn't give a clear answer" is about the speaker; "I didn't think it was fair" is an opinion of them.
    if (deniedPraise !== undefined && (!speakerIsSubject(clause) || has(clause, "opinion-frame"))) return [deniedPraise];
    return undefined;
  },
  // Alone, the model speaks only on a sentence that holds some criticism or names the employer's
  // side: "Take notes on anything they tell you" has neither, whatever its words weigh.
  // "Is this a bad time?" is courtesy, not a complaint: the model, which reads "bad time" as a
  // pair, stays quiet on a sentence that asks whether now suits them.
  model: {
    trusted: ["dig"],
    applies: (sentence, reviewed, sentenceIndex) =>
      !sentenceAsksWith(sentence, "good-time") &&
      CRITICAL_OR_ABOUT_THEM.some((className) => sentenceHas(sentence, className)) &&
      !judgesOnlyTheWait(reviewed.analysis, sentence, reviewed.analysis.sentences[sentenceIndex - 1]) &&
      !gracious(sentence, reviewed.analysis.tokens) &&
      !criticisesOnlyThemselves(sentence) &&
      !negotiates(reviewed, sentence, reviewed.analysis.sentences[sentenceIndex - 1], reviewed.analysis.sentences[sentenceIndex + 1]),
  },
  suggestion: "Leave it out, or turn it into something positive you took from the interview.",
});
