/**
 * `followup-call/holidays`: public holidays and usual working weeks from the `date-holidays`
 * data, as the plain lists the core takes. An entry of its own: the data is large.
 */
export { publicHolidays, usualWorkingDays } from "./holidays/publicHolidays";
export type { HolidayQuery } from "./holidays/publicHolidays";
