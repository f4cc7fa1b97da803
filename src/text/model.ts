import type { Clause, SentenceAnalysis, TextAnalysis } from "./analyzeText";
import { sentenceFeatures } from "./classifierFeatures";

/**
 * One rule's statistical model (logistic regression over a sentence's words and word classes,
 * trained by scripts/train-classifier.ts). A word-class finding stands when the model gives it
 * at least `confirm`; with no finding, the model alone reports at `alone` or above.
 */
export interface ModelRule {
  readonly confirm: number;
  readonly alone: number;
  readonly bias: number;
  readonly weights: Readonly<Record<string, number>>;
}

function weightOf(rule: ModelRule, feature: string): number {
  return Object.hasOwn(rule.weights, feature) ? (rule.weights[feature] as number) : 0;
}

/** The model's probability for a sentence. */
export function sentenceProbability(rule: ModelRule, features: ReadonlySet<string>): number {
  let score = rule.bias;
  for (const feature of features) score += weightOf(rule, feature);
  return 1 / (1 + Math.exp(-score));
}

/** The clause that drove the score most, and its words with the largest positive weights. */
export function strongestClause(rule: ModelRule, analysis: TextAnalysis, sentence: SentenceAnalysis): { clause: Clause; words: string[] } {
  let best = sentence.clauses[0] as Clause;
  let bestScore = Number.NEGATIVE_INFINITY;
  let bestWords: [string, number][] = [];
  for (const clause of sentence.clauses) {
    let score = 0;
    const words: [string, number][] = [];
    for (let index = clause.first; index < clause.stop; index++) {
      const token = analysis.tokens[index];
      if (!token?.word) continue;
      const weight = weightOf(rule, `w:${token.norm}`);
      score += weight;
      if (weight > 0) words.push([analysis.text.slice(token.start, token.end), weight]);
    }
    for (const [className, hits] of clause.hits) for (const hit of hits) score += weightOf(rule, `${hit.negated ? "n" : "c"}:${className}`);
    if (score > bestScore) {
      best = clause;
      bestScore = score;
      bestWords = words;
    }
  }
  return { clause: best, words: bestWords.sort((a, b) => b[1] - a[1]).slice(0, 3).map(([word]) => word) };
}

/** Each sentence's features, made once per text for every rule that consults the model. */
export function featuresBySentence(analysis: TextAnalysis): readonly ReadonlySet<string>[] {
  return analysis.sentences.map((sentence) => sentenceFeatures(analysis, sentence));
}
