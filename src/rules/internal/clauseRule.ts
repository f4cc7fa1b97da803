import type { ClassHit, Clause, SentenceAnalysis, Token } from "../../text/analyzeText";
import { affirmed, coveredBy, firstHit, has, hitsOf, sentenceWordCount } from "../../text/clauseView";
import { isInsideValue, type ReviewedText } from "../../text/reviewedText";
import { namesJobOrInterview } from "../../text/lexicon";
import { lexiconFor } from "../../text/lexiconFor";
import { strongestClause } from "../../text/model";
import { textsOf } from "../engine/ruleInputs";
import type { RuleDefinition } from "../api/types";
import { defineRule, type Rule } from "../defineRule";

/** What a "never say" rule sees of one clause: the clause, its sentence and the text. */
export interface ClauseSite {
  readonly clause: Clause;
  readonly sentence: SentenceAnalysis;
  readonly reviewed: ReviewedText;
  /** The clause's index in its sentence. */
  readonly at: number;
  /**
   * The sentence before, in the same text. A finding may rest on it ("It's been three weeks.
   * Did I get it?"): the model then judges the two sentences, and the span starts there.
   */
  readonly previous: SentenceAnalysis | undefined;
  /** The sentence after, in the same text ("The pay is a little lower. Is there any room?"). */
  readonly next: SentenceAnalysis | undefined;
  /** Whether this rule reported the sentence before (a finding that would rest on it would say the same thing twice). */
  readonly previousReported: boolean;
  /**
   * A fact about the whole sentence, worked out once per sentence and rule: rules must not rescan
   * every clause for every clause (a sentence of thousands of clauses would take seconds).
   */
  once<T>(key: string, compute: () => T): T;
}

/**
 * A content rule that must never fire: `find` looks at one clause and returns the hits that
 * make it a problem (the words that drove the finding), or nothing. The rule reports the
 * first finding in each sentence of the script and the voicemail, with the span of those words.
 */
export function clauseRule<const Id extends string>(
  definition: Omit<RuleDefinition<Id, "found">, "check"> & {
    find(site: ClauseSite): readonly ClassHit[] | undefined;
    suggestion?: string;
    /**
     * Consult the locale's statistical model for this rule (if it has one): it confirms word-class
     * findings and reports sentences they miss. `applies` says where the model may speak at all
     * (for example, not after a rejection), and `"sure"` where it may speak alone only when it is
     * all but certain (`SURE`): where its usual threshold would also take innocent sentences.
     * Under `"sure"` it does not veto the rule's own findings.
     */
    model?: {
      applies(sentence: SentenceAnalysis, reviewed: ReviewedText, sentenceIndex: number): boolean | "sure";
      asking?: boolean;
      /**
       * Classes whose findings stand whatever the model says: ones the model does not read (see
       * `LocaleData.unmodelledClasses`), so it has never seen them decide anything.
       */
      trusted?: readonly string[];
    };
  },
): Rule<Id> {
  const { find, suggestion, model, ...rest } = definition;
  const id = definition.id;
  return defineRule({
    ...rest,
    check(context) {
      for (const reviewed of textsOf(context)) {
        const statistics = model === undefined ? undefined : lexiconFor(reviewed.analysis.locale).locale.model?.[id];
        let reportedSentence = -1;
        reviewed.analysis.sentences.forEach((sentence, sentenceIndex) => {
          // A stage direction in brackets is a note to the caller, not something said to the
          // employer; in an email, though, whatever is in brackets is read.
          if (sentence.aside && !WRITTEN_KINDS.has(reviewed.kind)) return;
          // In a transcript, the interviewer's own words are not the candidate's to answer for.
          if (sentence.otherSpeaker) return;
          // Most sentences never ask for a fact, so the memo is made on first use.
          let facts: Map<string, unknown> | undefined;
          const once = <T>(key: string, compute: () => T): T => {
            facts ??= new Map();
            if (!facts.has(key)) facts.set(key, compute());
            return facts.get(key) as T;
          };
          const previous = reviewed.analysis.sentences[sentenceIndex - 1];
          const next = reviewed.analysis.sentences[sentenceIndex + 1];
          // Where the model may speak is asked only when its answer matters: most sentences score
          // below every threshold, and the rules' `applies` costs more than the score.
          let applies: boolean | "sure" | undefined;
          const modelApplies = (): boolean | "sure" => {
            applies ??= model === undefined ? false : model.applies(sentence, reviewed, sentenceIndex);
            return applies;
          };
          const probabilityOf = (index: number) => reviewed.modelScores().probability(id, index) as number;
          const report = (clause: Clause, cueStart: number, cue: string) => {
            // The span is the clause that says it (as a linter marks the whole node); `cue` keeps the words that decided it.
            const { start, end } = clauseSpan(reviewed, clause, cueStart);
            reportedSentence = sentenceIndex;
            context.report({
              messageId: "found",
              data: { words: reviewed.text.slice(start, end), cue },
              path: reviewed.path,
              span: { start, end },
              ...(suggestion ? { suggestion } : {}),
            });
          };
          for (let at = 0; at < sentence.clauses.length; at++) {
            const clause = sentence.clauses[at] as Clause;
            const drivers = find({ clause, sentence, reviewed, at, previous, next, previousReported: reportedSentence === sentenceIndex - 1, once });
            if (drivers === undefined || drivers.length === 0) continue;
            const cueStart = Math.min(...drivers.map((hit) => hit.start));
            const cueEnd = Math.max(...drivers.map((hit) => hit.end));
            if (isInsideValue(reviewed, cueStart, cueEnd)) continue;
            // A finding the model finds very unlikely is set aside (the model saw how such words are really used).
            const trusted = model?.trusted !== undefined && drivers.some((hit) => model.trusted?.includes(hit.className));
            if (trusted || statistics === undefined) {
              report(clause, cueStart, reviewed.text.slice(cueStart, cueEnd));
              return;
            }
            // A finding that rests on the sentence before stands if the model finds either sentence likely.
            const here = probabilityOf(sentenceIndex);
            const judged = cueStart < sentence.start && previous !== undefined ? Math.max(here, probabilityOf(sentenceIndex - 1)) : here;
            // Where the model may not speak, or only when sure, it does not veto either: there the word classes were trusted before it spoke at all.
            if (judged >= statistics.confirm || modelApplies() !== true) report(clause, cueStart, reviewed.text.slice(cueStart, cueEnd));
            return;
          }
          if (statistics === undefined) return;
          // Alone, the model speaks only on a sentence long enough to judge ("bye now", "You said a
          // month." are too short to mean anything by themselves), and, for rules about asking, one
          // that asks, which may be shorter: a question says what it is after ("so am I in?? 🤞").
          const asking = model?.asking === true;
          if (sentenceWordCount(reviewed.analysis, sentence) < (asking ? MODEL_MIN_QUESTION_WORDS : MODEL_MIN_WORDS) || (asking && !sentence.clauses.some((clause) => clause.asks)))
            return;
          const probability = probabilityOf(sentenceIndex);
          if (probability < statistics.alone) return;
          const where = modelApplies();
          if (where === false || (where === "sure" && probability < Math.max(SURE, statistics.alone))) return;
          // No word-class finding, but the model is confident: its span is the clause that drove the score.
          const { clause, words } = strongestClause(statistics, reviewed.analysis, sentence);
          const first = words[0] === undefined ? -1 : reviewed.text.indexOf(words[0], clause.start);
          const cueStart = first >= clause.start && first < clause.end ? first : clause.start;
          if (!isInsideValue(reviewed, cueStart, cueStart + 1)) report(clause, cueStart, words.join(", "));
        });
      }
    },
  });
}

// Kinds of text the employer reads as written, brackets and all.
const WRITTEN_KINDS: ReadonlySet<ReviewedText["kind"]> = /* @__PURE__ */ new Set(["thank-you-email", "follow-up-email"]);

const TRAILING = /[\s,;:.!?…"'”’)\]-]+$/u;
const LEADING = /^[\s,;:"'“‘([-]+/u;

/**
 * The part of a clause that says it: from the comma before the cue (past a greeting or a
 * "but"/"so" that only joins it on) to the clause's end, without the punctuation around it.
 */
function clauseSpan(reviewed: ReviewedText, clause: Clause, cueStart: number): { start: number; end: number } {
  const { tokens } = reviewed.analysis;
  let first = clause.first;
  for (let index = clause.first; index < clause.stop && (tokens[index] as Token).start < cueStart; index++) {
    if ((tokens[index] as Token).norm === ",") first = index + 1;
  }
  const joiners = [...hitsOf(clause, "opener"), ...hitsOf(clause, "clause-break"), ...hitsOf(clause, "clause-break-after-comma")];
  for (let moved = true; moved; ) {
    moved = false;
    for (const hit of joiners) {
      if (hit.first === first && (tokens[hit.last] as Token).end <= cueStart) {
        first = hit.last + 1;
        moved = true;
      }
    }
  }
  const from = Math.min((tokens[first] as Token | undefined)?.start ?? cueStart, cueStart);
  const raw = reviewed.text.slice(from, clause.end);
  const start = from + (raw.match(LEADING)?.[0].length ?? 0);
  const end = clause.end - (raw.match(TRAILING)?.[0].length ?? 0);
  return end > start ? { start, end } : { start: from, end: clause.end };
}

const MODEL_MIN_WORDS = 5;
// Round 73: at three words the short question ("so am I in?? 🤞") was caught 15 times in the
// corpora against one false alarm, where five words had kept the model from it.
const MODEL_MIN_QUESTION_WORDS = 3;

// How sure the model must be to speak alone where a rule's `applies` says "sure" (left out of
// training in turn, rounds 29-31 gained 4 findings for 1 false alarm at 0.95; 0.85-0.95 scored alike).
const SURE = 0.95;

/** For each clause, whether this clause or a later one satisfies the test (one pass from the end). */
export function fromHereOn(sentence: SentenceAnalysis, test: (clause: Clause, index: number) => boolean): readonly boolean[] {
  const flags = new Array<boolean>(sentence.clauses.length);
  let seen = false;
  for (let index = sentence.clauses.length - 1; index >= 0; index--) {
    seen = seen || test(sentence.clauses[index] as Clause, index);
    flags[index] = seen;
  }
  return flags;
}

/** Whether a clause of the sentence asks and holds the class ("is this a bad time?", not "a terrible moment for your company"). */
export function sentenceAsksWith(sentence: SentenceAnalysis, className: string): boolean {
  return sentence.clauses.some((clause) => clause.asks && has(clause, className));
}

/** Whether any clause of the sentence has the class. */
export function sentenceHas(sentence: SentenceAnalysis, className: string): boolean {
  return sentence.clauses.some((clause) => has(clause, className));
}

/** Whether any clause of the sentence has the class outside a negation ("I understand", not "I don't understand why"). */
export function sentenceAffirms(sentence: SentenceAnalysis, className: string): boolean {
  return sentence.clauses.some((clause) => affirmed(clause, className) !== undefined);
}

/**
 * Patience the clause offers ("happy to wait", "no rush"): not patience denied, nor patience spent,
 * which a complaint about the wait holds ("I've been very patient", "my patience is wearing thin").
 */
export function patienceOffered(clause: Clause): ClassHit[] {
  return hitsOf(clause, "patience").filter((hit) => !hit.negated && !coveredBy(clause, hit, "delay") && !coveredBy(clause, hit, "spent-patience"));
}

/** The first patience the clause offers (see `patienceOffered`). */
export function offersPatience(clause: Clause): ClassHit | undefined {
  return patienceOffered(clause)[0];
}

/** Whether the sentence offers patience anywhere (see `offersPatience`). */
export function sentenceOffersPatience(sentence: SentenceAnalysis): boolean {
  return sentence.clauses.some((clause) => offersPatience(clause) !== undefined);
}

/** Whether the clause opens with the speaker as its subject ("I was slow to reply", "my answer was"). */
export function speakerIsSubject(clause: Clause): boolean {
  const self = firstHit(clause, "self");
  if (self === undefined) return false;
  const opener = hitsOf(clause, "opener");
  let first = clause.first;
  for (const hit of opener) if (hit.first === first) first = hit.last + 1;
  return self.first === first;
}

/**
 * Word classes that name the other candidates, as a whole or one by one: the subject or place of
 * an outcome ("how many other candidates are still being considered"), or the people a later
 * "they" points back to.
 */
export const OTHERS_NAMED: readonly string[] = ["other-candidates", "candidate-group"];

// How far before a word for the job an outside party may stand and be the job's name ("the train guard job").
const JOB_NAME_REACH = 3;

/**
 * Whether the clause blames someone outside the employer (traffic, a train, a referee), not the
 * work a job is named for: "the train guard job", "the car wash interview" name the job.
 */
export function blamesOutsideParty(reviewed: ReviewedText, clause: Clause): boolean {
  const { tokens } = reviewed.analysis;
  const lexicon = lexiconFor(reviewed.analysis.locale);
  return hitsOf(clause, "outside-party").some((hit) => {
    for (let index = hit.last + 1; index <= Math.min(hit.last + JOB_NAME_REACH, clause.stop - 1); index++) {
      const token = tokens[index] as Token;
      if (token.word && namesJobOrInterview(lexicon, token.norm)) return false;
    }
    return true;
  });
}
