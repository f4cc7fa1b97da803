import * as z from "zod/mini";
import { BoundedCache } from "../../internal/boundedCache";
import { echo, FollowUpInputError } from "../../errors";
import { dateOrInstantInput, inputObject, parseInstantAndZone, parseOrThrow, timeZoneSchema, type Instant, type IsoDate } from "../../schemas";
import { MS_PER_DAY } from "../../time/civil";
import { isIsoDateShaped, isRealIsoDate } from "../../time/isoText";
import type { TemplateView } from "./compileTemplate";
import nameTitles from "../../text/nameTitles.json";
import { asPhrase } from "../../text/phrase";

let dataSchema: ReturnType<typeof buildDataSchema> | undefined;

/** The script data's schema, for the build's JSON Schema file. */
export function scriptDataSchema(): ReturnType<typeof buildDataSchema> {
  return dataSchemaOnce();
}

function dataSchemaOnce(): ReturnType<typeof buildDataSchema> {
  dataSchema ??= buildDataSchema();
  return dataSchema;
}

function buildDataSchema() {
  const text = z.optional(z.string({ error: "must be a string" }));
  return inputObject(
    {
      candidateName: text,
      jobTitle: text,
      company: text,
      interviewerName: text,
      greetingName: text,
      // Read in full when the date is formatted (see readInterviewDate): a date, or an instant in any of its forms.
      interviewDate: z.optional(dateOrInstantInput()),
      phone: text,
      topic: text,
      companyHighlight: text,
      availability: text,
      email: text,
      timeZone: z.optional(timeZoneSchema()),
    },
    { error: (issue) => (issue.code === "invalid_type" ? "the script data must be an object" : undefined) },
  );
}

/** What `interviewDate` may hold: a calendar date, or an instant in any of its forms. */
type InterviewDateValue = IsoDate | Instant;

/** The interview date as read: a calendar day, or an instant and the zone whose calendar shows it. */
type ReadInterviewDate = { readonly day: number } | { readonly instant: number; readonly zone: string };

/** `YYYY-MM-DD` as a day number, or an instant in ms and its zone; undefined when absent or blank. */
function readInterviewDate(value: InterviewDateValue | undefined, timeZone: string | undefined): ReadInterviewDate | undefined {
  if (value === undefined || value === "") return undefined;
  const fail = (path: string, message: string) => {
    throw new FollowUpInputError([{ path: [path], message }], "Invalid script data");
  };
  if (typeof value !== "string" && typeof value !== "object") fail("interviewDate", INTERVIEW_DATE_FORMS);
  if (isIsoDateShaped(value)) {
    if (!isRealIsoDate(value)) fail("interviewDate", `${echo(value)} is not a real calendar date`);
    return { day: Date.UTC(Number(value.slice(0, 4)), Number(value.slice(5, 7)) - 1, Number(value.slice(8, 10))) / MS_PER_DAY };
  }
  const instant = parseInstantAndZone(value, ["interviewDate"]);
  // A wall-clock time names its own zone: the date is shown on that calendar unless told otherwise.
  const zone = timeZone ?? instant.zone;
  if (zone === undefined) fail("timeZone", "is needed to format an instant interviewDate on the interviewer's calendar; or give the date as YYYY-MM-DD");
  return { instant: instant.ms, zone: zone as string };
}

const INTERVIEW_DATE_FORMS = 'must be a YYYY-MM-DD date, a Date, an ISO-8601 instant with an offset, or { local: "2026-11-17T10:00", timeZone }';
const HAS_CONTENT = /\S/;

const formatters = /* @__PURE__ */ new BoundedCache<string, Intl.DateTimeFormat>(64);
const formattedDates = /* @__PURE__ */ new BoundedCache<string, string>(1_024);

function dateFormatter(locale: string, timeZone: string): Intl.DateTimeFormat {
  const key = `${locale} ${timeZone}`;
  return formatters.get(key) ?? formatters.set(key, new Intl.DateTimeFormat(locale, { timeZone, weekday: "long", month: "long", day: "numeric" }));
}

/** "Tuesday, November 17" in the locale, on the interviewer's calendar; cached, as dates recur. */
function formatInterviewDate(date: ReadInterviewDate, locale: string): string {
  // A calendar date is shown at its own noon in UTC, so no zone can move it to another day.
  const [instant, zone] = "day" in date ? [date.day * MS_PER_DAY + MS_PER_DAY / 2, "UTC"] : [date.instant, date.zone];
  const key = `${locale} ${zone} ${instant}`;
  return formattedDates.get(key) ?? formattedDates.set(key, dateFormatter(locale, zone).format(instant));
}

/**
 * The interview date as the script prints it. The same dates recur across thousands of
 * scripts, so the text is kept per (date as given, locale, zone); only valid dates get there.
 */
function interviewDateText(value: InterviewDateValue | undefined, locale: string, timeZone: string | undefined): string | undefined {
  if (value === undefined || value === "") return undefined;
  // A wall-clock object is read afresh each time: its key would have to read the object first.
  if (typeof value !== "string" && !(value instanceof Date)) {
    const date = readInterviewDate(value, timeZone);
    return date === undefined ? undefined : formatInterviewDate(date, locale);
  }
  const key = `${typeof value === "string" ? `s${value}` : `d${value.getTime()}`} ${locale} ${timeZone ?? ""}`;
  const cached = dateTexts.get(key);
  if (cached !== undefined) return cached;
  const date = readInterviewDate(value, timeZone);
  return date === undefined ? undefined : dateTexts.set(key, formatInterviewDate(date, locale));
}

const dateTexts = /* @__PURE__ */ new BoundedCache<string, string>(1_024);

const supportedLocales = /* @__PURE__ */ new BoundedCache<string, boolean>(64);

/** Checks a BCP 47 locale against what this runtime's Intl supports. */
export function checkLocale(locale: string): void {
  let supported = supportedLocales.get(locale);
  if (supported === undefined) {
    try {
      supported = Intl.DateTimeFormat.supportedLocalesOf([locale]).length > 0;
    } catch {
      supported = false;
    }
    supportedLocales.set(locale, supported);
  }
  if (!supported) {
    throw new FollowUpInputError([{ path: ["locale"], message: `${echo(locale)} is not a locale this runtime's Intl supports (like en-US or fr-FR)` }], "Invalid script options");
  }
}

// Fields the templates set inside a sentence, so set as phrases (see asPhrase).
const PHRASE_FIELDS: ReadonlySet<string> = /* @__PURE__ */ new Set(["topic", "companyHighlight", "availability"]);

const TEXT_FIELDS = ["candidateName", "jobTitle", "company", "interviewerName", "greetingName", "phone", "topic", "companyHighlight", "availability", "email", "timeZone"] as const;
const TEXT_FIELD_SET = /* @__PURE__ */ new Set<string>(TEXT_FIELDS);

/**
 * Data already in the form the schema returns: a plain object whose fields are all known and
 * all strings, with no time zone to check. Most calls pass exactly that, and the schema (which
 * zod/mini runs without compiling it) would only hand the same strings back; anything else,
 * including a field that cannot be read, goes through the schema.
 */
function isPlainTextData(data: unknown): data is Partial<Record<(typeof TEXT_FIELDS)[number] | "interviewDate", string>> {
  if (typeof data !== "object" || data === null) return false;
  try {
    const prototype = Object.getPrototypeOf(data);
    if (prototype !== Object.prototype && prototype !== null) return false;
    for (const key of Object.keys(data)) {
      if (key === "timeZone" || (key !== "interviewDate" && !TEXT_FIELD_SET.has(key))) return false;
      if (typeof (data as Record<string, unknown>)[key] !== "string") return false;
    }
    return true;
  } catch {
    return false;
  }
}

/**
 * The view a template is rendered from: a null-prototype object holding only strings,
 * so no name can reach Object.prototype and nothing in it can be called. A value that is
 * empty or only spaces counts as absent.
 */
export function buildView(data: unknown, locale: string): TemplateView {
  const parsed = isPlainTextData(data) ? data : parseOrThrow(dataSchemaOnce(), data, "Invalid script data");
  const view = Object.create(null) as Record<string, string | undefined>;
  const own = data as Record<string, unknown>;
  // Only the data's own fields: a value planted on Object.prototype must not reach a script.
  for (const field of Object.keys(own)) {
    if (field === "interviewDate") {
      // An object's keys, date and zone are checked by parseInstant when the date is read.
      const formatted = interviewDateText(parsed.interviewDate as InterviewDateValue | undefined, locale, parsed.timeZone);
      if (formatted !== undefined) view.interviewDate = formatted;
    } else if (TEXT_FIELD_SET.has(field)) {
      const value = parsed[field as (typeof TEXT_FIELDS)[number]];
      const text = typeof value === "string" && PHRASE_FIELDS.has(field) ? asPhrase(value) : value;
      if (typeof text === "string" && HAS_CONTENT.test(text)) view[field] = text;
    }
  }
  if (view.greetingName === undefined && view.interviewerName !== undefined) view.greetingName = greetingFor(view.interviewerName);
  return view as TemplateView;
}

const TITLES: ReadonlySet<string> = /* @__PURE__ */ new Set(nameTitles.titles);

/** "Priya Raman" → "Priya"; "Dr Priya Raman" → "Dr Raman"; a one-word name stays as it is. Names recur: cached. */
function greetingFor(name: string): string {
  const cached = greetings.get(name);
  if (cached !== undefined) return cached;
  const words = name.trim().split(/\s+/);
  const first = words[0] as string;
  const greeting = words.length > 1 && TITLES.has(first.replace(/\.$/, "").toLowerCase()) ? `${first} ${words[words.length - 1]}` : first;
  return greetings.set(name, greeting);
}

const greetings = /* @__PURE__ */ new BoundedCache<string, string>(1_024);
