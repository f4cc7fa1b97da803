import { BoundedCache } from "../internal/boundedCache";
import { isoDateFromDay, MS_PER_DAY, MS_PER_MINUTE, pad2 } from "./civil";
import { offsetAt, steadyOffsetForLocalDay } from "./zoneOffset";

/** An instant seen on the wall clock of a zone. */
export interface LocalMoment {
  /** Local calendar date as a day number. */
  readonly day: number;
  /** Whole minutes after local midnight. */
  readonly minute: number;
  /** Offset in milliseconds (local minus UTC) at that instant. */
  readonly offsetMs: number;
}

/** Where an instant falls on the zone's wall clock. */
export function toLocal(instantMs: number, timeZone: string): LocalMoment {
  const offsetMs = offsetAt(instantMs, timeZone);
  const localMs = instantMs + offsetMs;
  const day = Math.floor(localMs / MS_PER_DAY);
  return { day, minute: Math.floor((localMs - day * MS_PER_DAY) / MS_PER_MINUTE), offsetMs };
}

/** The instant for a wall-clock time, and whether the wall-clock time had to move. */
export interface ResolvedLocalTime {
  readonly instantMs: number;
  /** True when the time fell in a gap (spring forward) and moved to the end of the gap. */
  readonly shifted: boolean;
}

const HOURS_15 = 15 * 60 * MS_PER_MINUTE;

function firstInstantWithNewOffset(fromMs: number, toMs: number, timeZone: string): number {
  // Binary search to the second: the transition lies between two instants with different offsets.
  const before = offsetAt(fromMs, timeZone);
  let low = fromMs;
  let high = toMs;
  while (high - low > 1000) {
    const middle = low + Math.max(1000, Math.floor((high - low) / 2000) * 1000);
    if (offsetAt(middle, timeZone) === before) low = middle;
    else high = middle;
  }
  return high;
}

/**
 * The instant at which a zone's wall clock shows `minute` on local `day`.
 *
 * Zone offsets lie between -12 h and +14 h, so the answer is within 15 h of the same
 * wall-clock reading in UTC; the offsets 15 h either side are the only two candidates.
 * A repeated time (fall back) resolves to its first occurrence; a time that does not exist
 * (spring forward, or a skipped midnight) moves forward to the first instant after the gap.
 * Nothing here depends on the process time zone.
 */
export function fromLocal(day: number, minute: number, timeZone: string): ResolvedLocalTime {
  const wallMs = day * MS_PER_DAY + minute * MS_PER_MINUTE;
  const steady = steadyOffsetForLocalDay(day, timeZone);
  if (steady !== undefined) return { instantMs: wallMs - steady, shifted: false };

  const offsetBefore = offsetAt(wallMs - HOURS_15, timeZone);
  const offsetAfter = offsetAt(wallMs + HOURS_15, timeZone);
  const withBefore = wallMs - offsetBefore;
  const withAfter = wallMs - offsetAfter;
  const beforeFits = offsetAt(withBefore, timeZone) === offsetBefore;
  const afterFits = offsetAt(withAfter, timeZone) === offsetAfter;
  if (beforeFits && afterFits) return { instantMs: Math.min(withBefore, withAfter), shifted: false };
  if (beforeFits) return { instantMs: withBefore, shifted: false };
  if (afterFits) return { instantMs: withAfter, shifted: false };
  const low = Math.min(withBefore, withAfter);
  const high = Math.max(withBefore, withAfter);
  return { instantMs: firstInstantWithNewOffset(low, high, timeZone), shifted: true };
}

const TWO_DIGITS = Array.from({ length: 60 }, (_, value) => pad2(value));
// Formatted pieces repeat across calls (the same dates, the same offsets): keep them.
const dateTexts = /* @__PURE__ */ new BoundedCache<number, string>(4_096);
const offsetTexts = /* @__PURE__ */ new BoundedCache<number, string>(512);

/**
 * The instants of a local span [startMinute, endMinute) on `day`. `steadyOffset`, when the day
 * has no transition near it (see `steadyOffsetsForLocalDays`), makes it plain arithmetic;
 * otherwise each edge is resolved with `fromLocal`. Undefined when the start was pushed out
 * of a gap onto another day (a day that does not exist, like Samoa's 2011-12-30).
 */
export function localSpanInstants(
  day: number,
  startMinute: number,
  endMinute: number,
  timeZone: string,
  steadyOffset: number | undefined,
): { startMs: number; endMs: number } | undefined {
  const wallMidnight = day * MS_PER_DAY;
  if (steadyOffset !== undefined) {
    return { startMs: wallMidnight + startMinute * MS_PER_MINUTE - steadyOffset, endMs: wallMidnight + endMinute * MS_PER_MINUTE - steadyOffset };
  }
  const start = fromLocal(day, startMinute, timeZone);
  if (start.shifted && toLocal(start.instantMs, timeZone).day !== day) return undefined;
  return { startMs: start.instantMs, endMs: fromLocal(day, endMinute, timeZone).instantMs };
}

function formatOffset(offsetMs: number): string {
  const cached = offsetTexts.get(offsetMs);
  if (cached !== undefined) return cached;
  const sign = offsetMs < 0 ? "-" : "+";
  const totalSeconds = Math.abs(Math.round(offsetMs / 1000));
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = totalSeconds % 60;
  // Offsets with seconds only exist before 1973 (local mean time); ISO 8601 allows ±hh:mm:ss.
  return offsetTexts.set(offsetMs, `${sign}${pad2(hours)}:${pad2(minutes)}${seconds ? `:${pad2(seconds)}` : ""}`);
}

function formatDate(day: number): string {
  const cached = dateTexts.get(day);
  return cached ?? dateTexts.set(day, isoDateFromDay(day));
}

/** ISO-8601 local time with the zone's real offset at that instant: `2026-11-24T10:00:00-05:00`. */
export function formatLocalIso(instantMs: number, timeZone: string): string {
  const offsetMs = offsetAt(instantMs, timeZone);
  const localSeconds = Math.floor((instantMs + offsetMs) / 1000);
  const day = Math.floor(localSeconds / 86_400);
  const secondOfDay = localSeconds - day * 86_400;
  const hour = Math.floor(secondOfDay / 3600);
  const minute = Math.floor((secondOfDay % 3600) / 60);
  return `${formatDate(day)}T${TWO_DIGITS[hour]}:${TWO_DIGITS[minute]}:${TWO_DIGITS[secondOfDay % 60]}${formatOffset(offsetMs)}`;
}

/** Rounds an instant up to the next whole minute (unchanged when already whole). */
export function ceilToMinute(instantMs: number): number {
  return Math.ceil(instantMs / MS_PER_MINUTE) * MS_PER_MINUTE;
}
