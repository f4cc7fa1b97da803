import { planOf } from "./engine/ruleInputs";
import { describeDay, MS_PER_DAY } from "../time/civil";
import { toLocal } from "../time/zonedTime";
import { defineRule } from "./defineRule";

const HOURS_24 = MS_PER_DAY;

/** C7: a thank-you email within 24 hours of the interview, before any call. */
export default /* @__PURE__ */ defineRule({
  id: "thank-you-email-first",
  meta: {
    description: "Send a thank-you email within 24 hours of the interview, before you call.",
    defaultSeverity: "warning",
    sources: ["monster"],
    derived: false,
    messages: {
      missing: "No thank-you email is recorded; send one first, ideally within a day of the interview.",
      late: "The thank-you email went out {{hours}} hours after the interview; within 24 hours is better next time.",
      afterCall: "The thank-you email is planned after the call; send it first.",
      beforeInterview: "The thank-you email is dated before the interview; check thankYouEmailSentAt.",
    },
  },
  check(context) {
    const plan = planOf(context);
    if (plan === undefined) return;
    const sentAt = plan.thankYouEmailSentAt;
    const path = ["thankYouEmailSentAt"];
    if (sentAt === undefined) {
      const deadline = toLocal(plan.interview.at + HOURS_24, plan.interview.timeZone).day;
      context.report({ messageId: "missing", path, suggestion: `Send a short thank-you email by ${describeDay(deadline)}.` });
      return;
    }
    if (sentAt < plan.interview.at) {
      context.report({ messageId: "beforeInterview", path });
      return;
    }
    if (sentAt > plan.call.at) {
      context.report({ messageId: "afterCall", path });
      return;
    }
    const hours = Math.round((sentAt - plan.interview.at) / 3_600_000);
    if (sentAt - plan.interview.at > HOURS_24) context.report({ messageId: "late", data: { hours }, path });
  },
});
