import { BoundedCache } from "../internal/boundedCache";
import { MS_PER_DAY } from "./civil";

/**
 * UTC offsets of IANA zones, read from Intl and cached.
 *
 * Intl is the only source of zone data in the library (no bundled tz database, no process
 * `TZ`). A formatter is built once per zone; offsets are cached per UTC day, because
 * `formatToParts` costs microseconds and a recommendation needs dozens of offsets.
 *
 * Not date-fns-tz: its `getTimezoneOffset(zone, date)` reads the date as a wall time and is
 * wrong in the repeated hour after clocks go back, and `toZonedTime` moves a time that falls in
 * the process zone's own spring-forward gap. test/time/dateFnsTz.test.ts shows both, and fails
 * the day date-fns-tz gets them right.
 */

const formatters = /* @__PURE__ */ new BoundedCache<string, Intl.DateTimeFormat | null>(512);

function buildFormatter(timeZone: string): Intl.DateTimeFormat | null {
  try {
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
  } catch {
    return null;
  }
}

function formatterFor(timeZone: string): Intl.DateTimeFormat | null {
  const cached = formatters.get(timeZone);
  return cached !== undefined ? cached : formatters.set(timeZone, buildFormatter(timeZone));
}

/**
 * Whether Intl knows the zone. Checked by building a formatter, not against
 * `Intl.supportedValuesOf`, which omits `UTC` and many aliases.
 */
export function isValidTimeZone(timeZone: string): boolean {
  return timeZone.length > 0 && formatterFor(timeZone) !== null;
}

/** The engine's own name for a zone ("US/Eastern" → "America/New_York"), from its cached formatter; undefined for an unknown zone. */
export function resolvedTimeZone(timeZone: string): string | undefined {
  return timeZone.length > 0 ? formatterFor(timeZone)?.resolvedOptions().timeZone : undefined;
}

/** Offset in milliseconds (local minus UTC) at an instant, straight from Intl. */
export function exactOffset(instantMs: number, timeZone: string): number {
  const formatter = formatterFor(timeZone);
  if (formatter === null) throw new RangeError(`Unknown time zone: ${timeZone}`);
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

// zone -> UTC day number -> offset at 00:00 UTC of that day
const dayStartOffsets = /* @__PURE__ */ new BoundedCache<string, BoundedCache<number, number>>(256);

function offsetAtUtcDayStart(utcDay: number, timeZone: string): number {
  let days = dayStartOffsets.get(timeZone);
  if (days === undefined) days = dayStartOffsets.set(timeZone, new BoundedCache(8_192));
  const cached = days.get(utcDay);
  return cached !== undefined ? cached : days.set(utcDay, exactOffset(utcDay * MS_PER_DAY, timeZone));
}

/**
 * Offset in milliseconds at an instant. When the offset is the same at the start of this UTC
 * day and the next, no transition happens in between (zones change offset at most once a
 * day), so the cached day value is exact; otherwise Intl is asked for this very instant.
 */
export function offsetAt(instantMs: number, timeZone: string): number {
  const utcDay = Math.floor(instantMs / MS_PER_DAY);
  const atStart = offsetAtUtcDayStart(utcDay, timeZone);
  return atStart === offsetAtUtcDayStart(utcDay + 1, timeZone) ? atStart : offsetOnTransitionDay(instantMs, timeZone);
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

/**
 * The offset that holds for every instant whose local date is `localDay`, or `undefined`
 * when a transition happens near that day. Local dates span at most from 14 h before to
 * 12 h after the UTC day, so the UTC days before and after are checked too.
 */
export function steadyOffsetForLocalDay(localDay: number, timeZone: string): number | undefined {
  const offset = offsetAtUtcDayStart(localDay - 1, timeZone);
  for (let utcDay = localDay; utcDay <= localDay + 2; utcDay++) {
    if (offsetAtUtcDayStart(utcDay, timeZone) !== offset) return undefined;
  }
  return offset;
}

/**
 * `steadyOffsetForLocalDay` for a run of local days at once, reading each UTC day's offset
 * once instead of four times.
 */
export function steadyOffsetsForLocalDays(fromDay: number, toDay: number, timeZone: string): (number | undefined)[] {
  const starts: number[] = [];
  for (let utcDay = fromDay - 1; utcDay <= toDay + 2; utcDay++) starts.push(offsetAtUtcDayStart(utcDay, timeZone));
  const steady: (number | undefined)[] = [];
  for (let index = 0; index <= toDay - fromDay; index++) {
    const offset = starts[index] as number;
    steady.push(offset === starts[index + 1] && offset === starts[index + 2] && offset === starts[index + 3] ? offset : undefined);
  }
  return steady;
}
