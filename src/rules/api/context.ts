import type { ConversationStage } from "../../schemas";
import type { Path } from "../../types";

/** An instant as a rule sees it: the moment, and the interviewer's local date and time. */
export interface InstantView {
  readonly date: Date;
  /** ISO 8601 with the interviewer's offset, e.g. `2026-11-24T10:00:00-05:00`. */
  readonly iso: string;
}

/** One entry of the plan's history, as a rule sees it. */
export interface HistoryView {
  readonly channel: "call" | "voicemail" | "email" | "linkedin" | "note";
  readonly at: InstantView;
  readonly to?: { readonly name?: string; readonly number?: string };
  readonly outcome?: "connected" | "voicemail" | "no-answer" | "asked-to-call-back";
  /** `YYYY-MM-DD`. */
  readonly callbackRequestedOn?: string;
}

/** The checked plan as a rule sees it: read-only, instants as `Date` plus local ISO, dates as `YYYY-MM-DD`. */
export interface PlanView {
  readonly candidate: { readonly name: string; readonly phone: string; readonly email?: string };
  readonly interview: {
    readonly at: InstantView;
    readonly timeZone: string;
    readonly jobTitle: string;
    readonly company: string;
    readonly interviewerName: string;
    readonly topics?: readonly string[];
  };
  readonly call: {
    readonly at: InstantView;
    readonly to: { readonly name: string; readonly number: string; readonly role: string; readonly line?: string };
    readonly script?: string;
    readonly voicemail?: string;
    readonly channel?: "phone" | "linkedin";
  };
  readonly company?: { readonly mainNumber?: string };
  readonly region?: string;
  readonly history?: readonly HistoryView[];
  readonly thankYouEmailSentAt?: InstantView;
  readonly callbackRequestedOn?: string;
  readonly decisionExpectedBy?: string;
  readonly viaAgency?: boolean;
  readonly priorLinkedInContact?: boolean;
  readonly stage: ConversationStage;
  readonly holidays?: readonly string[];
}

/** A text under review, as a rule sees it. */
export interface ScriptText {
  /** `"call"`, `"voicemail"`, an email kind, or `undefined` when `lintScript` was not told. */
  readonly kind: string | undefined;
  /** Where the text is in the plan (`["call", "script"]`), or the `path` given to `lintScript`. */
  readonly path: Path;
  readonly text: string;
  readonly stage: ConversationStage;
}
