import type { TimingRuleMeta } from "./types";

/** T9 (derived): inside the interviewer's working hours, outside lunch. */
export default {
  id: "working-hours",
  defaultSeverity: "error",
  sources: [],
  derived: true,
  messages: {
    outside: "{{time}} is outside the interviewer's working hours ({{start}}–{{end}}).",
    lunch: "{{time}} is during the interviewer's lunch break ({{start}}–{{end}}).",
    reason: "Within working hours, {{start}}–{{end}} on the interviewer's clock ({{timeZone}}){{lunchNote}}.",
  },
} as const satisfies TimingRuleMeta;
