import { createEvents, type EventAttributes } from "ics";
import * as z from "zod/mini";
import { echo, FollowUpInputError } from "../errors";
import type { FollowUpPlan, FollowUpStep } from "../plan/planFollowUp";
import { inputObject, parseOrThrow, plainInstantSchema } from "../schemas";
import type { CallTimeRecommendation } from "../timing/bestCallTime";

/** What the calendar needs besides the plan: a stable id, and words for the titles. */
export interface CalendarData {
  /**
   * Your stable id for this candidate's application (an ATS record id, say). Each event's UID is
   * built from it and the step, so importing a re-planned follow-up updates the events it
   * created instead of adding copies.
   */
  id: string;
  jobTitle?: string;
  company?: string;
  interviewerName?: string;
  /** The number to call, shown in the call's description. */
  phone?: string;
  /**
   * When the file is made. It stamps the events (DTSTAMP) and orders revisions (SEQUENCE), so a
   * calendar keeps the newest. Default: the plan's `plannedAt` (its `now`), which grows as you
   * re-plan; for a single recommendation, its start. A `Date` or an ISO-8601 string with an
   * offset: a timestamp, so a wall-clock time in a zone is not taken here.
   */
  now?: Date | string;
  /** Minutes before a call or a message that the reminder goes off. Default 15. */
  reminderMinutes?: number;
}

const KIND_TITLES: Readonly<Record<FollowUpStep["kind"], string>> = {
  "thank-you-email": "Send the thank-you email",
  call: "Follow-up call",
  voicemail: "If voicemail answers: leave a message",
  "written-follow-up": "Written follow-up",
  reply: "Reply to their news",
  stop: "Stop and wait",
};

const STEP_MINUTES = 15;

let dataSchema: ReturnType<typeof buildDataSchema> | undefined;

/** Calendar data after validation (for the type test that holds `CalendarData` to its schema). */
export type ParsedCalendarData = z.output<ReturnType<typeof buildDataSchema>>;

function buildDataSchema() {
  const text = z.optional(z.string({ error: "must be a string" }).check(z.maxLength(300, { error: "must be at most 300 characters" })));
  return inputObject(
    {
      id: z
        .string({ error: "must be your id for this application, a string" })
        .check(z.trim(), z.minLength(1, { error: "must not be empty" }), z.maxLength(200, { error: "must be at most 200 characters" })),
      jobTitle: text,
      company: text,
      interviewerName: text,
      phone: text,
      now: z.optional(plainInstantSchema()),
      reminderMinutes: z.optional(
        z.int({ error: "must be a whole number of minutes" }).check(z.minimum(0, { error: "must not be negative" }), z.maximum(10_080, { error: "must be at most a week" })),
      ),
    },
    { error: (issue) => (issue.code === "invalid_type" ? "the calendar data must be an object" : undefined) },
  );
}

interface DatedStep {
  readonly kind: FollowUpStep["kind"];
  readonly status: FollowUpStep["status"];
  readonly startMs: number;
  readonly endMs: number;
  readonly lines: readonly string[];
}

function isPlan(value: object): value is FollowUpPlan {
  return Array.isArray((value as { steps?: unknown }).steps);
}

function isRecommendation(value: object): value is CallTimeRecommendation {
  const { at, window } = value as { at?: unknown; window?: { start?: unknown; end?: unknown } };
  return at instanceof Date && window?.start instanceof Date && window.end instanceof Date;
}

function datedSteps(source: unknown): DatedStep[] {
  if (typeof source !== "object" || source === null) {
    throw new FollowUpInputError([{ path: ["plan"], message: "must be what planFollowUp or bestCallTime returned" }], "Invalid calendar input");
  }
  if (isPlan(source)) {
    return source.steps.flatMap((step, index): DatedStep[] => {
      if (!(step?.at instanceof Date) || Number.isNaN(step.at.getTime())) {
        if (step?.at !== undefined) throw new FollowUpInputError([{ path: ["plan", "steps", index, "at"], message: "must be a Date" }], "Invalid calendar input");
        return [];
      }
      const startMs = step.at.getTime();
      const end = step.kind === "call" || step.kind === "reply" ? step.window?.end : undefined;
      const endMs = end instanceof Date && end.getTime() > startMs ? Math.min(end.getTime(), startMs + 4 * 3_600_000) : startMs + STEP_MINUTES * 60_000;
      const lines = [
        ...(step.caller ? [`On your clock: ${step.caller.startLocal} (${step.caller.timeZone}).`] : []),
        ...(step.script ? [`What to say: the ${scriptKindName(step.script.kind)} script (${step.script.variant.replace(/-/g, " ")}).`] : []),
        ...(step.reasons ?? []).map((reason) => `- ${reason.message}`),
      ];
      return [{ kind: step.kind, status: step.status, startMs, endMs, lines }];
    });
  }
  if (isRecommendation(source)) {
    return [
      {
        kind: "call",
        status: "upcoming",
        startMs: source.at.getTime(),
        endMs: source.window.end.getTime(),
        lines: [...(source.caller ? [`On your clock: ${source.caller.startLocal} (${source.caller.timeZone}).`] : []), ...source.reasons.map((reason) => `- ${reason.message}`)],
      },
    ];
  }
  throw new FollowUpInputError([{ path: ["plan"], message: "must be what planFollowUp or bestCallTime returned (steps, or at and window)" }], "Invalid calendar input");
}

/** Characters a UID can carry safely in any calendar. */
function uidPart(text: string): string {
  return text.replace(/[^A-Za-z0-9._-]/g, (char) => `%${char.codePointAt(0)?.toString(16).toUpperCase()}`);
}

function toUtcArray(ms: number): [number, number, number, number, number] {
  const date = new Date(ms);
  return [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate(), date.getUTCHours(), date.getUTCMinutes()];
}

/** A script kind as a sentence says it: "thank-you-email" → "thank-you email", "after-offer" → "after offer". */
function scriptKindName(kind: string): string {
  return kind.replace(/-email$/, " email").replace(/^(after|no)-/, "$1 ");
}

/**
 * Writes a follow-up plan (from `planFollowUp`) or a single recommendation (from `bestCallTime`)
 * as an iCalendar file (RFC 5545): one event per dated step, in UTC, with a reminder, escaped
 * and folded text, and a UID made of your `id` and the step, so importing the re-planned
 * follow-up later updates the same events. Built with the `ics` package; it reads no clock (the
 * stamp is `now`, or the plan's first step).
 *
 * @param plan - What `planFollowUp` or `bestCallTime` returned.
 * @param data - Your id for the application, and the job, company and interviewer for the titles.
 * @returns The `.ics` text (CRLF line ends).
 * @throws FollowUpInputError when the plan or the data is malformed.
 * @example
 * ```ts
 * import { planFollowUp } from "followup-call";
 * import { toICS } from "followup-call/calendar";
 *
 * const plan = planFollowUp({ interviewedAt: "2026-11-10T14:00:00-05:00", timeZone: "America/New_York", now: "2026-11-10T16:00:00-05:00" });
 * const ics = toICS(plan, { id: "ats-4711", jobTitle: "Operations Analyst", company: "Harbor Freight Lines" });
 * ics.startsWith("BEGIN:VCALENDAR"); // true
 * ```
 * @category Calendar
 */
export function toICS(plan: FollowUpPlan | CallTimeRecommendation, data: CalendarData): string {
  dataSchema ??= buildDataSchema();
  const parsed = parseOrThrow(dataSchema, data, "Invalid calendar data", ["data"]);
  const steps = datedSteps(plan);
  if (steps.length === 0) throw new FollowUpInputError([{ path: ["plan"], message: "has no dated step to put in a calendar" }], "Invalid calendar input");
  // Stamp and revision: `now`, else the moment the plan was made for, else its first step.
  const plannedAt = (plan as { plannedAt?: unknown }).plannedAt;
  const stampMs = parsed.now ?? (plannedAt instanceof Date && !Number.isNaN(plannedAt.getTime()) ? plannedAt.getTime() : Math.min(...steps.map((step) => step.startMs)));
  const reminder = parsed.reminderMinutes ?? STEP_MINUTES;
  const about = [parsed.jobTitle, parsed.company && `at ${parsed.company}`].filter(Boolean).join(" ");
  const seen = new Map<string, number>();
  const events: EventAttributes[] = steps.map((step) => {
    const count = (seen.get(step.kind) ?? 0) + 1;
    seen.set(step.kind, count);
    const done = step.status === "done";
    // A step the re-planned follow-up skips is sent as cancelled, so the calendar drops the event
    // an earlier export made for it.
    const cancelled = step.status === "skipped";
    const description = [
      ...(parsed.interviewerName ? [`With ${parsed.interviewerName}.`] : []),
      ...((step.kind === "call" || step.kind === "reply") && parsed.phone ? [`Number: ${parsed.phone}.`] : []),
      ...step.lines,
    ].join("\n");
    return {
      uid: `${uidPart(parsed.id)}-${step.kind}-${count}@followup-call`,
      title: `${done ? "Done: " : cancelled ? "Not needed: " : ""}${KIND_TITLES[step.kind]}${about ? ` (${about})` : ""}`,
      description,
      start: toUtcArray(step.startMs),
      startInputType: "utc",
      startOutputType: "utc",
      end: toUtcArray(step.endMs),
      endInputType: "utc",
      endOutputType: "utc",
      status: cancelled ? "CANCELLED" : "CONFIRMED",
      busyStatus: done || cancelled ? "FREE" : "BUSY",
      productId: "followup-call",
      // Minutes since 1970 only grow, so a later export always wins in the calendar.
      sequence: Math.floor(stampMs / 60_000),
      ...({ timestamp: stampMs } as object),
      ...(done || cancelled ? {} : { alarms: [{ action: "display", description: KIND_TITLES[step.kind], trigger: { minutes: reminder, before: true } }] }),
    } as EventAttributes;
  });
  const { error, value } = createEvents(events, { productId: "followup-call", calName: about ? `Follow-up: ${about}` : "Follow-up" });
  if (error || value === null) {
    throw new FollowUpInputError([{ path: ["data"], message: `could not be written as iCalendar (${echo(error?.message ?? "no output")})` }], "Invalid calendar input");
  }
  return foldByOctets(value);
}

/** How many octets a character takes in UTF-8 (from its code point: no encoder needed). */
function utf8Length(char: string): number {
  const code = char.codePointAt(0) as number;
  return code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
}

/**
 * RFC 5545 (3.1) limits content lines to 75 octets; `ics` folds at 75 characters, so a line
 * with an en dash or an accented name runs over. The lines are unfolded and folded again by
 * octets, never inside a character.
 */
function foldByOctets(text: string): string {
  const logical = text.split("\r\n").reduce<string[]>((lines, line) => {
    if ((line.startsWith(" ") || line.startsWith("\t")) && lines.length > 0) lines[lines.length - 1] += line.slice(1);
    else lines.push(line);
    return lines;
  }, []);
  return logical
    .map((line) => {
      const parts: string[] = [];
      let current = "";
      let octets = 0;
      for (const char of line) {
        const size = utf8Length(char);
        // The first line holds 75 octets; the others 74 after their leading space.
        if (octets + size > (parts.length === 0 ? 75 : 74)) {
          parts.push(current);
          current = "";
          octets = 0;
        }
        current += char;
        octets += size;
      }
      parts.push(current);
      return parts.join("\r\n ");
    })
    .join("\r\n");
}
