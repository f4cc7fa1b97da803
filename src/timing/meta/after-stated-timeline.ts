import type { TimingRuleMeta } from "./types";

/** T5 (derived): give the employer until the decision date they stated. */
export default {
  id: "after-stated-timeline",
  defaultSeverity: "warning",
  sources: [],
  derived: true,
  messages: {
    tooSoon: "They said they would decide by {{decision}}; {{date}} is not after that. Give them until then.",
    reason: "They expected to decide by {{decision}}, so the first day to call moves to {{earliest}}.",
  },
} as const satisfies TimingRuleMeta;
