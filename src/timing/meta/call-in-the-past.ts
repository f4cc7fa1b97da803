import type { TimingRuleMeta } from "./types";

/** Derived: a planned call cannot be in the past. */
export default {
  id: "call-in-the-past",
  defaultSeverity: "error",
  sources: [],
  derived: true,
  messages: {
    past: "{{time}} on {{date}} has already passed: pick a time after now.",
  },
} as const satisfies TimingRuleMeta;
