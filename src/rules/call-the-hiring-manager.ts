import { planOf } from "./engine/ruleInputs";
import { defineRule } from "./defineRule";

const ROLE_NAMES: Readonly<Record<string, string>> = {
  hr: "HR",
  recruiter: "an in-house recruiter",
  reception: "reception",
  other: "someone other than the interviewer",
  agency: "an agency",
};

/** C1, C2: call the hiring manager or interviewer; through an agency, the agency. */
export default /* @__PURE__ */ defineRule({
  id: "call-the-hiring-manager",
  meta: {
    description: "Call the hiring manager or the person who interviewed you; through an agency, call the agency.",
    defaultSeverity: "warning",
    sources: ["rednax", "monster"],
    derived: false,
    messages: {
      wrongPerson: "This call goes to {{who}}; the follow-up belongs with {{interviewer}}, who will decide.",
      bypassesAgency: "You applied through an agency: follow up with your agency contact, not the employer directly.",
    },
  },
  check(context) {
    const plan = planOf(context);
    if (plan === undefined) return;
    const { role } = plan.call.to;
    const path = ["call", "to", "role"];
    if (plan.viaAgency) {
      if (role !== "agency") context.report({ messageId: "bypassesAgency", path, suggestion: "Call the consultant at the agency who put you forward." });
      return;
    }
    if (role === "hiring-manager" || role === "interviewer") return;
    context.report({
      messageId: "wrongPerson",
      data: { who: ROLE_NAMES[role] ?? role, interviewer: plan.interview.interviewerName },
      path,
      suggestion: `Call ${plan.interview.interviewerName} directly; ask HR only for their number.`,
    });
  },
});
