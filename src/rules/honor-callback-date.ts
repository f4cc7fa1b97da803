import meta from "../timing/meta/honor-callback-date";
import { timingRule } from "./_timingRule";

/** T3: the employer's own instruction wins. */
export default /* @__PURE__ */ timingRule(meta);
