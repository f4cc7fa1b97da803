import { nationalDigits } from "../validate/_phone";
import { presenceRule } from "./_presenceRule";

const FIGURES = /^\d+$/;

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
    // A number is said as groups of figures in a row: "(415) 555-0132", "0412 345 678", "+44 20 7946 0958".
    let run = "";
    for (const token of reviewed.analysis.tokens) {
      if (token.word && FIGURES.test(token.norm)) {
        run += token.norm;
        if (run.endsWith(wanted)) return undefined;
      } else run = "";
    }
    return { messageId: "missing", data: { phone }, suggestion: `Say your number slowly, twice: ${phone}.` };
  },
});
