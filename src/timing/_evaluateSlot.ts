import { clockFromMinutes, describeDay, weekdayName, weekdayOfDay, isoDateFromDay } from "../time/civil";
import { dayPartAt, partRank, type DayPart } from "../time/dayParts";
import { isWeekEdge, isWorkingDay } from "../time/workingWeek";
import type { TimingContext } from "./_timingContext";

/** The ids of the timing rules, in the order their findings are listed. */
export type TimingRuleId =
  | "honor-callback-date"
  | "wait-a-week"
  | "within-two-weeks"
  | "after-stated-timeline"
  | "working-day"
  | "working-hours"
  | "avoid-monday-friday"
  | "best-time-of-day";

/** One timing rule that a local slot breaks, with the data for its message. */
export interface TimingFinding {
  readonly ruleId: TimingRuleId;
  readonly messageId: string;
  readonly data: Readonly<Record<string, string | number>>;
}

/** A graded slot: what it breaks and how good it is (0..1). */
export interface SlotGrade {
  readonly findings: readonly TimingFinding[];
  readonly score: number;
}

/**
 * How much each finding lowers a slot's score (scores multiply). Errors cut deep, so a slot
 * that breaks a rule never outranks one that does not; among rule-abiding slots the mid-week,
 * late-morning ones rank first. The same numbers rank `bestCallTime`'s windows, so a
 * recommendation always has the best score `scoreCallTime` can give in its range.
 */
const SCORE_FACTORS: Readonly<Record<TimingRuleId, number>> = {
  "honor-callback-date": 0.2,
  "wait-a-week": 0.2,
  "working-day": 0.2,
  "working-hours": 0.2,
  "within-two-weeks": 0.7,
  "after-stated-timeline": 0.6,
  "avoid-monday-friday": 0.8,
  "best-time-of-day": 0.9,
};
const SECOND_TIER_FACTOR = 0.9;

export const PART_LABELS: Readonly<Record<DayPart, string>> = {
  "late-morning": "late morning",
  "day-edge": "at the edge of the working day",
  rest: "in the middle of the working day",
};

function preferredLabel(context: TimingContext): { label: string; range: string } {
  const { workingDay } = context;
  if (context.preference === "day-edges") {
    const edge = workingDay.edgeMinutes;
    return {
      label: "the first or last minutes of the working day",
      range: `${clockFromMinutes(workingDay.start)}–${clockFromMinutes(workingDay.start + edge)} or ${clockFromMinutes(workingDay.end - edge)}–${clockFromMinutes(workingDay.end)}`,
    };
  }
  return {
    label: "late morning",
    range: `${clockFromMinutes(workingDay.lateMorning.start)}–${clockFromMinutes(workingDay.lateMorning.end)}`,
  };
}

/**
 * Grades a local slot (date and minute on the interviewer's clock) against T1–T9.
 * The employer's callback date (T3) replaces the one-to-two-week window and the day rules.
 */
export function evaluateSlot(context: TimingContext, day: number, minute: number): SlotGrade {
  const findings: TimingFinding[] = [];
  let score = 1;
  const add = (ruleId: TimingRuleId, messageId: string, data: Record<string, string | number>, factor = SCORE_FACTORS[ruleId]) => {
    findings.push({ ruleId, messageId, data });
    score *= factor;
  };
  const date = describeDay(day);
  const onCallbackDay = context.callbackDay !== undefined && day === context.callbackDay;

  if (context.callbackDay !== undefined) {
    if (!onCallbackDay) add("honor-callback-date", "notOnDate", { date, callback: describeDay(context.callbackDay) });
  } else {
    const days = day - context.interviewDay;
    if (day < context.waitUntil) {
      add("wait-a-week", context.viaAgency ? "tooEarlyAgency" : "tooEarly", {
        date,
        days,
        earliest: describeDay(context.waitUntil),
        minDays: context.minDays,
        businessDays: context.agencyBusinessDays,
      });
    } else if (day > context.latest) {
      add("within-two-weeks", "tooLate", { date, days, latest: describeDay(context.latest), maxDays: context.maxDays });
    }
    if (context.decisionDay !== undefined && day <= context.decisionDay) {
      add("after-stated-timeline", "tooSoon", { date, decision: describeDay(context.decisionDay) });
    }
  }

  if (!onCallbackDay) {
    if (!isWorkingDay(context.week, day)) {
      add("working-day", context.week.holidays.has(day) ? "holiday" : "notWorking", { date });
    } else if (isWeekEdge(context.week, day)) {
      const weekday = weekdayOfDay(day);
      const which = context.week.worked[(weekday + 6) % 7] ? "last" : "first";
      add("avoid-monday-friday", "edgeDay", { date, weekday: weekdayName(weekday), which });
    }
  }

  const { workingDay } = context;
  const time = clockFromMinutes(minute);
  const part = dayPartAt(workingDay, minute, context.preference);
  if (part === null) {
    const atLunch = workingDay.lunch !== null && minute >= workingDay.lunch.start && minute < workingDay.lunch.end;
    const range = atLunch && workingDay.lunch ? workingDay.lunch : workingDay;
    add("working-hours", atLunch ? "lunch" : "outside", { time, start: clockFromMinutes(range.start), end: clockFromMinutes(range.end) });
  } else {
    const rank = partRank(context.preference, part);
    if (rank > 0) {
      const preferred = preferredLabel(context);
      add(
        "best-time-of-day",
        "notPreferred",
        { time, partLabel: PART_LABELS[part], preferredLabel: preferred.label, preferredRange: preferred.range },
        rank === 1 ? SCORE_FACTORS["best-time-of-day"] : SCORE_FACTORS["best-time-of-day"] * SECOND_TIER_FACTOR,
      );
    }
  }
  return { findings, score };
}

export { isoDateFromDay };
