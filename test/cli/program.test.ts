import { describe, expect, it } from "vitest";
import { EXIT, runCli } from "../../src/cli/program";

function capture(args: readonly string[], color: boolean, files: Record<string, string> = {}) {
  let stdout = "";
  let stderr = "";
  const code = runCli(
    args,
    {
      stdout: (text) => {
        stdout += text;
      },
      stderr: (text) => {
        stderr += text;
      },
      readInput: (path) => {
        if (!(path in files)) throw new Error(`ENOENT: no such file, open '${path}'`);
        return files[path] as string;
      },
      color,
    },
    "9.9.9",
    () => new Date("2026-11-10T21:00:00Z"),
  );
  return { code, stdout, stderr };
}

describe("runCli (in process)", () => {
  it("colours a terminal's output, and nothing else's", () => {
    expect(capture(["rules"], true).stdout).toContain("\u001b[");
    expect(capture(["rules"], false).stdout).not.toContain("\u001b[");
  });

  it("uses the clock it is given when --now is left out", () => {
    const { stdout, code } = capture(["plan", "--interview", "2026-11-10T14:00", "--zone", "America/New_York", "--json"], false);
    expect(code).toBe(EXIT.ok);
    expect((JSON.parse(stdout) as { steps: { status: string }[] }).steps[0]?.status).toBe("due");
  });

  it("reads a history file for re-planning", () => {
    const history = JSON.stringify([{ channel: "voicemail", at: "2026-11-17T10:30:00-05:00" }]);
    const { stdout } = capture(["plan", "--interview", "2026-11-10T14:00", "--zone", "America/New_York", "--now", "2026-11-18T09:00", "--history", "h.json", "--json"], false, {
      "h.json": history,
    });
    expect((JSON.parse(stdout) as { steps: { kind: string }[] }).steps.map((step) => step.kind)).toEqual(["thank-you-email", "call", "voicemail", "written-follow-up", "stop"]);
  });

  it.each([
    ["yesterday", /^--now: "yesterday" is not a moment with its UTC offset/],
    ["2026-11-11T09:00", /is not a moment with its UTC offset/],
    ["1960-01-01T00:00:00Z", /^--now: .*between the years 1973/],
  ])("refuses lint's --now %j once, as the command line's mistake, not each file's", async (moment, message) => {
    const { goodPlan } = await import("../fixtures/plans");
    const files = { "a.json": JSON.stringify(goodPlan()), "b.json": JSON.stringify(goodPlan()) };
    const { code, stderr } = capture(["lint", "a.json", "b.json", "--now", moment], false, files);
    expect(code).toBe(EXIT.badInput);
    expect(stderr.trim().split("\n")).toHaveLength(1);
    expect(stderr.replace(/^\S*error:?\s*/i, "")).toMatch(message);
    expect(stderr).not.toMatch(/a\.json|b\.json/);
  });

  it("reports a file that cannot be read as bad input", () => {
    const { code, stderr } = capture(["lint", "nowhere.json"], false);
    expect(code).toBe(EXIT.badInput);
    expect(stderr).toContain("nowhere.json: cannot be read");
  });
});

describe("runCli lint output (in process)", () => {
  it("writes the stylish report with totals, or JSON, and the exit code", async () => {
    const { goodPlan } = await import("../fixtures/plans");
    const bad = { ...goodPlan(), call: { ...goodPlan().call, at: "2026-11-12T10:30:00-05:00", to: { name: "Front desk", number: "+1 800 555 0100", role: "reception" } } };
    const files = { "good.json": JSON.stringify(goodPlan()), "bad.json": JSON.stringify([bad, goodPlan()]) };
    const stylishRun = capture(["lint", "good.json", "bad.json"], false, files);
    expect(stylishRun.code).toBe(EXIT.problems);
    expect(stylishRun.stdout).toContain("bad.json[0]");
    expect(stylishRun.stdout).not.toContain("bad.json[1]");
    expect(stylishRun.stdout).toMatch(/call\.at\s+error\s+/);
    expect(stylishRun.stdout).toMatch(/warning\s+.*call-the-hiring-manager/);
    expect(stylishRun.stdout).toMatch(/→ /);
    // Errors and warnings in one column: each message starts at the same place.
    const rows = [...stylishRun.stdout.matchAll(/^(.*? (error|warning|info) +)\S/gm)];
    expect(rows.map((row) => row[2])).toEqual(expect.arrayContaining(["error", "warning"]));
    expect(new Set(rows.map((row) => (row[1] as string).length)).size).toBe(1);
    expect(stylishRun.stdout).toMatch(/✖ \d+ problems \(\d+ errors, \d+ warnings?, \d+ info\)/);
    const clean = capture(["lint", "good.json"], true, files);
    expect(clean.code).toBe(EXIT.ok);
    expect(clean.stdout).toContain("no problems");
    const warningsOnly = { ...goodPlan(), call: { ...goodPlan().call, to: { ...goodPlan().call.to, role: "hr" } } };
    const warned = capture(["lint", "w.json"], false, { "w.json": JSON.stringify(warningsOnly) });
    expect(warned.code).toBe(EXIT.ok);
    expect(warned.stdout).toMatch(/⚠ 1 problem \(0 errors, 1 warning, 0 info\)/);
    const json = capture(["lint", "bad.json", "--format", "json", "--now", "2026-11-20T00:00:00Z"], false, files);
    const parsed = JSON.parse(json.stdout) as { file: string; valid: boolean; diagnostics: { ruleId: string }[] }[];
    expect(parsed.map((report) => report.file)).toEqual(["bad.json[0]", "bad.json[1]"]);
    expect(parsed[0]?.diagnostics.map((d) => d.ruleId)).toContain("call-in-the-past");
  });

  it("writes scripts and the rules catalogue in process", () => {
    const flags = ["--candidate", "Dana Whitfield", "--job", "Analyst", "--company", "Acme", "--interviewer", "Priya Okafor", "--date", "2026-11-17", "--phone", "+1 212 555 0147"];
    expect(
      capture(
        ["script", "follow-up-email", ...flags, "--variant", "after-voicemail", "--topic", "routing", "--email", "d@example.com", "--greeting", "Ms Okafor", "--locale", "en-GB"],
        false,
      ).stdout,
    ).toMatch(/^Subject: .*\n\nDear Ms Okafor,/);
    expect(capture(["script", "call", "--data", "d.json"], false, { "d.json": "[1]" }).code).toBe(EXIT.badInput);
    expect(capture(["rules", "--json"], false).stdout).toContain('"caller-hours"');
    const plan = capture(
      [
        "plan",
        "--interview",
        "2026-11-10T14:00",
        "--zone",
        "America/New_York",
        "--hours",
        "08:00-16:00",
        "--days",
        "1,2,3,4",
        "--holidays",
        "2026-11-26",
        "--callback",
        "2026-11-19",
        "--thanked",
        "2026-11-10T18:00",
        "--country",
        "US",
        "--region",
        "NY",
      ],
      true,
    );
    expect(plan.code).toBe(EXIT.ok);
    expect(plan.stdout).toContain("2026-11-19");
  });
});

describe("runCli: what a user can act on", () => {
  it("keeps linting after a file it cannot use, and exits 2", () => {
    const result = capture(["lint", "broken.json", "empty.json"], false, { "broken.json": "{ nope", "empty.json": "{}" });
    expect(result.code).toBe(EXIT.badInput);
    expect(result.stderr).toContain("broken.json: not valid JSON");
    expect(result.stderr).toContain("empty.json: Invalid call plan");
    expect(result.stderr).toContain("  - candidate: is required");
    expect(result.stdout).toBe("");
  });

  it("names the flags to fix, not the library's fields", () => {
    expect(capture(["plan", "--interview", "2026-11-10T14:00", "--zone", "America/New_York", "--days", "1,2,9"], false).stderr).toContain("--days (2): must be from 0");
    expect(capture(["script", "voicemail", "--candidate", "Dana"], false).stderr).toContain("needs --interviewer, --job, --company, --date, --phone");
  });

  it("says so in the text output when the call is late", () => {
    const { stdout } = capture(["plan", "--interview", "2026-11-10T14:00", "--zone", "America/New_York", "--now", "2026-11-26T12:00"], false);
    expect(stdout).toContain("late: The usual window closed on Tuesday 2026-11-24");
  });
});
