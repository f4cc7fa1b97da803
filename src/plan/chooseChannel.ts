import * as z from "zod/mini";
import { inputObject, parseOrThrow } from "../schemas";
import { TIMING_DEFAULTS } from "../timing/timingContext";
import { advice, type Advice } from "./advice";

/** How to follow up: a phone call, an email, a handwritten note, or a LinkedIn message. */
export type FollowUpChannel = "call" | "email" | "note" | "linkedin";

/** What is known about the follow-up so far. Every field is optional; unknown means "not said". */
export interface ChannelSituation {
  /** A follow-up call was already made (answered or not): the next contact is written (C5, C6). */
  callAlreadyMade?: boolean;
  /** The interviewer's direct number or mobile is known (C1, C3). */
  directNumberKnown?: boolean;
  /** You were in touch with the interviewer on LinkedIn before (C4). */
  priorLinkedInContact?: boolean;
  /** You need an answer soon, for example because of another offer with a deadline (C8). */
  needAnswerSoon?: boolean;
  /** The job itself is done on the phone: sales, a call centre, phone banking (C8). */
  phoneCentredRole?: boolean;
  /** Writing is one of your strengths (C8: a call suits those for whom it is not). */
  comfortableWriting?: boolean;
  /** You left the interview with a strong feeling and want to act on it (C8). */
  interviewWentWell?: boolean;
  /** Whole days since the interview. */
  daysSinceInterview?: number;
  /** Days after which a call comes out of the blue (derived). Default 30. */
  lateAfterDays?: number;
}

/** The channel to use, why, and the others that would also do, best first. */
export interface ChannelChoice {
  readonly channel: FollowUpChannel;
  readonly reasons: readonly Advice[];
  readonly alternatives: readonly FollowUpChannel[];
}

let situationSchema: ReturnType<typeof buildSituationSchema> | undefined;

function buildSituationSchema() {
  const flag = () => z.optional(z.boolean({ error: "must be true or false" }));
  const days = () =>
    z.optional(z.int({ error: "must be a whole number of days" }).check(z.minimum(0, { error: "must not be negative" }), z.maximum(3_650, { error: "must be at most 3650" })));
  return inputObject(
    {
      callAlreadyMade: flag(),
      directNumberKnown: flag(),
      priorLinkedInContact: flag(),
      needAnswerSoon: flag(),
      phoneCentredRole: flag(),
      comfortableWriting: flag(),
      interviewWentWell: flag(),
      daysSinceInterview: days(),
      lateAfterDays: days(),
    },
    { error: (issue) => (issue.code === "invalid_type" ? "the situation must be an object like { directNumberKnown: true }" : undefined) },
  );
}

/** The situation, checked; `null` and `""` read as "not said", as everywhere in the library. */
function checkSituation(situation: unknown): ChannelSituation {
  situationSchema ??= buildSituationSchema();
  return parseOrThrow(situationSchema, situation ?? {}, "Invalid channel situation");
}

/** The written channel: LinkedIn only where you were already in touch there (C4), else email. */
function writtenChannel(situation: ChannelSituation): FollowUpChannel {
  return situation.priorLinkedInContact === true ? "linkedin" : "email";
}

function others(chosen: FollowUpChannel, situation: ChannelSituation, callPossible: boolean): FollowUpChannel[] {
  const order: FollowUpChannel[] = [];
  if (callPossible) order.push("call");
  order.push("email");
  // A handwritten note takes days to arrive: no use when an answer is needed soon.
  if (situation.needAnswerSoon !== true) order.push("note");
  if (situation.priorLinkedInContact === true) order.push("linkedin");
  return order.filter((channel) => channel !== chosen);
}

/**
 * Chooses how to follow up: a call, an email, a handwritten note or a LinkedIn message (C4, C5,
 * C6, C8; see docs/planning.md). A call is the follow-up this library plans, and the better
 * choice when the interview went well, the job is phone work, writing is not your strength, or
 * you need an answer soon; it needs a direct number, and one call is enough. LinkedIn only
 * where you were already in touch there. Far past the interview, write.
 *
 * @param situation - What is known; every field optional.
 * @returns The channel, the reasons with their sources, and the alternatives, best first.
 * @throws FollowUpInputError for a field that is not a boolean (or a day count), or an unknown field.
 * @example
 * ```ts
 * chooseChannel({ directNumberKnown: true, needAnswerSoon: true }).channel; // "call"
 * chooseChannel({ callAlreadyMade: true, priorLinkedInContact: true }).channel; // "linkedin"
 * chooseChannel({ directNumberKnown: false }).channel; // "email"
 * ```
 * @category Planning
 */
export function chooseChannel(situation: ChannelSituation = {}): ChannelChoice {
  const known = checkSituation(situation);
  const lateAfterDays = known.lateAfterDays ?? TIMING_DEFAULTS.lateAfterDays;
  const reasons: Advice[] = [];
  const choose = (channel: FollowUpChannel, callPossible: boolean): ChannelChoice => ({
    channel,
    reasons,
    alternatives: others(channel, known, callPossible),
  });

  if (known.callAlreadyMade === true) {
    reasons.push(advice("C5", ["rednax", "monster"], "You have already called once: a second call reads as pressure."));
    reasons.push(
      advice(
        "C6",
        ["monster"],
        known.priorLinkedInContact === true
          ? "Follow up in writing about a week after the call; you were already in touch on LinkedIn, so a message there suits."
          : "Follow up in writing, by email, about a week after the call.",
      ),
    );
    return choose(writtenChannel(known), false);
  }
  if (known.daysSinceInterview !== undefined && known.daysSinceInterview > lateAfterDays) {
    reasons.push(
      advice(
        "derived",
        [],
        `It is ${known.daysSinceInterview} days since the interview, more than ${lateAfterDays}: a call would come out of the blue, and a short email asking where things stand does better.`,
      ),
    );
    return choose(writtenChannel(known), false);
  }
  if (known.directNumberKnown === false) {
    reasons.push(
      advice(
        "C1",
        ["rednax", "monster"],
        "Without the interviewer's direct number a call would go to a switchboard or a general line: write instead, or find the number first (an email signature, the company site, LinkedIn).",
      ),
    );
    return choose(writtenChannel(known), false);
  }

  const forCall: Advice[] = [];
  if (known.needAnswerSoon === true) forCall.push(advice("C8", ["rednax", "chulaw"], "You need an answer soon: a call gets one faster than a message waiting in an inbox."));
  if (known.phoneCentredRole === true) forCall.push(advice("C8", ["rednax", "chulaw"], "The job is done on the phone: the call itself shows how you handle one."));
  if (known.comfortableWriting === false) forCall.push(advice("C8", ["rednax", "chulaw"], "Writing is not where you shine: a short call puts your best side forward."));
  if (known.interviewWentWell === true) forCall.push(advice("C8", ["rednax", "chulaw"], "You left the interview with a strong feeling: a call acts on it while it is fresh."));
  if (forCall.length === 0 && known.comfortableWriting === true) {
    reasons.push(
      advice(
        "C8",
        ["rednax", "chulaw"],
        "Nothing here calls for the phone, and writing suits you: a well-written email is as good a follow-up, and easier for a busy interviewer to answer.",
      ),
    );
    return choose("email", true);
  }
  reasons.push(...forCall);
  if (forCall.length === 0) reasons.push(advice("C1", ["rednax", "monster"], "A short call to the interviewer's direct line is the follow-up the articles describe."));
  if (known.directNumberKnown === undefined)
    reasons.push(advice("C3", ["monster"], "Call only a direct number: look for it in an email signature, on the company site or on LinkedIn."));
  reasons.push(advice("C5", ["rednax", "monster"], "Call once; if that does not settle things, the next follow-up is written."));
  return choose("call", true);
}
