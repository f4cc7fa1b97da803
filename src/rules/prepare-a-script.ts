import { planOf } from "./engine/ruleInputs";
import { defineRule } from "./defineRule";

/** S1: have a script or notes ready before dialling. */
export default /* @__PURE__ */ defineRule({
  id: "prepare-a-script",
  meta: {
    description: "Prepare what you will say before you dial: a short script or notes.",
    defaultSeverity: "info",
    sources: ["rednax", "monster"],
    derived: false,
    messages: { noScript: "There is no script for this call; write down what you will say, and have your CV at hand." },
  },
  check(context) {
    const plan = planOf(context);
    if (plan === undefined || plan.call.channel === "linkedin") return;
    if ((plan.call.script ?? "").trim().length > 0) return;
    context.report({
      messageId: "noScript",
      path: ["call", "script"],
      suggestion: "Write a few lines to say: who you are, the role and the date, thanks, and that you are still interested.",
    });
  },
});
