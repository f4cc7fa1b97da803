import meta from "../timing/meta/within-two-weeks";
import { timingRule } from "./internal/timingRule";

/** T2: do not leave it more than two weeks. */
export default /* @__PURE__ */ timingRule(meta, "Call within two weeks of the interview, before the decision is likely to be made.");
