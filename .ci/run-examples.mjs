// Smoke-runs every program in examples/ against the built package (dist/, through the
// package's own "exports"): each must exit 0 and print something.
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";

const examples = readdirSync("examples")
  .filter((name) => /\.(ts|mjs|cjs|js)$/.test(name))
  .sort();
let failed = 0;
for (const name of examples) {
  const run = spawnSync("npx", ["tsx", "--tsconfig", ".ci/tsconfig.dist.json", `examples/${name}`], { encoding: "utf8" });
  const ok = run.status === 0 && run.stdout.trim().length > 0;
  if (!ok) failed += 1;
  console.log(`${ok ? "ok  " : "FAIL"} examples/${name}${ok ? "" : `\n${run.stdout}\n${run.stderr}`}`);
}
console.log(`examples: ${examples.length - failed} passed, ${failed} failed`);
process.exit(failed === 0 && examples.length > 0 ? 0 : 1);
