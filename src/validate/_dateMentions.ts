import { MS_PER_DAY, weekdayName, weekdayOfDay } from "../time/civil";
import { containsPhrase } from "./_text";

const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
// Relative phrases that fit any interview day; a weekday must be the interview's own (checked apart).
const RELATIVE = /\b(?:last|this past|past|earlier this|previous) (?:week|month)\b|\b(?:yesterday|today|this morning|this afternoon|earlier today|the other day)\b|\blast week's\b/;

function ordinal(day: number): string {
  const tens = day % 100;
  if (tens >= 11 && tens <= 13) return `${day}th`;
  return `${day}${["th", "st", "nd", "rd"][day % 10] ?? "th"}`;
}

/** "Tuesday, November 17" for messages. */
export function describeInterviewDay(day: number): string {
  const date = new Date(day * MS_PER_DAY);
  return `${weekdayName(weekdayOfDay(day))}, ${MONTHS[date.getUTCMonth()]?.replace(/^./, (c) => c.toUpperCase())} ${date.getUTCDate()}`;
}

/**
 * Whether normalised text says when the interview was: its weekday, its date in words or
 * figures, or a relative phrase such as "last week" or "yesterday".
 */
export function mentionsInterviewDay(text: string, day: number): boolean {
  const date = new Date(day * MS_PER_DAY);
  const dayOfMonth = date.getUTCDate();
  const month = date.getUTCMonth() + 1;
  const monthName = MONTHS[month - 1] as string;
  if (containsPhrase(text, weekdayName(weekdayOfDay(day)).toLowerCase())) return true;
  const dayForms = [String(dayOfMonth), ordinal(dayOfMonth)];
  const monthForms = [monthName, monthName.slice(0, 3), `${monthName.slice(0, 3)}.`];
  for (const dayForm of dayForms) {
    if (containsPhrase(text, `the ${dayForm}`)) return true;
    for (const monthForm of monthForms) {
      if (containsPhrase(text, `${monthForm} ${dayForm}`) || containsPhrase(text, `${dayForm} ${monthForm}`) || containsPhrase(text, `${dayForm} of ${monthForm}`)) {
        return true;
      }
    }
  }
  const pad = (value: number) => String(value).padStart(2, "0");
  const numeric = [`${month}/${dayOfMonth}`, `${dayOfMonth}/${month}`, `${pad(month)}/${pad(dayOfMonth)}`, `${pad(dayOfMonth)}/${pad(month)}`, `${date.getUTCFullYear()}-${pad(month)}-${pad(dayOfMonth)}`, `${dayOfMonth}.${month}.`];
  // The relative phrases last: one regex pass, after the cheap look-ups have had their chance.
  return numeric.some((form) => containsPhrase(text, form)) || RELATIVE.test(text);
}
