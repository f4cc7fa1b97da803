import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dayFromIsoDate, MS_PER_DAY, YEAR_MAX, YEAR_MIN } from "../../src/time/civil";
import { describeInterviewDay } from "../../src/time/describeInterviewDay";

const intl = new Intl.DateTimeFormat("en-US", { weekday: "long", month: "long", day: "numeric", timeZone: "UTC" });

describe("describeInterviewDay", () => {
  it.each([
    ["2026-11-17", "Tuesday, November 17"],
    ["2026-02-28", "Saturday, February 28"],
    ["2028-02-29", "Tuesday, February 29"],
    ["2027-01-01", "Friday, January 1"],
  ])("%s reads %s", (isoDate, expected) => {
    expect(describeInterviewDay(dayFromIsoDate(isoDate))).toBe(expected);
  });

  it("says what Intl's English formatting says, for every day the schemas accept", () => {
    const first = dayFromIsoDate(`${YEAR_MIN}-01-01`);
    const last = dayFromIsoDate(`${YEAR_MAX}-12-31`);
    fc.assert(
      fc.property(fc.integer({ min: first, max: last }), (day) => {
        expect(describeInterviewDay(day)).toBe(intl.format(new Date(day * MS_PER_DAY)));
      }),
      { numRuns: 2_000 },
    );
  });
});
