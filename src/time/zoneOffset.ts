import { getTimezoneOffset } from "date-fns-tz/getTimezoneOffset";
import { BoundedCache } from "../internal/boundedCache";
import { MS_PER_DAY } from "./civil";

/**
 * UTC offsets of IANA zones: the one place the library reads zone data.
 *
 * Zone validity and the offsets of ordinary days come from date-fns-tz's `getTimezoneOffset`,
 * under bounded caches (one offset per zone and local date). date-fns-tz reads the date it is
 * given as a wall-clock time, which has one answer on every day without a transition. Near a
 * transition it has two or none, and date-fns-tz then answers by the process's own zone (and
 * wrongly in the repeated hour: test/time/dateFnsTz.test.ts). So on the few days near a
 * transition, the offset of each instant is read from Intl directly (`exactOffset`), and the
 * library's own policy places wall-clock times (see `fromLocal`).
 *
 * date-fns-tz keeps a formatter per zone name for ever. It is only ever handed the engine's
 * canonical names ("america/new_york" → "America/New_York"), so its caches stay as small as the
 * list of zones however many spellings callers send.
 */

// Offsets written as zones ("+05:00", "-05", "Z"): date-fns-tz and newer engines accept them,
// but they carry no daylight-saving rules, so they are not zones here.
const OFFSET_AS_ZONE = /^(?:[zZ]|[+-]\d{2}(?::?\d{2})?)$/;

/** Whether a zone name is an offset written as a zone (`+05:00`, `-0500`, `Z`), which no zone here is. */
export function isOffsetWrittenAsZone(name: string): boolean {
  return OFFSET_AS_ZONE.test(name.trim());
}

// A date whose wall-clock reading exists once in every zone: the zone check's probe.
const PROBE_WALL_TIME = /* @__PURE__ */ Date.UTC(2001, 0, 1, 12);

// canonical zone name -> the formatter that reads an instant's wall clock there (exactOffset)
const formatters = /* @__PURE__ */ new BoundedCache<string, Intl.DateTimeFormat>(512);

function buildFormatter(timeZone: string): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat("en-US", {
    timeZone,
    // h23, not hour12:false: some engines print midnight as "24" with hour12:false.
    hourCycle: "h23",
    era: "short",
    year: "numeric",
    month: "numeric",
    day: "numeric",
    hour: "numeric",
    minute: "numeric",
    second: "numeric",
  });
}

// zone as given -> the engine's canonical name, or null for a zone date-fns-tz does not know
const canonicalNames = /* @__PURE__ */ new BoundedCache<string, string | null>(512);

function readCanonicalName(timeZone: string): string | null {
  if (timeZone.length === 0 || isOffsetWrittenAsZone(timeZone)) return null;
  let formatter: Intl.DateTimeFormat;
  try {
    formatter = buildFormatter(timeZone);
  } catch {
    return null;
  }
  const canonical = formatter.resolvedOptions().timeZone;
  if (Number.isNaN(getTimezoneOffset(canonical, new Date(PROBE_WALL_TIME)))) return null;
  // The formatter asked for the name is the one exactOffset needs: keep it under that name.
  if (formatters.get(canonical) === undefined) formatters.set(canonical, formatter);
  return canonical;
}

function canonicalName(timeZone: string): string | null {
  const cached = canonicalNames.get(timeZone);
  return cached !== undefined ? cached : canonicalNames.set(timeZone, readCanonicalName(timeZone));
}

/**
 * Whether date-fns-tz (and so Intl) knows the zone. Offsets written as zones ("+05:00") are
 * not zones. Not checked against `Intl.supportedValuesOf`, which omits `UTC` and many aliases.
 */
export function isValidTimeZone(timeZone: string): boolean {
  return canonicalName(timeZone) !== null;
}

/** The engine's own name for a zone ("US/Eastern" → "America/New_York"); undefined for an unknown zone. */
export function resolvedTimeZone(timeZone: string): string | undefined {
  return canonicalName(timeZone) ?? undefined;
}

function knownZone(timeZone: string): string {
  const canonical = canonicalName(timeZone);
  if (canonical === null) throw new RangeError(`Unknown time zone: ${timeZone}`);
  return canonical;
}

function formatterFor(canonical: string): Intl.DateTimeFormat {
  return formatters.get(canonical) ?? formatters.set(canonical, buildFormatter(canonical));
}

/**
 * Offset in milliseconds (local minus UTC) at an instant, read from Intl. Used where
 * date-fns-tz has no exact answer: the instants of days near a transition.
 */
export function exactOffset(instantMs: number, timeZone: string): number {
  const formatter = formatterFor(knownZone(timeZone));
  let year = 0;
  let month = 0;
  let day = 0;
  let hour = 0;
  let minute = 0;
  let second = 0;
  let beforeCommonEra = false;
  for (const part of formatter.formatToParts(instantMs)) {
    switch (part.type) {
      case "year":
        year = Number(part.value);
        break;
      case "month":
        month = Number(part.value);
        break;
      case "day":
        day = Number(part.value);
        break;
      case "hour":
        hour = Number(part.value);
        break;
      case "minute":
        minute = Number(part.value);
        break;
      case "second":
        second = Number(part.value);
        break;
      case "era":
        beforeCommonEra = part.value.startsWith("B");
        break;
      default:
        break;
    }
  }
  const asUtc = new Date(0);
  asUtc.setUTCFullYear(beforeCommonEra ? 1 - year : year, month - 1, day);
  asUtc.setUTCHours(hour, minute, second, 0);
  const wholeSecond = Math.floor(instantMs / 1000) * 1000;
  return asUtc.getTime() - wholeSecond;
}

// zone -> local date (day number) -> date-fns-tz's offset at 00:00 on that date
const midnightOffsets = /* @__PURE__ */ new BoundedCache<string, BoundedCache<number, number>>(256);

/**
 * date-fns-tz's offset for 00:00 on local date `day`. date-fns-tz guesses a first offset from
 * the Date's fields in the process's zone, then settles on an offset of the instant 00:00 minus
 * that offset (it works from `getTime()`), so the answer is a true offset of an instant between
 * 14 h before and 12 h after 00:00 UTC of that date, whatever the process's zone. On a date
 * with no transition near it, this is the offset of every instant around; near one it may be
 * either side's (and may differ by process zone), and the callers below then do not use it.
 */
function offsetAtLocalMidnight(day: number, timeZone: string): number {
  let days = midnightOffsets.get(timeZone);
  if (days === undefined) days = midnightOffsets.set(timeZone, new BoundedCache(8_192));
  const cached = days.get(day);
  return cached !== undefined ? cached : days.set(day, getTimezoneOffset(knownZone(timeZone), new Date(day * MS_PER_DAY)));
}

/**
 * The offset the midnight readings of dates `day - before` to `day + after` agree on, or NaN
 * when they differ. Each reading is a true offset of some instant within 14 h of its date's
 * 00:00 UTC, and zones change offset at most once between two readings (the closest pair of
 * transitions in the zone data from 1973 to 2199 is a week apart), so agreement means no
 * transition between the first reading's instant and the last's. Cached per zone, kind of
 * question and day.
 */
function agreedOffset(cache: BoundedCache<string, BoundedCache<number, number>>, day: number, before: number, after: number, timeZone: string): number {
  let days = cache.get(timeZone);
  if (days === undefined) days = cache.set(timeZone, new BoundedCache(8_192));
  const cached = days.get(day);
  if (cached !== undefined) return cached;
  const offset = offsetAtLocalMidnight(day - before, timeZone);
  for (let reading = day - before + 1; reading <= day + after; reading++) {
    if (offsetAtLocalMidnight(reading, timeZone) !== offset) return days.set(day, Number.NaN);
  }
  return days.set(day, offset);
}

// zone -> UTC day number -> the offset of every instant of that day, or NaN near a transition.
// The readings of the dates one before and two after a UTC date fall before and after all of
// its instants.
const utcDayOffsets = /* @__PURE__ */ new BoundedCache<string, BoundedCache<number, number>>(256);

/**
 * Offset in milliseconds at an instant: the cached offset of its UTC day, or, on a day near a
 * transition, Intl's answer for this very instant.
 */
export function offsetAt(instantMs: number, timeZone: string): number {
  const offset = agreedOffset(utcDayOffsets, Math.floor(instantMs / MS_PER_DAY), 1, 2, timeZone);
  return Number.isNaN(offset) ? offsetOnTransitionDay(instantMs, timeZone) : offset;
}

// Offsets of single instants on the few days a transition happens, cached to the second.
const transitionDayOffsets = /* @__PURE__ */ new BoundedCache<string, BoundedCache<number, number>>(256);

function offsetOnTransitionDay(instantMs: number, timeZone: string): number {
  let instants = transitionDayOffsets.get(timeZone);
  if (instants === undefined) instants = transitionDayOffsets.set(timeZone, new BoundedCache(4_096));
  const second = Math.floor(instantMs / 1000);
  const cached = instants.get(second);
  return cached !== undefined ? cached : instants.set(second, exactOffset(instantMs, timeZone));
}

// zone -> local date -> the offset of every instant of that date, or NaN near a transition.
// The instants of local date L lie between 14 h before L's 00:00 UTC and 36 h after it; the
// readings of L-2 (at most 12 h after L-2's 00:00 UTC) and L+3 (at least 14 h before L+3's)
// fall outside that, so the six readings from L-2 to L+3 bracket the whole local date.
const localDayOffsets = /* @__PURE__ */ new BoundedCache<string, BoundedCache<number, number>>(256);

/**
 * The offset that holds for every instant whose local date is `localDay`, or `undefined`
 * when a transition happens near that day.
 */
export function steadyOffsetForLocalDay(localDay: number, timeZone: string): number | undefined {
  const offset = agreedOffset(localDayOffsets, localDay, 2, 3, timeZone);
  return Number.isNaN(offset) ? undefined : offset;
}

/** `steadyOffsetForLocalDay` for each local day from `fromDay` to `toDay`. */
export function steadyOffsetsForLocalDays(fromDay: number, toDay: number, timeZone: string): (number | undefined)[] {
  const steady: (number | undefined)[] = [];
  for (let day = fromDay; day <= toDay; day++) steady.push(steadyOffsetForLocalDay(day, timeZone));
  return steady;
}
