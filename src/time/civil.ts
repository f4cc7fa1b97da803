/**
 * Calendar arithmetic on "day numbers": whole days since 1970-01-01, with no time zone.
 * A local date in any zone is a day number; weekdays and date strings come from it.
 */

export const MS_PER_MINUTE = 60_000;
export const MS_PER_DAY = 86_400_000;

// The years every input accepts. Before 1973 some zones still had offsets with seconds
// (Liberia's -00:44:30), which an ISO string with "±hh:mm" cannot carry; no follow-up call is
// planned that far back anyway.
export const YEAR_MIN = 1973;
export const YEAR_MAX = 2199;
export const MINUTES_PER_DAY = 1_440;

const WEEKDAY_NAMES = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"] as const;
const MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"] as const;

function pad2(value: number): string {
  return value < 10 ? `0${value}` : String(value);
}

/** Day number of a `YYYY-MM-DD` string that has already been validated. */
export function dayFromIsoDate(isoDate: string): number {
  const year = Number(isoDate.slice(0, 4));
  const month = Number(isoDate.slice(5, 7));
  const day = Number(isoDate.slice(8, 10));
  return Date.UTC(year, month - 1, day) / MS_PER_DAY;
}

/** `YYYY-MM-DD` of a day number. */
export function isoDateFromDay(day: number): string {
  const date = new Date(day * MS_PER_DAY);
  return `${date.getUTCFullYear()}-${pad2(date.getUTCMonth() + 1)}-${pad2(date.getUTCDate())}`;
}

/** Month (1–12) and day of the month (1–31) of a day number. */
export function monthAndDayOfDay(day: number): { month: number; dayOfMonth: number } {
  const date = new Date(day * MS_PER_DAY);
  return { month: date.getUTCMonth() + 1, dayOfMonth: date.getUTCDate() };
}

/** 0 = Sunday … 6 = Saturday. 1970-01-01 was a Thursday. */
export function weekdayOfDay(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

/** English weekday name, for messages. */
export function weekdayName(weekday: number): string {
  return WEEKDAY_NAMES[weekday] ?? "";
}

/** English month name (1 = January), for messages. */
export function monthName(month: number): string {
  return MONTH_NAMES[month - 1] ?? "";
}

/** The first day of the week holding `day`, for weeks that start on `weekStart` (0 = Sunday, 1 = Monday). */
function weekStartOf(day: number, weekStart: number): number {
  return day - ((weekdayOfDay(day) - weekStart + 7) % 7);
}

// Sunday (0) and Monday (1): where a week starts differs by country, and speakers follow their own.
const WEEK_STARTS = [0, 1] as const;

/** Whether `earlier` falls in the calendar week `weeks` before the one holding `later`, with weeks starting on Sunday or on Monday. */
export function isCalendarWeeksBefore(earlier: number, later: number, weeks: number): boolean {
  return WEEK_STARTS.some((weekStart) => weekStartOf(later, weekStart) - weekStartOf(earlier, weekStart) === weeks * 7);
}

/** "Tuesday 2026-11-24", for messages. */
export function describeDay(day: number): string {
  return `${weekdayName(weekdayOfDay(day))} ${isoDateFromDay(day)}`;
}

/** Minutes after midnight of an `HH:MM` string that has already been validated. */
export function minutesFromClock(clock: string): number {
  return Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3, 5));
}

/** `HH:MM` of minutes after midnight. */
export function clockFromMinutes(minutes: number): string {
  return `${pad2(Math.floor(minutes / 60))}:${pad2(minutes % 60)}`;
}

export { pad2 };
