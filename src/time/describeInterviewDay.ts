import { MS_PER_DAY } from "./civil";

let formatter: Intl.DateTimeFormat | undefined;

/** "Tuesday, November 17" for messages (English, like every message; products translate by `messageId` and `data`). */
export function describeInterviewDay(day: number): string {
  formatter ??= new Intl.DateTimeFormat("en-US", { weekday: "long", month: "long", day: "numeric", timeZone: "UTC" });
  return formatter.format(new Date(day * MS_PER_DAY));
}
