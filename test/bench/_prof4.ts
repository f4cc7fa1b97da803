import { readFileSync } from "node:fs";
import { join } from "node:path";
import { lintScript } from "../../src/index";
const items = ["scripts-train-a.jsonl", "scripts-heldout-1.jsonl", "scripts-heldout-2.jsonl"].flatMap((file) =>
  readFileSync(join(process.cwd(), "test/fixtures/corpora", file), "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l)));
const calls = items.filter((i: any) => i.kind === "call");
const texts: string[] = calls.map((c: any, i: number) => `${c.text} ${calls[(i + 1) % calls.length].text}`);
let k = 0;
for (let i = 0; i < 1000; i++) lintScript(texts[k++ % texts.length]!);
const N = 20000; const t = performance.now();
for (let i = 0; i < N; i++) lintScript(texts[k++ % texts.length]!);
console.log(((performance.now() - t) * 1000 / N).toFixed(1), "µs");
