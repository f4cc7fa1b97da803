import { planOf } from "./engine/ruleInputs";
import { defineRule } from "./defineRule";

/** C4: LinkedIn only where you were already in touch there. */
export default /* @__PURE__ */ defineRule({
  id: "no-cold-linkedin",
  meta: {
    description: "Do not follow up through LinkedIn unless you were already in touch there.",
    defaultSeverity: "warning",
    sources: ["rednax"],
    derived: false,
    messages: { cold: "Reaching {{name}} through LinkedIn without earlier contact there comes across as unprofessional." },
  },
  check(context) {
    const plan = planOf(context);
    if (plan === undefined || plan.call.channel !== "linkedin" || plan.priorLinkedInContact === true) return;
    context.report({
      messageId: "cold",
      data: { name: plan.call.to.name },
      path: ["call", "channel"],
      suggestion: "Call their direct number, or email them from the address they used with you.",
    });
  },
});
