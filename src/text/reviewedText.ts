import type { ConversationStage, ScriptKind } from "../schemas";
import type { Path } from "../types";
import { analyzeText, type TextAnalysis } from "./analyzeText";
import { lexiconFor } from "./lexiconFor";
import { modelScores, type ModelScores } from "./model";
import { asPhrase } from "./phrase";

/** What kind of text is under review; `undefined` when `lintScript` was not told. */
export type ReviewedKind = ScriptKind;

/** The facts the presence rules compare a text with. Each is optional: a rule needing one that is missing does not run. */
export interface ScriptFacts {
  readonly candidateName?: string;
  /** The names of whom the text is said to (the interviewer, the person called): a part of one the speaker shares ("Madam Owusu") does not say who the speaker is. */
  readonly addressedNames?: readonly string[];
  readonly jobTitle?: string;
  /** The interview's local date, as a day number. */
  readonly interviewDay?: number;
  /** The day of the call on the interviewer's calendar, when known: relative dates ("last Thursday") are read from it. */
  readonly callDay?: number;
  readonly topics?: readonly string[];
  readonly phone?: string;
  readonly region?: string;
  readonly stage: ConversationStage;
  /** Values filled into the text (names, company…): words inside them are the data, not the script's. */
  readonly values: readonly string[];
}

/** A script or voicemail under review, normalised and split once for every content rule. */
export interface ReviewedText {
  readonly kind: ReviewedKind | undefined;
  readonly path: Path;
  readonly text: string;
  readonly facts: ScriptFacts;
  /** Sentences, clauses, tokens and word-class hits: what the content rules read. */
  readonly analysis: TextAnalysis;
  /** The locale's statistical models' scores for each sentence, worked out on first use and kept. */
  modelScores(): ModelScores;
  /**
   * Whether the candidate says something of the class anywhere in the text: outside a negation,
   * a stage direction in brackets and the other side's turns (worked out once per class and text).
   */
  candidateSays(className: string): boolean;
}

export function reviewText(text: string, kind: ReviewedKind | undefined, path: Path, facts: ScriptFacts): ReviewedText {
  const lexicon = lexiconFor();
  const analysis = analyzeText(text, lexicon);
  let scores: ModelScores | undefined;
  const classesFound = new Map<string, boolean>();
  return {
    kind,
    path,
    text,
    facts,
    analysis,
    modelScores() {
      scores ??= modelScores(lexicon.locale.model ?? {}, analysis);
      return scores;
    },
    candidateSays(className) {
      let found = classesFound.get(className);
      if (found === undefined) {
        found = analysis.sentences.some(
          (sentence) => !sentence.aside && !sentence.otherSpeaker && sentence.clauses.some((clause) => clause.hits.some((hit) => hit.className === className && !hit.negated)),
        );
        classesFound.set(className, found);
      }
      return found;
    },
  };
}

/**
 * Whether a span lies inside an occurrence of one of the filled-in values: a candidate
 * literally named "{{x}}" is data, not a leftover placeholder.
 */
export function isInsideValue(reviewed: ReviewedText, start: number, end: number): boolean {
  for (const given of reviewed.facts.values) {
    // renderScript sets a phrase without the stop it ended with: look for both forms.
    const phrase = asPhrase(given);
    if (isInsideOccurrence(reviewed.text, given, start, end) || (phrase !== given && isInsideOccurrence(reviewed.text, phrase, start, end))) return true;
  }
  return false;
}

function isInsideOccurrence(text: string, value: string, start: number, end: number): boolean {
  if (value.length === 0) return false;
  for (let at = text.indexOf(value); at !== -1; at = text.indexOf(value, at + 1)) {
    if (at <= start && end <= at + value.length) return true;
  }
  return false;
}
