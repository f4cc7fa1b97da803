import { weekdayOfDay } from "./civil";

/** The interviewer's working week: which weekdays are worked, and which dates are holidays. */
export interface WorkingWeek {
  /** Indexed by weekday (0 = Sunday). */
  readonly worked: readonly boolean[];
  /** First and last working day of each stretch of working days, when mid-week days exist. */
  readonly edge: readonly boolean[];
  readonly holidays: ReadonlySet<number>;
}

/**
 * Builds a working week. A day is an "edge" when the day before or after it is not worked
 * (Monday and Friday in a Mon–Fri week, Sunday and Thursday in a Sun–Thu week). When every
 * working day is an edge (a two-day week, alternate days) no day is singled out.
 */
export function makeWorkingWeek(weekdays: readonly number[], holidayDays: readonly number[]): WorkingWeek {
  if (holidayDays.length === 0 && weekdays === MONDAY_TO_FRIDAY) return mondayToFriday;
  return buildWorkingWeek(weekdays, holidayDays);
}

function buildWorkingWeek(weekdays: readonly number[], holidayDays: readonly number[]): WorkingWeek {
  const worked = [0, 1, 2, 3, 4, 5, 6].map((weekday) => weekdays.includes(weekday));
  let edge = worked.map((isWorked, weekday) => isWorked && (!worked[(weekday + 6) % 7] || !worked[(weekday + 1) % 7]));
  const hasMidweek = worked.some((isWorked, weekday) => isWorked && !edge[weekday]);
  if (!hasMidweek) edge = edge.map(() => false);
  return { worked, edge, holidays: new Set(holidayDays) };
}

export function isWorkingDay(week: WorkingWeek, day: number): boolean {
  return week.worked[weekdayOfDay(day)] === true && !week.holidays.has(day);
}

export function isWeekEdge(week: WorkingWeek, day: number): boolean {
  return week.edge[weekdayOfDay(day)] === true;
}

/**
 * The holiday next to a working day, if any: the nearest day before or after it that is not a
 * weekly day off is a holiday (Friday before a Monday holiday, the day after Christmas). Like a
 * Monday or a Friday, such a day is spent catching up or winding down (T6, derived).
 */
export function adjacentHoliday(week: WorkingWeek, day: number): number | undefined {
  if (week.holidays.size === 0 || !isWorkingDay(week, day)) return undefined;
  for (const step of [1, -1]) {
    // Weekly days off between the two days do not separate them; a week has a worked day, so
    // at most six steps are needed.
    for (let current = day + step, guard = 0; guard < 7; current += step, guard++) {
      if (week.holidays.has(current)) return current;
      if (week.worked[weekdayOfDay(current)] === true) break;
    }
  }
  return undefined;
}

/** The working day `count` working days after `day` (holidays and days off skipped). */
export function addWorkingDays(week: WorkingWeek, day: number, count: number): number {
  let current = day;
  let remaining = count;
  // A week has at least one worked weekday, so this ends; holidays can only delay it.
  for (let guard = 0; remaining > 0 && guard < 3_660; guard++) {
    current += 1;
    if (isWorkingDay(week, current)) remaining -= 1;
  }
  return current;
}

/** The default week (derived), built once: most inputs use it. */
export const MONDAY_TO_FRIDAY: readonly number[] = /* @__PURE__ */ Object.freeze([1, 2, 3, 4, 5]);
const mondayToFriday = /* @__PURE__ */ buildWorkingWeek(MONDAY_TO_FRIDAY, []);
