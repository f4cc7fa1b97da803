import { dayFromIsoDate } from "./civil";
import { isRealIsoDate } from "./isoText";
import { fromLocal } from "./zonedTime";

// What an HTML `datetime-local` input gives: a date, "T" (or a space), hours and minutes, optional seconds.
const WALL_CLOCK = /^(\d{4}-\d{2}-\d{2})[Tt ]([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d)(?:\.\d+)?)?$/;

/** A wall-clock time read from text, not yet placed in any zone. */
export interface WallClockReading {
  readonly year: number;
  /** Day number of the date (see `civil.ts`). */
  readonly day: number;
  readonly minute: number;
  /** Whole seconds past the minute (fractions are dropped). */
  readonly second: number;
}

/**
 * Reads `YYYY-MM-DDTHH:MM` or `YYYY-MM-DDTHH:MM:SS` (no offset) on a real calendar date;
 * undefined for anything else.
 *
 * @example readWallClock("2026-11-17T14:00") // { year: 2026, day: 20774, minute: 840, second: 0 }
 */
export function readWallClock(local: string): WallClockReading | undefined {
  const match = WALL_CLOCK.exec(local.trim());
  if (match === null) return undefined;
  const [, date, hours, minutes, seconds] = match as unknown as [string, string, string, string, string | undefined];
  if (!isRealIsoDate(date)) return undefined;
  return { year: Number(date.slice(0, 4)), day: dayFromIsoDate(date), minute: Number(hours) * 60 + Number(minutes), second: Number(seconds ?? 0) };
}

/**
 * The instant a wall-clock reading names in a zone. A time in the hour skipped when clocks go
 * forward moves to the first instant after the gap (seconds and all: 02:30:45 becomes 03:00:00); a time that happens twice (clocks go back) is its first
 * occurrence: the same policy as every other local time in the library (see `fromLocal`).
 *
 * @example wallClockInstant(readWallClock("2026-03-08T02:30")!, "America/New_York") // 03:00 EDT, as epoch ms
 */
export function wallClockInstant(reading: WallClockReading, timeZone: string): number {
  const resolved = fromLocal(reading.day, reading.minute, timeZone);
  // In a gap every second of the skipped time moves to the same first instant after it: keeping
  // the seconds would put 02:59:59 after 03:00:01.
  return resolved.shifted ? resolved.instantMs : resolved.instantMs + reading.second * 1000;
}
