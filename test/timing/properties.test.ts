import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { bestCallTime, scoreCallTime, type CallTimingInput } from "../../src/index";
import { wallClock } from "../fixtures/wallClock";

/** Every zone Intl lists, plus UTC, which the list omits. */
const ZONES = [...new Set([...Intl.supportedValuesOf("timeZone"), "UTC"])];
const FROM = Date.UTC(1990, 0, 1);
const TO = Date.UTC(2090, 11, 31);

const arbitraryInput = fc.record({
  zone: fc.constantFrom(...ZONES),
  interview: fc.integer({ min: FROM, max: TO }),
  nowDelta: fc.option(fc.integer({ min: -3, max: 40 * 24 }), { nil: undefined }),
  timeOfDay: fc.constantFrom("late-morning" as const, "day-edges" as const, "any" as const),
  sundayWeek: fc.boolean(),
  earlyHours: fc.boolean(),
  viaAgency: fc.boolean(),
});

function toInput(value: typeof arbitraryInput extends fc.Arbitrary<infer T> ? T : never): CallTimingInput {
  return {
    interviewedAt: new Date(value.interview),
    timeZone: value.zone,
    ...(value.nowDelta === undefined ? {} : { now: new Date(value.interview + value.nowDelta * 3_600_000) }),
    timeOfDay: value.timeOfDay,
    viaAgency: value.viaAgency,
    workingHours: {
      ...(value.sundayWeek ? { days: [0, 1, 2, 3, 4] } : {}),
      // Hours around local midnight and 02:00 put windows right on DST transitions.
      ...(value.earlyHours ? { start: "00:00", end: "04:00", lunch: null } : {}),
    },
  };
}

describe("bestCallTime invariants, over every zone and 1990–2090", () => {
  it("starts at a real local time, with the real offset, never before now", () => {
    fc.assert(
      fc.property(arbitraryInput, (value) => {
        const input = toInput(value);
        const best = bestCallTime(input);
        const seen = wallClock(best.at, value.zone);
        // atLocal is the wall clock Intl shows at that instant, with the offset Intl gives
        expect(best.atLocal).toBe(`${seen.local}${seen.offset}`);
        expect(new Date(best.atLocal).getTime()).toBe(best.at.getTime());
        expect(best.window.end.getTime()).toBeGreaterThan(best.window.start.getTime());
        if (input.now !== undefined) expect(best.at.getTime()).toBeGreaterThanOrEqual((input.now as Date).getTime());
        // a working day, inside working hours
        const days = value.sundayWeek ? [0, 1, 2, 3, 4] : [1, 2, 3, 4, 5];
        expect(days).toContain(seen.weekday);
        const [start, end] = value.earlyHours ? [0, 240] : [540, 1020];
        expect(seen.minute).toBeGreaterThanOrEqual(start);
        expect(seen.minute).toBeLessThan(end);
        if (!value.earlyHours) expect(seen.minute < 720 || seen.minute >= 810).toBe(true);
      }),
      { numRuns: 1000 },
    );
  }, 60_000);

  it("stays within the allowed dates unless late, and its score is what scoreCallTime gives", () => {
    fc.assert(
      fc.property(arbitraryInput, (value) => {
        const input = toInput(value);
        const best = bestCallTime(input);
        const date = wallClock(best.at, value.zone).local.slice(0, 10);
        // late exactly when the chosen day is past the allowed dates
        expect(best.late).toBe(date > best.latest);
        if (!best.late) expect(date >= best.earliest).toBe(true);
        expect(best.at.getTime()).toBeGreaterThanOrEqual(input.interviewedAt instanceof Date ? input.interviewedAt.getTime() : 0);
        const graded = scoreCallTime(input, best.at);
        expect(graded.score).toBeCloseTo(best.score, 12);
        if (!best.late && date <= best.latest) expect(graded.ok).toBe(true);
        for (const alternative of best.alternatives) {
          expect(scoreCallTime(input, alternative.start).score).toBeLessThanOrEqual(best.score + 1e-12);
          expect(alternative.startLocal).toBe(`${wallClock(alternative.start, value.zone).local}${wallClock(alternative.start, value.zone).offset}`);
        }
      }),
      { numRuns: 1000 },
    );
  }, 60_000);

  it("gives the same answer whatever the order of calls (caches are invisible)", () => {
    fc.assert(
      fc.property(arbitraryInput, arbitraryInput, (first, second) => {
        const before = bestCallTime(toInput(first));
        bestCallTime(toInput(second));
        expect(bestCallTime(toInput(first))).toEqual(before);
      }),
      { numRuns: 100 },
    );
  }, 60_000);
});
