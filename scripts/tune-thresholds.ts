/**
 * Chooses the model's thresholds honestly: each named held-out round is left out of training in
 * turn, linted with the model trained without it, and every rule's precision and recall are
 * summed over the rounds for each "alone" threshold (with `--confirm <p>`, that veto for every
 * rule). The rounds must already be folded into training; the figures are not first contact.
 *
 *   npx tsx scripts/tune-thresholds.ts 10 11 12 [--confirm 0.2] [--steps 1000] [--min-weight 0.3] [--min-pair-weight 0.4]
 */
import { lintScript } from "../src/index";
import { lexiconFor } from "../src/text/lexiconFor";
import { MODEL_RULES, readItems, SETTINGS, THRESHOLDS, train, trainingItems, trainingSets } from "./train-classifier";

const ALONE = [0.3, 0.4, 0.5, 0.6, 0.7, 0.8];

function option(args: readonly string[], name: string): number | undefined {
  const at = args.indexOf(name);
  return at === -1 ? undefined : Number(args[at + 1]);
}

const args = process.argv.slice(2);
const confirm = option(args, "--confirm");
const steps = option(args, "--steps");
const minWeight = option(args, "--min-weight");
const minPairWeight = option(args, "--min-pair-weight");
const rounds = args
  .filter((arg, index) => /^\d+$/.test(arg) && !["--confirm", "--steps", "--min-weight", "--min-pair-weight"].includes(args[index - 1] ?? ""))
  .map((round) => `sentences-heldout-${round}.jsonl`);
const unknown = rounds.filter((round) => !trainingSets().includes(round));
if (rounds.length === 0 || unknown.length > 0) {
  console.error(`name rounds the manifest trains on (e.g. 13 14 15)${unknown.length > 0 ? `; not in the manifest: ${unknown.join(", ")}` : ""}`);
  process.exit(2);
}
const settings = {
  ...SETTINGS,
  ...(steps === undefined ? {} : { steps }),
  ...(minWeight === undefined ? {} : { minWeight }),
  ...(minPairWeight === undefined ? {} : { minPairWeight }),
};
const locale = lexiconFor().locale as { model?: unknown };
const shipped = locale.model;
// rule → threshold → [true positives, false positives, false negatives]
const tally = new Map<string, Map<number, [number, number, number]>>();
try {
  for (const round of rounds) {
    const model = train(trainingItems(round), settings);
    for (const alone of ALONE) {
      locale.model = Object.fromEntries(Object.entries(model.rules).map(([id, rule]) => [id, { ...rule, alone, ...(confirm === undefined ? {} : { confirm }) }]));
      for (const item of readItems(round)) {
        const fired = new Set(lintScript(item.text, { stage: (item.stage ?? "pre-decision") as never }).map((diagnostic) => diagnostic.ruleId));
        for (const rule of MODEL_RULES) {
          const byThreshold = tally.get(rule) ?? new Map<number, [number, number, number]>();
          tally.set(rule, byThreshold);
          const counts = byThreshold.get(alone) ?? [0, 0, 0];
          byThreshold.set(alone, counts);
          const wanted = item.labels.includes(rule);
          if (fired.has(rule)) counts[wanted ? 0 : 1]++;
          else if (wanted) counts[2]++;
        }
      }
    }
  }
} finally {
  locale.model = shipped;
}
console.log(`left out in turn: ${rounds.join(", ")}; precision/recall by "alone" threshold${confirm === undefined ? "" : `, confirm ${confirm}`}`);
for (const rule of MODEL_RULES) {
  const cells = ALONE.map((alone) => {
    const [tp, fp, fn] = tally.get(rule)?.get(alone) ?? [0, 0, 0];
    return `${alone}: ${(tp / (tp + fp || 1)).toFixed(2)}/${(tp / (tp + fn || 1)).toFixed(2)}`;
  });
  console.log(`  ${rule.padEnd(28)} (now ${THRESHOLDS[rule]?.confirm}/${THRESHOLDS[rule]?.alone})  ${cells.join("  ")}`);
}
