/** One benchmarked task and the ratio it must stay under, against the baseline task. */
export interface BenchCase {
  readonly name: string;
  readonly run: () => unknown;
  /** Target: at most this many times the baseline. */
  readonly target: number;
  readonly baseline: string;
}

export interface BenchSuite {
  readonly title: string;
  readonly baselines: Readonly<Record<string, () => unknown>>;
  readonly cases: readonly BenchCase[];
}

const ROUNDS = 41;
const ROUND_MS = 40;

let sink: unknown;

/** Nanoseconds per call of `run`, over a batch sized to take about ROUND_MS. */
function timeBatch(run: () => unknown, iterations: number): number {
  const start = performance.now();
  for (let index = 0; index < iterations; index++) sink = run();
  return ((performance.now() - start) * 1e6) / iterations;
}

function iterationsFor(run: () => unknown): number {
  let iterations = 16;
  while (timeBatch(run, iterations) * iterations < ROUND_MS * 1e6 && iterations < 1 << 24) iterations *= 2;
  return iterations;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

/**
 * Runs each case and its baseline in alternating rounds, in one process, and reports the
 * median of the per-round ratios. This machine's speed drifts (shared cores): a ratio taken
 * round by round cancels the drift that a ratio of two separate runs would keep.
 */
export async function runSuite(suite: BenchSuite): Promise<boolean> {
  console.log(`\n${suite.title}`);
  let ok = true;
  for (const benchCase of suite.cases) {
    const baseline = suite.baselines[benchCase.baseline];
    if (baseline === undefined) throw new Error(`unknown baseline ${benchCase.baseline}`);
    const baseIterations = iterationsFor(baseline);
    const caseIterations = iterationsFor(benchCase.run);
    const baseTimes: number[] = [];
    const caseTimes: number[] = [];
    const ratios: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const base = timeBatch(baseline, baseIterations);
      const measured = timeBatch(benchCase.run, caseIterations);
      baseTimes.push(base);
      caseTimes.push(measured);
      ratios.push(measured / base);
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    const ratio = median(ratios);
    const within = ratio <= benchCase.target;
    ok &&= within;
    console.log(`  ${benchCase.baseline.padEnd(58)} ${median(baseTimes).toFixed(0).padStart(9)} ns  (baseline)`);
    console.log(
      `  ${benchCase.name.padEnd(58)} ${median(caseTimes).toFixed(0).padStart(9)} ns  ${ratio.toFixed(2).padStart(6)}×  (target ≤ ${benchCase.target}×: ${within ? "ok" : "OVER"}; rounds ${Math.min(...ratios).toFixed(1)}–${Math.max(...ratios).toFixed(1)}×)`,
    );
  }
  if (sink === Symbol.for("never")) console.log(sink);
  return ok;
}
