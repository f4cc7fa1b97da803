// Installs the packed tarball the way npm would lay it out and imports every entry, subpaths
// included, from an ESM and a CommonJS program: what a user gets is what works. The tarball is
// unpacked under node_modules/.cache, so its own dependencies resolve from the project's.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { isBuiltin } from "node:module";
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

// What the unpacked files import from outside the package must be declared: a dependency, a
// peer, or Node's own. The bundled dependencies (.ci/bundled-dependencies.json) must not be
// imported at all (they are devDependencies, absent from a user's install), and their
// licences must ship in dist/THIRD-PARTY-NOTICES.md.
const manifest = JSON.parse(readFileSync(join(target, "package.json"), "utf8"));
const declared = new Set([...Object.keys(manifest.dependencies ?? {}), ...Object.keys(manifest.peerDependencies ?? {})]);
const bundled = JSON.parse(readFileSync(join(".ci", "bundled-dependencies.json"), "utf8"));
const notices = readFileSync(join(target, "dist", "THIRD-PARTY-NOTICES.md"), "utf8");
// Import and export statements at the start of a line, and require() (esbuild's __require()
// too), import() or a type's import() of a literal.
const SPECIFIER = /^\s*(?:import|export)(?=[\s{*])[^;"']*?(?:\bfrom\s*)?["']([^"'./][^"']*)["']|(?:\b|__)(?:require|import)\(\s*["']([^"'./][^"']*)["']\s*\)/gm;
const packageOf = (specifier) => (specifier.startsWith("@") ? specifier.split("/").slice(0, 2).join("/") : specifier.split("/")[0]);
// The code and the type declarations alike: a .d.ts naming a devDependency breaks a user's tsc.
for (const file of readdirSync(join(target, "dist")).filter((name) => /\.(?:c?js|mjs|d\.c?ts)$/.test(name))) {
  for (const [, statement, call] of readFileSync(join(target, "dist", file), "utf8").matchAll(SPECIFIER)) {
    const specifier = statement ?? call;
    const name = packageOf(specifier);
    if (name === "followup-call" || isBuiltin(specifier) || declared.has(name)) continue;
    failed = true;
    console.log(`FAIL dist/${file} imports "${specifier}", which is not a dependency${bundled.includes(name) ? " (it should have been bundled)" : ""}`);
  }
}
for (const name of bundled) {
  const { version } = JSON.parse(readFileSync(join("node_modules", name, "package.json"), "utf8"));
  if (declared.has(name) || !notices.includes(`## ${name} ${version} `)) {
    failed = true;
    console.log(`FAIL ${name} ${version}: a bundled package is still a dependency, or its licence is missing from THIRD-PARTY-NOTICES.md`);
  }
}
console.log(`${failed ? "FAIL" : "ok  "} ${filename}: dist imports only declared packages; ${bundled.join(", ")} bundled, with their licences`);

for (const program of ["esm.mjs", "cjs.cjs"]) {
  const run = spawnSync(process.execPath, [program], { cwd: root, encoding: "utf8" });
  const ok = run.status === 0 && run.stdout.includes("ok");
  failed ||= !ok;
  console.log(`${ok ? "ok  " : "FAIL"} ${filename} → ${program}${ok ? "" : `\n${run.stdout}\n${run.stderr}`}`);
}
process.exit(failed ? 1 : 0);
