import type { TimingRuleId } from "../timing/_evaluateSlot";
import afterStatedTimeline from "./after-stated-timeline";
import avoidMondayFriday from "./avoid-monday-friday";
import bestTimeOfDay from "./best-time-of-day";
import type { Rule } from "./defineRule";
import honorCallbackDate from "./honor-callback-date";
import waitAWeek from "./wait-a-week";
import withinTwoWeeks from "./within-two-weeks";
import workingDay from "./working-day";
import workingHours from "./working-hours";

/** The timing rules by id, for the timing functions, which must not pull in every rule. */
export const timingRules: Readonly<Record<TimingRuleId, Rule>> = /* @__PURE__ */ Object.freeze({
  "wait-a-week": waitAWeek,
  "within-two-weeks": withinTwoWeeks,
  "honor-callback-date": honorCallbackDate,
  "after-stated-timeline": afterStatedTimeline,
  "avoid-monday-friday": avoidMondayFriday,
  "working-day": workingDay,
  "working-hours": workingHours,
  "best-time-of-day": bestTimeOfDay,
});
