import { MS_PER_MINUTE } from "./civil";
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
