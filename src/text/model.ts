import type { Clause, SentenceAnalysis, TextAnalysis } from "./analyzeText";
import { FEATURE_PREFIX, sentenceFeatureParts, type SentenceFeatureParts } from "./classifierFeatures";

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

/** A model's weights split by kind of feature, so scoring needs no feature strings. */
interface WeightTables {
  readonly asks: number;
  readonly words: ReadonlyMap<string, number>;
  readonly classes: ReadonlyMap<string, number>;
  readonly negatedClasses: ReadonlyMap<string, number>;
}

// A record of a few hundred keys is slow to probe; Maps are not. One set of tables per model
// object, made on first use and dropped with the object.
const tablesByModel = new WeakMap<ModelRule, WeightTables>();

function tablesOf(rule: ModelRule): WeightTables {
  let tables = tablesByModel.get(rule);
  if (!tables) {
    const words = new Map<string, number>();
    const classes = new Map<string, number>();
    const negatedClasses = new Map<string, number>();
    for (const [feature, weight] of Object.entries(rule.weights)) {
      if (feature.startsWith(FEATURE_PREFIX.word)) words.set(feature.slice(FEATURE_PREFIX.word.length), weight);
      else if (feature.startsWith(FEATURE_PREFIX.class)) classes.set(feature.slice(FEATURE_PREFIX.class.length), weight);
      else if (feature.startsWith(FEATURE_PREFIX.negatedClass)) negatedClasses.set(feature.slice(FEATURE_PREFIX.negatedClass.length), weight);
    }
    const asks = Object.hasOwn(rule.weights, FEATURE_PREFIX.asks) ? (rule.weights[FEATURE_PREFIX.asks] as number) : 0;
    tables = { asks, words, classes, negatedClasses };
    tablesByModel.set(rule, tables);
  }
  return tables;
}

function sumOf(weights: ReadonlyMap<string, number>, keys: ReadonlySet<string>): number {
  let sum = 0;
  for (const key of keys) sum += weights.get(key) ?? 0;
  return sum;
}

/** The model's probability for a sentence. */
export function sentenceProbability(rule: ModelRule, features: SentenceFeatureParts): number {
  const tables = tablesOf(rule);
  const score = rule.bias + (features.asks ? tables.asks : 0) + sumOf(tables.words, features.words) + sumOf(tables.classes, features.classes) + sumOf(tables.negatedClasses, features.negatedClasses);
  return 1 / (1 + Math.exp(-score));
}

/** The clause that drove the score most, and its words with the largest positive weights. */
export function strongestClause(rule: ModelRule, analysis: TextAnalysis, sentence: SentenceAnalysis): { clause: Clause; words: string[] } {
  const tables = tablesOf(rule);
  let best = sentence.clauses[0] as Clause;
  let bestScore = Number.NEGATIVE_INFINITY;
  let bestWords: [string, number][] = [];
  for (const clause of sentence.clauses) {
    let score = 0;
    const words: [string, number][] = [];
    for (let index = clause.first; index < clause.stop; index++) {
      const token = analysis.tokens[index];
      if (!token?.word) continue;
      const weight = tables.words.get(token.norm) ?? 0;
      score += weight;
      if (weight > 0) words.push([analysis.text.slice(token.start, token.end), weight]);
    }
    for (const [className, hits] of clause.hits) for (const hit of hits) score += (hit.negated ? tables.negatedClasses : tables.classes).get(className) ?? 0;
    if (score > bestScore) {
      best = clause;
      bestScore = score;
      bestWords = words;
    }
  }
  return { clause: best, words: bestWords.sort((a, b) => b[1] - a[1]).slice(0, 3).map(([word]) => word) };
}

/** Each sentence's features, made once per text for every rule that consults the model. */
export function featuresBySentence(analysis: TextAnalysis): readonly SentenceFeatureParts[] {
  return analysis.sentences.map((sentence) => sentenceFeatureParts(analysis, sentence));
}
