import meta from "../timing/meta/best-time-of-day";
import { timingRule } from "./internal/timingRule";

/** T7, T8: late morning first by default, or the edges of the working day. */
export default /* @__PURE__ */ timingRule(meta, "Prefer late morning, or the first or last minutes of the working day.");
