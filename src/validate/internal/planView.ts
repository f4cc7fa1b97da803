import type { HistoryView, InstantView, PlanView } from "../../rules/api/context";
import type { ParsedCallPlan } from "../../schemas";
import { isoDateFromDay } from "../../time/civil";
import { formatLocalIso } from "../../time/zonedTime";

function instant(ms: number, timeZone: string): InstantView {
  return Object.freeze({ date: new Date(ms), iso: formatLocalIso(ms, timeZone) });
}

function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}

/** The plan as plugins see it: read-only, with `Date`s and ISO strings instead of epoch ms and day numbers. */
export function planView(plan: ParsedCallPlan): PlanView {
  const zone = plan.interview.timeZone;
  const history: HistoryView[] | undefined = plan.history?.map((entry) =>
    Object.freeze({
      channel: entry.channel,
      at: instant(entry.at, zone),
      ...optional("to", entry.to ? Object.freeze({ ...entry.to }) : undefined),
      ...optional("outcome", entry.outcome),
      ...optional("callbackRequestedOn", entry.callbackRequestedOn === undefined ? undefined : isoDateFromDay(entry.callbackRequestedOn)),
    }),
  );
  return Object.freeze({
    candidate: Object.freeze({ ...plan.candidate }),
    interview: Object.freeze({
      ...plan.interview,
      at: instant(plan.interview.at, zone),
      ...optional("topics", plan.interview.topics ? Object.freeze([...plan.interview.topics]) : undefined),
    }),
    call: Object.freeze({ ...plan.call, at: instant(plan.call.at, zone), to: Object.freeze({ ...plan.call.to }) }),
    ...optional("company", plan.company ? Object.freeze({ ...plan.company }) : undefined),
    ...optional("region", plan.region),
    ...optional("history", history ? Object.freeze(history) : undefined),
    ...optional("thankYouEmailSentAt", plan.thankYouEmailSentAt === undefined ? undefined : instant(plan.thankYouEmailSentAt, zone)),
    ...optional("callbackRequestedOn", plan.callbackRequestedOn === undefined ? undefined : isoDateFromDay(plan.callbackRequestedOn)),
    ...optional("decisionExpectedBy", plan.decisionExpectedBy === undefined ? undefined : isoDateFromDay(plan.decisionExpectedBy)),
    ...optional("viaAgency", plan.viaAgency),
    ...optional("priorLinkedInContact", plan.priorLinkedInContact),
    stage: plan.stage ?? "pre-decision",
    ...optional("holidays", plan.holidays ? Object.freeze(plan.holidays.map(isoDateFromDay)) : undefined),
  }) as PlanView;
}
