import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dayFromIsoDate, isoDateFromDay, monthAndDayOfDay } from "../../src/time/civil";

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
