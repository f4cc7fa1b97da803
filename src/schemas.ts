import * as z from "zod/mini";
import { didYouMean } from "./internal/didYouMean";
import { unknownKeyIssues, unknownKeysAsIssues } from "./internal/knownKeys";
import { echo, FollowUpInputError, type FollowUpIssue } from "./errors";
import { dayFromIsoDate, MS_PER_DAY, minutesFromClock, YEAR_MAX, YEAR_MIN } from "./time/civil";
import { zoneMeantBy } from "./time/zoneAbbreviations";
import { TIME_OF_DAY_PREFERENCES, type TimeOfDayPreference } from "./time/dayParts";
import { isIsoDateShaped, isIsoInstant, isRealIsoDate } from "./time/isoText";
import { isOffsetWrittenAsZone, isValidTimeZone } from "./time/zoneOffset";
import { readWallClock, wallClockInstant } from "./time/wallClock";

/**
 * The zod schemas behind every public input. They are built on first use (not at import),
 * so a bundle that imports one function does not pay for all of them.
 */

/** An instant: a `Date`, an ISO-8601 string with `Z` or an offset, or a wall-clock time in a named zone. */
export type Instant = Date | string | WallClockTime;

/** A calendar date, `YYYY-MM-DD`, read in the interviewer's time zone. */
export type IsoDate = string;

/** A wall-clock time, `HH:MM` (24-hour). */
export type ClockTime = string;

/** Which part of the working day to prefer (T7 vs T8). */
export type TimeOfDay = TimeOfDayPreference;

/** The interviewer's working week and day. Every field has a default. */
export interface WorkingHoursInput {
  /** Weekdays worked, 0 = Sunday … 6 = Saturday. Default `[1, 2, 3, 4, 5]`. */
  days?: readonly number[];
  /** Default `"09:00"`. */
  start?: ClockTime;
  /** Default `"17:00"`; must be after `start` (`"24:00"` means midnight). */
  end?: ClockTime;
  /** Default `{ start: "12:00", end: "13:30" }`; `null` for no lunch break. */
  lunch?: { start: ClockTime; end: ClockTime } | null;
}

/** Fields shared by the timing input and the call plan. */
export interface SchedulingOptions {
  workingHours?: WorkingHoursInput;
  /** The interviewer's public holidays. */
  holidays?: readonly IsoDate[];
  /** Default `"late-morning"`. */
  timeOfDay?: TimeOfDay;
  /** Late morning, default `{ start: "10:00", end: "11:45" }`. */
  lateMorning?: { start: ClockTime; end: ClockTime };
  /** Length of each "day edge" window at the start and end of the day. Default 30. */
  dayEdgeMinutes?: number;
  /** Days after the interview: default `{ min: 7, max: 14 }` (T1, T2). */
  waitDays?: { min?: number; max?: number };
  /** Business days to wait when applying through an agency (T4, derived). Default 2. */
  agencyBusinessDays?: number;
  /** The employer asked to be called on this date (T3). */
  callbackRequestedOn?: IsoDate;
  /** The employer said they would decide by this date (T5). */
  decisionExpectedBy?: IsoDate;
  /** The application runs through a recruitment agency (T4, C2). */
  viaAgency?: boolean;
  /**
   * The candidate's waking hours on their own clock (derived). Default
   * `{ start: "08:00", end: "21:00" }`; a range that crosses midnight (`{ start: "20:00", end: "04:00" }`)
   * suits someone who works nights. Used with the candidate's zone.
   */
  callerHours?: { start: ClockTime; end: ClockTime };
  /** How long the interview lasted, in minutes: a same-day callback is never during it. Default 60. */
  interviewMinutes?: number;
  /**
   * Days after the interview past which a call is too late to be welcome and a short written
   * note does better (derived). Default 30.
   */
  lateAfterDays?: number;
  /**
   * Where the process stands (default `"pre-decision"`). After an offer or a rejection the timing
   * and repeat-call rules count from the employer's news (`employerContactedAt`), not from the
   * interview, and the presence rules ask only what fits.
   */
  stage?: ConversationStage;
  /**
   * When the employer last got in touch: the offer or the rejection. Default: the latest
   * connected call in `history`, else the interview.
   */
  employerContactedAt?: Instant;
}

/** Input of `bestCallTime` and `scoreCallTime`. */
export interface CallTimingInput extends SchedulingOptions {
  /** When the interview took place. */
  interviewedAt: Instant;
  /** The interviewer's IANA time zone: every rule is applied on their clock. */
  timeZone: string;
  /** The present moment; the recommendation is never before it. */
  now?: Instant;
  /** The candidate's zone, to show the recommendation on their clock too. */
  callerTimeZone?: string;
  /** How many alternative windows to return. Default 3. */
  alternatives?: number;
}

const OFFSET_AT_END = /(?:[zZ]|[+-]\d{2}(?::?\d{2})?)$/;
const DATE_AND_TIME_START = /^\d{4}-\d{2}-\d{2}[T ]\d/;
const CLOCK = /^(?:(?:[01]\d|2[0-3]):[0-5]\d|24:00)$/;

/**
 * ISO 8601 allows a lower-case "t"/"z" and offsets written "+05" or "+0530"; the checks
 * below expect "T", "Z" and "+05:30", so those forms are rewritten first.
 */
function normalizeIsoInstant(text: string): string {
  // The usual form ("…T10:00:00-05:00" or "…Z") needs no rewriting: skip the replaces.
  if (USUAL_ISO_END.test(text) && text.includes("T")) return text;
  const upper = /^\d{4}-\d{2}-\d{2}t/.test(text) || /z$/.test(text) ? text.replace(/^(\d{4}-\d{2}-\d{2})t/, "$1T").replace(/z$/, "Z") : text;
  return upper.replace(
    /(T[\d:.]+)([+-])(\d{2})(?::?(\d{2}))?$/,
    (_whole, time: string, sign: string, hours: string, minutes?: string) => `${time}${sign}${hours}:${minutes ?? "00"}`,
  );
}

const USUAL_ISO_END = /(?:Z|[+-]\d{2}:\d{2})$/;

const MS_MIN = /* @__PURE__ */ Date.UTC(YEAR_MIN, 0, 1);
const MS_MAX = /* @__PURE__ */ Date.UTC(YEAR_MAX + 1, 0, 1);

function inRange(ms: number): boolean {
  return ms >= MS_MIN && ms < MS_MAX;
}

/**
 * Which kind of value a schema reads with a transform (an instant, a date, a clock time, a
 * zone), for the build's JSON Schema generator, which cannot see through a transform. A tag,
 * not the JSON Schema itself: the words live in the generator, not in every bundle.
 */
export type JsonSchemaKind = "instant" | "date" | "clock" | "zone" | "date-or-instant";

const jsonKinds = /* @__PURE__ */ new WeakMap<object, JsonSchemaKind>();

function hinted<Schema extends object>(kind: JsonSchemaKind, schema: Schema): Schema {
  jsonKinds.set(schema, kind);
  return schema;
}

/** The kind recorded for a schema, if any (for the build's JSON Schema generator). */
export function jsonSchemaKind(schema: object): JsonSchemaKind | undefined {
  return jsonKinds.get(schema);
}

const INSTANT_FORMS =
  'a Date, an ISO-8601 string with an offset (like 2026-11-17T10:00:00-05:00), or a wall-clock time in a zone ({ local: "2026-11-17T10:00", timeZone: "America/New_York" })';

/** A wall-clock time in a named zone, as a form holds it: `{ local: "2026-11-17T14:00", timeZone: "America/New_York" }`. */
export interface WallClockTime {
  /** `YYYY-MM-DDTHH:MM` or `YYYY-MM-DDTHH:MM:SS`, no offset (an HTML `datetime-local` value). */
  local: string;
  /** The IANA zone the wall clock is in. */
  timeZone: string;
}

const WALL_CLOCK_KEYS: readonly (keyof WallClockTime)[] = ["local", "timeZone"];

/**
 * Whether a value is a plain object (`{ … }` from a literal or JSON, of any realm), the only
 * kind read as `{ local, timeZone }`: a class instance, a typed array or a boxed string is not
 * a wall-clock time, and is refused as a whole rather than key by key.
 */
function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null) return false;
  try {
    const prototype = Object.getPrototypeOf(value) as object | null;
    return prototype === null || Object.getPrototypeOf(prototype) === null;
  } catch {
    return false;
  }
}

/** An instant read from a `{ local, timeZone }` object, with the zone it was read in. */
interface WallClockInstant {
  readonly ms: number;
  readonly zone: string;
}

/**
 * Reads a `{ local, timeZone }` object: the instant it names (a time skipped when clocks go
 * forward moves forward, a repeated time is its first occurrence) and its zone, or what is
 * wrong, by key. Each field is read once: a getter cannot answer one thing to the check and
 * another to the use.
 */
function readWallClockObject(value: Record<string, unknown>): WallClockInstant | FollowUpIssue[] {
  // An input's part, like the objects around it: its keys are fields, not options.
  const issues = unknownKeyIssues(value, WALL_CLOCK_KEYS, [], "field");
  if (issues.length > 0) return issues;
  let local: unknown;
  let timeZone: unknown;
  try {
    ({ local, timeZone } = value);
  } catch (cause) {
    return [{ path: [], message: `could not be read (${cause instanceof Error ? cause.message.slice(0, 80) : "it threw while being read"})` }];
  }
  const reading = typeof local === "string" ? readWallClock(local) : undefined;
  if (reading === undefined) {
    issues.push({
      path: ["local"],
      message: `${local === undefined || local === null || local === "" ? "is required" : `${echo(local)} is not valid`}: a wall-clock time written YYYY-MM-DDTHH:MM (a real date, 24-hour time, no offset)`,
    });
  } else if (reading.year < YEAR_MIN || reading.year > YEAR_MAX) {
    issues.push({ path: ["local"], message: `must be between the years ${YEAR_MIN} and ${YEAR_MAX}` });
  }
  if (typeof timeZone !== "string" || timeZone.length === 0) {
    issues.push({
      path: ["timeZone"],
      message: `${timeZone === undefined || timeZone === null || timeZone === "" ? "is required:" : "must be"} an IANA time zone name, like America/New_York`,
    });
  } else {
    const problem = zoneNameProblem(timeZone);
    if (problem !== undefined) issues.push({ path: ["timeZone"], message: problem });
  }
  if (issues.length > 0 || reading === undefined) return issues;
  const ms = wallClockInstant(reading, timeZone as string);
  return inRange(ms) ? { ms, zone: timeZone as string } : [{ path: [], message: `must be between the years ${YEAR_MIN} and ${YEAR_MAX}` }];
}

/**
 * Reads a `Date` or an ISO-8601 string with an offset: epoch milliseconds, or what is wrong.
 * `wallClockToo`: the field also takes `{ local, timeZone }`, and its messages say so.
 */
function readPlainInstant(value: unknown, wallClockToo: boolean): number | string {
  if (value instanceof Date) {
    let ms: number;
    try {
      ms = value.getTime();
    } catch {
      return "is not a real Date object";
    }
    if (Number.isNaN(ms)) return "is an invalid Date";
    return inRange(ms) ? ms : `must be between the years ${YEAR_MIN} and ${YEAR_MAX}`;
  }
  if (typeof value !== "string") return `${value === undefined ? "is required:" : "must be"} ${wallClockToo ? INSTANT_FORMS : PLAIN_INSTANT_FORMS}`;
  const text = normalizeIsoInstant(value.trim());
  if (isIsoDateShaped(text)) return `${echo(value)} is a date without a time: give the time and its UTC offset, like ${text}T10:00:00-05:00`;
  // Text that does not start as YYYY-MM-DDTHH ("yesterday", ISO's basic or week forms) is told
  // the forms read here, not that an offset is missing.
  if (!DATE_AND_TIME_START.test(text)) return `${echo(value)} is not in a form read here; give ${wallClockToo ? INSTANT_FORMS : PLAIN_INSTANT_FORMS}`;
  if (!OFFSET_AT_END.test(text)) {
    // A form's datetime-local value ("2026-11-17T14:00") is a wall-clock time: say how to give its zone.
    const wallClock = wallClockToo && readWallClock(text) !== undefined ? `, or give the zone with it: { local: ${echo(text)}, timeZone: "America/New_York" }` : "";
    return `${echo(value)} has no UTC offset: add Z or ±hh:mm, like 2026-11-17T10:00:00-05:00${wallClock}`;
  }
  if (!isIsoInstant(text)) return `${echo(value)} is not a valid ISO-8601 date and time (a real date, HH:MM[:SS], then Z or ±hh:mm)`;
  const ms = Date.parse(text);
  if (Number.isNaN(ms)) return `${echo(value)} is not a valid ISO-8601 date and time`;
  return inRange(ms) ? ms : `must be between the years ${YEAR_MIN} and ${YEAR_MAX}`;
}

const PLAIN_INSTANT_FORMS = "a Date or an ISO-8601 string with an offset, like 2026-11-17T10:00:00-05:00";

/** Reads an instant in any of its forms, and the zone a wall-clock time gave with it. */
function readAnyInstant(value: unknown): WallClockInstant | { readonly ms: number; readonly zone?: undefined } | FollowUpIssue[] {
  if (isPlainObject(value)) return readWallClockObject(value);
  const read = readPlainInstant(value, true);
  return typeof read === "number" ? { ms: read } : [{ path: [], message: read }];
}

/** Puts what is wrong with an instant into zod's issues, at their paths under the field. */
function addInstantIssues(ctx: { issues: z.core.$ZodRawIssue[] }, value: unknown, issues: readonly FollowUpIssue[]): typeof z.NEVER {
  for (const issue of issues) ctx.issues.push({ code: "custom", message: issue.message, input: value, path: [...issue.path] });
  return z.NEVER;
}

/** Parses an instant (a `Date`, an ISO string with an offset, or `{ local, timeZone }`) to epoch milliseconds. */
function instantSchema() {
  return hinted(
    "instant",
    z.pipe(
      z.unknown(),
      z.transform((value, ctx): number => {
        const read = readAnyInstant(value);
        return Array.isArray(read) ? addInstantIssues(ctx, value, read) : read.ms;
      }),
    ),
  );
}

/**
 * Parses a `Date` or an ISO string with an offset only, for a field where a wall-clock time
 * means nothing (a file's timestamp): a bundle that uses only this carries no zone arithmetic.
 */
function plainInstantSchema() {
  return z.pipe(
    z.unknown(),
    z.transform((value, ctx): number => {
      const read = readPlainInstant(value, false);
      return typeof read === "number" ? read : addInstantIssues(ctx, value, [{ path: [], message: read }]);
    }),
  );
}

/** Parses `YYYY-MM-DD` to a day number. */
function isoDateSchema() {
  return hinted(
    "date",
    z.pipe(
      z.unknown(),
      z.transform((value, ctx): number => {
        if (!isIsoDateShaped(value)) {
          ctx.issues.push({ code: "custom", message: `must be a date written YYYY-MM-DD, got ${echo(value)}`, input: value });
          return z.NEVER;
        }
        if (!isRealIsoDate(value)) {
          ctx.issues.push({ code: "custom", message: `${echo(value)} is not a real calendar date`, input: value });
          return z.NEVER;
        }
        const day = dayFromIsoDate(value);
        const year = new Date(day * MS_PER_DAY).getUTCFullYear();
        if (year < YEAR_MIN || year > YEAR_MAX) {
          ctx.issues.push({ code: "custom", message: `must be between the years ${YEAR_MIN} and ${YEAR_MAX}`, input: value });
          return z.NEVER;
        }
        return day;
      }),
    ),
  );
}

function timeZoneSchema() {
  return hinted(
    "zone",
    z
      .string({
        error: (issue) => (issue.input === undefined ? "is required: an IANA time zone name, like America/New_York" : "must be an IANA time zone name, like America/New_York"),
      })
      .check(
        z.superRefine((name, ctx) => {
          const problem = zoneNameProblem(name);
          if (problem !== undefined) ctx.addIssue({ code: "custom", input: name, message: problem });
        }),
      ),
  );
}

/** What is wrong with a zone name; undefined when it is an IANA zone Intl knows. */
function zoneNameProblem(name: string): string | undefined {
  const meant = zoneMeantBy(name);
  if (meant !== undefined) return `${echo(name)} is an abbreviation, not a zone that follows daylight saving time; use an IANA name such as ${meant}`;
  if (isOffsetWrittenAsZone(name)) return `${echo(name)} is a UTC offset, not a zone: it misses daylight saving changes; use an IANA name like America/New_York`;
  return isValidTimeZone(name) ? undefined : `${echo(name)} is not a time zone Intl knows; use an IANA name like Europe/Paris`;
}

function clockSchema() {
  return hinted(
    "clock",
    z.pipe(
      z.string({ error: "must be a time written HH:MM" }).check(z.regex(CLOCK, { error: (issue) => `${echo(issue.input)} is not a time written HH:MM (00:00 to 24:00)` })),
      z.transform(minutesFromClock),
    ),
  );
}

/**
 * An object schema that refuses unknown keys and reads `null` and `""` as "not given":
 * databases and JSON forms produce both for an empty optional field. Keys in `nullMeans`
 * keep their `null` (`lunch: null` means "no lunch break").
 */
export function inputObject<const Shape extends z.core.$ZodLooseShape>(shape: Shape, params?: Parameters<typeof z.strictObject>[1], nullMeans: readonly string[] = []) {
  return z.pipe(
    z.transform((value: unknown) => withoutBlankFields(value, nullMeans)),
    z.strictObject(shape, params ?? { error: objectError }),
  );
}

/** A nested object that is missing or not an object: say which, not zod's "Invalid input". */
function objectError(issue: { code?: string; input?: unknown }): string | undefined {
  if (issue.code !== "invalid_type") return undefined;
  return issue.input === undefined ? "is required" : "must be an object";
}

function withoutBlankFields(value: unknown, nullMeans: readonly string[]): unknown {
  if (typeof value !== "object" || value === null || Array.isArray(value) || value instanceof Date) return value;
  let view: Record<string, unknown> | undefined;
  for (const key of Object.keys(value)) {
    const field = (value as Record<string, unknown>)[key];
    if (field === "" || (field === null && !nullMeans.includes(key))) {
      // A view over the input, not a copy: an object whose fields are getters (an ORM row, a
      // class instance) keeps them; only the blank fields read as absent.
      view ??= Object.create(value) as Record<string, unknown>;
      Object.defineProperty(view, key, { value: undefined, enumerable: false });
    }
  }
  return view ?? value;
}

function workingHoursSchema() {
  const weekday = z
    .int({ error: "must be a whole number from 0 (Sunday) to 6 (Saturday)" })
    .check(z.minimum(0, { error: "must be from 0 (Sunday) to 6 (Saturday)" }), z.maximum(6, { error: "must be from 0 (Sunday) to 6 (Saturday)" }));
  return inputObject(
    {
      days: z.optional(
        z.array(weekday, { error: "must be a list of weekdays, 0 (Sunday) to 6 (Saturday)" }).check(z.minLength(1, { error: "must name at least one working day" })),
      ),
      start: z.optional(clockSchema()),
      end: z.optional(clockSchema()),
      lunch: z.optional(z.nullable(inputObject({ start: clockSchema(), end: clockSchema() }))),
    },
    undefined,
    ["lunch"],
  ).check(
    z.superRefine((hours, ctx) => {
      const start = hours.start ?? 9 * 60;
      const end = hours.end ?? 17 * 60;
      if (end <= start) ctx.addIssue({ code: "custom", path: ["end"], message: "must be after workingHours.start" });
      if (hours.lunch) {
        if (hours.lunch.end <= hours.lunch.start) {
          ctx.addIssue({ code: "custom", path: ["lunch", "end"], message: "must be after lunch.start" });
        } else if (hours.lunch.start < start || hours.lunch.end > end) {
          ctx.addIssue({ code: "custom", path: ["lunch"], message: "must lie within the working day" });
        }
      }
    }),
  );
}

function schedulingShape() {
  const wholeDays = (what: string, max: number) =>
    z.int({ error: `must be a whole number of ${what}` }).check(z.minimum(0, { error: `must not be negative` }), z.maximum(max, { error: `must be at most ${max}` }));
  const clockRange = () => inputObject({ start: clockSchema(), end: clockSchema() });
  return {
    workingHours: z.optional(workingHoursSchema()),
    holidays: z.optional(z.array(isoDateSchema(), { error: "must be a list of YYYY-MM-DD dates" })),
    timeOfDay: z.optional(z.enum(TIME_OF_DAY_PREFERENCES, { error: `must be ${choices(TIME_OF_DAY_PREFERENCES.map((value) => `"${value}"`))}` })),
    lateMorning: z.optional(clockRange().check(z.refine((range) => range.end > range.start, { error: "end must be after start", path: ["end"] }))),
    dayEdgeMinutes: z.optional(wholeDays("minutes", 240)),
    waitDays: z.optional(
      inputObject({ min: z.optional(wholeDays("days", 365)), max: z.optional(wholeDays("days", 365)) }).check(
        z.refine((wait) => (wait.min ?? 7) <= (wait.max ?? 14), { error: "min must not be more than max", path: ["max"] }),
      ),
    ),
    agencyBusinessDays: z.optional(wholeDays("business days", 60)),
    callbackRequestedOn: z.optional(isoDateSchema()),
    decisionExpectedBy: z.optional(isoDateSchema()),
    viaAgency: z.optional(z.boolean({ error: "must be true or false" })),
    callerHours: z.optional(clockRange().check(z.refine((range) => range.end !== range.start, { error: "end must differ from start", path: ["end"] }))),
    interviewMinutes: z.optional(wholeDays("minutes", 12 * 60)),
    lateAfterDays: z.optional(wholeDays("days", 365)),
    stage: z.optional(stageSchema()),
    employerContactedAt: z.optional(instantSchema()),
  };
}

let timingSchema: ReturnType<typeof buildTimingSchema> | undefined;

/** The fields of the timing input, shared with the follow-up planner's input. */
function timingShape() {
  return {
    interviewedAt: instantSchema(),
    timeZone: timeZoneSchema(),
    now: z.optional(instantSchema()),
    callerTimeZone: z.optional(timeZoneSchema()),
    alternatives: z.optional(z.int({ error: "must be a whole number" }).check(z.minimum(0, { error: "must not be negative" }), z.maximum(50, { error: "must be at most 50" }))),
    ...schedulingShape(),
  };
}

function buildTimingSchema() {
  return inputObject(timingShape(), { error: (issue) => (issue.code === "invalid_type" ? "the timing input must be an object" : undefined) });
}

/** Earlier contacts with the employer (a plan's `history`, the planner's too). */
function historySchema() {
  const optionalText = z.optional(z.string({ error: "must be a string" }));
  return z
    .array(
      inputObject({
        channel: z.enum(HISTORY_CHANNELS, { error: `must be ${choices(HISTORY_CHANNELS)}` }),
        at: instantSchema(),
        to: z.optional(inputObject({ name: optionalText, number: optionalText })),
        outcome: z.optional(z.enum(CALL_OUTCOMES, { error: `must be ${choices(CALL_OUTCOMES)}` })),
        callbackRequestedOn: z.optional(isoDateSchema()),
      }),
      { error: "must be a list of earlier contacts" },
    )
    .check(z.maxLength(MAX_HISTORY, { error: `must list at most ${MAX_HISTORY} earlier contacts` }));
}

// A follow-up is a handful of contacts; the cap keeps one plan's cost bounded.
const MAX_HISTORY = 200;

let followUpSchema: ReturnType<typeof buildFollowUpSchema> | undefined;

function buildFollowUpSchema() {
  return inputObject(
    {
      ...timingShape(),
      thankYouEmailSentAt: z.optional(instantSchema()),
      history: z.optional(historySchema()),
      priorLinkedInContact: z.optional(z.boolean({ error: "must be true or false" })),
    },
    { error: (issue) => (issue.code === "invalid_type" ? "the follow-up input must be an object" : undefined) },
  );
}

/** The follow-up planner's input after validation. */
export type ParsedFollowUpInput = z.output<ReturnType<typeof buildFollowUpSchema>>;

/** Input of `planFollowUp`: the timing input and what has already happened. */
export interface FollowUpInput extends CallTimingInput {
  /** When the thank-you email went out (C7). */
  thankYouEmailSentAt?: Instant;
  /** Calls, voicemails and messages so far, with their outcomes. */
  history?: readonly HistoryEntry[];
  /** You were in touch with the interviewer on LinkedIn before (C4). */
  priorLinkedInContact?: boolean;
}

/** Validates a follow-up input or throws FollowUpInputError. */
export function parseFollowUpInput(input: unknown): ParsedFollowUpInput {
  followUpSchema ??= buildFollowUpSchema();
  return parseOrThrow(followUpSchema, input, "Invalid follow-up input");
}

/** Timing input after validation: instants in epoch ms, dates as day numbers, clocks in minutes. */
export type ParsedTimingInput = z.output<ReturnType<typeof buildTimingSchema>>;

/** Turns zod's issues into a FollowUpInputError; an unknown field gets a "did you mean" from the fields the schema knows there. */
export function toInputError(error: z.core.$ZodError, summary: string, prefix: readonly (string | number)[] = [], schema?: z.core.$ZodType): FollowUpInputError {
  const issues: FollowUpIssue[] = error.issues.flatMap((issue) => {
    const path = issue.path.filter((key): key is string | number => typeof key !== "symbol");
    if (issue.code !== "unrecognized_keys") return [{ path: [...prefix, ...path], message: issue.message }];
    // Each unknown key is an issue at its own path, as a misspelt key inside any other object is:
    // a form that highlights fields by path can then show it.
    const known = schema === undefined ? [] : fieldsAt(schema, path);
    return unknownKeysAsIssues(issue.keys, [...prefix, ...path], (key) => `is not a field${didYouMean(key, known)}`, "fields");
  });
  return new FollowUpInputError(issues, summary);
}

/** The field names an object schema declares at a path (through optional, nullable, default, array and transform wrappers). */
function fieldsAt(schema: z.core.$ZodType, path: readonly (string | number)[]): string[] {
  let current: unknown = schema;
  for (let step = 0; step <= path.length; step++) {
    current = unwrapped(current);
    const def = (current as { _zod?: { def?: { type?: string; shape?: Record<string, unknown>; element?: unknown } } } | undefined)?._zod?.def;
    if (def === undefined) return [];
    if (step === path.length) return def.type === "object" && def.shape !== undefined ? Object.keys(def.shape) : [];
    const key = path[step] as string | number;
    if (def.type === "object" && typeof key === "string" && def.shape !== undefined && Object.hasOwn(def.shape, key)) current = def.shape[key];
    else if (def.type === "array" && typeof key === "number") current = def.element;
    else return [];
  }
  return [];
}

function unwrapped(schema: unknown): unknown {
  let current = schema;
  for (let depth = 0; depth < 8; depth++) {
    const def = (current as { _zod?: { def?: { type?: string; innerType?: unknown; in?: unknown; out?: unknown } } } | undefined)?._zod?.def;
    if (def === undefined) return current;
    if ((def.type === "optional" || def.type === "nullable" || def.type === "default" || def.type === "prefault") && def.innerType !== undefined) current = def.innerType;
    // A pipe is a transform after a schema, or a schema after a preprocess: the object is on the schema's side.
    else if (def.type === "pipe" && def.in !== undefined) current = (def.in as { _zod?: { def?: { type?: string } } })._zod?.def?.type === "transform" ? def.out : def.in;
    else return current;
  }
  return current;
}

/**
 * safeParse, and FollowUpInputError for anything wrong, including input that cannot even be
 * read (a getter or a Proxy that throws): the cause is kept on the error.
 */
function parseOrThrow<Output>(schema: z.ZodMiniType<Output>, input: unknown, summary: string, path: readonly (string | number)[] = []): Output {
  let result: ReturnType<typeof schema.safeParse>;
  try {
    result = schema.safeParse(input);
  } catch (cause) {
    throw new FollowUpInputError([{ path, message: `could not be read (${cause instanceof Error ? cause.message : "it threw while being read"})` }], summary, { cause });
  }
  if (!result.success) throw toInputError(result.error, summary, path, schema);
  return result.data;
}

/** Validates a timing input or throws FollowUpInputError. */
export function parseTimingInput(input: unknown): ParsedTimingInput {
  timingSchema ??= buildTimingSchema();
  return parseOrThrow(timingSchema, input, "Invalid call timing input");
}

/**
 * Reads a wall-clock time in a named zone to epoch milliseconds (the same reading as an
 * instant given as `{ local, timeZone }`), or throws FollowUpInputError with issues at `local`
 * and `timeZone`.
 */
export function parseWallClock(local: unknown, timeZone: unknown): number {
  const read = readWallClockObject({ local, timeZone });
  if (!Array.isArray(read)) return read.ms;
  throw new FollowUpInputError(read, "Invalid wall-clock time");
}

/**
 * Reads one instant in any form, with the zone of a wall-clock time (renderScript shows an
 * interview date on that zone's calendar when the data names none), or throws FollowUpInputError.
 */
export function parseInstantAndZone(value: unknown, path: readonly (string | number)[]): { readonly ms: number; readonly zone?: string | undefined } {
  const read = readAnyInstant(value);
  if (!Array.isArray(read)) return read;
  throw new FollowUpInputError(
    read.map((issue) => ({ path: [...path, ...issue.path], message: issue.message })),
    "Invalid instant",
  );
}

/** A field that takes a date or an instant, read by its user (renderScript's `interviewDate`); tagged for the JSON Schema files. */
export function dateOrInstantInput() {
  return hinted("date-or-instant", z.unknown());
}

/** Validates one instant (the `at` of scoreCallTime) or throws FollowUpInputError. */
let standaloneInstant: ReturnType<typeof instantSchema> | undefined;

export function parseInstant(value: unknown, path: readonly (string | number)[]): number {
  standaloneInstant ??= instantSchema();
  return parseOrThrow(standaloneInstant, value, "Invalid instant", path);
}

export { instantSchema, plainInstantSchema, interviewDateSchema, isoDateSchema, timeZoneSchema, schedulingShape, parseOrThrow };

/** The schema behind each public input, for the build's JSON Schema files. */
export function inputSchemas() {
  return {
    "timing-input": buildTimingSchema(),
    "follow-up-input": buildFollowUpSchema(),
    "call-plan": buildPlanSchema(),
    "script-context": buildScriptContextSchema(),
  };
}

// Each choice is written once: the types below and the schemas read these lists.
const CONTACT_ROLES = ["hiring-manager", "interviewer", "hr", "recruiter", "agency", "reception", "other"] as const;
const CONVERSATION_STAGES = ["pre-decision", "after-offer", "after-rejection"] as const;
const HISTORY_CHANNELS = ["call", "voicemail", "email", "linkedin", "note"] as const;
const CALL_OUTCOMES = ["connected", "voicemail", "no-answer", "asked-to-call-back"] as const;
const PHONE_LINES = ["direct", "mobile", "general"] as const;
const CALL_CHANNELS = ["phone", "linkedin"] as const;

/** "a, b or c", for messages that list the choices. */
function choices(values: readonly string[]): string {
  return values.length < 2 ? values.join("") : `${values.slice(0, -1).join(", ")} or ${values[values.length - 1]}`;
}

/** Who the call is to. */
export type ContactRole = (typeof CONTACT_ROLES)[number];

/** Where the follow-up stands: before any answer, after an offer, after a rejection (A1–A3). */
export type ConversationStage = (typeof CONVERSATION_STAGES)[number];

/** An earlier contact with the employer. An entry without `to` was made to the interviewer. */
export interface HistoryEntry {
  channel: (typeof HISTORY_CHANNELS)[number];
  at: Instant;
  to?: { name?: string; number?: string };
  outcome?: (typeof CALL_OUTCOMES)[number];
  /** The date the employer asked to be called back on, during this contact. */
  callbackRequestedOn?: IsoDate;
}

/** A planned follow-up call, as `validateCallPlan` reads it. */
export interface CallPlan extends SchedulingOptions {
  candidate: {
    name: string;
    phone: string;
    email?: string;
    /** The candidate's IANA zone: the call is then checked against their waking hours too (`caller-hours`). */
    timeZone?: string;
  };
  interview: {
    at: Instant;
    /** The interviewer's IANA zone. */
    timeZone: string;
    jobTitle: string;
    company: string;
    interviewerName: string;
    /** Things discussed at the interview, to mention again (S6). */
    topics?: readonly string[];
  };
  call: {
    at: Instant;
    to: { name: string; number: string; role: ContactRole; line?: (typeof PHONE_LINES)[number] };
    /** What the candidate will say if the person answers. */
    script?: string;
    /** What the candidate will say to voicemail. */
    voicemail?: string;
    /** Default `"phone"`. */
    channel?: (typeof CALL_CHANNELS)[number];
  };
  company?: { mainNumber?: string };
  /**
   * Region (ISO 3166 code) for numbers written without a country code. Default: the country of
   * `interview.timeZone` ("Europe/London" → GB), or `"US"` for a zone of no country (UTC).
   */
  region?: string;
  history?: readonly HistoryEntry[];
  thankYouEmailSentAt?: Instant;
  priorLinkedInContact?: boolean;
}

let planSchema: ReturnType<typeof buildPlanSchema> | undefined;

function nonEmpty(what: string) {
  return z.string({ error: (issue) => (issue.input === undefined ? `is required: ${what}` : `must be ${what}`) }).check(z.trim(), z.minLength(1, { error: `must not be empty` }));
}

function buildPlanSchema() {
  const optionalText = z.optional(z.string({ error: "must be a string" }));
  const scriptText = z.optional(
    z
      .string({ error: "must be a string" })
      .check(z.maxLength(MAX_TEXT_LENGTH, { error: `is too long to be a script (at most ${MAX_TEXT_LENGTH.toLocaleString("en-US")} characters)` })),
  );
  return inputObject(
    {
      candidate: inputObject({
        name: nonEmpty("the candidate's name"),
        phone: nonEmpty("the candidate's phone number"),
        email: z.optional(z.email({ error: "must be an email address" })),
        timeZone: z.optional(timeZoneSchema()),
      }),
      interview: inputObject({
        at: instantSchema(),
        timeZone: timeZoneSchema(),
        jobTitle: nonEmpty("the job title"),
        company: nonEmpty("the company's name"),
        interviewerName: nonEmpty("the interviewer's name"),
        topics: z.optional(z.array(nonEmpty("a topic"), { error: "must be a list of topics" })),
      }),
      call: inputObject({
        at: instantSchema(),
        to: inputObject({
          name: nonEmpty("the name of the person called"),
          number: nonEmpty("the number called"),
          role: z.enum(CONTACT_ROLES, { error: `must be one of ${CONTACT_ROLES.join(", ")}` }),
          line: z.optional(z.enum(PHONE_LINES, { error: `must be ${choices(PHONE_LINES.map((value) => `"${value}"`))}` })),
        }),
        script: scriptText,
        voicemail: scriptText,
        channel: z.optional(z.enum(CALL_CHANNELS, { error: `must be ${choices(CALL_CHANNELS.map((value) => `"${value}"`))}` })),
      }),
      company: z.optional(inputObject({ mainNumber: optionalText })),
      region: z.optional(regionSchema("must be a two-letter country code")),
      history: z.optional(historySchema()),
      thankYouEmailSentAt: z.optional(instantSchema()),
      priorLinkedInContact: z.optional(z.boolean({ error: "must be true or false" })),
      ...schedulingShape(),
    },
    { error: (issue) => (issue.code === "invalid_type" ? "the call plan must be an object" : undefined) },
  );
}

/** A two-letter country code, upper-cased. */
function regionSchema(typeError?: string) {
  return z.pipe(
    z.string(typeError === undefined ? undefined : { error: typeError }).check(z.regex(/^[A-Za-z]{2}$/, { error: "must be a two-letter country code, like US or GB" })),
    z.transform((region) => region.toUpperCase()),
  );
}

function stageSchema() {
  return z.enum(CONVERSATION_STAGES, { error: `must be ${choices(CONVERSATION_STAGES)}` });
}

/** A call plan after validation: instants in epoch ms, dates as day numbers, clocks in minutes. */
export type ParsedCallPlan = z.output<ReturnType<typeof buildPlanSchema>>;

/** Validates a call plan or throws FollowUpInputError. */
export function parseCallPlan(input: unknown): ParsedCallPlan {
  planSchema ??= buildPlanSchema();
  return parseOrThrow(planSchema, input, "Invalid call plan");
}

/** The kinds of script `renderScript` writes and of text `lintScript` knows, in the order of the follow-up. */
export const SCRIPT_KINDS = /* @__PURE__ */ Object.freeze(["call", "voicemail", "thank-you-email", "follow-up-email", "after-offer", "after-rejection", "no-decision"] as const);

/** The scripts `renderScript` writes, and the kinds of text `lintScript` knows. */
export type ScriptKind = (typeof SCRIPT_KINDS)[number];

/** What `lintScript` may know about a text; presence rules run only when they have what they need. */
export interface ScriptContext {
  /** `call` enables `ask-if-good-time` and the 60 s limit; `voicemail` the phone number and 30 s. */
  kind?: ScriptKind;
  candidateName?: string;
  jobTitle?: string;
  company?: string;
  interviewerName?: string;
  /** `YYYY-MM-DD`, or an instant together with `timeZone`. */
  interviewDate?: Instant;
  /** The interviewer's zone, to read an instant `interviewDate` and `at` in. */
  timeZone?: string;
  /**
   * When the call is made or the message sent (an instant; needs `timeZone`). Relative dates in
   * the text ("last Thursday", "ten days back") are then checked against the interview date;
   * without it, any clear reference to when the interview took place counts.
   */
  at?: Instant;
  topics?: readonly string[];
  phone?: string;
  /** Region for phone numbers without a country code. Default: the country of `timeZone`, else `"US"`. */
  region?: string;
  stage?: ConversationStage;
  /** Prefix for the diagnostics' `path`. Default `[]`. */
  path?: readonly (string | number)[];
  /**
   * Other values filled into the text (a highlight, an email…). Like the named fields, they
   * are data: a "[b]" or "{{" inside one is not reported as a template leftover.
   */
  values?: readonly string[];
}

let scriptContextSchema: ReturnType<typeof buildScriptContextSchema> | undefined;

/**
 * An interview date as `lintScript` and `renderScript` take it: a calendar date, or an instant
 * in any form (with the zone of a wall-clock time, whose calendar then shows the date).
 */
function interviewDateSchema() {
  const date = isoDateSchema();
  return hinted(
    "date-or-instant",
    z.pipe(
      z.unknown(),
      z.transform((value, ctx): { day: number } | { instant: number; zone?: string } => {
        if (isIsoDateShaped(value)) {
          const result = date.safeParse(value);
          return result.success
            ? { day: result.data }
            : addInstantIssues(
                ctx,
                value,
                result.error.issues.map((issue) => ({ path: [], message: issue.message })),
              );
        }
        const read = readAnyInstant(value);
        if (Array.isArray(read)) return addInstantIssues(ctx, value, read);
        return read.zone === undefined ? { instant: read.ms } : { instant: read.ms, zone: read.zone };
      }),
    ),
  );
}

function buildScriptContextSchema() {
  const text = z.string({ error: "must be a string" });
  return inputObject(
    {
      kind: z.optional(z.enum(SCRIPT_KINDS, { error: `must be one of ${SCRIPT_KINDS.join(", ")}` })),
      candidateName: z.optional(text),
      jobTitle: z.optional(text),
      company: z.optional(text),
      interviewerName: z.optional(text),
      interviewDate: z.optional(interviewDateSchema()),
      timeZone: z.optional(timeZoneSchema()),
      at: z.optional(instantSchema()),
      topics: z.optional(z.array(text, { error: "must be a list of topics" }).check(z.maxLength(50, { error: "must have at most 50 topics" }))),
      phone: z.optional(text),
      region: z.optional(regionSchema()),
      stage: z.optional(stageSchema()),
      path: z.optional(
        z.array(z.union([z.string(), z.int({ error: "must be a whole number" }).check(z.nonnegative({ error: "must not be negative" }))]), {
          error: "must be a list of keys (strings and whole numbers)",
        }),
      ),
      values: z.optional(z.array(text, { error: "must be a list of strings" }).check(z.maxLength(100, { error: "must have at most 100 values" }))),
    },
    { error: (issue) => (issue.code === "invalid_type" ? "the script context must be an object" : undefined) },
  ).check(
    z.superRefine((context, ctx) => {
      if (context.interviewDate && "instant" in context.interviewDate && context.interviewDate.zone === undefined && context.timeZone === undefined) {
        ctx.addIssue({ code: "custom", path: ["timeZone"], message: "is needed to read an instant interviewDate; or give the date as YYYY-MM-DD" });
      }
      if (context.at !== undefined && context.timeZone === undefined) {
        ctx.addIssue({ code: "custom", path: ["timeZone"], message: "is needed to read `at` on the interviewer's calendar" });
      }
    }),
  );
}

/** The longest script, voicemail or text the content rules read: about 25 minutes of speech. */
export const MAX_TEXT_LENGTH = 20_000;

/** A script context after validation. */
export type ParsedScriptContext = z.output<ReturnType<typeof buildScriptContextSchema>>;

/** Validates a lintScript context or throws FollowUpInputError. */
export function parseScriptContext(input: unknown): ParsedScriptContext {
  scriptContextSchema ??= buildScriptContextSchema();
  return parseOrThrow(scriptContextSchema, input ?? {}, "Invalid script context");
}
