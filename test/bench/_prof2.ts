import { readFileSync } from "node:fs";
import { join } from "node:path";
import { analyzeText } from "../../src/text/analyzeText";
import { lexiconFor } from "../../src/text/lexiconFor";
const items = ["scripts-train-a.jsonl", "scripts-heldout-1.jsonl", "scripts-heldout-2.jsonl"].flatMap((file) =>
  readFileSync(join(process.cwd(), "test/fixtures/corpora", file), "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l)));
const calls = items.filter((i: any) => i.kind === "call");
const texts: string[] = calls.map((c: any, i: number) => `${c.text} ${calls[(i + 1) % calls.length].text}`);
const lex = lexiconFor("en");
let k = 0, hits = 0, toks = 0;
for (let i = 0; i < 1000; i++) analyzeText(texts[k++ % texts.length]!, lex);
const N = 5000; const t = performance.now();
for (let i = 0; i < N; i++) { const a = analyzeText(texts[k++ % texts.length]!, lex); toks += a.tokens.length; for (const s of a.sentences) for (const c of s.clauses) for (const l of c.hits.values()) hits += l.length; }
console.log(((performance.now() - t) * 1000 / N).toFixed(1), "µs", toks / N, "tokens", hits / N, "hits");
