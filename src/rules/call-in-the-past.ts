import meta from "../timing/meta/call-in-the-past";
import { timingRule } from "./internal/timingRule";

/** Derived: a planned call cannot be in the past. */
export default /* @__PURE__ */ timingRule(meta, "Plan the call for a time that has not yet passed.");
