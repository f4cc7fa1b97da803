import type { TimingRuleMeta } from "./types";

/** T7, T8: late morning first by default, or the edges of the working day. */
export default {
  id: "best-time-of-day",
  defaultSeverity: "info",
  sources: ["monster", "rednax"],
  derived: false,
  messages: {
    notPreferred: "{{time}} is {{partLabel}}; {{preferredLabel}} ({{preferredRange}}) is a better moment to reach someone.",
    reasonLateMorning: "{{time}} is late morning: the morning's email is done and lunch has not started.",
    reasonDayEdge: "{{time}} is at the {{edge}} of the working day, before meetings fill the day or after they are over; keep it short.",
    reasonRest: "No late-morning or day-edge slot was free, so this is another working hour.",
    reasonAny: "Any working hour suits you, so the earliest free one is chosen.",
  },
} as const satisfies TimingRuleMeta;
