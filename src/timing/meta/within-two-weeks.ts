import type { TimingRuleMeta } from "./types";

/** T2: do not leave it more than two weeks. */
export default {
  id: "within-two-weeks",
  defaultSeverity: "warning",
  sources: ["rednax", "monster"],
  derived: false,
  messages: {
    tooLate: "{{date}} is {{daysText}} after the interview; after {{latest}} the decision may already be made.",
    tooLateAfterNews: "{{date}} is more than two weeks after the employer's news; reply by {{latest}}, while it is fresh.",
    reasonAfterNews: "Replies by {{latest}}, within two weeks of the employer's news.",
    writeInstead: "{{date}} is {{daysText}} after the interview, more than {{lateAfterDays}} days on: a call would come out of the blue. Send a short email instead.",
    reasonWriteInstead:
      "It is more than {{lateAfterDays}} days since the interview: a call now would come out of the blue, so a short email asking where things stand is the better follow-up. If you still call, this is the best slot in the week from now.",
    reason: "Calls by {{latest}}, while the decision is still open.",
    reasonLate: "The usual window closed on {{latest}}; this is the best slot in the week from now. Call soon: the decision may already be made.",
    reasonNoSlot: "No working time is left in the allowed dates (up to {{latest}}); this is the best slot in the first week after them that has some.",
  },
} as const satisfies TimingRuleMeta;
