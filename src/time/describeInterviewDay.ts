import { monthAndDayOfDay, monthName, weekdayName, weekdayOfDay } from "./civil";

/**
 * "Tuesday, November 17" for messages (English, like every message; products translate by
 * `messageId` and `data`). Written out from the calendar rather than by `Intl`, which costs
 * microseconds per call on a path every plan with a date warning takes.
 */
export function describeInterviewDay(day: number): string {
  const { month, dayOfMonth } = monthAndDayOfDay(day);
  return `${weekdayName(weekdayOfDay(day))}, ${monthName(month)} ${dayOfMonth}`;
}
