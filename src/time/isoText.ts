/**
 * Checks of ISO-8601 text that know the calendar: month lengths and leap years. They accept the
 * same strings as zod's ISO patterns (a test compares them), without pulling zod's whole table
 * of patterns into every bundle.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
// A date, "T", hours and minutes, optional seconds and fraction, then Z or an offset ±hh:mm.
const ISO_INSTANT = /^(\d{4}-\d{2}-\d{2})T(?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d+)?)?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;

/**
 * Whether a value is written `YYYY-MM-DD`, whether or not the date exists (see `isRealIsoDate`):
 * the one test of a date's shape, where a date-only string is told apart from an instant.
 *
 * @example
 * ```ts
 * isIsoDateShaped("2026-02-30"); // true (shaped like a date; not a real one)
 * isIsoDateShaped("2026-11-17T10:00:00Z"); // false
 * ```
 */
export function isIsoDateShaped(value: unknown): value is string {
  return typeof value === "string" && ISO_DATE.test(value);
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * Whether text is a real calendar date written `YYYY-MM-DD` ("2028-02-29" is, "2026-02-29" is not).
 *
 * @example
 * ```ts
 * isRealIsoDate("2026-11-17"); // true
 * isRealIsoDate("2026-02-30"); // false
 * ```
 */
export function isRealIsoDate(text: string): boolean {
  const match = ISO_DATE.exec(text);
  if (match === null) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1) return false;
  const length = month === 2 && isLeapYear(year) ? 29 : (DAYS_IN_MONTH[month - 1] as number);
  return day <= length;
}

/**
 * Whether text is an ISO-8601 instant written `YYYY-MM-DDTHH:MM[:SS[.fff]]` and then `Z` or
 * `±hh:mm`, on a real calendar date.
 *
 * @example
 * ```ts
 * isIsoInstant("2026-11-17T10:00:00-05:00"); // true
 * isIsoInstant("2026-11-17T10:00"); // false: no offset
 * ```
 */
export function isIsoInstant(text: string): boolean {
  const match = ISO_INSTANT.exec(text);
  return match !== null && isRealIsoDate(match[1] as string);
}
