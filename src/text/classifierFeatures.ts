import type { SentenceAnalysis, TextAnalysis } from "./analyzeText";

/**
 * The features the statistical model reads from one sentence: its words, the word classes it
 * holds (and which of them are negated), and whether it asks. Shared by the training script and
 * the runtime, so both see exactly the same thing.
 */
export function sentenceFeatures(analysis: TextAnalysis, sentence: SentenceAnalysis): Set<string> {
  const features = new Set<string>();
  for (const clause of sentence.clauses) {
    if (clause.asks) features.add("asks");
    for (let index = clause.first; index < clause.stop; index++) {
      const token = analysis.tokens[index];
      if (token?.word) features.add(`w:${token.norm}`);
    }
    for (const [className, hits] of clause.hits) {
      for (const hit of hits) features.add(hit.negated ? `n:${className}` : `c:${className}`);
    }
  }
  return features;
}
