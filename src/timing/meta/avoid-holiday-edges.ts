import type { TimingRuleMeta } from "./types";

/** Derived from T6: the working day next to a public holiday is like a Monday or a Friday. */
export default {
  id: "avoid-holiday-edges",
  defaultSeverity: "warning",
  sources: [],
  derived: true,
  messages: {
    beforeHoliday: "{{date}} is the last working day before the {{holiday}} holiday, when people wind down or leave early.",
    reasonEdge: "No slot away from a holiday was free in the allowed dates, so this falls next to the {{holiday}} holiday.",
    afterHoliday: "{{date}} is the first working day after the {{holiday}} holiday, when people are catching up.",
  },
} as const satisfies TimingRuleMeta;
