import meta from "../timing/meta/working-hours";
import { timingRule } from "./internal/timingRule";

/** T9 (derived): inside the interviewer's working hours, outside lunch. */
export default /* @__PURE__ */ timingRule(meta, "Call inside the interviewer's working hours and outside their lunch break.");
