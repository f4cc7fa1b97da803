import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const RUNS = 15;
const TARGET = 1.0;

/** Milliseconds a fresh Node process takes to import a module (startup excluded). */
function coldImport(specifier: string): number {
  const script = `const t = performance.now(); await import(${JSON.stringify(specifier)}); process.stdout.write(String(performance.now() - t));`;
  return Number(execFileSync(process.execPath, ["--input-type=module", "-e", script], { cwd: process.cwd(), encoding: "utf8" }));
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

/**
 * Cold import of the main entry against a cold import of zod, in alternating fresh processes
 * (the figure issue 8 sets: at most 1.0× zod's). Returns whether it is within target.
 */
export function coldImportSuite(): boolean {
  const ours = pathToFileURL(join(process.cwd(), "dist/index.js")).href;
  const ratios: number[] = [];
  const oursTimes: number[] = [];
  const zodTimes: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const zod = coldImport("zod");
    const mine = coldImport(ours);
    zodTimes.push(zod);
    oursTimes.push(mine);
    ratios.push(mine / zod);
  }
  const ratio = median(ratios);
  const within = ratio <= TARGET;
  console.log("\nCold import (a fresh Node process each time, startup excluded)");
  console.log(`  import("zod")${" ".repeat(46)}${median(zodTimes).toFixed(1).padStart(8)} ms  (baseline)`);
  console.log(
    `  import("followup-call")${" ".repeat(36)}${median(oursTimes).toFixed(1).padStart(8)} ms  ${ratio.toFixed(2).padStart(6)}×  (target ≤ ${TARGET}×: ${within ? "ok" : "OVER"}; runs ${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)}×)`,
  );
  return within;
}
