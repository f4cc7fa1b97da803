import { echo, FollowUpInputError } from "../errors";
import type { ConversationStage, ScriptKind } from "../schemas";
import type { ScriptVariant } from "../script/renderScript";
import { advice, type Advice } from "./advice";

/** How the follow-up call ended. */
export type CallOutcome = "offer" | "rejection" | "no-decision" | "voicemail" | "no-answer" | "asked-to-call-back";

/**
 * Every outcome `afterCall` knows, in the order of the docs.
 *
 * @example
 * ```ts
 * for (const outcome of afterCallOutcomes) console.log(outcome, afterCall(outcome).script?.kind);
 * ```
 * @category Planning
 */
export const afterCallOutcomes: readonly CallOutcome[] = /* @__PURE__ */ Object.freeze([
  "offer",
  "rejection",
  "no-decision",
  "voicemail",
  "no-answer",
  "asked-to-call-back",
] as const);

/** A script to use, by kind and one of that kind's built-in variants (see `renderScript`). */
export type ScriptChoice = { readonly [Kind in ScriptKind]: { readonly kind: Kind; readonly variant: ScriptVariant<Kind> } }[ScriptKind];

/** One thing to do next. */
export interface NextStep {
  /** What kind of step: say something now, ask, write, call, or wait. */
  readonly action: "say" | "ask" | "write" | "call" | "wait" | "stop";
  readonly advice: Advice;
  /** The script for it, when the library has one. */
  readonly script?: ScriptChoice;
}

/** What to do after the call. */
export interface AfterCall {
  readonly outcome: CallOutcome;
  /** The stage the process is now at: pass it as `stage` to later checks and plans. */
  readonly stage: ConversationStage;
  /** The steps, in order. */
  readonly steps: readonly NextStep[];
  /** Questions worth asking at this point, with their basis. */
  readonly questions: readonly Advice[];
  /** The script for the moment, when there is one. */
  readonly script?: ScriptChoice;
  /** Whether another call is in order: only when they asked for one (C5, T3). */
  readonly callAgain: boolean;
}

const CHULAW = ["chulaw"] as const;
const BOTH = ["rednax", "monster"] as const;

function build(outcome: CallOutcome): AfterCall {
  switch (outcome) {
    case "offer": {
      const script = { kind: "after-offer", variant: "brief" } as const;
      return {
        outcome,
        stage: "after-offer",
        script,
        callAgain: false,
        steps: [
          { action: "say", advice: advice("A4", CHULAW, "Thank them warmly, and keep it brief."), script },
          { action: "ask", advice: advice("A1", CHULAW, "Ask for the offer in writing, and for the next steps, before you accept anything.") },
          {
            action: "say",
            advice: advice(
              "D7",
              ["rednax"],
              "If you already know you will not take it, say so now rather than keep the place from someone else; strong interest followed by a refusal leaves a poor impression.",
            ),
          },
          { action: "write", advice: advice("A1", CHULAW, "Once the written offer arrives, reply by the date they give, in writing.") },
        ],
        questions: [
          advice("A1", CHULAW, "How does signing the contract work, and by when?"),
          advice("A1", CHULAW, "What start date do you have in mind?"),
          advice("A1", CHULAW, "Are there checks before I start, such as references, a background check or a drug test?"),
          advice("A1", CHULAW, "Is there a training or induction day to plan for?"),
        ],
      };
    }
    case "rejection": {
      const script = { kind: "after-rejection", variant: "brief" } as const;
      return {
        outcome,
        stage: "after-rejection",
        script,
        callAgain: false,
        steps: [
          { action: "say", advice: advice("S11", ["rednax", "monster", "chulaw"], "Stay positive and thank them for letting you know."), script },
          { action: "ask", advice: advice("A2", CHULAW, "Ask for feedback, about other openings, and to be kept in mind.") },
          { action: "stop", advice: advice("A4", CHULAW, "End on a good note and wish them well: second choices are often called when a hire leaves early.") },
        ],
        questions: [
          advice("A2", CHULAW, "Would you share any feedback on my interview, and what I could do better?"),
          advice("A3", CHULAW, "Was there something the person you chose brought that I could work on? (Fine now that they have decided.)"),
          advice("A2", CHULAW, "Are there other openings here that might suit me?"),
          advice("A2", CHULAW, "If the role opens again, would you keep me in mind?"),
        ],
      };
    }
    case "no-decision": {
      const script = { kind: "no-decision", variant: "brief" } as const;
      return {
        outcome,
        stage: "pre-decision",
        script,
        callAgain: false,
        steps: [
          { action: "say", advice: advice("A4", CHULAW, "Thank them, say you understand, and end on a high note."), script },
          {
            action: "write",
            advice: advice("C6", ["monster"], "If you hear nothing, follow up in writing about a week later, not with another call."),
            script: { kind: "follow-up-email", variant: "brief" },
          },
          { action: "stop", advice: advice("C5", BOTH, "After that, wait: more contact reads as pressure.") },
        ],
        questions: [advice("S5", BOTH, "When do you expect to make a decision, or what are the next steps?")],
      };
    }
    case "voicemail":
      return {
        outcome,
        stage: "pre-decision",
        callAgain: false,
        steps: [
          { action: "wait", advice: advice("C5", BOTH, "You have left your message: do not call again, they know you called.") },
          {
            action: "write",
            advice: advice("C6", ["monster"], "If they have not called back in about a week, follow up in writing, saying you left a voicemail."),
            script: { kind: "follow-up-email", variant: "after-voicemail" },
          },
          { action: "stop", advice: advice("C5", BOTH, "After that, wait for them.") },
        ],
        questions: [],
      };
    case "no-answer":
      return {
        outcome,
        stage: "pre-decision",
        callAgain: false,
        steps: [
          {
            action: "wait",
            advice: advice("C5", BOTH, "Do not keep ringing: one call is the follow-up, and a missed call shows on their phone."),
          },
          {
            action: "write",
            advice: advice("C6", ["monster"], "Follow up in writing about a week later instead. (Next time voicemail answers, leave a short message: S10.)"),
            script: { kind: "follow-up-email", variant: "no-call" },
          },
          { action: "stop", advice: advice("C5", BOTH, "After that, wait for them.") },
        ],
        questions: [],
      };
    case "asked-to-call-back": {
      const script = { kind: "call", variant: "brief" } as const;
      return {
        outcome,
        stage: "pre-decision",
        script,
        callAgain: true,
        steps: [
          { action: "say", advice: advice("A4", CHULAW, "Thank them, and confirm the day (and time) they named.") },
          { action: "call", advice: advice("T3", ["rednax"], "Call back on exactly that day: it is not a repeat call, they asked for it."), script },
        ],
        questions: [advice("T3", ["rednax"], "Which day, and what time of day, suits you best for me to call back?")],
      };
    }
  }
}

const cache = new Map<CallOutcome, AfterCall>();

/**
 * What to do after the follow-up call, for each way it can end: the next steps in order, the
 * questions worth asking (A1–A4, C5, C6, D7, T3), the script for the moment, and the stage the
 * process is now at. Pure data: the same outcome gives the same (frozen) answer.
 *
 * @param outcome - `"offer"`, `"rejection"`, `"no-decision"`, `"voicemail"`, `"no-answer"` or `"asked-to-call-back"`.
 * @returns The steps, questions, script and stage.
 * @throws FollowUpInputError for any other outcome.
 * @example
 * ```ts
 * const next = afterCall("offer");
 * next.stage;                                   // "after-offer"
 * next.script;                                  // { kind: "after-offer", variant: "brief" }
 * next.questions.map((question) => question.message);
 * // ["How does signing the contract work, and by when?", "What start date do you have in mind?", …]
 * ```
 * @category Planning
 */
export function afterCall(outcome: CallOutcome): AfterCall {
  if (typeof outcome !== "string" || !(afterCallOutcomes as readonly string[]).includes(outcome)) {
    throw new FollowUpInputError([{ path: ["outcome"], message: `${echo(outcome)} is not an outcome; use one of ${afterCallOutcomes.join(", ")}` }], "Invalid call outcome");
  }
  let answer = cache.get(outcome);
  if (answer === undefined) {
    answer = deepFreeze(build(outcome));
    cache.set(outcome, answer);
  }
  return answer;
}

function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}
