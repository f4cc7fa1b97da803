import { monthAndDayOfDay, weekdayName, weekdayOfDay } from "./civil";

const MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"] as const;

/**
 * "Tuesday, November 17" for messages (English, like every message; products translate by
 * `messageId` and `data`). Written out from the calendar rather than by `Intl`, which costs
 * microseconds per call on a path every plan with a date warning takes.
 */
export function describeInterviewDay(day: number): string {
  const { month, dayOfMonth } = monthAndDayOfDay(day);
  return `${weekdayName(weekdayOfDay(day))}, ${MONTH_NAMES[month - 1]} ${dayOfMonth}`;
}
