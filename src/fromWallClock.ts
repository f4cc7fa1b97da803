import { parseWallClock } from "./schemas";
import { formatLocalIso } from "./time/zonedTime";

/**
 * Reads a wall-clock time in a named zone, as a form holds it (an HTML `datetime-local` value
 * such as `"2026-11-17T14:00"` and the zone chosen beside it), and returns the instant as an
 * ISO-8601 string with the zone's offset, ready for any input of this library.
 *
 * A time that does not exist on that day (the hour skipped when clocks go forward) moves
 * forward to the first time after the gap; a time that happens twice (clocks go back) is its
 * first occurrence. Seconds are kept to the second; fractions are dropped.
 *
 * @param local - `YYYY-MM-DDTHH:MM` or `YYYY-MM-DDTHH:MM:SS`, no offset.
 * @param timeZone - An IANA zone, like `"America/New_York"`.
 * @returns The instant, like `"2026-11-17T14:00:00-05:00"`.
 * @throws FollowUpInputError when the time is not a real wall-clock time or the zone is unknown.
 * @example
 * ```ts
 * fromWallClock("2026-11-17T14:00", "America/New_York"); // "2026-11-17T14:00:00-05:00"
 * fromWallClock("2026-03-08T02:30", "America/New_York"); // "2026-03-08T03:00:00-04:00" (clocks went forward)
 * bestCallTime({ interviewedAt: fromWallClock(form.when, form.zone), timeZone: form.zone });
 * ```
 * @category Timing
 */
export function fromWallClock(local: string, timeZone: string): string {
  return formatLocalIso(parseWallClock(local, timeZone), timeZone);
}
