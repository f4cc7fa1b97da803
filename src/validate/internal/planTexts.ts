import type { ParsedCallPlan } from "../../schemas";
import { toLocal } from "../../time/zonedTime";
import { reviewText, type ReviewedText, type ScriptFacts } from "../../text/reviewedText";

/** The facts of a plan that the content rules compare the script and voicemail with. */
export function planFacts(plan: ParsedCallPlan): ScriptFacts {
  const { candidate, interview } = plan;
  return {
    candidateName: candidate.name,
    addressedNames: [interview.interviewerName, plan.call.to.name],
    jobTitle: interview.jobTitle,
    interviewDay: toLocal(interview.at, interview.timeZone).day,
    callDay: toLocal(plan.call.at, interview.timeZone).day,
    ...(interview.topics ? { topics: interview.topics } : {}),
    phone: candidate.phone,
    ...(plan.region ? { region: plan.region } : {}),
    stage: plan.stage ?? "pre-decision",
    values: [candidate.name, candidate.phone, candidate.email ?? "", interview.jobTitle, interview.company, interview.interviewerName, ...(interview.topics ?? [])],
  };
}

/** The plan's script (a live call) and voicemail, ready for the content rules. */
export function planTexts(plan: ParsedCallPlan): ReviewedText[] {
  const facts = planFacts(plan);
  const texts: ReviewedText[] = [];
  if (plan.call.script !== undefined && plan.call.script.trim().length > 0) texts.push(reviewText(plan.call.script, "call", ["call", "script"], facts));
  if (plan.call.voicemail !== undefined && plan.call.voicemail.trim().length > 0) texts.push(reviewText(plan.call.voicemail, "voicemail", ["call", "voicemail"], facts));
  return texts;
}
