import { planOf } from "./engine/ruleInputs";
import { parsePhone, toE164 } from "../phone/phoneNumbers";
import { defineRule } from "./defineRule";

const GENERAL_TYPES: Readonly<Record<string, string>> = {
  TOLL_FREE: "a toll-free number",
  SHARED_COST: "a shared-cost number",
  PREMIUM_RATE: "a premium-rate number",
  // A "universal access number" is by design one number for a whole organisation.
  UAN: "a company-wide access number",
};

/** C1: call the person directly, never a general line or switchboard. */
export default /* @__PURE__ */ defineRule({
  id: "no-general-number",
  meta: {
    description: "Call the person's direct line or mobile, not a general company number or switchboard.",
    defaultSeverity: "error",
    sources: ["rednax", "monster"],
    derived: false,
    messages: {
      markedGeneral: "{{number}} is marked as a general line; call {{interviewer}} on a direct line.",
      markedGeneralAgency: "{{number}} is marked as the agency's general line; ask for {{contact}}, your consultant there, or call their direct line.",
      generalType: "{{number}} is {{type}}, which reaches a company line, not {{interviewer}}.",
      mainNumber: "{{number}} is the company's main number; call {{interviewer}} on a direct line.",
      unparseable: "{{number}} could not be read as a phone number, so it cannot be checked.",
    },
  },
  check(context) {
    const plan = planOf(context);
    if (plan === undefined) return;
    const { to } = plan.call;
    if (plan.call.channel === "linkedin") return;
    const path = ["call", "to", "number"];
    const suggestion = "Find their direct number in an email signature, on the company site or on LinkedIn; ask HR for it only as a last resort.";
    const data = { number: to.number, interviewer: plan.interview.interviewerName };
    // C2: through an agency, the agency is the right contact, and agencies are often reached on
    // one toll-free number; only a line marked general (not the consultant's own) is worth a note.
    if (to.role === "agency") {
      if (to.line === "general") {
        context.report({
          messageId: "markedGeneralAgency",
          data: { number: to.number, contact: to.name },
          path: ["call", "to", "line"],
          severity: "warning",
          suggestion: "Ask the consultant who put you forward for their direct line or mobile.",
        });
      }
      return;
    }
    if (to.line === "general") {
      context.report({ messageId: "markedGeneral", data, path: ["call", "to", "line"], suggestion });
      return;
    }
    const parsed = parsePhone(to.number, plan.region);
    if (parsed === undefined || !parsed.possible) {
      context.report({ messageId: "unparseable", data, path, severity: "warning" });
      return;
    }
    const type = parsed.type();
    if (type !== undefined && GENERAL_TYPES[type]) {
      context.report({ messageId: "generalType", data: { ...data, type: GENERAL_TYPES[type] as string }, path, suggestion });
      return;
    }
    const main = plan.company?.mainNumber;
    if (main !== undefined && toE164(main, plan.region) === parsed.e164) {
      context.report({ messageId: "mainNumber", data, path, suggestion });
    }
  },
});
