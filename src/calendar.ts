/**
 * `followup-call/calendar`: the follow-up as an iCalendar file. An entry of its own, so browser
 * bundles of the core do not carry the iCalendar writer.
 */
export { toICS } from "./calendar/toICS";
export type { CalendarData } from "./calendar/toICS";
