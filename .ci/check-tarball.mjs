// Installs the packed tarball the way npm would lay it out and imports every entry, subpaths
// included, from an ESM and a CommonJS program: what a user gets is what works. The tarball is
// unpacked under node_modules/.cache, so its own dependencies resolve from the project's.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const root = join("node_modules", ".cache", "tarball-check");
rmSync(root, { recursive: true, force: true });
const target = join(root, "node_modules", "followup-call");
mkdirSync(target, { recursive: true });
const [{ filename }] = JSON.parse(execFileSync("npm", ["pack", "--json", "--pack-destination", root], { encoding: "utf8" }));
execFileSync("tar", ["-xzf", join(root, filename), "-C", target, "--strip-components=1"]);

const plan = `{ interviewedAt: "2026-11-10T14:00:00-05:00", timeZone: "America/New_York", callerTimeZone: "Europe/London", now: "2026-11-10T16:00:00-05:00" }`;
writeFileSync(
  join(root, "esm.mjs"),
  `import { planFollowUp, bestCallTime } from "followup-call";
import { toICS } from "followup-call/calendar";
import { RuleTester } from "followup-call/rule-tester";
const ics = toICS(planFollowUp(${plan}), { id: "esm-1" });
if (!ics.includes("BEGIN:VEVENT") || typeof RuleTester !== "function" || !bestCallTime(${plan}).caller) process.exit(1);
console.log("esm ok");
`,
);
writeFileSync(
  join(root, "cjs.cjs"),
  `const { planFollowUp } = require("followup-call");
const { toICS } = require("followup-call/calendar");
const { RuleTester } = require("followup-call/rule-tester");
const { followUpMatchers } = require("followup-call/testing");
const callPlanSchema = require("followup-call/schemas/call-plan.json");
const { publicHolidays } = require("followup-call/holidays");
if (!publicHolidays({ country: "US", from: "2026-11-01", to: "2026-11-30" }).includes("2026-11-26")) process.exit(1);
if (typeof followUpMatchers.toBeValidCallPlan !== "function" || callPlanSchema.type !== "object") process.exit(1);
const ics = toICS(planFollowUp(${plan}), { id: "cjs-1" });
if (!ics.includes("BEGIN:VEVENT") || typeof RuleTester !== "function") process.exit(1);
console.log("cjs ok");
`,
);
let failed = false;
for (const program of ["esm.mjs", "cjs.cjs"]) {
  const run = spawnSync(process.execPath, [program], { cwd: root, encoding: "utf8" });
  const ok = run.status === 0 && run.stdout.includes("ok");
  failed ||= !ok;
  console.log(`${ok ? "ok  " : "FAIL"} ${filename} → ${program}${ok ? "" : `\n${run.stdout}\n${run.stderr}`}`);
}
process.exit(failed ? 1 : 0);
