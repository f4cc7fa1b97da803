import meta from "../timing/meta/after-stated-timeline";
import { timingRule } from "./internal/timingRule";

/** T5 (derived): give the employer until the decision date they stated. */
export default /* @__PURE__ */ timingRule(meta, "When the employer said when they would decide, do not call before that date has passed.");
