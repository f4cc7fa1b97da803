import meta from "../timing/meta/caller-hours";
import { timingRule } from "./internal/timingRule";

/** Derived: the call also lands at a reasonable hour for the candidate, on their own clock. */
export default /* @__PURE__ */ timingRule(meta, "Call at a time when you, the candidate, are awake and at your best, on your own clock.");
