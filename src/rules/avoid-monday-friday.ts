import meta from "../timing/meta/avoid-monday-friday";
import { timingRule } from "./internal/timingRule";

/** T6: not the first or last day of the interviewer's working week. */
export default /* @__PURE__ */ timingRule(meta, "Avoid the first and last day of the interviewer's working week; prefer mid-week.");
