import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { goodPlan } from "../fixtures/plans";

/**
 * Spawns the built binary (`npm run build` first; `npm test` runs this after the build), as a
 * user's shell would: exit codes, stdout, stderr, colours.
 */
const bin = new URL("../../dist/cli.js", import.meta.url).pathname;
const folder = mkdtempSync(join(tmpdir(), "followup-cli-"));

function run(args: readonly string[], options: { input?: string; env?: Record<string, string> } = {}) {
  const result = spawnSync(process.execPath, [bin, ...args], {
    encoding: "utf8",
    input: options.input,
    env: { PATH: process.env.PATH ?? "", ...options.env },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function file(name: string, content: unknown): string {
  const path = join(folder, name);
  writeFileSync(path, typeof content === "string" ? content : JSON.stringify(content));
  return path;
}

describe("followup-call (the built binary)", () => {
  it("prints its version and help", () => {
    const version = run(["--version"]);
    expect(version.code).toBe(0);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
    for (const command of [[], ["plan"], ["lint"], ["script"], ["rules"]]) {
      const help = run([...command, "--help"]);
      expect(help.code, command.join(" ")).toBe(0);
      expect(help.stdout).toContain("Usage: followup-call");
    }
  });

  it("plans the whole follow-up on both clocks, and as JSON", () => {
    const args = ["plan", "--interview", "2026-11-10T14:00", "--zone", "America/New_York", "--caller-zone", "Europe/London", "--now", "2026-11-10T16:00"];
    const text = run(args);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain("call");
    expect(text.stdout).toContain("2026-11-17T10:00:00-05:00");
    expect(text.stdout).toContain("you: 2026-11-17T15:00:00+00:00");
    const json = run([...args, "--json"]);
    const plan = JSON.parse(json.stdout) as { steps: { kind: string; status: string }[] };
    expect(plan.steps.map((step) => step.kind)).toEqual(["thank-you-email", "call", "voicemail", "written-follow-up", "stop"]);
  });

  it("takes a country's holidays with --country", () => {
    const args = ["plan", "--interview", "2026-11-19T10:00", "--zone", "America/New_York", "--now", "2026-11-19T12:00", "--json"];
    const call = (extra: string[]) => (JSON.parse(run([...args, ...extra]).stdout) as { steps: { kind: string; atLocal?: string }[] }).steps.find((step) => step.kind === "call");
    expect(call([])?.atLocal?.slice(0, 10)).toBe("2026-11-26");
    expect(call(["--country", "US"])?.atLocal?.slice(0, 10)).not.toBe("2026-11-26");
    const unknown = run([...args, "--country", "XX"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("country");
  });

  it("exits 2 on bad input, naming the field, with no stack trace", () => {
    const zone = run(["plan", "--interview", "2026-11-10T14:00", "--zone", "EST"]);
    expect(zone.code).toBe(2);
    expect(zone.stderr).toContain("--zone");
    expect(zone.stderr).not.toMatch(/\n\s+at /);
    const hours = run(["plan", "--interview", "2026-11-10T14:00:00Z", "--zone", "Europe/London", "--hours", "9-5"]);
    expect(hours.code).toBe(2);
    expect(hours.stderr).toContain("--hours");
    const missing = run(["plan", "--zone", "Europe/London"]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("--interview");
    expect(run(["frobnicate"]).code).toBe(2);
  });

  // The plans' calls are in November 2026: linted as of a moment before them.
  const BEFORE_THE_CALLS = ["--now", "2026-11-11T09:00:00-05:00"];

  it("lints plans: stylish by default, exit 1 on errors, 0 without", () => {
    const good = file("good.json", goodPlan());
    const ok = run(["lint", good, ...BEFORE_THE_CALLS]);
    expect(ok.code).toBe(0);
    const bad = file("bad.json", { ...goodPlan(), call: { ...goodPlan().call, at: "2026-11-12T10:30:00-05:00" } });
    const stylish = run(["lint", good, bad, ...BEFORE_THE_CALLS]);
    expect(stylish.code).toBe(1);
    expect(stylish.stdout).toContain(bad);
    expect(stylish.stdout).toMatch(/call\.at\s+error\s+.*wait-a-week \(rednax, monster\)/);
    expect(stylish.stdout).toMatch(/✖ \d+ problems? \(1 error/);
    const json = JSON.parse(run(["lint", bad, "--format", "json", ...BEFORE_THE_CALLS]).stdout) as { file: string; valid: boolean; diagnostics: { ruleId: string }[] }[];
    expect(json[0]).toMatchObject({ file: bad, valid: false });
    expect(json[0]?.diagnostics.map((d) => d.ruleId)).toContain("wait-a-week");
  });

  it("lints as of the clock when --now is left out, as plan does: a call on a day gone by is reported", () => {
    const good = file("good-then.json", goodPlan());
    const asOfNow = JSON.parse(run(["lint", good, "--format", "json"]).stdout) as { diagnostics: { ruleId: string }[] }[];
    expect(asOfNow[0]?.diagnostics.map((d) => d.ruleId)).toContain("call-in-the-past");
    const asOfThen = JSON.parse(run(["lint", good, "--format", "json", ...BEFORE_THE_CALLS]).stdout) as { diagnostics: { ruleId: string }[] }[];
    expect(asOfThen[0]?.diagnostics.map((d) => d.ruleId)).not.toContain("call-in-the-past");
  });

  it("reads a plan from standard input, and reports bad plans with their path", () => {
    expect(run(["lint", "-", ...BEFORE_THE_CALLS], { input: JSON.stringify(goodPlan()) }).code).toBe(0);
    const broken = run(["lint", "-"], { input: JSON.stringify({ ...goodPlan(), interview: { ...goodPlan().interview, timeZone: "Mars/Base" } }) });
    expect(broken.code).toBe(2);
    expect(broken.stderr).toContain("-: Invalid call plan");
    expect(broken.stderr).toContain("interview.timeZone:");
    const notJson = run(["lint", "-"], { input: "{ nope" });
    expect(notJson.code).toBe(2);
    expect(notJson.stderr).toContain("not valid JSON");
    expect(run(["lint", join(folder, "missing.json")]).code).toBe(2);
  });

  it("writes scripts from flags or a data file, in text or HTML", () => {
    const flags = [
      "--candidate",
      "Dana Whitfield",
      "--job",
      "Operations Analyst",
      "--company",
      "Harbor Freight Lines",
      "--interviewer",
      "Priya Okafor",
      "--date",
      "2026-11-17",
      "--phone",
      "+1 212 555 0147",
    ];
    const call = run(["script", "call", ...flags]);
    expect(call.code).toBe(0);
    expect(call.stdout).toMatch(/^Hi Priya, this is Dana Whitfield\./);
    const email = run(["script", "thank-you-email", ...flags, "--format", "html"]);
    expect(email.stdout).toMatch(/^Subject: Thank you for the Operations Analyst interview\n\n<p>Dear Priya,<\/p>/);
    const data = file("data.json", {
      candidateName: "Dana Whitfield",
      jobTitle: "Analyst",
      company: "Acme",
      interviewerName: "Dr Priya Raman",
      interviewDate: "2026-11-17",
      phone: "+1 212 555 0147",
    });
    expect(run(["script", "voicemail", "--data", data]).stdout).toContain("Hello Dr Raman");
    const lacking = run(["script", "call", "--candidate", "Dana"]);
    expect(lacking.code).toBe(2);
    expect(lacking.stderr).toContain("--job");
    expect(run(["script", "sonnet", ...flags]).code).toBe(2);
  });

  it("lists the rules, as text or JSON", () => {
    const text = run(["rules"]);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain("no-asking-for-decision");
    const json = JSON.parse(run(["rules", "--json"]).stdout) as { id: string }[];
    expect(json.map((rule) => rule.id)).toContain("caller-hours");
  });

  it("colours only on a terminal and never with NO_COLOR", () => {
    // A pipe is not a terminal: no escape codes, whatever FORCE_COLOR says.
    expect(run(["rules"], { env: { FORCE_COLOR: "1" } }).stdout).not.toContain("\u001b[");
    expect(run(["rules"], { env: { NO_COLOR: "1" } }).stdout).not.toContain("\u001b[");
  });
});
