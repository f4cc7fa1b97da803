import type { TimingRuleMeta } from "./types";

/** T2: do not leave it more than two weeks. */
export default {
  id: "within-two-weeks",
  description: "Call within two weeks of the interview, before the decision is likely to be made.",
  defaultSeverity: "warning",
  sources: ["rednax", "monster"],
  derived: false,
  messages: {
    tooLate: "{{date}} is {{days}} days after the interview; after {{latest}} the decision may already be made.",
    reason: "Calls by {{latest}}, while the decision is still open.",
    reasonLate: "The usual window closed on {{latest}}; this is the next good slot after now. Call soon: the decision may already be made.",
    reasonNoSlot: "No working time is left in the allowed dates (up to {{latest}}); this is the next good slot after them.",
  },
} as const satisfies TimingRuleMeta;
