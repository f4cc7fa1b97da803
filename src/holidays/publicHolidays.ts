import Holidays from "date-holidays";
import { echo, FollowUpInputError, type FollowUpIssue } from "../errors";
import { unknownKeyIssues } from "../internal/knownKeys";
import { isIsoDateShaped, isRealIsoDate } from "../time/isoText";

/** Which public holidays to list. */
export interface HolidayQuery {
  /** ISO 3166-1 country code, e.g. "US", "GB", "DE". */
  country: string;
  /** A state or region within it, as the data names it (e.g. "NY", "BY", "SCT"). */
  region?: string;
  /** First date, `YYYY-MM-DD`, inclusive. */
  from: string;
  /** Last date, `YYYY-MM-DD`, inclusive. */
  to: string;
}

const QUERY_KEYS: readonly (keyof HolidayQuery)[] = ["country", "region", "from", "to"];
// The data's kinds of day: "public" and "bank" are days off; "school", "optional" and "observance" are not.
const DAYS_OFF = new Set(["public", "bank"]);
const MAX_YEARS = 10;

// One Holidays object per country and region: building one parses the country's rules.
const calendars = new Map<string, Holidays>();
// One calendar with no country answers "which countries and regions exist", made once.
let directory: Holidays | undefined;
let countries: Readonly<Record<string, string>> | undefined;

function calendarFor(country: string, region: string | undefined): Holidays {
  const key = `${country}/${region ?? ""}`;
  let calendar = calendars.get(key);
  if (calendar === undefined) {
    calendar = region === undefined ? new Holidays(country) : new Holidays(country, region);
    // Bounded: one entry per country and region asked for, a few hundred at most.
    if (calendars.size < 512) calendars.set(key, calendar);
  }
  return calendar;
}

function checkQuery(query: unknown): { country: string; region: string | undefined; from: string; to: string } {
  if (typeof query !== "object" || query === null || Array.isArray(query)) {
    throw new FollowUpInputError([{ path: [], message: 'must be an object like { country: "US", from: "2026-11-01", to: "2026-12-31" }' }], "Invalid holiday query");
  }
  const issues: FollowUpIssue[] = unknownKeyIssues(query, QUERY_KEYS);
  const { country, region, from, to } = query as Record<string, unknown>;
  directory ??= new Holidays();
  countries ??= directory.getCountries();
  const code = typeof country === "string" ? country.trim().toUpperCase() : undefined;
  if (code === undefined || !Object.hasOwn(countries, code))
    issues.push({ path: ["country"], message: `${echo(country)} is not a country the holiday data knows (ISO 3166 codes such as US, GB, DE)` });
  let regionCode: string | undefined;
  if (region !== undefined && region !== null && region !== "") {
    regionCode = typeof region === "string" ? region.trim().toUpperCase() : undefined;
    const regions = code !== undefined && Object.hasOwn(countries, code) ? (directory.getStates(code) ?? {}) : {};
    if (regionCode === undefined || !Object.hasOwn(regions, regionCode)) {
      const known = Object.keys(regions).slice(0, 12).join(", ");
      issues.push({ path: ["region"], message: `${echo(region)} is not a region of ${code ?? "that country"} in the holiday data${known ? ` (such as ${known})` : ""}` });
    }
  }
  for (const [name, value] of [
    ["from", from],
    ["to", to],
  ] as const) {
    if (!isIsoDateShaped(value) || !isRealIsoDate(value)) issues.push({ path: [name], message: `must be a real date written YYYY-MM-DD, got ${echo(value)}` });
  }
  if (issues.length === 0) {
    const first = Number((from as string).slice(0, 4));
    const last = Number((to as string).slice(0, 4));
    if ((to as string) < (from as string)) issues.push({ path: ["to"], message: "must not be before from" });
    else if (last - first >= MAX_YEARS) issues.push({ path: ["to"], message: `must be less than ${MAX_YEARS} years after from` });
  }
  if (issues.length > 0) throw new FollowUpInputError(issues, "Invalid holiday query");
  return { country: code as string, region: regionCode, from: from as string, to: to as string };
}

/**
 * The public holidays of a country (and region) between two dates, as the plain `holidays`
 * list the core takes (`YYYY-MM-DD`, sorted, no repeats), from the `date-holidays` data: the
 * days it marks `public` or `bank` (days off, such as Christmas Eve in Germany), not `optional`,
 * `school` or `observance` days. An
 * entry of its own, so the core stays data-free: pass the list to `bestCallTime`,
 * `planFollowUp` or a plan. Dates are the country's own calendar dates.
 *
 * @param query - `country` (ISO 3166), optional `region`, and the dates `from` and `to` (inclusive).
 * @returns The holiday dates in the range.
 * @throws FollowUpInputError for an unknown country or region, a bad date, or a range of ten years or more.
 * @example
 * ```ts
 * import { publicHolidays } from "followup-call/holidays";
 *
 * publicHolidays({ country: "US", region: "NY", from: "2026-11-01", to: "2026-12-31" });
 * // ["2026-11-03", "2026-11-11", "2026-11-26", "2026-12-25"]
 * ```
 * @category Holidays
 */
export function publicHolidays(query: HolidayQuery): string[] {
  const { country, region, from, to } = checkQuery(query);
  const calendar = calendarFor(country, region);
  const dates = new Set<string>();
  for (let year = Number(from.slice(0, 4)); year <= Number(to.slice(0, 4)); year++) {
    for (const holiday of calendar.getHolidays(year)) {
      const date = holiday.date.slice(0, 10);
      if (DAYS_OFF.has(holiday.type) && date >= from && date <= to) dates.add(date);
    }
  }
  return [...dates].sort();
}

// The working week implied by the data's usual day off (derived: the data names one day).
const WEEK_BY_DAY_OFF: Readonly<Record<string, readonly number[]>> = {
  sunday: [1, 2, 3, 4, 5],
  saturday: [0, 1, 2, 3, 4],
  friday: [6, 0, 1, 2, 3],
};

/**
 * The country's usual working week (0 = Sunday … 6 = Saturday) where the holiday data names its
 * weekly day off: Monday–Friday where it is Sunday, Sunday–Thursday where it is Saturday (Israel,
 * Saudi Arabia), Saturday–Wednesday where it is Friday (Iran); `undefined` where the data is silent.
 * Pass it as `workingHours.days`.
 *
 * @param country - ISO 3166 country code.
 * @returns The working weekdays, or undefined.
 * @throws FollowUpInputError for a country the data does not know.
 * @example
 * ```ts
 * usualWorkingDays("IL"); // [0, 1, 2, 3, 4]
 * ```
 * @category Holidays
 */
export function usualWorkingDays(country: string): readonly number[] | undefined {
  const { country: code } = checkQuery({ country, from: "2026-01-01", to: "2026-01-01" });
  const dayOff = calendarFor(code, undefined).getDayOff()?.toLowerCase();
  return dayOff === undefined ? undefined : WEEK_BY_DAY_OFF[dayOff];
}
