import meta from "../timing/meta/working-day";
import { timingRule } from "./internal/timingRule";

/** T9 (derived): only the interviewer's working days, never a holiday. */
export default /* @__PURE__ */ timingRule(meta, "Call on one of the interviewer's working days, not a weekend or public holiday.");
