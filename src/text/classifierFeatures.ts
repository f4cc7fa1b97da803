import type { SentenceAnalysis, TextAnalysis } from "./analyzeText";

/**
 * What the statistical model reads from one sentence, kept apart by kind so the runtime can
 * look each up without building feature strings: whether it asks, its distinct normalised words,
 * and the word classes it holds, affirmed or negated.
 */
export interface SentenceFeatureParts {
  readonly asks: boolean;
  readonly words: ReadonlySet<string>;
  readonly classes: ReadonlySet<string>;
  readonly negatedClasses: ReadonlySet<string>;
}

/** The feature names the model's weights are keyed by, for each kind of part. */
export const FEATURE_PREFIX = { word: "w:", class: "c:", negatedClass: "n:", asks: "asks" } as const;

/** One sentence's features, by kind. */
export function sentenceFeatureParts(analysis: TextAnalysis, sentence: SentenceAnalysis): SentenceFeatureParts {
  let asks = false;
  const words = new Set<string>();
  const classes = new Set<string>();
  const negatedClasses = new Set<string>();
  for (const clause of sentence.clauses) {
    if (clause.asks) asks = true;
    for (let index = clause.first; index < clause.stop; index++) {
      const token = analysis.tokens[index];
      if (token?.word) words.add(token.norm);
    }
    for (const [className, hits] of clause.hits) {
      for (const hit of hits) (hit.negated ? negatedClasses : classes).add(className);
    }
  }
  return { asks, words, classes, negatedClasses };
}

/**
 * The features the statistical model reads from one sentence, as the names its weights are
 * keyed by: its words, the word classes it holds (and which of them are negated), and whether
 * it asks. The training script reads this; the runtime reads the same parts without the names.
 */
export function sentenceFeatures(analysis: TextAnalysis, sentence: SentenceAnalysis): Set<string> {
  const parts = sentenceFeatureParts(analysis, sentence);
  const features = new Set<string>();
  if (parts.asks) features.add(FEATURE_PREFIX.asks);
  for (const word of parts.words) features.add(FEATURE_PREFIX.word + word);
  for (const className of parts.classes) features.add(FEATURE_PREFIX.class + className);
  for (const className of parts.negatedClasses) features.add(FEATURE_PREFIX.negatedClass + className);
  return features;
}
