import { MINUTES_PER_DAY, MS_PER_MINUTE } from "./civil";
import { fromLocal, toLocal } from "./zonedTime";

/** A daily range on a zone's clock, in minutes after midnight; `start > end` crosses midnight. */
export interface DailyHours {
  readonly timeZone: string;
  readonly start: number;
  readonly end: number;
}

/** Whether a minute of the day lies inside the daily range. */
export function isWithinDailyHours(hours: DailyHours, minute: number): boolean {
  return hours.start < hours.end ? minute >= hours.start && minute < hours.end : minute >= hours.start || minute < hours.end;
}

/**
 * How many minutes a clock reading lies outside the daily hours, to the nearer edge, on a
 * 24-hour clock (0 inside): 06:30 is 90 minutes from a day that starts at 08:00, 00:00 is 180
 * from one that ends at 21:00.
 *
 * @example minutesOutsideDailyHours({ timeZone: "Asia/Tokyo", start: 480, end: 1260 }, 390) // 90
 */
export function minutesOutsideDailyHours(hours: DailyHours, minute: number): number {
  if (isWithinDailyHours(hours, minute)) return 0;
  const toStart = (hours.start - minute + MINUTES_PER_DAY) % MINUTES_PER_DAY;
  const sinceEnd = (minute - hours.end + MINUTES_PER_DAY) % MINUTES_PER_DAY;
  // The end is exclusive: its own minute is already a minute outside.
  return Math.max(1, Math.min(toStart, sinceEnd));
}

/** The instant at which the zone's clock next shows `minute`, at or after `fromMs`. */
function nextClockReading(fromMs: number, minute: number, timeZone: string): number {
  const local = toLocal(fromMs, timeZone);
  const sameDay = fromLocal(local.day, minute, timeZone).instantMs;
  return sameDay >= fromMs ? sameDay : fromLocal(local.day + 1, minute, timeZone).instantMs;
}

/**
 * The first stretch of `[startMs, endMs)` that lies inside the daily hours on their zone's clock,
 * or `undefined` when none of it does. Spans here are a working window (at most a day), so one
 * stretch is all a caller needs.
 */
export function firstStretchWithin(hours: DailyHours, startMs: number, endMs: number): { startMs: number; endMs: number } | undefined {
  const startMinute = toLocal(startMs, hours.timeZone).minute;
  const from = isWithinDailyHours(hours, startMinute) ? startMs : nextClockReading(startMs, hours.start, hours.timeZone);
  if (from >= endMs) return undefined;
  // Leave a minute's margin so a range ending at "21:00" closes the stretch at 21:00 exactly.
  const until = Math.min(endMs, nextClockReading(from + MS_PER_MINUTE, hours.end, hours.timeZone));
  return until > from ? { startMs: from, endMs: until } : undefined;
}
