import { FollowUpInputError } from "../errors";
import { parseFollowUpInput, type ConversationStage, type FollowUpInput, type ParsedFollowUpInput } from "../schemas";
import { isoDateFromDay } from "../time/civil";
import { makeWorkingWeek, isWorkingDay } from "../time/workingWeek";
import { formatLocalIso, fromLocal, toLocal } from "../time/zonedTime";
import { recommendCallTime, type CallTimeRecommendation, type CallWindow } from "../timing/bestCallTime";
import { TIMING_DEFAULTS } from "../timing/timingContext";
import { employerCallbackDay, employerNewsAt } from "../timing/employerContact";
import { advice, type Advice } from "./advice";
import type { ScriptChoice } from "./afterCall";
import type { ScriptVariant } from "../script/renderScript";

/** What a step of the follow-up is. */
export type FollowUpStepKind = "thank-you-email" | "call" | "voicemail" | "written-follow-up" | "reply" | "stop";

/** Where a step stands at `now`. */
export type FollowUpStepStatus = "done" | "due" | "upcoming" | "skipped";

/** One dated step of the follow-up. */
export interface FollowUpStep {
  readonly kind: FollowUpStepKind;
  /** `"phone"` for calls and voicemails; `"none"` for the final "stop". */
  readonly channel: "email" | "phone" | "linkedin" | "none";
  readonly status: FollowUpStepStatus;
  /** When to do it, when it was done, or (skipped) when it would have been; absent for "stop". */
  readonly at?: Date;
  /** `at` on the interviewer's clock, with its offset. */
  readonly atLocal?: string;
  /** For a call: the window to call in, on the interviewer's clock. */
  readonly window?: CallWindow;
  /** For a call: the same window on the candidate's clock, when `callerTimeZone` was given. */
  readonly caller?: { readonly timeZone: string; readonly startLocal: string; readonly endLocal: string };
  /** The script to use (see `renderScript`). */
  readonly script?: ScriptChoice;
  /** For a call: past the allowed dates (`bestCallTime`'s `late`): the reasons say what to do. */
  readonly late?: boolean;
  /** Why, and when not. */
  readonly reasons: readonly Advice[];
}

/** The whole follow-up, in time order. */
export interface FollowUpPlan {
  /** The moment the plan was made for (`now`, or the end of the interview without it). */
  readonly plannedAt: Date;
  /** The interviewer's zone, which every `atLocal` is on. */
  readonly timeZone: string;
  readonly stage: ConversationStage;
  readonly steps: readonly FollowUpStep[];
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
// C6: the written follow-up comes about a week after the call.
const WRITTEN_AFTER_DAYS = 7;

type HistoryEntry = NonNullable<ParsedFollowUpInput["history"]>[number];

const CALL_RESULTS: Readonly<Record<NonNullable<HistoryEntry["outcome"]>, string>> = {
  connected: "Called, and spoke to them.",
  voicemail: "Called, and left a voicemail.",
  "no-answer": "Called; nobody answered and no message was left.",
  "asked-to-call-back": "Called; they asked to be called back on a date.",
};

function isCall(entry: HistoryEntry): boolean {
  return entry.channel === "call" || entry.channel === "voicemail";
}

function leftVoicemail(entry: HistoryEntry): boolean {
  return entry.channel === "voicemail" || entry.outcome === "voicemail";
}

function stamp(ms: number, timeZone: string): { at: Date; atLocal: string } {
  return { at: new Date(ms), atLocal: formatLocalIso(ms, timeZone) };
}

/**
 * The written follow-up's moment: the first working day at least a week after the call, at the
 * start of late morning on the interviewer's clock (a message is read sooner in working hours).
 */
function writtenMoment(input: ParsedFollowUpInput, afterMs: number, nowMs: number): number {
  const zone = input.timeZone;
  const week = makeWorkingWeek(input.workingHours?.days ?? TIMING_DEFAULTS.days, input.holidays ?? []);
  let day = toLocal(afterMs, zone).day + WRITTEN_AFTER_DAYS;
  for (let guard = 0; guard < 400 && !isWorkingDay(week, day); guard++) day++;
  const moment = fromLocal(day, (input.lateMorning ?? TIMING_DEFAULTS.lateMorning).start, zone).instantMs;
  return Math.max(moment, nowMs);
}

function statusAt(ms: number, nowMs: number, timeZone: string): FollowUpStepStatus {
  // Due once its day has come on the interviewer's clock; upcoming before.
  return toLocal(ms, timeZone).day <= toLocal(nowMs, timeZone).day ? "due" : "upcoming";
}

function callStep(kind: "call" | "reply", recommendation: CallTimeRecommendation, nowMs: number, script: ScriptChoice, extra: readonly Advice[] = []): FollowUpStep {
  return {
    kind,
    channel: "phone",
    status: statusAt(recommendation.at.getTime(), nowMs, recommendation.timeZone),
    at: recommendation.at,
    atLocal: recommendation.atLocal,
    window: recommendation.window,
    ...(recommendation.caller ? { caller: recommendation.caller } : {}),
    script,
    ...(recommendation.late ? { late: true } : {}),
    reasons: [...extra, ...recommendation.reasons.map((reason) => advice(reason.ruleId, reason.sources as Advice["sources"], reason.message))],
  };
}

function thankYouStep(input: ParsedFollowUpInput, nowMs: number, interviewEndMs: number): FollowUpStep {
  const zone = input.timeZone;
  const deadline = input.interviewedAt + DAY;
  const script = { kind: "thank-you-email", variant: "brief" } as const;
  const basis = advice("C7", ["monster"], "Send a thank-you email within 24 hours of the interview, before any call.");
  const sentAt = input.thankYouEmailSentAt ?? input.history?.find((entry) => entry.channel === "email" && entry.at >= input.interviewedAt && entry.at <= deadline)?.at;
  if (sentAt !== undefined) return { kind: "thank-you-email", channel: "email", status: "done", ...stamp(sentAt, zone), script, reasons: [basis] };
  if (nowMs <= deadline) {
    const start = Math.max(nowMs, interviewEndMs);
    return {
      kind: "thank-you-email",
      channel: "email",
      status: "due",
      ...stamp(start, zone),
      window: { start: new Date(start), end: new Date(deadline), startLocal: formatLocalIso(start, zone), endLocal: formatLocalIso(deadline, zone) },
      script,
      reasons: [basis],
    };
  }
  return {
    kind: "thank-you-email",
    channel: "email",
    status: "skipped",
    // The deadline it missed: a calendar made from an earlier plan can cancel the event.
    ...stamp(deadline, zone),
    reasons: [basis, advice("derived", [], "The 24 hours have passed: rather than a late email, thank them for the interview when you call.")],
  };
}

/** Which follow-up email fits what happened on the call. */
type WrittenAfter = "conversation" | "voicemail" | "no-conversation";

const WRITTEN_VARIANTS: Readonly<Record<WrittenAfter, ScriptVariant<"follow-up-email">>> = { conversation: "brief", voicemail: "after-voicemail", "no-conversation": "no-call" };

function writtenStep(input: ParsedFollowUpInput, afterMs: number, nowMs: number, after: WrittenAfter, extra: readonly Advice[] = []): FollowUpStep {
  const zone = input.timeZone;
  const channel = input.priorLinkedInContact === true ? "linkedin" : "email";
  const doneEntry = input.history?.find((entry) => (entry.channel === "email" || entry.channel === "linkedin" || entry.channel === "note") && entry.at > afterMs);
  const script = { kind: "follow-up-email", variant: WRITTEN_VARIANTS[after] } as const;
  const reasons = [
    ...extra,
    advice(
      "C6",
      ["monster"],
      channel === "linkedin"
        ? "About a week after the call, follow up in writing: you were in touch on LinkedIn before, so a message there suits (C4)."
        : "About a week after the call, follow up in writing by email, not with another call.",
    ),
  ];
  if (doneEntry !== undefined) return { kind: "written-follow-up", channel, status: "done", ...stamp(doneEntry.at, zone), script, reasons };
  const at = writtenMoment(input, afterMs, nowMs);
  return { kind: "written-follow-up", channel, status: statusAt(at, nowMs, zone), ...stamp(at, zone), script, reasons };
}

function stopStep(writtenDone: boolean): FollowUpStep {
  return {
    kind: "stop",
    channel: "none",
    status: writtenDone ? "due" : "upcoming",
    reasons: [advice("C5", ["rednax", "monster"], "After one call and one written follow-up, wait for them: more contact reads as pressure.")],
  };
}

function decidedSteps(input: ParsedFollowUpInput, nowMs: number): FollowUpStep[] {
  const offer = input.stage === "after-offer";
  const newsMs = employerNewsAt({ ...input, interviewMs: input.interviewedAt }, nowMs) ?? input.interviewedAt;
  const repliedAt = input.history?.find((entry) => entry.at >= newsMs && entry.outcome === "connected" && isCall(entry))?.at;
  const script = { kind: offer ? "after-offer" : "after-rejection", variant: "brief" } as const;
  const basis = offer
    ? advice("A1", ["chulaw"], "Thank them, ask for the offer in writing and for the next steps (the contract, checks, the start date, any training day).")
    : advice("A2", ["chulaw"], "Thank them, ask for feedback and about other openings, and ask to be kept in mind.");
  if (repliedAt !== undefined) {
    return [
      { kind: "reply", channel: "phone", status: "done", ...stamp(repliedAt, input.timeZone), script, reasons: [basis] },
      {
        kind: "stop",
        channel: "none",
        status: "due",
        reasons: [advice("A4", ["chulaw"], offer ? "Wait for the written offer, then answer it in writing." : "Leave it on a good note.")],
      },
    ];
  }
  const recommendation = recommendCallTime({ ...input, employerContactedAt: newsMs, now: Math.max(nowMs, newsMs) });
  return [callStep("reply", recommendation, nowMs, script, [basis]), stopStep(false)];
}

function preDecisionSteps(input: ParsedFollowUpInput, nowMs: number): FollowUpStep[] {
  const zone = input.timeZone;
  const calls = (input.history ?? []).filter((entry) => isCall(entry) && entry.at >= input.interviewedAt).sort((a, b) => a.at - b.at);
  // Each call made is a done "call" step, followed by what became of its voicemail fallback:
  // done when a message was left, skipped otherwise (kept, with the call's time, so a calendar
  // built from an earlier plan can cancel that event).
  const steps: FollowUpStep[] = calls.flatMap((entry): FollowUpStep[] => {
    const when = stamp(entry.at, zone);
    const voicemail = leftVoicemail(entry);
    return [
      {
        kind: "call",
        channel: "phone",
        status: "done",
        ...when,
        reasons: [advice("C5", ["rednax", "monster"], CALL_RESULTS[voicemail ? "voicemail" : (entry.outcome ?? "connected")])],
      },
      {
        kind: "voicemail",
        channel: "phone",
        status: voicemail ? "done" : "skipped",
        ...when,
        reasons: [advice("S10", ["rednax", "monster"], voicemail ? "A voicemail was left: they know you called." : "No voicemail was left on this call.")],
      },
    ];
  });
  const last = calls[calls.length - 1];
  const callback = employerCallbackDay(input);
  const callbackPending = callback !== undefined && (last === undefined || toLocal(last.at, zone).day < callback);

  if (last === undefined || callbackPending) {
    // T3: a call on the day they asked for is not a repeat; otherwise the first and only call.
    const recommendation = recommendCallTime({ ...input, now: nowMs, ...(callbackPending ? { callbackRequestedOn: callback } : {}) });
    const lateAfterDay = toLocal(input.interviewedAt, zone).day + (input.lateAfterDays ?? TIMING_DEFAULTS.lateAfterDays);
    if (!callbackPending && toLocal(recommendation.at.getTime(), zone).day > lateAfterDay) {
      const tooLate = advice(
        "derived",
        [],
        `It is more than ${input.lateAfterDays ?? TIMING_DEFAULTS.lateAfterDays} days since the interview: a call would come out of the blue, so write instead.`,
      );
      steps.push({ kind: "call", channel: "phone", status: "skipped", ...stamp(nowMs, zone), reasons: [tooLate] });
      const written = writtenStep(input, nowMs - WRITTEN_AFTER_DAYS * DAY, nowMs, "no-conversation", [tooLate]);
      steps.push(written, stopStep(written.status === "done"));
      return steps;
    }
    const call = callStep("call", recommendation, nowMs, { kind: "call", variant: "brief" }, [
      callbackPending
        ? advice("T3", ["rednax"], `The employer asked to be called on ${isoDateFromDay(callback)}: this call keeps their date and is not a repeat call.`)
        : advice("C1", ["rednax", "monster"], "Call the interviewer's direct line, once."),
    ]);
    steps.push(call, {
      kind: "voicemail",
      channel: "phone",
      status: call.status,
      ...(call.at ? { at: call.at, atLocal: call.atLocal as string } : {}),
      ...(call.caller ? { caller: call.caller } : {}),
      script: { kind: "voicemail", variant: "brief" },
      reasons: [
        advice("S10", ["rednax", "monster"], "If voicemail answers, leave one short message with your number, said twice; then do not call again."),
        advice("C5", ["rednax", "monster"], "One message is enough: they know you called."),
      ],
    });
    const written = writtenStep(input, (call.at as Date).getTime(), nowMs, "conversation", [
      advice("C6", ["monster"], "If the call does not settle things (no answer, or no decision yet), follow up in writing about a week later."),
    ]);
    steps.push(written, stopStep(written.status === "done"));
    return steps;
  }
  // The call has been made: answered, a voicemail left, or no answer. The next step is written (C5, C6).
  const written = writtenStep(
    input,
    last.at,
    nowMs,
    leftVoicemail(last) ? "voicemail" : last.outcome === "no-answer" ? "no-conversation" : "conversation",
    last.outcome === "no-answer" ? [advice("C5", ["rednax", "monster"], "Nobody answered: rather than ring again, follow up in writing; next time, leave a voicemail.")] : [],
  );
  steps.push(written, stopStep(written.status === "done"));
  return steps;
}

/**
 * Plans the whole follow-up as dated steps: the thank-you email within 24 hours (C7), the call
 * in its window on both clocks (from `bestCallTime`), the voicemail if nobody answers (S10),
 * one written follow-up about a week after the call (C6; LinkedIn only with earlier contact
 * there, C4), then stop (C5). Re-plan after each event by adding it to `history`: a call made
 * means no second call, a voicemail left means a written follow-up, a callback date asked for
 * is kept and is not a repeat (T3), past `lateAfterDays` the plan turns to writing, and after an
 * offer or a rejection (`stage`) the reply is planned instead. Steps come in time order; none is
 * before `now` unless it is done. See docs/planning.md.
 *
 * @param input - The timing input (with `now`) and what has happened: `thankYouEmailSentAt`, `history`, `stage`, `priorLinkedInContact`.
 * @returns The steps, each with its status, time (or window on both clocks), script and reasons.
 * @throws FollowUpInputError when the input is malformed, as `bestCallTime` would.
 * @example
 * ```ts
 * const plan = planFollowUp({
 *   interviewedAt: "2026-11-10T14:00:00-05:00",
 *   timeZone: "America/New_York",
 *   callerTimeZone: "Europe/London",
 *   now: "2026-11-10T16:00:00-05:00",
 * });
 * plan.steps.map((step) => `${step.kind} ${step.status}`);
 * // ["thank-you-email due", "call upcoming", "voicemail upcoming", "written-follow-up upcoming", "stop upcoming"]
 * plan.steps[1]?.caller?.startLocal; // "2026-11-17T15:00:00+00:00"
 * ```
 * @category Planning
 */
export function planFollowUp(input: FollowUpInput): FollowUpPlan {
  const parsed = parseFollowUpInput(input);
  const interviewEndMs = parsed.interviewedAt + (parsed.interviewMinutes ?? TIMING_DEFAULTS.interviewMinutes) * 60_000;
  const nowMs = parsed.now ?? interviewEndMs;
  const beforeInterview = (parsed.history ?? []).flatMap((entry, index) =>
    entry.at < parsed.interviewedAt ? [{ path: ["history", index, "at"], message: "is before the interview" }] : [],
  );
  if (beforeInterview.length > 0) throw new FollowUpInputError(beforeInterview, "Invalid follow-up input");
  const stage = parsed.stage ?? "pre-decision";
  const thankYou = thankYouStep(parsed, nowMs, interviewEndMs);
  const rest = stage === "pre-decision" ? preDecisionSteps(parsed, nowMs) : decidedSteps(parsed, nowMs);
  return { plannedAt: new Date(nowMs), timeZone: parsed.timeZone, stage, steps: inTimeOrder([thankYou, ...rest]) };
}

/** Steps sorted by time, "stop" last. */
function inTimeOrder(steps: readonly FollowUpStep[]): FollowUpStep[] {
  let previous = Number.NEGATIVE_INFINITY;
  const keyed = steps.map((step, index) => {
    previous = step.kind === "stop" ? Number.POSITIVE_INFINITY : (step.at?.getTime() ?? previous);
    return { step, key: previous, index };
  });
  return keyed.sort((a, b) => a.key - b.key || a.index - b.index).map(({ step }) => step);
}
