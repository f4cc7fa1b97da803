import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dayFromIsoDate, isCalendarWeeksBefore, isoDateFromDay, monthAndDayOfDay } from "../../src/time/civil";

describe("monthAndDayOfDay", () => {
  it.each([
    ["1970-01-01", 1, 1],
    ["2026-02-28", 2, 28],
    ["2028-02-29", 2, 29],
    ["2026-12-31", 12, 31],
    ["1969-12-31", 12, 31],
  ])("%s is month %i, day %i", (iso, month, dayOfMonth) => {
    expect(monthAndDayOfDay(dayFromIsoDate(iso))).toEqual({ month, dayOfMonth });
  });

  it("agrees with the ISO date of every day from 1900 to 2100", () => {
    fc.assert(
      fc.property(fc.integer({ min: -25_567, max: 47_482 }), (day) => {
        const [, month, dayOfMonth] = isoDateFromDay(day).split("-").map(Number);
        expect(monthAndDayOfDay(day)).toEqual({ month, dayOfMonth });
      }),
    );
  });
});

describe("isCalendarWeeksBefore", () => {
  // 2026-11-17 is a Tuesday; weeks start on Sunday or on Monday, as the speaker's do.
  it.each([
    ["2026-11-17", "2026-11-27", 1, true], // Friday of the next week
    ["2026-11-17", "2026-11-22", 1, true], // Sunday: next week when weeks start on Sunday
    ["2026-11-17", "2026-11-20", 1, false], // the same week
    ["2026-11-17", "2026-12-04", 2, true],
    ["2026-11-17", "2026-12-04", 1, false],
    ["2026-11-22", "2026-11-23", 1, true], // Sunday, then Monday: a new week when weeks start on Monday
  ])("%s, then %s, %i calendar week(s) apart: %s", (earlier, later, weeks, expected) => {
    expect(isCalendarWeeksBefore(dayFromIsoDate(earlier), dayFromIsoDate(later), weeks as number)).toBe(expected);
  });
});
