import { FollowUpInputError } from "../errors";
import { parseTimingInput, type CallTimingInput, type ParsedTimingInput } from "../schemas";
import { clockFromMinutes, describeDay, isoDateFromDay, weekdayName, weekdayOfDay } from "../time/civil";
import { dayWindows, type DayWindow } from "../time/dayParts";
import { steadyOffsetsForLocalDays } from "../time/zoneOffset";
import { ceilToMinute, formatLocalIso, localSpanInstants, toLocal } from "../time/zonedTime";
import { adjacentHoliday, isWeekEdge, isWorkingDay } from "../time/workingWeek";
import { firstStretchWithin, isWithinDailyHours } from "../time/dailyHours";
import { slotScore } from "./evaluateSlot";
import { TIMING_DEFAULTS, buildTimingContext, type TimingContext } from "./timingContext";
import type { CallTimeReason } from "./callTimeReason";
import { timingReason } from "./internal/timingMessages";

/** A stretch of time to make the call in. `*Local` strings carry the zone's real offset. */
export interface CallWindow {
  readonly start: Date;
  readonly end: Date;
  /** ISO-8601 on the interviewer's clock, e.g. `2026-11-24T10:00:00-05:00`. */
  readonly startLocal: string;
  readonly endLocal: string;
}

/** A window on the candidate's clock (`callerTimeZone`). */
export interface CallerClock {
  readonly startLocal: string;
  readonly endLocal: string;
}

/** An alternative window; `rank` 1 is the recommendation itself, so alternatives start at 2. */
export interface RankedCallWindow extends CallWindow {
  readonly rank: number;
  /** The same window on the candidate's clock, when `callerTimeZone` was given. */
  readonly caller?: CallerClock;
}

/** The recommended moment to call, why, and what else would do. */
export interface CallTimeRecommendation {
  /** The moment to dial: the start of the best window, never before `now`. */
  readonly at: Date;
  readonly atLocal: string;
  readonly window: CallWindow;
  /** The interviewer's zone. */
  readonly timeZone: string;
  /** The same window on the candidate's clock, when `callerTimeZone` was given. */
  readonly caller?: CallerClock & { readonly timeZone: string };
  /** First and last allowed local date (`YYYY-MM-DD`): day 7 and day 14 by default. */
  readonly earliest: string;
  readonly latest: string;
  /** The rules that shaped the choice, with their sources. */
  readonly reasons: readonly CallTimeReason[];
  /** The next best windows, best first. */
  readonly alternatives: readonly RankedCallWindow[];
  /** The recommendation's score (0..1), as `scoreCallTime` would give it. */
  readonly score: number;
  /**
   * True when the chosen day is past the allowed dates (`now` is past them, or they had no
   * working time left). Past `lateAfterDays` the reasons advise writing instead of calling.
   */
  readonly late: boolean;
}

export type { CallTimeReason };

interface Candidate {
  readonly day: number;
  readonly startMs: number;
  readonly endMs: number;
  readonly window: DayWindow;
  readonly score: number;
}

/** Keeps the best `limit` candidates: higher score first, then earlier start. */
class BestCandidates {
  readonly items: Candidate[] = [];
  constructor(private readonly limit: number) {}

  /** Whether a candidate with this score would be kept (checked before building it). */
  wants(score: number): boolean {
    return this.items.length < this.limit || (this.items[this.items.length - 1] as Candidate).score < score;
  }

  offer(candidate: Candidate): void {
    const { items } = this;
    let index = items.length;
    // Candidates arrive in time order, so an equal score never displaces an earlier slot.
    while (index > 0 && (items[index - 1] as Candidate).score < candidate.score) index--;
    if (index >= this.limit) return;
    items.splice(index, 0, candidate);
    if (items.length > this.limit) items.pop();
  }
}

const SEARCH_LIMIT_DAYS = 366;

function collectCandidates(context: TimingContext, windows: readonly DayWindow[], fromDay: number, toDay: number, best: BestCandidates): void {
  const { timeZone, nowMs } = context;
  // Never before now, and never before the interview has ended (a zero wait or a same-day
  // callback allows the same day).
  const earliestStart = ceilToMinute(nowMs === undefined ? context.interviewEndMs : Math.max(nowMs, context.interviewEndMs));
  const steadyOffsets = steadyOffsetsForLocalDays(fromDay, toDay, timeZone);
  for (let day = fromDay; day <= toDay; day++) {
    if (day !== context.callbackDay && !isWorkingDay(context.week, day)) continue;
    const steadyOffset = steadyOffsets[day - fromDay];
    for (const window of windows) {
      const span = localSpanInstants(day, window.start, window.end, timeZone, steadyOffset);
      if (span === undefined) continue;
      let endMs = span.endMs;
      let startMs = Math.max(span.startMs, earliestStart);
      if (startMs >= endMs) continue;
      // With the candidate's clock known, the part of the window they are awake for; else the
      // window as it is, graded (and reported) for their hours.
      const awake = context.caller === undefined ? undefined : firstStretchWithin(context.caller, startMs, endMs);
      if (awake !== undefined) ({ startMs, endMs } = awake);
      const minute = startMs === span.startMs ? window.start : toLocal(startMs, timeZone).minute;
      const score = slotScore(context, day, minute, startMs);
      if (best.wants(score)) best.offer({ day, startMs, endMs, window, score });
    }
  }
}

const weekDescriptions = /* @__PURE__ */ new Map<string, string>();

/** "Monday–Friday" for a run of days, else a list; at most 128 distinct weeks exist. */
function describeWeek(context: TimingContext): string {
  const key = context.week.worked.map(Number).join("");
  const cached = weekDescriptions.get(key);
  if (cached !== undefined) return cached;
  const days = context.week.worked.flatMap((worked, weekday) => (worked ? [weekdayName(weekday)] : []));
  const description =
    days.length > 2 && days.length === 1 + (context.week.worked.lastIndexOf(true) - context.week.worked.indexOf(true)) ? `${days[0]}–${days[days.length - 1]}` : days.join(", ");
  weekDescriptions.set(key, description);
  return description;
}

function buildReasons(context: TimingContext, best: Candidate, late: boolean, nowIsPast: boolean): CallTimeReason[] {
  const reasons: CallTimeReason[] = [];
  const earliest = describeDay(context.earliest);
  const latest = describeDay(context.latest);
  if (context.callbackDay !== undefined) {
    const callback = describeDay(context.callbackDay);
    reasons.push(timingReason("honor-callback-date", late ? "reasonPassed" : "reason", { callback }));
  } else {
    reasons.push(
      context.newsMs !== undefined
        ? timingReason("wait-a-week", "reasonAfterNews", { earliest: describeDay(context.waitUntil) })
        : context.viaAgency
          ? timingReason("wait-a-week", "reasonAgency", { earliest: describeDay(context.waitUntil), businessDays: context.agencyBusinessDays })
          : timingReason("wait-a-week", "reason", { earliest: describeDay(context.waitUntil), minDays: context.minDays }),
    );
    if (context.decisionDay !== undefined && context.decisionDay >= context.waitUntil) {
      reasons.push(timingReason("after-stated-timeline", "reason", { decision: describeDay(context.decisionDay), earliest }));
    }
    const writeInstead = best.day > context.lateAfterDay;
    reasons.push(
      timingReason(
        "within-two-weeks",
        !late ? (context.newsMs !== undefined ? "reasonAfterNews" : "reason") : writeInstead ? "reasonWriteInstead" : nowIsPast ? "reasonLate" : "reasonNoSlot",
        {
          latest,
          lateAfterDays: context.lateAfterDay - context.interviewDay,
        },
      ),
    );
  }

  const holidayCount = context.week.holidays.size;
  if (best.day === context.callbackDay && !isWorkingDay(context.week, best.day)) {
    reasons.push(timingReason("working-day", "reasonCallbackDayOff", { date: describeDay(best.day) }));
  } else {
    reasons.push(
      timingReason("working-day", holidayCount > 0 ? "reason" : "reasonNoHolidays", {
        days: describeWeek(context),
        date: describeDay(best.day),
        holidayNote: holidayCount > 0 ? `, and ${holidayCount} listed holiday${holidayCount === 1 ? " is" : "s are"} skipped` : "",
      }),
    );
  }
  const { workingDay } = context;
  reasons.push(
    timingReason("working-hours", "reason", {
      start: clockFromMinutes(workingDay.start),
      end: clockFromMinutes(workingDay.end),
      timeZone: context.timeZone,
      lunchNote: workingDay.lunch ? `, avoiding lunch ${clockFromMinutes(workingDay.lunch.start)}–${clockFromMinutes(workingDay.lunch.end)}` : "",
    }),
  );

  const hasMidweek = context.week.edge.some(Boolean);
  if (best.day !== context.callbackDay && hasMidweek) {
    const weekday = weekdayName(weekdayOfDay(best.day));
    reasons.push(timingReason("avoid-monday-friday", isWeekEdge(context.week, best.day) ? "reasonEdge" : "reason", { weekday }));
  }
  const holiday = best.day === context.callbackDay ? undefined : adjacentHoliday(context.week, best.day);
  if (holiday !== undefined) reasons.push(timingReason("avoid-holiday-edges", "reasonEdge", { holiday: describeDay(holiday) }));

  if (context.caller !== undefined) {
    const callerMinute = toLocal(best.startMs, context.caller.timeZone).minute;
    reasons.push(
      timingReason("caller-hours", isWithinDailyHours(context.caller, callerMinute) ? "reason" : "reasonNoOverlap", {
        time: clockFromMinutes(callerMinute),
        timeZone: context.caller.timeZone,
        start: clockFromMinutes(context.caller.start),
        end: clockFromMinutes(context.caller.end),
      }),
    );
  }

  const time = clockFromMinutes(toLocal(best.startMs, context.timeZone).minute);
  const part = best.window.part;
  if (context.preference === "any") reasons.push(timingReason("best-time-of-day", "reasonAny", { time }));
  else if (part === "late-morning") reasons.push(timingReason("best-time-of-day", "reasonLateMorning", { time }));
  else if (part === "day-edge") {
    const edge = best.window.start < (workingDay.start + workingDay.end) / 2 ? "start" : "end";
    reasons.push(timingReason("best-time-of-day", "reasonDayEdge", { time, edge }));
  } else reasons.push(timingReason("best-time-of-day", "reasonRest", { time }));
  return reasons;
}

function callerClock(candidate: Candidate, timeZone: string): CallerClock {
  return { startLocal: formatLocalIso(candidate.startMs, timeZone), endLocal: formatLocalIso(candidate.endMs, timeZone) };
}

function toWindow(candidate: Candidate, timeZone: string): CallWindow {
  return {
    start: new Date(candidate.startMs),
    end: new Date(candidate.endMs),
    startLocal: formatLocalIso(candidate.startMs, timeZone),
    endLocal: formatLocalIso(candidate.endMs, timeZone),
  };
}

/**
 * Recommends when to make the follow-up call: one to two weeks after the interview, mid-week,
 * late morning, on the interviewer's clock and working week (T1–T9, see docs/timing.md).
 *
 * The allowed dates run from day 7 to day 14 after the interview (from 2 business days
 * through an agency); a callback date the employer gave replaces them, and a stated decision
 * date pushes the first day past it. Among the working windows in those dates, the best
 * scored wins and, on a tie, the earliest. When `now` is already past the allowed dates, the
 * best slot in the week after `now` is returned with `late: true`. Results never depend on
 * the process time zone.
 *
 * @param input - The interview instant, the interviewer's zone, and optional preferences.
 * @returns The moment to dial, its window, the allowed dates, reasons and alternatives.
 * @throws FollowUpInputError when the input is malformed (unknown zone, instant without an
 *   offset, impossible date, end of day before its start…), naming each field.
 * @example
 * ```ts
 * const best = bestCallTime({
 *   interviewedAt: "2026-11-10T15:00:00-05:00",
 *   timeZone: "America/New_York",
 *   callerTimeZone: "Europe/London",
 * });
 * best.atLocal;            // "2026-11-17T10:00:00-05:00" (a Tuesday, late morning)
 * best.caller?.startLocal; // "2026-11-17T15:00:00+00:00"
 * best.earliest;           // "2026-11-17"
 * ```
 * @category Timing
 */
export function bestCallTime(input: CallTimingInput): CallTimeRecommendation {
  return recommendCallTime(parseTimingInput(input));
}

/** `bestCallTime` for input already validated (the follow-up planner's too: it holds these fields). */
export function recommendCallTime(parsed: ParsedTimingInput): CallTimeRecommendation {
  const context = buildTimingContext(parsed);
  const best = new BestCandidates((parsed.alternatives ?? TIMING_DEFAULTS.alternatives) + 1);
  const windows = dayWindows(context.workingDay, context.preference);

  const nowDay = context.nowMs === undefined ? undefined : toLocal(context.nowMs, context.timeZone).day;
  const fromDay = nowDay === undefined ? context.earliest : Math.max(context.earliest, nowDay);
  let toDay = fromDay <= context.latest ? context.latest : fromDay + 6;
  collectCandidates(context, windows, fromDay, toDay, best);
  // Holidays or a short week can empty the allowed dates: look further, a week at a time.
  while (best.items.length === 0 && toDay < fromDay + SEARCH_LIMIT_DAYS) {
    const nextFrom = toDay + 1;
    toDay = nextFrom + 6;
    collectCandidates(context, windows, nextFrom, toDay, best);
  }
  const [first, ...rest] = best.items;
  if (first === undefined) {
    throw new FollowUpInputError(
      [{ path: ["workingHours"], message: `leaves no working time in the year from ${isoDateFromDay(fromDay)} (check days, hours and holidays)` }],
      "Invalid call timing input",
    );
  }

  // Late when the chosen day is past the allowed dates: because `now` is, or because no
  // working time was left in them (holidays, or a callback day already over).
  const late = first.day > context.latest;
  const window = toWindow(first, context.timeZone);
  const recommendation: CallTimeRecommendation = {
    at: window.start,
    atLocal: window.startLocal,
    window,
    timeZone: context.timeZone,
    earliest: isoDateFromDay(context.earliest),
    latest: isoDateFromDay(context.latest),
    reasons: buildReasons(context, first, late, nowDay !== undefined && nowDay > context.latest),
    alternatives: rest.map((candidate, index) => ({
      ...toWindow(candidate, context.timeZone),
      rank: index + 2,
      ...(parsed.callerTimeZone === undefined ? {} : { caller: callerClock(candidate, parsed.callerTimeZone) }),
    })),
    score: first.score,
    late,
  };
  if (parsed.callerTimeZone === undefined) return recommendation;
  return {
    ...recommendation,
    caller: { timeZone: parsed.callerTimeZone, ...callerClock(first, parsed.callerTimeZone) },
  };
}
