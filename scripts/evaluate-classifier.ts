import { lintScript } from "../src/index";
import { analyzeText } from "../src/text/analyzeText";
import { sentenceFeatures } from "../src/text/classifierFeatures";
import { lexiconFor } from "../src/text/lexiconFor";
const MODEL_RULES = ["no-asking-about-candidates", "no-asking-for-decision", "no-questioning-delay", "no-complaining"] as const;
interface Model {
  readonly rules: Readonly<Record<string, { readonly bias: number; readonly weights: Readonly<Record<string, number>> }>>;
}

interface Item {
  readonly text: string;
  readonly labels: readonly string[];
  readonly stage?: string;
}

function probability(model: Model, rule: string, text: string): number {
  const entry = model.rules[rule];
  if (entry === undefined) return 0;
  const analysis = analyzeText(text, lexiconFor());
  let best = 0;
  for (const sentence of analysis.sentences) {
    let score = entry.bias;
    for (const feature of sentenceFeatures(analysis, sentence)) {
      if (Object.hasOwn(entry.weights, feature)) score += entry.weights[feature] as number;
    }
    best = Math.max(best, 1 / (1 + Math.exp(-score)));
  }
  return best;
}

/** Prints precision and recall of the word-class rules alone, of lintScript with the held-out model (its thresholds and the rules' gates), and with the model added at each threshold. */
export function evaluate(model: Model, items: readonly Item[]): void {
  // The shipped model was trained on every set, the held-out one too: the rules are linted with no
  // model for "rules" (word classes alone), and with the held-out model, gates and all, for "lint".
  const locale = lexiconFor().locale as { model?: unknown };
  const shipped = locale.model;
  const lint = (text: string, stage: string | undefined, with_: unknown) => {
    locale.model = with_;
    try {
      return new Set(lintScript(text, { stage: (stage ?? "pre-decision") as never }).map((d) => d.ruleId));
    } finally {
      locale.model = shipped;
    }
  };
  const alone = items.map((item) => lint(item.text, item.stage, undefined));
  const gated = items.map((item) => lint(item.text, item.stage, model.rules));
  for (const rule of MODEL_RULES) {
    const rows = items.map((item, index) => ({
      wanted: item.labels.includes(rule),
      rules: (alone[index] as Set<string>).has(rule),
      lint: (gated[index] as Set<string>).has(rule),
      p: probability(model, rule, item.text),
    }));
    const score = (fired: (row: (typeof rows)[number]) => boolean) => {
      let tp = 0,
        fp = 0,
        fn = 0;
      for (const row of rows) {
        const f = fired(row);
        if (f && row.wanted) tp++;
        else if (f) fp++;
        else if (row.wanted) fn++;
      }
      return `${(tp / (tp + fp || 1)).toFixed(3)} / ${(tp / (tp + fn || 1)).toFixed(3)}`;
    };
    const combos = [0.1, 0.25].flatMap((low) => [0.4, 0.5, 0.6, 0.7].map((high) => `rules&p≥${low}|p≥${high}: ${score((row) => (row.rules && row.p >= low) || row.p >= high)}`));
    console.log(
      `${rule.padEnd(28)} rules ${score((row) => row.rules)}  lint with this model ${score((row) => row.lint)}  model@0.5 ${score((row) => row.p >= 0.5)}\n    ${combos.join("\n    ")}`,
    );
  }
}
