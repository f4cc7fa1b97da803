import type { ClassHit, Clause, SentenceAnalysis, TextAnalysis } from "./analyzeText";
import { FEATURE_PREFIX, forEachPair, PAIR_START, type SentenceFeatureParts } from "./classifierFeatures";

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

/**
 * A locale's models as model.json ships them: the feature names once (front-coded, see
 * `frontCode`), each rule's weights in their order, scaled to integers.
 */
export interface PackedModels {
  readonly scale: number;
  readonly features: string;
  readonly rules: Readonly<Record<string, { readonly confirm: number; readonly alone: number; readonly bias: number; readonly weights: readonly number[] }>>;
}

/**
 * The models by rule, unpacked (a weight of 0 is a feature the rule dropped). Dividing the
 * integer by the scale gives exactly the double the trainer rounded to.
 */
export function unpackModels(packed: PackedModels): Readonly<Record<string, ModelRule>> {
  const rules: Record<string, ModelRule> = {};
  const features = frontDecode(packed.features);
  for (const [id, rule] of Object.entries(packed.rules)) {
    const weights: Record<string, number> = {};
    rule.weights.forEach((weight, index) => {
      if (weight !== 0) weights[features[index] as string] = weight / packed.scale;
    });
    rules[id] = { confirm: rule.confirm, alone: rule.alone, bias: rule.bias, weights };
  }
  return rules;
}

// A line shares at most this many leading characters with the one before (one digit says how many).
const MAX_SHARED = 9;

/**
 * Sorted names, one per line, each starting with how many characters it shares with the
 * previous name ("w:wait", "w:waited" → "0w:wait", "6ed"): a quarter smaller gzipped than a
 * JSON array of the same names, in every bundle that lints.
 */
export function frontCode(names: readonly string[]): string {
  let previous = "";
  return names
    .map((name) => {
      if (name.includes("\n")) throw new RangeError(`a feature name cannot hold a line break: ${JSON.stringify(name)}`);
      let shared = 0;
      while (shared < MAX_SHARED && shared < previous.length && shared < name.length && previous[shared] === name[shared]) shared++;
      previous = name;
      return `${shared}${name.slice(shared)}`;
    })
    .join("\n");
}

/** The names `frontCode` wrote. */
export function frontDecode(coded: string): string[] {
  if (coded === "") return [];
  let previous = "";
  return coded.split("\n").map((line) => {
    previous = previous.slice(0, line.charCodeAt(0) - 48) + line.slice(1);
    return previous;
  });
}

/** A model's weights split by kind of feature, so scoring needs no feature strings. */
interface WeightTables {
  readonly asks: number;
  readonly words: ReadonlyMap<string, number>;
  /** Word pairs, keyed "first second". */
  readonly pairs: ReadonlyMap<string, number>;
  readonly classes: ReadonlyMap<string, number>;
  readonly negatedClasses: ReadonlyMap<string, number>;
}

// A record of a few hundred keys is slow to probe; Maps are not. One set of tables per model
// object, made on first use and dropped with the object.
const tablesByModel = /* @__PURE__ */ new WeakMap<ModelRule, WeightTables>();

function tablesOf(rule: ModelRule): WeightTables {
  let tables = tablesByModel.get(rule);
  if (!tables) {
    const words = new Map<string, number>();
    const pairs = new Map<string, number>();
    const classes = new Map<string, number>();
    const negatedClasses = new Map<string, number>();
    for (const [feature, weight] of Object.entries(rule.weights)) {
      if (feature.startsWith(FEATURE_PREFIX.word)) words.set(feature.slice(FEATURE_PREFIX.word.length), weight);
      else if (feature.startsWith(FEATURE_PREFIX.pair)) pairs.set(feature.slice(FEATURE_PREFIX.pair.length), weight);
      else if (feature.startsWith(FEATURE_PREFIX.class)) classes.set(feature.slice(FEATURE_PREFIX.class.length), weight);
      else if (feature.startsWith(FEATURE_PREFIX.negatedClass)) negatedClasses.set(feature.slice(FEATURE_PREFIX.negatedClass.length), weight);
    }
    const asks = Object.hasOwn(rule.weights, FEATURE_PREFIX.asks) ? (rule.weights[FEATURE_PREFIX.asks] as number) : 0;
    tables = { asks, words, pairs, classes, negatedClasses };
    tablesByModel.set(rule, tables);
  }
  return tables;
}

function sumOf(weights: ReadonlyMap<string, number>, keys: ReadonlySet<string>): number {
  let sum = 0;
  for (const key of keys) sum += weights.get(key) ?? 0;
  return sum;
}

/** The model's probability for a sentence, from its features (the reference the combined scoring below must equal). */
export function sentenceProbability(rule: ModelRule, features: SentenceFeatureParts): number {
  const tables = tablesOf(rule);
  const score =
    rule.bias +
    (features.asks ? tables.asks : 0) +
    sumOf(tables.words, features.words) +
    sumOf(tables.pairs, features.pairs) +
    sumOf(tables.classes, features.classes) +
    sumOf(tables.negatedClasses, features.negatedClasses);
  return probabilityOf(score);
}

/**
 * The weights are stored to two decimals, so a score is a sum of hundredths: rounded, it no
 * longer depends on the order the weights were added in (which would otherwise decide a
 * sentence that lands exactly on a threshold).
 */
function probabilityOf(score: number): number {
  return 1 / (1 + Math.exp(-Math.round(score * SCORE_SCALE) / SCORE_SCALE));
}

const SCORE_SCALE = 1e6;

/**
 * All of a locale's models at once: each feature maps to its weight in every model (one slot
 * per rule), so a sentence is scored for every rule with one look-up per distinct word or class.
 */
interface CombinedTables {
  readonly slots: ReadonlyMap<string, number>;
  readonly bias: Float64Array;
  readonly asks: Float64Array;
  /** Each word's row and the pairs it starts: one look-up per token gives both. */
  readonly words: ReadonlyMap<string, WordEntry>;
  /** The pairs a clause's first word, and a word after a mark, make with the markers (see `PAIR_START`). */
  readonly clauseStart: WordEntry | undefined;
  readonly afterMark: WordEntry | undefined;
  readonly classes: ReadonlyMap<string, FeatureRow>;
  readonly negatedClasses: ReadonlyMap<string, FeatureRow>;
}

/** A word's own weights, and the weights of the pairs it starts, by the second word's `id`. */
interface WordEntry {
  /** Numbers every word the tables know, so a pair is found by an integer, not by comparing strings. */
  readonly id: number;
  row: FeatureRow | undefined;
  pairsAfter: Map<number, FeatureRow> | undefined;
}

/** One feature's weight in every model, and the last sentence that counted it (a feature counts once per sentence). */
interface FeatureRow {
  readonly weights: Float64Array;
  countedIn: Float64Array | undefined;
}

const combinedByModels = /* @__PURE__ */ new WeakMap<Readonly<Record<string, ModelRule>>, CombinedTables>();

function combinedOf(models: Readonly<Record<string, ModelRule>>): CombinedTables {
  let combined = combinedByModels.get(models);
  if (combined !== undefined) return combined;
  const ids = Object.keys(models);
  const bias = new Float64Array(ids.length);
  const asks = new Float64Array(ids.length);
  const words = new Map<string, WordEntry>();
  const classes = new Map<string, FeatureRow>();
  const negatedClasses = new Map<string, FeatureRow>();
  const newRow = (): FeatureRow => ({ weights: new Float64Array(ids.length), countedIn: undefined });
  const rowIn = (into: Map<string, FeatureRow>, key: string) => {
    let row = into.get(key);
    if (row === undefined) {
      row = newRow();
      into.set(key, row);
    }
    return row;
  };
  const entryOf = (word: string) => {
    let entry = words.get(word);
    if (entry === undefined) {
      entry = { id: words.size, row: undefined, pairsAfter: undefined };
      words.set(word, entry);
    }
    return entry;
  };
  const spread = (into: Map<string, FeatureRow>, from: ReadonlyMap<string, number>, slot: number) => {
    for (const [key, weight] of from) rowIn(into, key).weights[slot] = weight;
  };
  ids.forEach((id, slot) => {
    const rule = models[id] as ModelRule;
    const tables = tablesOf(rule);
    bias[slot] = rule.bias;
    asks[slot] = tables.asks;
    for (const [word, weight] of tables.words) {
      const entry = entryOf(word);
      entry.row ??= newRow();
      entry.row.weights[slot] = weight;
    }
    for (const [key, weight] of tables.pairs) {
      const space = key.indexOf(" ");
      const entry = entryOf(key.slice(0, space));
      const second = entryOf(key.slice(space + 1));
      entry.pairsAfter ??= new Map();
      let row = entry.pairsAfter.get(second.id);
      if (row === undefined) {
        row = newRow();
        entry.pairsAfter.set(second.id, row);
      }
      row.weights[slot] = weight;
    }
    spread(classes, tables.classes, slot);
    spread(negatedClasses, tables.negatedClasses, slot);
  });
  // The markers cannot be words: a token is made of letters and digits.
  const clauseStart = words.get(PAIR_START.clause);
  const afterMark = words.get(PAIR_START.mark);
  combined = { slots: new Map(ids.map((id, slot) => [id, slot])), bias, asks, words, clauseStart, afterMark, classes, negatedClasses };
  combinedByModels.set(models, combined);
  return combined;
}

/** Every rule's probability for every sentence of a text, each sentence scored for all rules at once on first use. */
export interface ModelScores {
  /** The probability rule `id`'s model gives sentence `sentenceIndex`; undefined for a rule without a model. */
  probability(id: string, sentenceIndex: number): number | undefined;
}

function addRow(scores: Float64Array, row: FeatureRow | undefined): void {
  // Features are present or absent: a word said twice in a sentence counts once. The mark is
  // the sentence's own score array, so it can never match a later sentence or text.
  if (row === undefined || row.countedIn === scores) return;
  row.countedIn = scores;
  const weights = row.weights;
  for (let slot = 0; slot < weights.length; slot++) (scores[slot] as number) += weights[slot] as number;
}

/**
 * Scores each sentence of a text for every model of a locale at once (the same sums as
 * `sentenceProbability` over `sentenceFeatureParts`, without building the feature sets).
 */
export function modelScores(models: Readonly<Record<string, ModelRule>>, analysis: TextAnalysis): ModelScores {
  const tables = combinedOf(models);
  // Each sentence is scored when a rule first asks about it: most sentences never reach a model.
  const bySentence: (Float64Array | undefined)[] = new Array(analysis.sentences.length);
  return {
    probability(id, sentenceIndex) {
      const slot = tables.slots.get(id);
      const sentence = analysis.sentences[sentenceIndex];
      if (slot === undefined || sentence === undefined) return undefined;
      let scores = bySentence[sentenceIndex];
      if (scores === undefined) {
        scores = sentenceScores(tables, analysis, sentence);
        bySentence[sentenceIndex] = scores;
      }
      return probabilityOf(scores[slot] as number);
    },
  };
}

/**
 * One sentence's score in every model of the tables. The word pairs are walked here as
 * `forEachPair` walks them (the model test holds the two to the same sums), without a callback
 * or a second look-up per token.
 */
function sentenceScores(tables: CombinedTables, analysis: TextAnalysis, sentence: SentenceAnalysis): Float64Array {
  const scores = tables.bias.slice();
  const tokens = analysis.tokens;
  let asks = false;
  for (const clause of sentence.clauses) {
    if (clause.asks) asks = true;
    let previous = tables.clauseStart;
    for (let index = clause.first; index < clause.stop; index++) {
      const token = tokens[index] as TextAnalysis["tokens"][number];
      if (!token.word) {
        previous = tables.afterMark;
        continue;
      }
      const entry = wordEntryOf(tables, token);
      if (entry !== undefined) {
        // A word the tables do not know is in no pair either.
        const pairs = previous?.pairsAfter;
        if (pairs !== undefined) addRow(scores, pairs.get(entry.id));
        addRow(scores, entry.row);
      }
      previous = entry;
    }
    for (const hit of clause.hits) if (hit.phrase.modelled) addRow(scores, classRowOf(tables, hit));
  }
  if (asks) for (let slot = 0; slot < scores.length; slot++) (scores[slot] as number) += tables.asks[slot] as number;
  return scores;
}

/** A token's word in the tables, looked up once per word and set of tables (see `NormalisedWord.modelEntry`). */
function wordEntryOf(tables: CombinedTables, token: TextAnalysis["tokens"][number]): WordEntry | undefined {
  const source = token.source;
  if (source === undefined) return tables.words.get(token.norm);
  const memo = source.modelEntry;
  if (memo !== undefined && memo.tables === tables) return memo.entry as WordEntry | undefined;
  const entry = tables.words.get(token.norm);
  source.modelEntry = { tables, entry };
  return entry;
}

/** A hit's row in the tables, found once per phrase and set of tables (see `PhraseEnd.modelRows`). */
function classRowOf(tables: CombinedTables, hit: ClassHit): FeatureRow | undefined {
  const phrase = hit.phrase;
  let memo = phrase.modelRows;
  if (memo === undefined || memo.tables !== tables) {
    memo = { tables, affirmed: tables.classes.get(hit.className), negated: tables.negatedClasses.get(hit.className) };
    phrase.modelRows = memo;
  }
  return (hit.negated ? memo.negated : memo.affirmed) as FeatureRow | undefined;
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
    for (const hit of clause.hits) if (hit.phrase.modelled) score += (hit.negated ? tables.negatedClasses : tables.classes).get(hit.className) ?? 0;
    score += pairScore(tables, analysis, sentence, clause);
    if (score > bestScore) {
      best = clause;
      bestScore = score;
      bestWords = words;
    }
  }
  return {
    clause: best,
    words: bestWords
      .sort((a, b) => b[1] - a[1])
      .slice(0, 3)
      .map(([word]) => word),
  };
}

/** What a clause's word pairs add to its score. */
function pairScore(tables: WeightTables, analysis: TextAnalysis, sentence: SentenceAnalysis, clause: Clause): number {
  if (tables.pairs.size === 0) return 0;
  let score = 0;
  forEachPair(analysis, { ...sentence, clauses: [clause] }, (first, second) => {
    score += tables.pairs.get(`${first} ${second}`) ?? 0;
  });
  return score;
}
