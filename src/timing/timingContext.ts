import { FollowUpInputError } from "../errors";
import type { ParsedTimingInput } from "../schemas";
import { isoDateFromDay } from "../time/civil";
import type { TimeOfDayPreference, WorkingDay } from "../time/dayParts";
import { toLocal } from "../time/zonedTime";
import { addWorkingDays, makeWorkingWeek, MONDAY_TO_FRIDAY, type WorkingWeek } from "../time/workingWeek";

/** Derived defaults and T1/T2/T4 (documented in docs/timing.md). */
export const TIMING_DEFAULTS = /* @__PURE__ */ Object.freeze({
  days: MONDAY_TO_FRIDAY,
  start: 9 * 60,
  end: 17 * 60,
  lunch: { start: 12 * 60, end: 13 * 60 + 30 },
  lateMorning: { start: 10 * 60, end: 11 * 60 + 45 },
  dayEdgeMinutes: 30,
  minDays: 7,
  maxDays: 14,
  agencyBusinessDays: 2,
  alternatives: 3,
  /** The candidate's waking hours on their own clock (derived: a call at 07:00 or 22:00 is one nobody takes well). */
  callerHours: { start: 8 * 60, end: 21 * 60 },
  interviewMinutes: 60,
  /** Past a month a call reads as out of the blue; a short note does better (derived). */
  lateAfterDays: 30,
});

/** Everything the timing rules need, normalised once per call: local days and minutes. */
export interface TimingContext {
  readonly timeZone: string;
  readonly interviewMs: number;
  readonly interviewDay: number;
  /** Minutes after local midnight at which the interview took place. */
  readonly interviewMinute: number;
  /** When the interview ended (`interviewMinutes` after it began): nothing is planned before. */
  readonly interviewEndMs: number;
  readonly nowMs: number | undefined;
  readonly week: WorkingWeek;
  readonly workingDay: WorkingDay;
  readonly preference: TimeOfDayPreference;
  readonly callbackDay: number | undefined;
  readonly decisionDay: number | undefined;
  readonly viaAgency: boolean;
  readonly minDays: number;
  readonly maxDays: number;
  readonly agencyBusinessDays: number;
  /** First day T1/T4 allow (before the decision date is considered). */
  readonly waitUntil: number;
  /** The allowed local dates: `earliest`/`latest` of the recommendation. */
  readonly earliest: number;
  readonly latest: number;
  /** The candidate's zone and waking hours (minutes on their clock; `start > end` crosses midnight). */
  readonly caller: { readonly timeZone: string; readonly start: number; readonly end: number } | undefined;
  /** The last day a call is still welcome; after it, write instead. */
  readonly lateAfterDay: number;
  /** The contact is written (a LinkedIn message): the rules about the phone's hours do not apply. */
  readonly written: boolean;
  /**
   * After an offer or a rejection: when the employer's news came. The wait and the two-week
   * window then count from it, and a stated decision date no longer matters.
   */
  readonly newsMs: number | undefined;
}

/** The fields of a parsed timing input or plan that shape the timing rules. */
export type TimingSource = Pick<
  ParsedTimingInput,
  | "timeZone"
  | "interviewedAt"
  | "now"
  | "workingHours"
  | "holidays"
  | "timeOfDay"
  | "lateMorning"
  | "dayEdgeMinutes"
  | "waitDays"
  | "agencyBusinessDays"
  | "callbackRequestedOn"
  | "decisionExpectedBy"
  | "viaAgency"
  | "callerTimeZone"
  | "callerHours"
  | "interviewMinutes"
  | "lateAfterDays"
  | "stage"
  | "employerContactedAt"
> & {
  /** A written contact (a LinkedIn message), judged without the phone's hours. */
  readonly written?: boolean;
};

/** Builds the timing context: the interview's local date and the allowed window (T1–T5). */
export function buildTimingContext(source: TimingSource): TimingContext {
  const hours = source.workingHours ?? {};
  const week = makeWorkingWeek(hours.days ?? TIMING_DEFAULTS.days, source.holidays ?? []);
  const workingDay: WorkingDay = {
    start: hours.start ?? TIMING_DEFAULTS.start,
    end: hours.end ?? TIMING_DEFAULTS.end,
    lunch: hours.lunch === undefined ? TIMING_DEFAULTS.lunch : hours.lunch,
    lateMorning: source.lateMorning ?? TIMING_DEFAULTS.lateMorning,
    edgeMinutes: source.dayEdgeMinutes ?? TIMING_DEFAULTS.dayEdgeMinutes,
  };
  const minDays = source.waitDays?.min ?? TIMING_DEFAULTS.minDays;
  const maxDays = source.waitDays?.max ?? TIMING_DEFAULTS.maxDays;
  const agencyBusinessDays = source.agencyBusinessDays ?? TIMING_DEFAULTS.agencyBusinessDays;
  const viaAgency = source.viaAgency === true;
  const interviewLocal = toLocal(source.interviewedAt, source.timeZone);
  const interviewDay = interviewLocal.day;
  const decided = source.stage !== undefined && source.stage !== "pre-decision";
  const newsMs = decided ? Math.max(source.interviewedAt, source.employerContactedAt ?? source.interviewedAt) : undefined;
  const interviewEndMs = source.interviewedAt + (source.interviewMinutes ?? TIMING_DEFAULTS.interviewMinutes) * 60_000;

  // Through an agency one may call sooner, never later than without one (holidays can push
  // business days far out).
  // After their news there is nothing left to wait for: reply from that day, within the usual span.
  const newsDay = newsMs === undefined ? undefined : toLocal(newsMs, source.timeZone).day;
  const waitUntil = newsDay !== undefined ? newsDay : viaAgency ? Math.min(addWorkingDays(week, interviewDay, agencyBusinessDays), interviewDay + minDays) : interviewDay + minDays;
  let earliest = waitUntil;
  let latest = (newsDay ?? interviewDay) + maxDays;
  const decisionDay = newsDay === undefined ? source.decisionExpectedBy : undefined;
  const callbackDay = source.callbackRequestedOn;
  const beforeInterview = `is before the interview (${isoDateFromDay(interviewDay)} in ${source.timeZone})`;
  const issues = [
    ...(callbackDay !== undefined && callbackDay < interviewDay ? [{ path: ["callbackRequestedOn"], message: beforeInterview }] : []),
    ...(source.decisionExpectedBy !== undefined && source.decisionExpectedBy < interviewDay ? [{ path: ["decisionExpectedBy"], message: beforeInterview }] : []),
    ...(source.employerContactedAt !== undefined && source.employerContactedAt < source.interviewedAt
      ? [{ path: ["employerContactedAt"], message: "is before the interview" }]
      : []),
  ];
  if (issues.length > 0) throw new FollowUpInputError(issues, "Invalid call timing input");
  if (decisionDay !== undefined && decisionDay >= earliest) {
    // T5 (derived): not before the stated decision date; keep a window as wide as the usual one.
    earliest = decisionDay + 1;
    latest = Math.max(latest, earliest + (maxDays - minDays));
  }
  latest = Math.max(latest, earliest);
  if (callbackDay !== undefined) {
    earliest = callbackDay;
    latest = callbackDay;
  }
  return {
    timeZone: source.timeZone,
    interviewMs: source.interviewedAt,
    interviewDay,
    interviewMinute: interviewLocal.minute,
    interviewEndMs: newsMs === undefined ? interviewEndMs : Math.max(interviewEndMs, newsMs),
    nowMs: source.now,
    week,
    workingDay,
    preference: source.timeOfDay ?? "late-morning",
    callbackDay,
    decisionDay,
    viaAgency,
    minDays,
    maxDays,
    agencyBusinessDays,
    waitUntil,
    earliest,
    latest,
    caller: source.callerTimeZone === undefined ? undefined : { timeZone: source.callerTimeZone, ...(source.callerHours ?? TIMING_DEFAULTS.callerHours) },
    lateAfterDay: Math.max((newsDay ?? interviewDay) + (source.lateAfterDays ?? TIMING_DEFAULTS.lateAfterDays), latest),
    written: source.written === true,
    newsMs,
  };
}
