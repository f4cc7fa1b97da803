import type { TimingRuleMeta } from "./types";

/** T3: the employer's own instruction wins. */
export default {
  id: "honor-callback-date",
  defaultSeverity: "error",
  sources: ["rednax"],
  derived: false,
  messages: {
    beforeInterview: "{{time}} on {{date}} is before the interview took place.",
    beforeNews: "{{time}} on {{date}} is before the employer's news reached you.",
    duringInterview: "{{time}} on {{date}} is before the interview has ended; call back once it is over.",
    notOnDate: "The employer asked you to call on {{callback}}; {{date}} is a different day.",
    reason: "The employer asked for a call on {{callback}}; their date replaces the usual one-to-two-week window.",
    reasonPassed: "No time is left on the day the employer asked for, {{callback}}; this is the best slot in the week that follows. Say that you missed their day.",
  },
} as const satisfies TimingRuleMeta;
