import { writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { bestCallTime, scoreCallTime } from "../../src/index";

/**
 * Results for a fixed set of inputs. `.ci/tz-matrix.mjs` runs the whole suite under several
 * process time zones and compares the fingerprints this test writes: they must be identical.
 */
const ZONES = ["America/New_York", "Asia/Tokyo", "Australia/Lord_Howe", "America/Santiago", "Asia/Kathmandu", "Pacific/Chatham", "Europe/London", "UTC"];
const INSTANTS = ["2026-03-03T15:00:00Z", "2026-09-01T03:30:00Z", "2026-10-27T23:59:00Z", "2027-03-30T12:00:00Z"];

function fingerprint(): string[] {
  const lines: string[] = [];
  for (const timeZone of ZONES) {
    for (const interviewedAt of INSTANTS) {
      const best = bestCallTime({ interviewedAt, timeZone, callerTimeZone: "Asia/Tokyo" });
      lines.push(`${timeZone} ${interviewedAt} ${best.atLocal} ${best.window.endLocal} ${best.caller?.startLocal} ${best.alternatives.map((a) => a.startLocal).join(",")}`);
      const early = bestCallTime({ interviewedAt, timeZone, workingHours: { days: [0, 1, 2, 3, 4, 5, 6], start: "00:00", end: "03:00", lunch: null } });
      lines.push(`${timeZone} early ${early.atLocal}`);
      const graded = scoreCallTime({ interviewedAt, timeZone }, "2026-11-18T10:00:00Z");
      lines.push(`${timeZone} score ${graded.score} ${graded.diagnostics.map((d) => d.ruleId).join(",")}`);
    }
  }
  return lines;
}

describe("results do not depend on the process time zone", () => {
  it("computes the same fingerprint twice, and writes it for the TZ matrix", () => {
    const first = fingerprint();
    expect(fingerprint()).toEqual(first);
    expect(first.length).toBe(ZONES.length * INSTANTS.length * 3);
    const target = process.env.FOLLOWUP_FINGERPRINT_FILE;
    if (target) writeFileSync(target, `${first.join("\n")}\n`);
  });
});
