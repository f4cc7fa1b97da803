import waitAWeek from "./wait-a-week";
import withinTwoWeeks from "./within-two-weeks";
import honorCallbackDate from "./honor-callback-date";
import afterStatedTimeline from "./after-stated-timeline";
import avoidMondayFriday from "./avoid-monday-friday";
import workingDay from "./working-day";
import workingHours from "./working-hours";
import bestTimeOfDay from "./best-time-of-day";
import avoidHolidayEdges from "./avoid-holiday-edges";
import callerHours from "./caller-hours";
import callInThePast from "./call-in-the-past";
import type { TimingRuleId } from "../evaluateSlot";
import type { TimingRuleMeta } from "./types";

/** Every timing rule's messages, severity and sources, by id. */
export const TIMING_RULE_META: Readonly<Record<TimingRuleId, TimingRuleMeta>> = {
  "wait-a-week": waitAWeek,
  "within-two-weeks": withinTwoWeeks,
  "honor-callback-date": honorCallbackDate,
  "after-stated-timeline": afterStatedTimeline,
  "avoid-monday-friday": avoidMondayFriday,
  "working-day": workingDay,
  "working-hours": workingHours,
  "best-time-of-day": bestTimeOfDay,
  "avoid-holiday-edges": avoidHolidayEdges,
  "caller-hours": callerHours,
  "call-in-the-past": callInThePast,
};
