import { Bench } from "tinybench";

/** One benchmarked task and the ratio it must stay under, against the baseline task. */
export interface BenchCase {
  readonly name: string;
  readonly run: () => unknown;
  /** Target: at most this many times the baseline's mean. */
  readonly target: number;
  readonly baseline: string;
}

export interface BenchSuite {
  readonly title: string;
  readonly baselines: Readonly<Record<string, () => unknown>>;
  readonly cases: readonly BenchCase[];
}

/** Runs the baselines and cases in the same process and prints each ratio against its target. */
export async function runSuite(suite: BenchSuite): Promise<boolean> {
  const bench = new Bench({ time: 1_000, warmupTime: 300 });
  for (const [name, run] of Object.entries(suite.baselines)) bench.add(name, run);
  for (const benchCase of suite.cases) bench.add(benchCase.name, benchCase.run);
  await bench.run();
  const meanNs = (name: string) => {
    const task = bench.getTask(name);
    const mean = task?.result && "latency" in task.result ? task.result.latency.mean : Number.NaN;
    return mean * 1e6;
  };
  console.log(`\n${suite.title}`);
  for (const name of Object.keys(suite.baselines)) console.log(`  ${name.padEnd(58)} ${meanNs(name).toFixed(0).padStart(9)} ns  (baseline)`);
  let ok = true;
  for (const benchCase of suite.cases) {
    const ratio = meanNs(benchCase.name) / meanNs(benchCase.baseline);
    const within = ratio <= benchCase.target;
    ok &&= within;
    console.log(
      `  ${benchCase.name.padEnd(58)} ${meanNs(benchCase.name).toFixed(0).padStart(9)} ns  ${ratio.toFixed(2).padStart(6)}× ${benchCase.baseline}  (target ≤ ${benchCase.target}×: ${within ? "ok" : "OVER"})`,
    );
  }
  return ok;
}
