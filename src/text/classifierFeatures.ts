import type { SentenceAnalysis, TextAnalysis } from "./analyzeText";

/**
 * What the statistical model reads from one sentence, kept apart by kind so the runtime can
 * look each up without building feature strings: whether it asks, its distinct normalised words,
 * the pairs of words that follow each other, and the word classes it holds, affirmed or negated.
 */
export interface SentenceFeatureParts {
  readonly asks: boolean;
  readonly words: ReadonlySet<string>;
  /** Word pairs as "first second" (see `forEachPair`). */
  readonly pairs: ReadonlySet<string>;
  readonly classes: ReadonlySet<string>;
  readonly negatedClasses: ReadonlySet<string>;
}

/** The feature names the model's weights are keyed by, for each kind of part. */
export const FEATURE_PREFIX = { word: "w:", pair: "p:", class: "c:", negatedClass: "n:", asks: "asks" } as const;

/** The first word of a pair at a clause's start, and right after a punctuation mark. */
export const PAIR_START = { clause: "^", mark: "|" } as const;

/**
 * Each pair of words that follow each other in a sentence's clauses: "been weeks", "take your",
 * "forget about". A clause's first word pairs with "^", a word after a mark with "|", so "^ why"
 * (a clause that opens with "why") differs from "why" anywhere. Word pairs carry what single
 * words miss: "take your time" is patience, "did you forget" a reproach.
 */
export function forEachPair(analysis: TextAnalysis, sentence: SentenceAnalysis, visit: (first: string, second: string) => void): void {
  for (const clause of sentence.clauses) {
    let previous: string = PAIR_START.clause;
    for (let index = clause.first; index < clause.stop; index++) {
      const token = analysis.tokens[index] as TextAnalysis["tokens"][number];
      if (!token.word) {
        previous = PAIR_START.mark;
        continue;
      }
      visit(previous, token.norm);
      previous = token.norm;
    }
  }
}

/** One sentence's features, by kind. */
export function sentenceFeatureParts(analysis: TextAnalysis, sentence: SentenceAnalysis): SentenceFeatureParts {
  let asks = false;
  const words = new Set<string>();
  const pairs = new Set<string>();
  const classes = new Set<string>();
  const negatedClasses = new Set<string>();
  for (const clause of sentence.clauses) {
    if (clause.asks) asks = true;
    for (let index = clause.first; index < clause.stop; index++) {
      const token = analysis.tokens[index];
      if (token?.word) words.add(token.norm);
    }
    for (const hit of clause.hits) if (hit.phrase.modelled) (hit.negated ? negatedClasses : classes).add(hit.className);
  }
  forEachPair(analysis, sentence, (first, second) => pairs.add(`${first} ${second}`));
  return { asks, words, pairs, classes, negatedClasses };
}

/**
 * The features the statistical model reads from one sentence, as the names its weights are
 * keyed by: its words and word pairs, the word classes it holds (and which of them are negated), and whether
 * it asks. The training script reads this; the runtime reads the same parts without the names.
 */
export function sentenceFeatures(analysis: TextAnalysis, sentence: SentenceAnalysis): Set<string> {
  const parts = sentenceFeatureParts(analysis, sentence);
  const features = new Set<string>();
  if (parts.asks) features.add(FEATURE_PREFIX.asks);
  for (const word of parts.words) features.add(FEATURE_PREFIX.word + word);
  for (const pair of parts.pairs) features.add(FEATURE_PREFIX.pair + pair);
  for (const className of parts.classes) features.add(FEATURE_PREFIX.class + className);
  for (const className of parts.negatedClasses) features.add(FEATURE_PREFIX.negatedClass + className);
  return features;
}
