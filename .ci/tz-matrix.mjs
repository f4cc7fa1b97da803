// Runs the whole vitest suite under several process time zones and checks that every run
// passes the same tests and computes the same results (the fingerprint test writes them).
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

// The offsets run from -12 h (Etc/GMT+12) to +14 h (Kiritimati): date-fns-tz guesses from the
// process zone before it settles on an offset, so the extremes are here too.
const zones = ["UTC", "America/New_York", "Pacific/Kiritimati", "Etc/GMT+12", "Australia/Lord_Howe", "America/Santiago"];
const dir = mkdtempSync(join(tmpdir(), "followup-tz-"));
const runs = [];
for (const zone of zones) {
  const results = join(dir, `${zone.replace("/", "_")}.json`);
  const fingerprint = join(dir, `${zone.replace("/", "_")}.txt`);
  const run = spawnSync("npx", ["vitest", "run", "--reporter=dot", "--reporter=json", `--outputFile.json=${results}`], {
    env: { ...process.env, TZ: zone, FOLLOWUP_FINGERPRINT_FILE: fingerprint },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const report = JSON.parse(readFileSync(results, "utf8"));
  const outcomes = report.testResults.flatMap((file) => file.assertionResults.map((test) => `${test.fullName}: ${test.status}`)).sort();
  runs.push({ zone, status: run.status, passed: report.numPassedTests, failed: report.numFailedTests, outcomes, fingerprint: readFileSync(fingerprint, "utf8") });
  console.log(`TZ=${zone}: ${report.numPassedTests} passed, ${report.numFailedTests} failed`);
}
let ok = runs.every((run) => run.status === 0 && run.failed === 0);
for (const run of runs.slice(1)) {
  if (run.fingerprint !== runs[0].fingerprint) {
    console.error(`results under TZ=${run.zone} differ from TZ=${runs[0].zone}`);
    ok = false;
  }
  if (run.outcomes.join("\n") !== runs[0].outcomes.join("\n")) {
    console.error(`test outcomes under TZ=${run.zone} differ from TZ=${runs[0].zone}`);
    ok = false;
  }
}
console.log(ok ? `identical results under ${zones.length} time zones` : "time-zone matrix FAILED");
process.exit(ok ? 0 : 1);
