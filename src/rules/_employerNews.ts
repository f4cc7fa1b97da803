import type { ParsedCallPlan } from "../schemas";

/**
 * When the employer's answer (an offer or a rejection) reached the candidate: the plan's
 * `employerContactedAt`, else the latest connected call in the history, else the interview.
 * `undefined` while they are still deciding: then everything counts from the interview.
 */
export function employerNewsAt(plan: ParsedCallPlan): number | undefined {
  if (plan.stage === undefined || plan.stage === "pre-decision") return undefined;
  if (plan.employerContactedAt !== undefined) return plan.employerContactedAt;
  let latest = plan.interview.at;
  for (const entry of plan.history ?? []) if (entry.outcome === "connected" && entry.at > latest && entry.at <= plan.call.at) latest = entry.at;
  return latest;
}
