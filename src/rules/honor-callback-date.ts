import meta from "../timing/meta/honor-callback-date";
import { timingRule } from "./internal/timingRule";

/** T3: the employer's own instruction wins. */
export default /* @__PURE__ */ timingRule(meta, "When the employer named a day to call back, call on that day.");
