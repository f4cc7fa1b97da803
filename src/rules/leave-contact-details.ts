import { lexiconFor } from "../text/lexiconFor";
import { spokenForms } from "../phone/phoneNumbers";
import { presenceRule } from "./internal/presenceRule";

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
    // Said to someone in its own country, a number may leave out what only callers from elsewhere
    // dial; that shorter form must then be the whole of what is said ("246 683 4107" is not "683 4107").
    const { whole, atHome } = spokenForms(phone, region);
    if (whole.length === 0) return undefined;
    // A number is said as groups of figures in a row ("(415) 555-0132", "0412 345 678", "+44 20
    // 7946 0958"), or in words, as on a voicemail ("oh-four-one-two, double five…").
    const { spokenDigits, spokenTens, digitRepeats } = lexiconFor(reviewed.analysis.locale).locale;
    let run = "";
    let repeat = 1;
    // A tens word said ("forty"), its unit not yet: "forty-seven" is 47, "forty, eighteen" 4018.
    let tensOpen = false;
    const closeTens = () => {
      if (tensOpen) run += "0";
      tensOpen = false;
    };
    // With a tens word open, the figures said so far end in its zero ("…, forty" is …40).
    const said = () => {
      const figures = tensOpen ? `${run}0` : run;
      return figures.endsWith(whole) || atHome.includes(figures);
    };
    for (const token of reviewed.analysis.tokens) {
      const tens = token.word && Object.hasOwn(spokenTens, token.norm) ? spokenTens[token.norm] : undefined;
      const digits = !token.word ? undefined : FIGURES.test(token.norm) ? token.norm : Object.hasOwn(spokenDigits, token.norm) ? spokenDigits[token.norm] : undefined;
      if (tens !== undefined) {
        closeTens();
        // "Double twenty" is 2020.
        if (repeat > 1) run += `${tens}0`.repeat(repeat);
        else {
          run += tens;
          tensOpen = true;
        }
        repeat = 1;
        if (said()) return undefined;
      } else if (digits !== undefined) {
        // The unit of the tens just said ("forty-seven"), or digits of their own.
        if (tensOpen && repeat === 1 && !FIGURES.test(token.norm) && digits.length === 1 && digits !== "0") tensOpen = false;
        else closeTens();
        run += digits.repeat(repeat);
        repeat = 1;
        if (said()) return undefined;
      } else if (token.word && Object.hasOwn(digitRepeats, token.norm)) {
        closeTens();
        repeat = digitRepeats[token.norm] as number;
      } else if (token.word || token.norm !== ",") {
        // A comma between groups of a spoken number is a pause, not the end of it.
        run = "";
        repeat = 1;
        tensOpen = false;
      } else closeTens();
    }
    return { messageId: "missing", data: { phone }, suggestion: `Say your number slowly, twice: ${phone}.` };
  },
});
