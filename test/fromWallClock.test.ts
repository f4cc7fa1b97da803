import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { bestCallTime, FollowUpInputError, fromWallClock } from "../src/index";

/** The wall clock Intl shows for an instant in a zone, as YYYY-MM-DDTHH:MM:SS. */
function intlWallClock(iso: string, timeZone: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-US", { timeZone, hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit" })
      .formatToParts(new Date(iso))
      .map((part) => [part.type, part.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}:${parts.second}`;
}

describe("fromWallClock", () => {
  it.each([
    ["2026-11-17T14:00", "America/New_York", "2026-11-17T14:00:00-05:00"],
    ["2026-07-17T14:00", "America/New_York", "2026-07-17T14:00:00-04:00"],
    ["2026-11-17T14:00:30", "Europe/London", "2026-11-17T14:00:30+00:00"],
    ["2026-11-17 09:15", "Asia/Kolkata", "2026-11-17T09:15:00+05:30"],
    ["2026-11-17T09:15", "Australia/Sydney", "2026-11-17T09:15:00+11:00"],
    // Clocks go forward at 02:00: 02:30 does not exist and moves to the end of the gap.
    ["2026-03-08T02:30", "America/New_York", "2026-03-08T03:00:00-04:00"],
    // Clocks go back at 02:00: 01:30 happens twice; the first is still on daylight time.
    ["2026-11-01T01:30", "America/New_York", "2026-11-01T01:30:00-04:00"],
    ["2026-10-04T02:15", "Australia/Sydney", "2026-10-04T03:00:00+11:00"],
  ])("reads %s in %s as %s", (local, timeZone, expected) => {
    expect(fromWallClock(local, timeZone)).toBe(expected);
  });

  it.each<[string, unknown, unknown, string, RegExp]>([
    ["a date without a time", "2026-11-17", "America/New_York", "local", /YYYY-MM-DDTHH:MM/],
    ["an impossible date", "2026-02-30T10:00", "America/New_York", "local", /real date/],
    ["a time with an offset", "2026-11-17T10:00-05:00", "America/New_York", "local", /no offset/],
    ["a 24:00 clock", "2026-11-17T24:00", "America/New_York", "local", /24-hour/],
    ["a number", 1_700_000_000_000, "America/New_York", "local", /YYYY-MM-DDTHH:MM/],
    ["an abbreviation for a zone", "2026-11-17T10:00", "EST", "timeZone", /America\/New_York/],
    ["an unknown zone", "2026-11-17T10:00", "Mars/Olympus_Mons", "timeZone", /IANA/],
    ["a missing zone", "2026-11-17T10:00", undefined, "timeZone", /IANA/],
    ["a year before 1973", "0050-01-01T10:00", "America/New_York", "local", /between the years 1973 and 2199/],
    ["a year after 2199", "9999-01-01T10:00", "America/New_York", "local", /between the years/],
  ])("refuses %s", (_name, local, timeZone, path, message) => {
    let caught: unknown;
    try {
      fromWallClock(local as string, timeZone as string);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(FollowUpInputError);
    const issue = (caught as FollowUpInputError).issues.find((candidate) => candidate.path.join(".") === path);
    expect(issue?.message).toMatch(message);
  });

  it("keeps the order of wall-clock times, seconds included, across a gap", () => {
    // Days when clocks go forward: New York at 02:00, Lord Howe by half an hour, Santiago at midnight.
    const gapDays: [string, string][] = [
      ["America/New_York", "2026-03-08"],
      ["Australia/Lord_Howe", "2026-10-04"],
      ["America/Santiago", "2026-09-06"],
      ["Pacific/Chatham", "2026-09-27"],
    ];
    const clock = (second: number) => [Math.floor(second / 3600), Math.floor(second / 60) % 60, second % 60].map((part) => String(part).padStart(2, "0")).join(":");
    fc.assert(
      fc.property(fc.constantFrom(...gapDays), fc.integer({ min: 0, max: 5 * 3600 - 1 }), fc.integer({ min: 0, max: 5 * 3600 - 1 }), ([timeZone, day], a, b) => {
        const [early, late] = a <= b ? [a, b] : [b, a];
        const earlyAt = Date.parse(fromWallClock(`${day}T${clock(early)}`, timeZone));
        const lateAt = Date.parse(fromWallClock(`${day}T${clock(late)}`, timeZone));
        expect(earlyAt, `${clock(early)} and ${clock(late)} in ${timeZone}`).toBeLessThanOrEqual(lateAt);
      }),
      { numRuns: 400 },
    );
  });

  it("gives an instant whose wall clock, read back by Intl, is the time asked for (outside gaps)", () => {
    const zones = ["America/New_York", "Europe/Berlin", "Asia/Kolkata", "Australia/Lord_Howe", "Pacific/Chatham", "America/St_Johns", "Asia/Tokyo", "Africa/Casablanca"];
    fc.assert(
      fc.property(
        fc.constantFrom(...zones),
        fc.date({ min: new Date("2000-01-01T00:00:00Z"), max: new Date("2040-12-31T00:00:00Z"), noInvalidDate: true }),
        fc.integer({ min: 0, max: 1439 }),
        (timeZone, date, minute) => {
          const local = `${date.toISOString().slice(0, 10)}T${String(Math.floor(minute / 60)).padStart(2, "0")}:${String(minute % 60).padStart(2, "0")}`;
          const iso = fromWallClock(local, timeZone);
          const shown = intlWallClock(iso, timeZone);
          if (shown === `${local}:00`) return;
          // Not shown as asked: the time fell in a gap, so it moved forward to the gap's end, within three hours.
          const moved = Date.parse(`${shown}Z`) - Date.parse(`${local}:00Z`);
          expect(moved, `${local} in ${timeZone} → ${iso}`).toBeGreaterThan(0);
          expect(moved).toBeLessThanOrEqual(3 * 3_600_000);
        },
      ),
      { numRuns: 500 },
    );
  });

  it("feeds the library: a datetime-local value and its zone plan a call", () => {
    const recommendation = bestCallTime({ interviewedAt: fromWallClock("2026-11-17T14:00", "America/Chicago"), timeZone: "America/Chicago" });
    expect(recommendation.atLocal).toBe("2026-11-24T10:00:00-06:00");
  });
});
