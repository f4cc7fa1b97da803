import { isCalendarWeeksBefore, monthAndDayOfDay, weekdayOfDay } from "../time/civil";
import type { TextAnalysis, Token } from "./analyzeText";
import type { CalendarData } from "./lexicon";

/**
 * Places in a text that say when something happened: "Tuesday", "last Thursday afternoon",
 * "ten days back", "on the 9th", "17 November", "11/17", "yesterday", "last week".
 * Each is read into what it can be checked against.
 */
export type DateReference =
  | {
      readonly kind: "weekday";
      readonly start: number;
      readonly end: number;
      readonly weekday: number;
      /** "last Thursday": the latest one before the call; "the Thursday before last": the one before; bare: either. */
      readonly which: "latest" | "before-latest" | "either";
    }
  | { readonly kind: "daysAgo"; readonly start: number; readonly end: number; readonly days: number; readonly slack: number }
  | { readonly kind: "dayOfMonth"; readonly start: number; readonly end: number; readonly dayOfMonth: number; readonly month?: number }
  | { readonly kind: "relative"; readonly start: number; readonly end: number; readonly minDays: number; readonly maxDays: number };

interface CalendarIndex {
  readonly weekdays: ReadonlyMap<string, number>;
  readonly months: ReadonlyMap<string, number>;
  /** Every word that can start a date reference: other tokens are skipped at once. */
  readonly triggers: ReadonlySet<string>;
  /** The relative phrases ("last week") by their first word. */
  readonly relativeByFirst: ReadonlyMap<string, readonly CalendarData["relativeAny"][number][]>;
}

const indexes = /* @__PURE__ */ new WeakMap<CalendarData, CalendarIndex>();

function indexOf(calendar: CalendarData): CalendarIndex {
  let index = indexes.get(calendar);
  if (index === undefined) {
    const weekdays = new Map<string, number>();
    calendar.weekdays.forEach((names, weekday) => {
      for (const name of names) weekdays.set(name, weekday);
    });
    const months = new Map<string, number>();
    calendar.months.forEach((names, month) => {
      for (const name of names) months.set(name, month + 1);
    });
    const triggers = new Set<string>([
      ...weekdays.keys(),
      ...months.keys(),
      ...Object.keys(calendar.dayOffsets),
      ...Object.keys(calendar.numbers),
      ...Object.keys(calendar.ordinals),
      ...Object.keys(calendar.ordinalTens),
      ...Object.keys(calendar.units),
    ]);
    const relativeByFirst = new Map<string, CalendarData["relativeAny"][number][]>();
    for (const phrase of calendar.relativeAny) {
      const first = phrase.words[0] as string;
      triggers.add(first);
      const list = relativeByFirst.get(first);
      if (list === undefined) relativeByFirst.set(first, [phrase]);
      else list.push(phrase);
    }
    index = { weekdays, months, triggers, relativeByFirst };
    indexes.set(calendar, index);
  }
  return index;
}

/** Whether a word names a weekday or a month ("friday", "weds", "march"). */
export function namesWeekdayOrMonth(word: string, calendar: CalendarData): boolean {
  const index = indexOf(calendar);
  return index.weekdays.has(word) || index.months.has(word);
}

const DIGITS = /^\d{1,4}$/;

function startsWithDigit(word: string): boolean {
  const code = word.charCodeAt(0);
  return code >= 48 && code <= 57;
}

/** A value of a data table, and never one inherited from Object.prototype ("constructor"). */
function own<V>(table: Readonly<Record<string, V>>, key: string): V | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}

/** A count said in words or figures ("ten", "10", "a"). */
function countOf(token: Token | undefined, calendar: CalendarData): number | undefined {
  if (token === undefined || !token.word) return undefined;
  if (DIGITS.test(token.norm)) return Number(token.norm);
  return own(calendar.numbers, token.norm);
}

/**
 * How many days a stretch of time says ("two weeks" 14, "a month" 30, "a fortnight" 14), read
 * from the tokens `first` to `last`: a count and a unit, or a unit alone. Undefined where it says
 * no length ("Friday", "today", "soon").
 * @example daysSaid(analysis, hit.first, hit.last, calendar) // 14 for "two weeks"
 */
export function daysSaid(analysis: TextAnalysis, first: number, last: number, calendar: CalendarData): number | undefined {
  for (let at = first; at <= last; at++) {
    const token = analysis.tokens[at] as Token;
    const unit = token.word ? own(calendar.units, token.norm) : undefined;
    if (unit === undefined) continue;
    const ones = countOf(analysis.tokens[at - 1], calendar);
    // "twenty-one days" is two words of count: tens, then ones.
    const tens = ones !== undefined && ones < 10 ? countOf(analysis.tokens[at - 2], calendar) : undefined;
    const count = tens !== undefined && tens >= 20 && tens % 10 === 0 ? tens + (ones as number) : ones;
    return (count ?? 1) * unit;
  }
  return undefined;
}

/** A day of the month said as "9th", "9", "ninth". */
function dayOfMonthOf(token: Token | undefined, calendar: CalendarData): number | undefined {
  if (token === undefined || !token.word) return undefined;
  const ordinal = own(calendar.ordinals, token.norm);
  if (ordinal !== undefined) return ordinal;
  for (const suffix of calendar.ordinalSuffixes) {
    if (token.norm.endsWith(suffix) && DIGITS.test(token.norm.slice(0, -suffix.length))) return Number(token.norm.slice(0, -suffix.length));
  }
  return DIGITS.test(token.norm) ? Number(token.norm) : undefined;
}

/**
 * A day of the month starting at `tokens[at]`, in one token ("9th", "ninth") or two joined by a
 * hyphen or a space ("twenty-eighth", "thirty first"); `last` is the index of its last token.
 */
function dayOfMonthAt(tokens: readonly Token[], at: number, calendar: CalendarData): { day: number; last: number } | undefined {
  const token = tokens[at];
  if (token === undefined || !token.word) return undefined;
  const tens = own(calendar.ordinalTens, token.norm);
  const next = tokens[at + 1];
  if (tens !== undefined && next?.word && next.start - token.end <= 1) {
    const unit = own(calendar.ordinals, next.norm);
    if (unit !== undefined && unit < 10) return { day: tens + unit, last: at + 1 };
  }
  const day = dayOfMonthOf(token, calendar);
  return day === undefined ? undefined : { day, last: at };
}

function validDay(day: number | undefined): day is number {
  return day !== undefined && day >= 1 && day <= 31;
}

// Month names that are also common words ("I may call"): dates only when capitalised.
const AMBIGUOUS_MONTHS = new Set(["may", "march", "mar"]);

/** Whether a name is the full form of a weekday or month ("sunday", "sundays"), not a short one ("sun"). */
function isFullName(names: readonly string[], word: string): boolean {
  return word.length > 3 && word.startsWith(names[0] as string);
}

/** Written as a date is: capitalised, or followed by a full stop ("Wed.", "Sat", "May"). */
function writtenAsDate(text: string, token: Token): boolean {
  const first = text[token.start] as string;
  return first !== first.toLowerCase() || text[token.end] === ".";
}

/** Every date reference in an analysed text, in order. */
export function findDateReferences(analysis: TextAnalysis, calendar: CalendarData): DateReference[] {
  const { weekdays, months, triggers, relativeByFirst } = indexOf(calendar);
  const tokens = analysis.tokens;
  const found: DateReference[] = [];
  for (let at = 0; at < tokens.length; at++) {
    const token = tokens[at] as Token;
    if (!token.word || !(triggers.has(token.norm) || startsWithDigit(token.norm))) continue;
    const weekday = weekdays.get(token.norm);
    // "sat", "sun", "wed": short forms are ordinary words unless written as a date is ("Sat", "Wed.").
    if (weekday !== undefined && (isFullName(calendar.weekdays[weekday] as readonly string[], token.norm) || writtenAsDate(analysis.text, token))) {
      const near = (from: number, to: number) => tokens.slice(Math.max(0, from), Math.max(0, to)).map((other) => other.norm);
      const before = near(at - 3, at);
      const after = near(at + 1, at + 4);
      const weekNearby = before.some((word) => own(calendar.units, word) === 7) || after.some((word) => own(calendar.units, word) === 7);
      const beforeLast = after.join(" ").startsWith("before last");
      const pointsToLatest = calendar.last.includes(before[before.length - 1] ?? "");
      const from = pointsToLatest ? (tokens[at - 1] as Token).start : token.start;
      found.push({ kind: "weekday", start: from, end: token.end, weekday, which: beforeLast ? "before-latest" : weekNearby || !pointsToLatest ? "either" : "latest" });
      continue;
    }
    const offset = own(calendar.dayOffsets, token.norm);
    if (offset !== undefined) {
      found.push({ kind: "daysAgo", start: token.start, end: token.end, days: offset, slack: 0 });
      continue;
    }
    // A phrase first ("the week before last"), so that its start is not read as a count ("week before").
    const phrase = relativeByFirst.get(token.norm)?.find((candidate) => candidate.words.every((word, offsetInPhrase) => tokens[at + offsetInPhrase]?.norm === word));
    if (phrase !== undefined) {
      const last = tokens[at + phrase.words.length - 1] as Token;
      found.push({ kind: "relative", start: token.start, end: last.end, minDays: phrase.days[0] ?? 0, maxDays: phrase.days[1] ?? 0 });
      at += phrase.words.length - 1;
      continue;
    }
    // "ten days back", "a week ago", "a fortnight ago"
    const count = countOf(token, calendar);
    const unitToken = count === undefined ? token : tokens[at + 1];
    const unit = unitToken?.word ? own(calendar.units, unitToken.norm) : undefined;
    const agoToken = count === undefined ? tokens[at + 1] : tokens[at + 2];
    if (unit !== undefined && agoToken?.word && calendar.ago.includes(agoToken.norm)) {
      const days = (count ?? 1) * unit;
      found.push({ kind: "daysAgo", start: token.start, end: agoToken.end, days, slack: unit === 1 ? 1 : Math.ceil(days / 4) });
      at += count === undefined ? 1 : 2;
      continue;
    }
    // "three weeks yesterday", "it'll be two weeks tomorrow": weeks counted to a day next to today
    // (months are too uneven to count to the day). Counted to tomorrow it looks back only after
    // "be" ("I could start two weeks tomorrow" looks ahead).
    const anniversary = agoToken?.word ? own(calendar.anniversaryDays, agoToken.norm) : undefined;
    const looksBack = anniversary !== undefined && (anniversary >= 0 || tokens[at - 1]?.norm === "be");
    if (unit !== undefined && unit % 7 === 0 && unit <= 14 && agoToken !== undefined && anniversary !== undefined && looksBack) {
      // Counted to the day, so it is exact, give or take the call's own day.
      found.push({ kind: "daysAgo", start: token.start, end: agoToken.end, days: (count ?? 1) * unit + anniversary, slack: 1 });
      at += count === undefined ? 1 : 2;
      continue;
    }
    // "November 17", "17 November", "17th of November", "the 9th"
    const month = months.get(token.norm);
    if (
      month !== undefined &&
      (isFullName(calendar.months[month - 1] as readonly string[], token.norm) && !AMBIGUOUS_MONTHS.has(token.norm) ? true : writtenAsDate(analysis.text, token))
    ) {
      const after = dayOfMonthAt(tokens, at + 1, calendar);
      if (after !== undefined && validDay(after.day)) {
        found.push({ kind: "dayOfMonth", start: token.start, end: (tokens[after.last] as Token).end, dayOfMonth: after.day, month });
        at = after.last;
      }
      continue;
    }
    const dayAt = dayOfMonthAt(tokens, at, calendar);
    const day = dayAt?.day;
    if (dayAt !== undefined && validDay(day) && !DIGITS.test(token.norm)) {
      const last = tokens[dayAt.last] as Token;
      const ofToken = tokens[dayAt.last + 1]?.norm === "of" ? tokens[dayAt.last + 2] : tokens[dayAt.last + 1];
      const monthAfter = ofToken?.word ? months.get(ofToken.norm) : undefined;
      found.push({
        kind: "dayOfMonth",
        start: token.start,
        end: monthAfter === undefined ? last.end : (ofToken as Token).end,
        dayOfMonth: day,
        ...(monthAfter === undefined ? {} : { month: monthAfter }),
      });
      at = dayAt.last;
      continue;
    }
    if (validDay(day)) {
      // "on day 19": a learner's day of the month (Portuguese "dia 19"), a bare figure after the word for day.
      if (DIGITS.test(token.norm) && calendar.dayOfMonthWords.includes(tokens[at - 1]?.norm ?? "")) {
        found.push({ kind: "dayOfMonth", start: (tokens[at - 1] as Token).start, end: token.end, dayOfMonth: day });
        continue;
      }
      // "17 November", "7 of September"
      const next = tokens[at + 1]?.norm === "of" ? tokens[at + 2] : tokens[at + 1];
      const monthAfter = next?.word && (!AMBIGUOUS_MONTHS.has(next.norm) || writtenAsDate(analysis.text, next)) ? months.get(next.norm) : undefined;
      if (monthAfter !== undefined) {
        found.push({ kind: "dayOfMonth", start: token.start, end: (next as Token).end, dayOfMonth: day, month: monthAfter });
        at += next === tokens[at + 1] ? 1 : 2;
        continue;
      }
      // 17/11, 11/17, 2026-11-17: figures side by side with only separators between them.
      const second = countOf(next, calendar);
      if (second !== undefined && next !== undefined && next.start - token.end === 1) {
        const third = tokens[at + 2];
        const year = Number(token.norm) > 31 ? Number(token.norm) : undefined;
        if (year !== undefined && third !== undefined && third.start - next.end === 1 && DIGITS.test(third.norm)) {
          found.push({ kind: "dayOfMonth", start: token.start, end: third.end, dayOfMonth: Number(third.norm), month: second });
          at += 2;
          continue;
        }
        if (validDay(second)) {
          if (day <= 12) found.push({ kind: "dayOfMonth", start: token.start, end: next.end, dayOfMonth: second, month: day });
          if (second <= 12) found.push({ kind: "dayOfMonth", start: token.start, end: next.end, dayOfMonth: day, month: second });
          at += 1;
        }
      }
    }
  }
  return found;
}

/**
 * Whether a reference fits the interview's day. `callDay` (the day of the call, on the
 * interviewer's calendar) lets relative references be checked; without it they count as
 * long as they can be true.
 */
export function fitsInterviewDay(reference: DateReference, interviewDay: number, callDay: number | undefined): boolean {
  switch (reference.kind) {
    case "weekday": {
      if (weekdayOfDay(interviewDay) !== reference.weekday) return false;
      if (callDay === undefined) return true;
      const daysBack = callDay - interviewDay;
      // "Last Tuesday" said on a Wednesday means eight days back (the day before is "yesterday");
      // said on a Friday it may also mean the Tuesday of last week, ten days back. Both readings
      // are common, so either fits: the latest such day, or that day in the calendar week before
      // (weeks starting on Monday or on Sunday). "The Tuesday before last" likewise.
      if (reference.which === "latest") return daysBack >= 2 && (daysBack <= 9 || isCalendarWeeksBefore(interviewDay, callDay, 1));
      if (reference.which === "before-latest") return (daysBack >= 8 && daysBack <= 14) || isCalendarWeeksBefore(interviewDay, callDay, 2);
      return daysBack >= 1 && daysBack <= 14;
    }
    case "daysAgo":
      return callDay === undefined || Math.abs(callDay - reference.days - interviewDay) <= reference.slack;
    case "dayOfMonth": {
      const { month, dayOfMonth } = monthAndDayOfDay(interviewDay);
      return dayOfMonth === reference.dayOfMonth && (reference.month === undefined || month === reference.month);
    }
    case "relative":
      return callDay === undefined || (callDay - interviewDay >= reference.minDays && callDay - interviewDay <= reference.maxDays);
  }
}
