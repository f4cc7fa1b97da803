import { nationalDigits } from "../validate/_phone";
import { presenceRule } from "./_presenceRule";

const DIGIT_RUNS = /\+?\d[\d\s().\-]{5,}\d/g;

/** S7, S10: a voicemail must leave your number. */
export default /* @__PURE__ */ presenceRule({
  id: "leave-contact-details",
  meta: {
    description: "In a voicemail, leave your phone number, clearly, so they can call back.",
    defaultSeverity: "warning",
    sources: ["monster", "rednax"],
    derived: false,
    scope: "text",
    messages: { missing: "The voicemail does not give your phone number ({{phone}})." },
  },
  kinds: ["voicemail"],
  missing(reviewed) {
    const { phone, region } = reviewed.facts;
    if (!phone) return undefined;
    const wanted = nationalDigits(phone, region);
    if (wanted.length === 0) return undefined;
    for (const match of reviewed.text.matchAll(DIGIT_RUNS)) {
      if (match[0].replace(/\D/g, "").endsWith(wanted)) return undefined;
    }
    return { messageId: "missing", data: { phone }, suggestion: `Say your number slowly, twice: ${phone}.` };
  },
});
