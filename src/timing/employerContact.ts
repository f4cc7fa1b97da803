/** An earlier contact, as the timing and repeat-call rules read it (epoch ms, day numbers). */
export interface ContactRecord {
  readonly at: number;
  readonly outcome?: string;
  readonly callbackRequestedOn?: number;
}

/** What the employer has said so far: the stage, and when they said it. */
export interface EmployerContact {
  readonly stage?: string;
  readonly employerContactedAt?: number;
  readonly callbackRequestedOn?: number;
  readonly interviewMs: number;
  readonly history?: readonly ContactRecord[];
}

/**
 * When the employer's answer (an offer or a rejection) reached the candidate: the given
 * `employerContactedAt`, else the latest connected call up to `untilMs`, else the interview.
 * `undefined` while they are still deciding: then everything counts from the interview. One
 * definition for the linter, the repeat-call rule and the planner.
 */
export function employerNewsAt(contact: EmployerContact, untilMs: number): number | undefined {
  if (contact.stage === undefined || contact.stage === "pre-decision") return undefined;
  if (contact.employerContactedAt !== undefined) return contact.employerContactedAt;
  let latest = contact.interviewMs;
  for (const entry of contact.history ?? []) if (entry.outcome === "connected" && entry.at > latest && entry.at <= untilMs) latest = entry.at;
  return latest;
}

/**
 * The day the employer asked to be called back (T3): the given one, or else the latest recorded
 * in the history, so a callback asked for on an earlier call counts too.
 */
export function employerCallbackDay(contact: Pick<EmployerContact, "callbackRequestedOn" | "history">): number | undefined {
  if (contact.callbackRequestedOn !== undefined) return contact.callbackRequestedOn;
  let latest: ContactRecord | undefined;
  for (const entry of contact.history ?? []) if (entry.callbackRequestedOn !== undefined && (latest === undefined || entry.at > latest.at)) latest = entry;
  return latest?.callbackRequestedOn;
}
