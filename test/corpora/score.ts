/**
 * Prints precision and recall per rule for corpus files (default: every set in the manifest).
 * `npm run accuracy -- sentences-train-a.jsonl`; `--show rule-id` lists its misses and false alarms;
 * `--floors` prints the figures in the shape of floors.json.
 */
import { readLines, readManifest, scoreScripts, scoreSentences, type Score, type ScriptItem, type SentenceItem } from "./_score";

const args = process.argv.slice(2);
const show = args.includes("--show") ? args[args.indexOf("--show") + 1] : undefined;
const files = args.filter((arg, index) => arg.endsWith(".jsonl") && args[index - 1] !== "--show");
const sets = files.length > 0 ? files.map((file) => ({ file, type: file.startsWith("scripts") || file.includes("/scripts") ? "scripts" : "sentences" })) : readManifest();
const sentences = sets.filter((set) => set.type === "sentences").flatMap((set) => readLines<SentenceItem>(set.file));
const scripts = sets.filter((set) => set.type === "scripts").flatMap((set) => readLines<ScriptItem>(set.file));

function print(title: string, scores: readonly Score[]): Record<string, { precision: number; recall: number }> {
  console.log(`\n${title}`);
  const floors: Record<string, { precision: number; recall: number }> = {};
  for (const { rule, precision, recall, tally } of scores) {
    console.log(
      `  ${rule.padEnd(28)} precision ${precision.toFixed(3)}  recall ${recall.toFixed(3)}  (tp ${tally.truePositives}, fp ${tally.falsePositives}, fn ${tally.falseNegatives})`,
    );
    floors[rule] = { precision: Math.floor(precision * 1000) / 1000, recall: Math.floor(recall * 1000) / 1000 };
    if (show === rule) {
      for (const miss of tally.misses) console.log(`    missed      ${miss}`);
      for (const alarm of tally.falseAlarms) console.log(`    false alarm ${alarm}`);
    }
  }
  return floors;
}

const result = {
  sentences: sentences.length > 0 ? print(`${sentences.length} sentences`, scoreSentences(sentences)) : {},
  scripts: scripts.length > 0 ? print(`${scripts.length} scripts`, scoreScripts(scripts)) : {},
};
if (args.includes("--floors")) console.log(JSON.stringify(result, null, 2));
