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
    expect((JSON.parse(stdout) as { steps: { kind: string }[] }).steps.map((step) => step.kind)).toEqual(["thank-you-email", "voicemail", "written-follow-up", "stop"]);
  });

  it("reports a file that cannot be read as bad input", () => {
    const { code, stderr } = capture(["lint", "nowhere.json"], false);
    expect(code).toBe(EXIT.badInput);
    expect(stderr).toContain("nowhere.json: cannot be read");
  });
});
