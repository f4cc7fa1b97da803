import type { ClassHit, Clause, SentenceAnalysis, TextAnalysis, Token } from "../text/analyzeText";
import { affirmed, has, hitsOf, sentenceTokens, sentenceWordCount, wordsBetween } from "../text/clauseView";
import { daysSaid, findDateReferences, namesWeekdayOrMonth } from "../text/dateReferences";
import { lexiconFor } from "../text/lexiconFor";
import { blamesOutsideParty, clauseRule, fromHereOn, offersPatience, patienceOffered, sentenceAsksWith, sentenceHas, sentenceOffersPatience } from "./internal/clauseRule";

// What, after "it's been three weeks", turns elapsed time into a reproach.
const PRESSING_AFTER_A_WAIT = ["no-contact", "negative-eval", "complaint-phrase", "recalled-promise"];
// ...and questions that, after a wait, press for an answer.
const PRESSING_QUESTIONS_AFTER_A_WAIT = ["reason-question", "self-outcome", "made-decision", "other-candidates", "status-question"];

// Words that make a mention of time, or a timeline question, a reproach.
const REPROACH = ["delay", "no-contact", "negative-eval", "complaint-phrase", "reason-question", "negative-emotion", "chased", "repeat-attempt", "pointed"];

/** Whether words just around a stretch of time frame it as waiting ("been", "ago", "now", "of nothing"). */
function framedAsWaiting(clause: Clause, elapsed: ClassHit): boolean {
  return hitsOf(clause, "elapsed-frame").some(
    (frame) => frame.last >= elapsed.first - 2 && frame.first <= elapsed.last + 1 && (frame.last < elapsed.first || frame.first > elapsed.last),
  );
}

/** Whether the sentence before may carry a finding of this one: said by the candidate, and not reported already. */
function usable(previous: SentenceAnalysis | undefined, previousReported: boolean): previous is SentenceAnalysis {
  return previous !== undefined && !previousReported && !previous.aside && !previous.otherSpeaker;
}

// Words about being told or hearing back ("You could have told me in one").
const HEARING = ["timeline", "wait-topic", "no-contact", "contact-request", "ask-if", "decision", "deadline"];
// ...and with time: what a wish about the past must hold to be about the wait.
// Joined with a pure call, not a spread: a bundle without this rule then drops the list (a spread might run code).
const ABOUT_HEARING = /* @__PURE__ */ ["elapsed", "sooner"].concat(HEARING);

// Words that say when: a day, a date, a stretch of time.
const TIME_SAID = ["timeline", "deadline", "elapsed"];

/**
 * "You said Thursday", "I was told I'd hear by the 15th": their word about when, recalled, and
 * the words that say when (starting before `beforeToken`, when given).
 */
function toldWhen(clause: Clause, beforeToken = Number.POSITIVE_INFINITY): { told: ClassHit; time: ClassHit } | undefined {
  const told = affirmed(clause, "told-when");
  if (told === undefined || told.last >= beforeToken) return undefined;
  // "I was told by my landlord…": someone of the speaker's, not the employer.
  if (hitsOf(clause, "own-source").some((own) => own.first <= told.last && told.last <= own.last)) return undefined;
  const time = clause.hits.find((hit) => hit.first > told.last && hit.first < beforeToken && TIME_SAID.includes(hit.className));
  return time === undefined ? undefined : { told, time };
}

/**
 * Whether the clause that says the time now is not past the time they gave: it repeats its last
 * word ("…on Tuesday", "It's Tuesday"), or tells a wait no longer than it.
 */
function sameTime(analysis: TextAnalysis, given: ClassHit, now: Clause, nowSaid: ClassHit): boolean {
  const { calendar } = lexiconFor(analysis.locale).locale;
  // "by the end of March": the time they gave ends in the month named after it, not in "of".
  const after = analysis.tokens[given.last + 1];
  const word = after?.word === true && namesWeekdayOrMonth(after.norm, calendar) ? after.norm : (analysis.tokens[given.last] as Token).norm;
  // From where the time now is said ("You told me Thursday, it's now Tuesday" holds their Thursday before it).
  for (let index = Math.max(nowSaid.first, given.last + 1); index < now.stop; index++) if ((analysis.tokens[index] as Token).norm === word) return true;
  // "You said a month. It's been two weeks.": a wait within the time they gave.
  const waited = hitsOf(now, "elapsed").find((hit) => hit.first >= nowSaid.first);
  return waited !== undefined && !pastTheirWord(analysis, waited, given);
}

/**
 * Whether a wait is past the time they gave: lengths compared where both can be read ("two
 * months" against "two weeks"); a week or more where theirs is no length ("today", "shortly");
 * else a different last word ("It's Wednesday" against "Friday").
 */
function pastTheirWord(analysis: TextAnalysis, wait: ClassHit, given: ClassHit): boolean {
  const { calendar } = lexiconFor(analysis.locale).locale;
  const waited = daysSaid(analysis, wait.first, wait.last, calendar);
  const promised = daysSaid(analysis, given.first, given.last, calendar);
  if (waited !== undefined && promised !== undefined) return waited > promised;
  if (waited !== undefined) return waited >= A_WEEK;
  return (analysis.tokens[wait.last] as Token).norm !== (analysis.tokens[given.last] as Token).norm;
}

// Days of waiting that are past any word that gave no length ("I was told today. That was nine days ago."): our own line.
const A_WEEK = 7;

/**
 * Whether the date now is a date of the month ("the 23rd", "2 April"; not "Friday", which is
 * said in passing) and an earlier date of the month is said before it, from `from`, with
 * something done on it (`done`: "I interviewed on the 2nd"; not "my notice ends on 30 April").
 */
function dateSaidBefore(analysis: TextAnalysis, now: ClassHit, from: number, done: (offset: number) => boolean): boolean {
  const references = findDateReferences(analysis, lexiconFor(analysis.locale).locale.calendar);
  const today = references.find((reference) => reference.kind === "dayOfMonth" && reference.start >= now.start && reference.end <= now.end);
  if (today?.kind !== "dayOfMonth") return false;
  // The latest such date counts, in time, not in the order said: "You said the second round would
  // be on the 20th. It is the 12th." looks ahead, and so does "You told me the panel would decide
  // on the 20th; I interviewed on the 2nd. It is now the 12th."
  let latest: { readonly dayOfMonth: number; readonly month?: number } | undefined;
  for (const reference of references) {
    if (reference.kind !== "dayOfMonth" || reference.start < from || reference.end > now.start || !done(reference.start)) continue;
    if (latest === undefined || isEarlier(latest, reference)) latest = reference;
  }
  return latest !== undefined && isEarlier(latest, today);
}

/** Whether one date of the month comes before another: by month where both say one, else by day. */
function isEarlier(date: { readonly dayOfMonth: number; readonly month?: number }, than: { readonly dayOfMonth: number; readonly month?: number }): boolean {
  if (date.month !== undefined && than.month !== undefined && date.month !== than.month) return date.month < than.month;
  return date.dayOfMonth < than.dayOfMonth;
}

// What makes a date the date of something done: an interview attended, an offer accepted, their word given.
const SOMETHING_DONE = ["selection-verb", "outcome-word", "told-when"];

/**
 * Whether every word of reproach in the sentence is taken back: the speaker's own slowness
 * ("if I'm slow to reply, that's why", "please excuse the delay in my reply"), or patience said
 * after it ("it may take a few weeks, and I'm happy to wait"). The model does not speak alone
 * over that.
 */
function excusedReproach(sentence: SentenceAnalysis): boolean {
  // The last token of reproach not taken back as the speaker's own, and whether there is any at all.
  let lastReproach = -1;
  let reproached = false;
  for (const clause of sentence.clauses) {
    for (const hit of clause.hits) {
      // ("…, that's why!" explains; it asks no reason.)
      if (!REPROACH.includes(hit.className) || (hit.className === "reason-question" && !clause.asks)) continue;
      reproached = true;
      if (!ownSlowness(clause, hit)) lastReproach = Math.max(lastReproach, hit.last);
    }
  }
  // Patience inside the reproach is its irony ("I await, with diminishing patience, your reply"); after it, an offer
  // of patience takes it back ("…, and I'm happy to wait"), a single word of it does not ("…, and I have been very patient").
  return reproached && (lastReproach === -1 || sentence.clauses.some((clause) => patienceOffered(clause).some((hit) => hit.first > lastReproach && hit.last > hit.first)));
}

// Words that tell of a wait: the speaker's own slowness must account for all of them.
const WAIT_WORDS = ["delay", "no-contact", "elapsed", "chased", "repeat-attempt"];

/** Whether the speaker's own slowness is all the clause says of a wait ("if I'm slow to reply"; not "I was slow to reply because your team took six weeks"). */
function ownDelayOnly(clause: Clause): boolean {
  if (!has(clause, "own-delay")) return false;
  return clause.hits.every((hit) => !WAIT_WORDS.includes(hit.className) || ownSlowness(clause, hit));
}

/** Whether a hit shares words with the speaker's own slowness ("slow to reply" in "if I'm slow to reply"). */
function ownSlowness(clause: Clause, hit: ClassHit): boolean {
  return hitsOf(clause, "own-delay").some((own) => own.first <= hit.last && hit.first <= own.last);
}

/** Their word about when, recalled before the time now is said: earlier in its sentence, or in the sentence before. */
function theirWordBefore(sentence: SentenceAnalysis, clause: Clause, now: ClassHit, before: SentenceAnalysis | undefined): { told: ClassHit; time: ClassHit } | undefined {
  let given: { told: ClassHit; time: ClassHit } | undefined;
  for (const other of sentence.clauses) if (other.first <= clause.first) given ??= toldWhen(other, now.first);
  if (given === undefined && before !== undefined) for (const other of before.clauses) given ??= toldWhen(other);
  return given;
}

/** Whether a sentence says the time now, and it is the time their word gave in it or the sentence before ("I was told Monday. It is now Monday."). */
function nowIsTheirTime(analysis: TextAnalysis, sentence: SentenceAnalysis, previous: SentenceAnalysis | undefined): boolean {
  for (const clause of sentence.clauses) {
    const now = affirmed(clause, "now-date") ?? affirmed(clause, "now-contrast");
    if (now === undefined) continue;
    const given = theirWordBefore(sentence, clause, now, previous);
    if (given !== undefined && sameTime(analysis, given.time, clause, now)) return true;
  }
  return false;
}

/** Whether a sentence says the speaker is still keen, or puts things warmly, and nothing that reproaches. */
function warmWithoutReproach(sentence: SentenceAnalysis): boolean {
  if (sentence.clauses.some((clause) => REPROACH.some((className) => has(clause, className)) || has(clause, "no-contact"))) return false;
  return sentence.clauses.some((clause) => WARM.some((className) => affirmed(clause, className) !== undefined));
}

// What a sentence says when it is warm. (Not thanks: "Any news would be appreciated at this point" presses.)
const WARM = ["interest", "positive-frame"];

/** Whether patience is said after the sentence's first stretch of time ("It's been two weeks already, time flies!"). */
function patienceAfterTheWait(sentence: SentenceAnalysis): boolean {
  let wait: ClassHit | undefined;
  for (const clause of sentence.clauses) {
    wait ??= hitsOf(clause, "elapsed")[0];
    const patience = offersPatience(clause);
    if (wait !== undefined && patience !== undefined && patience.first > wait.last) return true;
  }
  return false;
}

/** Whether the speaker is who should have done it ("I should have told you sooner"), not someone they wish had. */
function blamesSelf(clause: Clause, hindsight: ClassHit): boolean {
  return hindsight.className === "hindsight" && hitsOf(clause, "self").some((self) => self.last === hindsight.first - 1);
}

/** Where a sentence tells of time spent waiting ("three weeks now", "it's been a fortnight"). */
function waitIn(sentence: SentenceAnalysis): ClassHit | undefined {
  for (const clause of sentence.clauses)
    for (const hit of hitsOf(clause, "elapsed")) if (!hit.negated && framedAsWaiting(clause, hit) && !playedDown(sentence, clause, hit)) return hit;
  return undefined;
}

/**
 * Whether a stretch of time is said small just before it ("it's only been a week", "barely ten
 * days"), and not after patience already offered, where "only" is irony ("No rush, obviously —
 * it's only been a month 🙄").
 */
function playedDown(sentence: SentenceAnalysis, clause: Clause, elapsed: ClassHit): boolean {
  return playedDownBefore(clause, elapsed) && !patienceBefore(sentence, clause, elapsed);
}

/** Whether patience is offered before a stretch of time, in its clause or an earlier one of the sentence. */
function patienceBefore(sentence: SentenceAnalysis, clause: Clause, elapsed: ClassHit): boolean {
  return sentence.clauses.some((other) => other.first <= clause.first && (offersPatience(other)?.last ?? Number.POSITIVE_INFINITY) < elapsed.first);
}

/**
 * "No rush, obviously — it's only been a month": patience offered, then a wait of a month or more
 * played down. The wait is too long for "only" to be meant ("No rush, it's only been a week" is).
 */
function ironicWait(analysis: TextAnalysis, sentence: SentenceAnalysis, clause: Clause): ClassHit[] | undefined {
  for (const elapsed of hitsOf(clause, "elapsed")) {
    if (elapsed.negated || !framedAsWaiting(clause, elapsed) || !playedDownBefore(clause, elapsed) || !patienceBefore(sentence, clause, elapsed)) continue;
    const days = daysSaid(analysis, elapsed.first, elapsed.last, lexiconFor(analysis.locale).locale.calendar);
    if (days !== undefined && days >= IRONIC_DAYS) return [elapsed];
  }
  return undefined;
}

// The shortest wait that "only" cannot play down after patience offered: our own line (a month).
const IRONIC_DAYS = 28;

/** Whether a word that plays the time down stands just before it ("only" in "only been a week"). */
function playedDownBefore(clause: Clause, elapsed: ClassHit): boolean {
  return hitsOf(clause, "wait-minimiser").some((minimiser) => minimiser.last < elapsed.first && minimiser.last >= elapsed.first - MINIMISER_REACH);
}

// How far before a stretch of time a word that plays it down still reaches ("only" in "only been a week").
const MINIMISER_REACH = 3;

// What may follow a counted attempt or a pointed tail: the time it took ("three times now").
const TIME_AFTER = ["elapsed-frame", "elapsed"];
// ...and for attempts counted, the stretch they fell in ("I've called three times this week";
// not "I tried three times when the portal opened").
const ATTEMPTS_WITHIN = /* @__PURE__ */ TIME_AFTER.concat(["deadline"]);
// ...and a threat: when it applies ("…pull out if there's no answer by Friday").
const TERMS_AFTER = ["elapsed-frame", "elapsed", "condition", "deadline"];

/**
 * Whether a hit ends its clause, or the next word starts one of the given classes. A phrase that
 * goes on to something else is something else: "sent three emails with my references", "just
 * saying hello", "I'll pull out the certificates".
 */
function endsOrLeadsTo(analysis: TextAnalysis, clause: Clause, hit: ClassHit, classes: readonly string[]): boolean {
  for (let index = hit.last + 1; index < clause.stop; index++) {
    if (!(analysis.tokens[index] as Token).word) continue;
    return clause.hits.some((other) => other.first === index && classes.includes(other.className));
  }
  return true;
}

// How many words may stand between the time they gave and how long ago they gave it ("'a few days' two weeks ago").
const SINCE_REACH = 1;

/** Whether a sentence holds a question mark anywhere. */
function hasQuestionMark(analysis: TextAnalysis, sentence: SentenceAnalysis): boolean {
  const { first, stop } = sentenceTokens(sentence);
  for (let index = first; index < stop; index++) if ((analysis.tokens[index] as Token).norm === "?") return true;
  return false;
}

/**
 * "I enjoyed…", "we loved…": the speaker right before a positive word that is not taken back.
 * (Closer than `speakerIsSubject`: "I guess I'm just supposed to wait" has the speaker first and
 * a positive word somewhere, and praises nothing.)
 */
function speakerPraises(clause: Clause): boolean {
  const praise = affirmed(clause, "positive-eval");
  return praise !== undefined && hitsOf(clause, "self").some((self) => self.last === praise.first - 1);
}

/** Reproach said in other words than a bare "silence" or "nothing" (which a pleased speaker may mean well). */
function reproachBeyondSilence(sentence: SentenceAnalysis): boolean {
  return REPROACH.some((className) => className !== "no-contact" && sentenceHas(sentence, className));
}

/** "How long does it usually take to hear back?": how things go as a rule, asked of no one in particular. */
function askedAsARule(clause: Clause): boolean {
  return has(clause, "habitual") && !has(clause, "addressee");
}

// An echo is a sentence of at most this many words ("A month.", "Six.", "Six whole weeks.").
const ECHO_WORDS = 3;

/** The wait a short sentence repeats from the one before, word for word ("It's been six weeks. Six."). */
function echoedWait(analysis: TextAnalysis, sentence: SentenceAnalysis, before: SentenceAnalysis): ClassHit | undefined {
  const words = sentenceWordCount(analysis, sentence);
  if (words === 0 || words > ECHO_WORDS) return undefined;
  const wait = waitIn(before);
  if (wait === undefined) return undefined;
  const said = new Set<string>();
  for (let index = wait.first; index <= wait.last; index++) said.add((analysis.tokens[index] as Token).norm);
  const { first, stop } = sentenceTokens(sentence);
  for (let index = first; index < stop; index++) {
    const token = analysis.tokens[index] as Token;
    if (token.word && !said.has(token.norm)) return undefined;
  }
  return wait;
}

/**
 * The wait and the silence when a short sentence tells only the silence right after a clause that
 * is only a length of time ("2 weeks. no call." "re the pastry job: 2 weeks. nothing."): said so
 * bare, it presses.
 */
function silenceAfterBareWait(analysis: TextAnalysis, sentence: SentenceAnalysis, before: SentenceAnalysis): ClassHit[] | undefined {
  const words = sentenceWordCount(analysis, sentence);
  const last = before.clauses[before.clauses.length - 1];
  if (words === 0 || words > ECHO_WORDS || last === undefined) return undefined;
  const wait = hitsOf(last, "elapsed").find((hit) => !hit.negated && onlyWordsOf(analysis, last.first, last.stop, hit));
  if (wait === undefined) return undefined;
  const { first, stop } = sentenceTokens(sentence);
  const silence = sentence.clauses.flatMap((clause) => hitsOf(clause, "no-contact")).find((hit) => !hit.negated && onlyWordsOf(analysis, first, stop, hit));
  return silence === undefined ? undefined : [wait, silence];
}

/** Whether the words from `first` up to `stop` are all the hit's (which lies among them). */
function onlyWordsOf(analysis: TextAnalysis, first: number, stop: number, hit: ClassHit): boolean {
  return wordsBetween(analysis, first, stop) === wordsBetween(analysis, hit.first, hit.last + 1);
}

// A sentence this short that tells of a wait says nothing else ("Its been three weeks."): the question after it presses.
const SHORT_WAIT_WORDS = 7;

/** D3: never question the delay or push about not hearing back. */
export default /* @__PURE__ */ clauseRule({
  id: "no-questioning-delay",
  meta: {
    description: "Do not question why there is no decision yet or push about not hearing back.",
    defaultSeverity: "error",
    sources: ["rednax", "monster"],
    derived: false,
    scope: "text",
    messages: {
      found: '"{{words}}" sounds impatient about the wait; hiring often takes longer than planned.',
    },
  },
  find({ clause, sentence, reviewed, at, previous, previousReported, once }) {
    // "Thanks for finally getting back to me": thanks for a late reply is a dig at the wait.
    const late = affirmed(clause, "late-reply");
    if (late !== undefined && !has(clause, "apology") && !has(clause, "self-directed")) return [late];
    // "You could have told me this a month ago", "a reply in good time would have been appreciated":
    // a wish about the past, with the time it took (its "appreciated" thanks no one), in its
    // sentence or said just before in a few words ("Seven weeks. You could have told me in one.").
    const hindsight = affirmed(clause, "hindsight") ?? affirmed(clause, "wish-undone");
    if (
      hindsight !== undefined &&
      !has(clause, "apology") &&
      !blamesSelf(clause, hindsight) &&
      (once("tooLate", () => sentenceHas(sentence, "elapsed") || sentenceHas(sentence, "sooner")) ||
        (at === 0 &&
          usable(previous, previousReported) &&
          sentenceWordCount(reviewed.analysis, previous) <= SHORT_WAIT_WORDS &&
          sentenceHas(previous, "elapsed") &&
          HEARING.some((className) => has(clause, className))))
    )
      return [hindsight];
    // Thanks in the same clause ("cheers for the heads-up about the delay") is not a reproach.
    if (
      has(clause, "not-asking") ||
      has(clause, "apology") ||
      has(clause, "self-directed") ||
      ownDelayOnly(clause) ||
      blamesOutsideParty(reviewed, clause) ||
      affirmed(clause, "thanks") !== undefined
    )
      return undefined;
    // An honest deadline, or a wait that is someone else's (a referee, an airline) or one's own, is not pressure on this employer.
    // ("Did I get it?" holds "I get it" without granting anything: understanding is said, not asked.)
    if (once("excused", () => sentenceHas(sentence, "competing-offer") || sentence.clauses.some((other) => !other.asks && affirmed(other, "positive-frame") !== undefined)))
      return undefined;
    // Patience said in this clause or after it ("I haven't heard back yet, but that's fine") takes the edge off;
    // patience said first and then taken back ("I know it takes time, but…") does not.
    // "No rush, obviously, it's only been a month": a long wait said small after patience offered is
    // irony (read before the patience below, which would otherwise excuse it).
    const ironic = ironicWait(reviewed.analysis, sentence, clause);
    if (ironic !== undefined) return ironic;
    if (once("patienceFromHere", () => fromHereOn(sentence, (other) => offersPatience(other) !== undefined))[at]) return undefined;
    // "Calling for the third time about the porter job": an attempt numbered in a row presses however
    // the clause goes on (read before the wait words, whose findings the model may set aside).
    const repeated = affirmed(clause, "repeat-attempt");
    if (repeated !== undefined) return [repeated];
    // "I've been very patient": patience claimed as spent (the model reads "patient" as patience offered).
    const spent = affirmed(clause, "spent-patience");
    if (spent !== undefined) return [spent];
    // A negation two words back negates the wait ("haven't been waiting long"); further back it is about
    // something else ("I didn't expect to be waiting this long").
    const delay = affirmed(clause, "delay", 2);
    if (delay !== undefined) return [delay];
    // "u said ud call thursday. its tuesday", "I was told Friday and it's now Wednesday": the time
    // they gave, then the time it is now and not the same, in this sentence or right after the one
    // that recalls it ("my doctor said two weeks, it's now been two weeks and I'm fit" is the same).
    const nowDate = affirmed(clause, "now-date");
    const contrast = affirmed(clause, "now-contrast");
    const now = nowDate ?? (contrast !== undefined && TIME_SAID.some((className) => has(clause, className)) ? contrast : undefined);
    if (now !== undefined) {
      const before = at === 0 && usable(previous, previousReported) ? previous : undefined;
      const given = theirWordBefore(sentence, clause, now, before);
      if (given !== undefined && !sameTime(reviewed.analysis, given.time, clause, now)) return [given.told, now];
      // "I interviewed on the 2nd. Today is the 23rd.": the date now, said after the date of
      // something done, points at the days between.
      const done = (offset: number) => {
        const said = [...(before?.clauses ?? []), ...sentence.clauses].find((other) => other.start <= offset && offset < other.end);
        return said !== undefined && SOMETHING_DONE.some((className) => has(said, className));
      };
      if (nowDate !== undefined && !clause.asks && dateSaidBefore(reviewed.analysis, nowDate, before?.start ?? sentence.start, done)) return [nowDate];
    }
    // "Shame it took two months when you said two weeks": a wait told, then their word about
    // when, and the wait past it.
    const promised = toldWhen(clause);
    if (promised !== undefined) {
      const wait = once("wait", () => waitIn(sentence));
      if (wait !== undefined && wait.last < promised.told.first && pastTheirWord(reviewed.analysis, wait, promised.time)) return [wait, promised.told];
      // "its been 2 wks?? u said few days": the wait said just before, and their word alone after
      // it, both lengths to compare ("It's been two weeks. You said you'd call by the end of the
      // month." gives no length, and is not weighed).
      if (at === 0 && usable(previous, previousReported) && sentenceWordCount(reviewed.analysis, sentence) <= SHORT_WAIT_WORDS) {
        const before = waitIn(previous);
        const { calendar } = lexiconFor(reviewed.analysis.locale).locale;
        if (
          before !== undefined &&
          daysSaid(reviewed.analysis, promised.time.first, promised.time.last, calendar) !== undefined &&
          pastTheirWord(reviewed.analysis, before, promised.time)
        )
          return [before, promised.told];
      }
      // "you said 'a few days' two weeks ago": their word, then right after it how long ago they
      // gave it, past it ("you said a day's trial would be needed when we met a week ago" dates the meeting).
      const since = hitsOf(clause, "elapsed").find(
        (hit) =>
          hit.first > promised.time.last && wordsBetween(reviewed.analysis, promised.time.last + 1, hit.first) <= SINCE_REACH && !hit.negated && framedAsWaiting(clause, hit),
      );
      if (since !== undefined && pastTheirWord(reviewed.analysis, since, promised.time)) return [promised.told, since];
    }
    // "I was told someone would ring me today. That was nine days ago.": the wait since their word,
    // said right after it in a few words of its own ("We met two weeks ago and I'm still keen" goes on).
    if (at === 0 && usable(previous, previousReported) && sentenceWordCount(reviewed.analysis, sentence) <= SHORT_WAIT_WORDS) {
      const wait = once("wait", () => waitIn(sentence));
      let given: { told: ClassHit; time: ClassHit } | undefined;
      if (wait !== undefined) for (const other of previous.clauses) given ??= toldWhen(other);
      if (wait !== undefined && given !== undefined && pastTheirWord(reviewed.analysis, wait, given.time)) return [given.told, wait];
    }
    // "Sent three emails", "messaged you four times now": attempts counted out to them.
    // ("I sent three emails with my references, as you asked" tells what was sent: the count must end the clause or lead to the time it took.)
    const chased = affirmed(clause, "chased");
    if (chased !== undefined && endsOrLeadsTo(reviewed.analysis, clause, chased, ATTEMPTS_WITHIN)) return [chased];
    // The sentence before, when a finding may rest on its wait: not a stage direction, not the
    // other side's turn, and not a reproach of its own (reported there: "Still no word after
    // three weeks. Just saying." is one finding, not two).
    const before = usable(previous, previousReported) && !REPROACH.some((className) => sentenceHas(previous, className)) ? previous : undefined;
    // "That was three weeks ago. Just saying.": a pointed tail after a wait, in its sentence or the
    // one before, and ending its clause ("just saying hello" is a greeting).
    const pointed = affirmed(clause, "pointed");
    if (pointed !== undefined && endsOrLeadsTo(reviewed.analysis, clause, pointed, TIME_AFTER)) {
      const wait = waitIn(sentence) ?? (before === undefined ? undefined : waitIn(before));
      if (wait !== undefined) return [wait, pointed];
    }
    // "It's been a month. A month.": the wait said again, alone, presses it.
    if (at === 0 && before !== undefined) {
      const echoed = echoedWait(reviewed.analysis, sentence, before);
      if (echoed !== undefined) return [echoed];
      // "Two weeks. Nothing.": a bare wait, then the silence alone.
      const silence = silenceAfterBareWait(reviewed.analysis, sentence, before);
      if (silence !== undefined) return silence;
    }
    // "…by Wednesday or I'll be withdrawing my application": a date with a threat, and no other offer to explain it.
    const ultimatum = affirmed(clause, "ultimatum");
    // (Said, not asked: "If I withdraw, do I need to tell HR by Friday?" asks about the process. A
    // condition may read as a request, "if nobody can tell me…", so only a question mark marks the question here.)
    if (
      ultimatum !== undefined &&
      endsOrLeadsTo(reviewed.analysis, clause, ultimatum, TERMS_AFTER) &&
      !hasQuestionMark(reviewed.analysis, sentence) &&
      once("deadline", () => sentenceHas(sentence, "deadline")) &&
      !reviewed.candidateSays("competing-offer")
    )
      return [ultimatum];
    // "Please respond by end of day tomorrow": a reply demanded by a date. An honest reason
    // anywhere in the text (another offer with its own deadline, D5) excuses it.
    // ("Should I expect to hear by Friday?" asks; "I expect to hear by Friday" demands.)
    const demand = affirmed(clause, "reply-demand");
    const inverted = demand !== undefined && hitsOf(clause, "aux").some((aux) => aux.last === demand.first - 1);
    const deadline = demand === undefined || inverted ? undefined : hitsOf(clause, "deadline").find((hit) => hit.first > demand.last && !hit.negated);
    if (demand !== undefined && deadline !== undefined && !reviewed.candidateSays("competing-offer")) return [demand, deadline];
    const why = affirmed(clause, "reason-question");
    const topic = affirmed(clause, "wait-topic");
    if (clause.asks && why !== undefined && topic !== undefined) return [why, topic];
    // "How hard is it to send a one-line update?": scorn asked about a reply.
    const scorn = affirmed(clause, "complaint-phrase");
    if (clause.asks && scorn !== undefined && topic !== undefined) return [scorn, topic];
    let pressing: ClassHit | undefined;
    for (const className of PRESSING_AFTER_A_WAIT) pressing ??= affirmed(clause, className);
    if (clause.asks) for (const className of PRESSING_QUESTIONS_AFTER_A_WAIT) pressing ??= affirmed(clause, className);
    if (pressing === undefined) return undefined;
    // "Three weeks now", "it's been a fortnight": time spent waiting, not "five days in the office".
    if (once("wait", () => waitIn(sentence)) !== undefined) return [pressing];
    // The wait may be said just before, in a few words of its own: "It's been three weeks. Have I got the job?"
    // (Not a stage direction or the other side's words, and not a sentence that is a reproach of
    // its own, reported there: "Three weeks now, no word. Did I get it?")
    const saysOnlyTheWait =
      usable(previous, previousReported) &&
      sentenceWordCount(reviewed.analysis, previous) <= SHORT_WAIT_WORDS &&
      !REPROACH.some((className) => sentenceHas(previous, className)) &&
      // "It's been three weeks, no worries. Did I get it?": the wait said with patience presses nothing.
      !sentenceOffersPatience(previous);
    const wait = saysOnlyTheWait ? waitIn(previous) : undefined;
    return wait === undefined ? undefined : [wait, pressing];
  },
  // Time that has passed, said with nothing pressing, is neutral ("we met two weeks ago"), and
  // asking whether now suits them is courtesy ("I won't keep you long, is now alright?"): the
  // model stays quiet on both.
  // With another offer in the text, a date said alone is an honest deadline (D5): the model
  // does not speak alone on a sentence that sets one.
  // The time now set against their word ("I was told Friday. It's Wednesday.") is trusted: the
  // model scores each of those short sentences low on its own.
  model: {
    trusted: ["now-date", "now-contrast", "reply-demand", "hindsight", "wish-undone", "late-reply", "pointed", "ultimatum", "chased", "repeat-attempt", "spent-patience"],
    applies: (sentence, reviewed, sentenceIndex) => {
      const reproach = REPROACH.some((className) => sentenceHas(sentence, className));
      const speaks =
        !sentenceAsksWith(sentence, "good-time") &&
        // "I enjoyed the silence of the office": what the speaker enjoyed is not a wait they reproach.
        !(sentence.clauses.length === 1 && !reproachBeyondSilence(sentence) && speakerPraises(sentence.clauses[0] as Clause)) &&
        // "Will I hear back by Friday?", "how long does it usually take to hear back?" ask about the timeline, as a coach advises
        // ("how long does it normally take you lot to pick up a phone?" asks about them).
        (reproach || !sentence.clauses.some((clause) => clause.asks && has(clause, "timeline") && (has(clause, "deadline") || askedAsARule(clause)))) &&
        !(sentenceHas(sentence, "deadline") && reviewed.candidateSays("competing-offer")) &&
        !excusedReproach(sentence) &&
        // A wish about the past that is not about time or hearing back ("It would have been nice to
        // meet the whole team"; not "…nice to hear back before I turned down the other job").
        !((sentenceHas(sentence, "hindsight") || sentenceHas(sentence, "wish-undone")) && !ABOUT_HEARING.some((className) => sentenceHas(sentence, className))) &&
        // "I was told Monday. It is now Monday, and here I am": the time they gave has come, not passed.
        !nowIsTheirTime(reviewed.analysis, sentence, reviewed.analysis.sentences[sentenceIndex - 1]);
      if (!speaks) return false;
      // Time said with no word of reproach is mostly neutral ("we met two weeks ago"): the model
      // speaks alone on it only when sure ("it's been 3 weeks, how many more are left??", "bro its
      // been a month"). Kept to one clause of time, it lost 83 true findings on the corpora for 3
      // fewer false alarms.
      if (reproach || !sentenceHas(sentence, "elapsed")) return true;
      // Nor on a bare wait said with patience ("It's been two weeks already, time flies!") or
      // followed by warm words and nothing sharp ("It's been ten days since my interview. I'm
      // still excited about the role.").
      // (Patience said first is often irony: "No rush, obviously — it's only been a month 🙄".)
      if (patienceAfterTheWait(sentence)) return false;
      const next = reviewed.analysis.sentences[sentenceIndex + 1];
      return next !== undefined && !next.otherSpeaker && warmWithoutReproach(next) ? false : "sure";
    },
  },
  suggestion: "Ask politely whether there is an update on the timeline, and say you are happy to wait.",
});
