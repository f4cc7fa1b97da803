import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isWithinDailyHours, minutesOutsideDailyHours } from "../../src/time/dailyHours";

const awake = { timeZone: "Asia/Tokyo", start: 8 * 60, end: 21 * 60 };
// Hours that cross midnight, for someone who works nights.
const nights = { timeZone: "Asia/Tokyo", start: 22 * 60, end: 4 * 60 };

describe("minutesOutsideDailyHours", () => {
  it.each<[string, typeof awake, number, number]>([
    ["inside", awake, 10 * 60, 0],
    ["the first minute", awake, 8 * 60, 0],
    ["the end, which is exclusive", awake, 21 * 60, 1],
    ["ninety minutes early", awake, 6 * 60 + 30, 90],
    ["three hours late", awake, 0, 180],
    ["nearer the next morning than the last evening", awake, 5 * 60, 180],
    ["inside hours that cross midnight", nights, 1 * 60, 0],
    ["an hour after hours that cross midnight", nights, 5 * 60, 60],
    ["an hour before them", nights, 21 * 60, 60],
  ])("%s", (_name, hours, minute, expected) => {
    expect(minutesOutsideDailyHours(hours, minute)).toBe(expected);
  });

  it("is zero exactly inside, and never more than half a day", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1439 }), fc.integer({ min: 0, max: 1439 }), fc.integer({ min: 0, max: 1439 }), (start, end, minute) => {
        fc.pre(start !== end);
        const hours = { timeZone: "UTC", start, end };
        const outside = minutesOutsideDailyHours(hours, minute);
        expect(outside === 0).toBe(isWithinDailyHours(hours, minute));
        expect(outside).toBeLessThanOrEqual(720);
      }),
    );
  });
});
