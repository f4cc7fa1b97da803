import { describe, expect, it } from "vitest";
import { fromLocal } from "../../src/time/zonedTime";
import { isValidTimeZone, offsetAt, resolvedTimeZone, steadyOffsetsForLocalDays } from "../../src/time/zoneOffset";
import { wallClock } from "../fixtures/wallClock";

/**
 * Differential test of the zone offsets (date-fns-tz on ordinary days, Intl near transitions)
 * against a fresh Intl formatter, for every zone the engine lists.
 */
const ZONES = [...new Set([...Intl.supportedValuesOf("timeZone"), "UTC"])];
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const WEEK = 7 * DAY;
// A year of the oil crisis's many changes, Samoa's skipped day, this year, and far ahead.
const YEARS = [1975, 2011, 2026, 2150];

/** The oracle's offset in milliseconds, from its "+05:45"-style text. */
function intlOffset(instant: number, zone: string): number {
  const text = wallClock(instant, zone).offset;
  const sign = text.startsWith("-") ? -1 : 1;
  const [hours, minutes, seconds] = text.slice(1).split(":").map(Number) as [number, number, number | undefined];
  return sign * ((hours * 60 + minutes) * 60 + (seconds ?? 0)) * 1000;
}

/** Instants where the oracle's offset changes during a year, found week by week then to the second. */
function transitions(zone: string, year: number): number[] {
  const found: number[] = [];
  let previous = Date.UTC(year, 0, 1);
  for (let next = previous + WEEK; next <= Date.UTC(year + 1, 0, 1); next += WEEK) {
    if (intlOffset(previous, zone) !== intlOffset(next, zone)) {
      let low = previous;
      let high = next;
      while (high - low > 1000) {
        const middle = low + Math.floor((high - low) / 2000) * 1000;
        if (intlOffset(middle, zone) === intlOffset(low, zone)) low = middle;
        else high = middle;
      }
      found.push(high);
    }
    previous = next;
  }
  return found;
}

const AROUND = [-25 * HOUR, -13 * HOUR, -90 * 60_000, -1000, 0, 1000, 30 * 60_000, 13 * HOUR, 25 * HOUR];

describe("zone offsets against Intl, every zone", () => {
  it("agree at and around every transition in 1975, 2011, 2026 and 2150, and on steady days", () => {
    let checkedTransitions = 0;
    for (const zone of ZONES) {
      for (const year of YEARS) {
        for (const transition of transitions(zone, year)) {
          checkedTransitions++;
          for (const shift of AROUND) {
            const instant = transition + shift;
            expect([zone, instant, offsetAt(instant, zone)]).toEqual([zone, instant, intlOffset(instant, zone)]);
          }
          // A day said to be steady has that offset at every hour of its local date.
          const localDay = Math.floor((transition + intlOffset(transition, zone)) / DAY);
          const steady = steadyOffsetsForLocalDays(localDay - 3, localDay + 3, zone);
          steady.forEach((offset, index) => {
            if (offset === undefined) return;
            const midnight = (localDay - 3 + index) * DAY - offset;
            for (let hour = 0; hour <= 24; hour++)
              expect([zone, midnight, hour, intlOffset(midnight + hour * HOUR - (hour === 24 ? 1 : 0), zone)]).toEqual([zone, midnight, hour, offset]);
          });
        }
        // Ordinary days: the first of each month at 12:00 UTC.
        for (let month = 0; month < 12; month++) {
          const instant = Date.UTC(year, month, 1, 12);
          expect([zone, instant, offsetAt(instant, zone)]).toEqual([zone, instant, intlOffset(instant, zone)]);
        }
      }
    }
    // The scan found the zones' real transitions (hundreds of zones keep daylight saving).
    expect(checkedTransitions).toBeGreaterThan(300);
  });

  it("place wall-clock times around every 2026 transition where Intl shows them, or after the gap", () => {
    for (const zone of ZONES) {
      for (const transition of transitions(zone, 2026)) {
        const before = intlOffset(transition - 1000, zone);
        const after = intlOffset(transition, zone);
        const firstMinute = Math.floor((transition + Math.min(before, after)) / 60_000) - 90;
        for (let minute = firstMinute; minute <= firstMinute + 180 + Math.abs(after - before) / 60_000; minute += 15) {
          const day = Math.floor(minute / 1440);
          const resolved = fromLocal(day, minute - day * 1440, zone);
          const shown = resolved.instantMs + intlOffset(resolved.instantMs, zone);
          if (resolved.shifted) {
            // Moved out of a gap: to the transition itself, which shows a later wall time.
            expect([zone, minute, resolved.instantMs]).toEqual([zone, minute, transition]);
            expect(shown).toBeGreaterThan(minute * 60_000);
          } else {
            expect([zone, minute, shown]).toEqual([zone, minute, minute * 60_000]);
            // A repeated time is its first occurrence: an hour earlier does not show it too.
            const earlier = resolved.instantMs - Math.abs(after - before);
            if (before > after) expect(earlier + intlOffset(earlier, zone)).not.toBe(minute * 60_000);
          }
        }
      }
    }
  });
});

describe("zone names", () => {
  it.each([
    ["America/New_York", "America/New_York"],
    ["america/new_york", "America/New_York"],
    ["US/Eastern", "America/New_York"],
    ["UTC", "UTC"],
    ["Etc/GMT+5", "Etc/GMT+5"],
  ])("%s is known as %s", (zone, canonical) => {
    expect(isValidTimeZone(zone)).toBe(true);
    expect(resolvedTimeZone(zone)).toBe(canonical);
  });

  it.each(["", "+05:00", "-0500", "-05", "Z", "Mars/Olympus_Mons", "America/New York", "__proto__", "constructor"])(
    "%j is not a zone (offsets written as zones included, though some engines accept them)",
    (zone) => {
      expect(isValidTimeZone(zone)).toBe(false);
      expect(resolvedTimeZone(zone)).toBeUndefined();
      expect(() => offsetAt(0, zone)).toThrow(RangeError);
    },
  );
});
