import type { TimingRuleMeta } from "./types";

/** T1, T4: wait a week after the interview (an agency: two business days). */
export default {
  id: "wait-a-week",
  defaultSeverity: "error",
  sources: ["rednax", "monster"],
  derived: false,
  messages: {
    beforeInterview: "{{date}} is before the interview took place.",
    beforeNews: "{{time}} on {{date}} is before the employer's news reached you.",
    reasonAfterNews: "They have given you their answer, so there is nothing to wait for: reply from {{earliest}}, while it is fresh.",
    duringInterview: "{{time}} on {{date}} is before the interview has ended.",
    sameDay: "{{date}} is the day of the interview itself; wait until {{earliest}} so the employer can finish interviewing.",
    tooEarly: "{{date}} is only {{daysText}} after the interview; wait until {{earliest}} so the employer can finish interviewing.",
    tooEarlyAgency: "{{date}} is too soon even through an agency: give it {{businessDays}} business days, until {{earliest}}.",
    reason: "Waits until {{earliest}}, {{minDays}} days after the interview, so the employer has time to finish interviewing.",
    reasonAgency: "You applied through an agency, so you may call sooner: from {{earliest}}, {{businessDays}} business days after the interview.",
  },
} as const satisfies TimingRuleMeta;
