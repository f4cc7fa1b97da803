import { readFileSync } from "node:fs";
import { join } from "node:path";
import { analyzeText } from "../../src/text/analyzeText";
import { lexiconFor } from "../../src/text/lexiconFor";
import { modelScores } from "../../src/text/model";
const items = ["scripts-train-a.jsonl", "scripts-heldout-1.jsonl", "scripts-heldout-2.jsonl"].flatMap((file) =>
  readFileSync(join(process.cwd(), "test/fixtures/corpora", file), "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l)));
const calls = items.filter((i: any) => i.kind === "call");
const texts: string[] = calls.map((c: any, i: number) => `${c.text} ${calls[(i + 1) % calls.length].text}`);
const lex = lexiconFor("en");
const analyses = texts.map((t) => analyzeText(t, lex));
function time(name: string, fn: (i: number) => unknown) {
  for (let i = 0; i < 2000; i++) fn(i % texts.length);
  const N = 20000; const t = performance.now();
  for (let i = 0; i < N; i++) fn(i % texts.length);
  console.log(name.padEnd(20), ((performance.now() - t) * 1000 / N).toFixed(1), "µs");
}
time("analyze", (i) => analyzeText(texts[i]!, lex));
time("modelScores", (i) => modelScores(lex.locale.model!, analyses[i]!).probability("no-complaining", 0));
