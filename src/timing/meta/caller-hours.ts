import type { TimingRuleMeta } from "./types";

/** Derived: the call also lands at a reasonable hour for the candidate, on their own clock. */
export default {
  id: "caller-hours",
  defaultSeverity: "warning",
  sources: [],
  derived: true,
  messages: {
    outside: "On your clock ({{timeZone}}) the call is at {{time}}, outside your waking hours ({{start}}–{{end}}).",
    reason: "{{time}} on your clock ({{timeZone}}), inside your waking hours ({{start}}–{{end}}).",
    reasonNoOverlap:
      "No time in the allowed dates suits both clocks: the interviewer's working hours fall outside your waking hours ({{start}}–{{end}} in {{timeZone}}). This is the best time on their side, and it is {{time}} for you.",
  },
} as const satisfies TimingRuleMeta;
