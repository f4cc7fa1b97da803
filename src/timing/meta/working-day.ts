import type { TimingRuleMeta } from "./types";

/** T9 (derived): only the interviewer's working days, never a holiday. */
export default {
  id: "working-day",
  defaultSeverity: "error",
  sources: [],
  derived: true,
  messages: {
    notWorking: "{{date}} is not one of the interviewer's working days.",
    holiday: "{{date}} is a public holiday for the interviewer.",
    callbackDayOff: "The employer asked for {{date}}, which is not one of the interviewer's working days: check the date with them.",
    reasonCallbackDayOff: "The employer asked for {{date}}, a day the interviewer does not usually work: the call keeps to their date, but check it with them.",
    reason: "Only the interviewer's working days count ({{days}}){{holidayNote}}.",
    reasonNoHolidays: "Only the interviewer's working days count ({{days}}). No holiday list was given: check that {{date}} is not a public holiday where the interviewer works.",
  },
} as const satisfies TimingRuleMeta;
