import { clockFromMinutes, describeDay, weekdayName, weekdayOfDay } from "../time/civil";
import { dayPartAt, partRank, type DayPart } from "../time/dayParts";
import { isWithinDailyHours } from "../time/dailyHours";
import { toLocal } from "../time/zonedTime";
import { adjacentHoliday, isWeekEdge, isWorkingDay } from "../time/workingWeek";
import type { TimingContext } from "./timingContext";

/** The ids of the timing rules, in the order their findings are listed. */
export type TimingRuleId =
  | "honor-callback-date"
  | "wait-a-week"
  | "within-two-weeks"
  | "after-stated-timeline"
  | "working-day"
  | "working-hours"
  | "avoid-monday-friday"
  | "avoid-holiday-edges"
  | "best-time-of-day"
  | "caller-hours"
  | "call-in-the-past";

/** One timing rule that a local slot breaks, with the data for its message. */
export interface TimingFinding {
  readonly ruleId: TimingRuleId;
  readonly messageId: string;
  readonly data: Readonly<Record<string, string | number>>;
  /** Milder than the rule's own severity, for a softer case of it. */
  readonly severity?: "warning" | "info";
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
  "avoid-holiday-edges": 0.8,
  "best-time-of-day": 0.9,
  // Below every soft rule of the interviewer's side together (0.8 × 0.8 × 0.81), so a slot in
  // the candidate's waking hours wins whenever the allowed dates have one.
  "caller-hours": 0.4,
  "call-in-the-past": 0.2,
};
const SECOND_TIER_FACTOR = 0.9;
const CALLBACK_DAY_OFF_FACTOR = 0.8;

const PART_LABELS: Readonly<Record<DayPart, string>> = {
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
 * With `findings` null only the score is computed, without allocating: `bestCallTime` grades
 * dozens of windows per call this way, through the very same code.
 */
function grade(context: TimingContext, day: number, minute: number, atMs: number, findings: TimingFinding[] | null): number {
  let score = 1;
  const onCallbackDay = context.callbackDay !== undefined && day === context.callbackDay;
  const beforeInterviewEnd = atMs < context.interviewEndMs;
  const interviewMessage = atMs < context.interviewMs ? "beforeInterview" : context.newsMs !== undefined && atMs < context.newsMs ? "beforeNews" : "duringInterview";

  if (context.nowMs !== undefined && atMs < context.nowMs) {
    score *= SCORE_FACTORS["call-in-the-past"];
    findings?.push({ ruleId: "call-in-the-past", messageId: "past", data: { date: describeDay(day), time: clockFromMinutes(minute) } });
  }

  if (context.callbackDay !== undefined) {
    if (!onCallbackDay) {
      score *= SCORE_FACTORS["honor-callback-date"];
      findings?.push({ ruleId: "honor-callback-date", messageId: "notOnDate", data: { date: describeDay(day), callback: describeDay(context.callbackDay) } });
    } else if (beforeInterviewEnd) {
      // Asked to call back the same day: not before the interview has ended.
      score *= SCORE_FACTORS["honor-callback-date"];
      findings?.push({ ruleId: "honor-callback-date", messageId: interviewMessage, data: { date: describeDay(day), time: clockFromMinutes(minute) } });
    }
  } else {
    if (beforeInterviewEnd) {
      score *= SCORE_FACTORS["wait-a-week"];
      findings?.push({ ruleId: "wait-a-week", messageId: interviewMessage, data: { date: describeDay(day), time: clockFromMinutes(minute) } });
    } else if (day < context.waitUntil) {
      score *= SCORE_FACTORS["wait-a-week"];
      findings?.push({
        ruleId: "wait-a-week",
        messageId: context.viaAgency ? "tooEarlyAgency" : day === context.interviewDay ? "sameDay" : "tooEarly",
        data: {
          date: describeDay(day),
          days: day - context.interviewDay,
          daysText: dayCount(day - context.interviewDay),
          earliest: describeDay(context.waitUntil),
          minDays: context.minDays,
          businessDays: context.agencyBusinessDays,
        },
      });
    } else if (day > context.latest) {
      score *= SCORE_FACTORS["within-two-weeks"];
      findings?.push({
        ruleId: "within-two-weeks",
        // Far past the window a call comes out of the blue: write instead.
        messageId: day > context.lateAfterDay ? "writeInstead" : context.newsMs !== undefined ? "tooLateAfterNews" : "tooLate",
        data: {
          date: describeDay(day),
          days: day - context.interviewDay,
          daysText: dayCount(day - context.interviewDay),
          latest: describeDay(context.latest),
          maxDays: context.maxDays,
          lateAfterDays: context.lateAfterDay - context.interviewDay,
        },
      });
    }
    if (context.decisionDay !== undefined && day <= context.decisionDay) {
      score *= SCORE_FACTORS["after-stated-timeline"];
      findings?.push({ ruleId: "after-stated-timeline", messageId: "tooSoon", data: { date: describeDay(day), decision: describeDay(context.decisionDay) } });
    }
  }

  // A written message waits in an inbox: the rules about when a phone rings do not apply.
  if (context.written) return score;

  if (onCallbackDay && !isWorkingDay(context.week, day)) {
    // T3 keeps the employer's date, but a day off for them is worth checking: a warning, not an error.
    score *= CALLBACK_DAY_OFF_FACTOR;
    findings?.push({ ruleId: "working-day", messageId: "callbackDayOff", data: { date: describeDay(day) }, severity: "warning" });
  } else if (!onCallbackDay) {
    if (!isWorkingDay(context.week, day)) {
      score *= SCORE_FACTORS["working-day"];
      findings?.push({ ruleId: "working-day", messageId: context.week.holidays.has(day) ? "holiday" : "notWorking", data: { date: describeDay(day) } });
    } else if (isWeekEdge(context.week, day)) {
      score *= SCORE_FACTORS["avoid-monday-friday"];
      if (findings) {
        const weekday = weekdayOfDay(day);
        const which = context.week.worked[(weekday + 6) % 7] ? "last" : "first";
        const why = which === "first" ? "when people are catching up on what came in while they were away" : "when people are winding down and some leave early";
        findings.push({ ruleId: "avoid-monday-friday", messageId: "edgeDay", data: { date: describeDay(day), weekday: weekdayName(weekday), which, why } });
      }
    }
    const holiday = adjacentHoliday(context.week, day);
    if (holiday !== undefined) {
      score *= SCORE_FACTORS["avoid-holiday-edges"];
      findings?.push({
        ruleId: "avoid-holiday-edges",
        messageId: holiday > day ? "beforeHoliday" : "afterHoliday",
        data: { date: describeDay(day), holiday: describeDay(holiday) },
      });
    }
  }

  if (context.caller !== undefined) {
    const callerMinute = toLocal(atMs, context.caller.timeZone).minute;
    if (!isWithinDailyHours(context.caller, callerMinute)) {
      score *= SCORE_FACTORS["caller-hours"];
      findings?.push({
        ruleId: "caller-hours",
        messageId: "outside",
        data: {
          time: clockFromMinutes(callerMinute),
          timeZone: context.caller.timeZone,
          start: clockFromMinutes(context.caller.start),
          end: clockFromMinutes(context.caller.end),
        },
      });
    }
  }

  const { workingDay } = context;
  const part = dayPartAt(workingDay, minute, context.preference);
  if (part === null) {
    score *= SCORE_FACTORS["working-hours"];
    if (findings) {
      const atLunch = workingDay.lunch !== null && minute >= workingDay.lunch.start && minute < workingDay.lunch.end;
      const range = atLunch && workingDay.lunch ? workingDay.lunch : workingDay;
      findings.push({
        ruleId: "working-hours",
        messageId: atLunch ? "lunch" : "outside",
        data: { time: clockFromMinutes(minute), start: clockFromMinutes(range.start), end: clockFromMinutes(range.end) },
      });
    }
  } else {
    const rank = partRank(context.preference, part);
    if (rank > 0) {
      score *= rank === 1 ? SCORE_FACTORS["best-time-of-day"] : SCORE_FACTORS["best-time-of-day"] * SECOND_TIER_FACTOR;
      if (findings) {
        const preferred = preferredLabel(context);
        findings.push({
          ruleId: "best-time-of-day",
          messageId: "notPreferred",
          data: { time: clockFromMinutes(minute), partLabel: PART_LABELS[part], preferredLabel: preferred.label, preferredRange: preferred.range },
        });
      }
    }
  }
  return score;
}

/** "1 day", "6 days": counts in messages read as English, not "6 day(s)". */
function dayCount(days: number): string {
  return `${days} ${dayPlural.select(days) === "one" ? "day" : "days"}`;
}

const dayPlural = /* @__PURE__ */ new Intl.PluralRules("en-US");

/** Grades the instant `atMs`, which falls on local `day` and `minute` of the interviewer's clock: the timing rules it breaks, with message data, and its score. */
export function evaluateSlot(context: TimingContext, day: number, minute: number, atMs: number): SlotGrade {
  const findings: TimingFinding[] = [];
  const score = grade(context, day, minute, atMs, findings);
  return { findings, score };
}

/** The score alone, as `evaluateSlot` would give it. */
export function slotScore(context: TimingContext, day: number, minute: number, atMs: number): number {
  return grade(context, day, minute, atMs, null);
}
