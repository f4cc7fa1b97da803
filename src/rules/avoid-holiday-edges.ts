import meta from "../timing/meta/avoid-holiday-edges";
import { timingRule } from "./internal/timingRule";

/** Derived from T6: the working day next to a public holiday is like a Monday or a Friday. */
export default /* @__PURE__ */ timingRule(meta, "Avoid the working day just before or just after a public holiday.");
