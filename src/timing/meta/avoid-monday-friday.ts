import type { TimingRuleMeta } from "./types";

/** T6: not the first or last day of the interviewer's working week. */
export default {
  id: "avoid-monday-friday",
  defaultSeverity: "warning",
  sources: ["monster"],
  derived: false,
  messages: {
    edgeDay: "{{date}} is the {{which}} day of the interviewer's working week, {{why}}. Prefer mid-week.",
    reason: "{{weekday}} is mid-week, away from the first day's backlog and the last day's early departures.",
    reasonEdge: "No mid-week slot was free in the allowed dates, so this falls on a {{weekday}}.",
  },
} as const satisfies TimingRuleMeta;
