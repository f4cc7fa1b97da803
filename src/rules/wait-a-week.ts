import meta from "../timing/meta/wait-a-week";
import { timingRule } from "./internal/timingRule";

/** T1, T4: wait a week after the interview (an agency: two business days). */
export default /* @__PURE__ */ timingRule(meta, "Wait at least a week after the interview before calling (two business days through an agency).");
