import { abbreviations } from "./lexicons/en/abbreviations.json";

const PHRASE_END = /[\s.,;:!?]+$/;
// The characters PHRASE_END can end on, tested first: most phrases end in a letter, and this
// runs for every script rendered.
const MAY_END_A_PHRASE = /[\s.,;:!?]/;
// The built-in templates are English: their phrases' abbreviations are English ones.
const ABBREVIATIONS: ReadonlySet<string> = /* @__PURE__ */ new Set(abbreviations);
// Letters joined by stops, the last one's stop already cut: "U.S", "p.m", "e.g" (not "2.0").
const INITIALS = /^(?:\p{L}\.)+\p{L}$/u;

/** Whether the last word of a text is an abbreviation whose stop belongs to it: "U.S", "p.m", "etc", "Inc". */
function endsWithAbbreviation(text: string): boolean {
  const word = text.slice(text.search(/[^\s(]*$/));
  return INITIALS.test(word) || ABBREVIATIONS.has(word.toLowerCase());
}

/**
 * A value as the script templates set it inside a sentence ("…our talk about {{topic}}, and…"):
 * a stop, comma, semicolon, colon, exclamation or question mark, or space the caller typed at
 * its end would print as "..", "?." or ",.", so it is dropped. An abbreviation keeps its stop
 * ("the U.S.", "after 3 p.m.", "etc."); the templates then leave out their own stop after it.
 * The linter looks for filled-in values in this form too.
 *
 * @example asPhrase("route planning. ") // "route planning"
 * @example asPhrase("your expansion into the U.S.") // unchanged
 */
export function asPhrase(value: string): string {
  if (value.length === 0 || !MAY_END_A_PHRASE.test(value[value.length - 1] as string)) return value;
  const phrase = value.replace(PHRASE_END, "");
  return value[phrase.length] === "." && endsWithAbbreviation(phrase) ? `${phrase}.` : phrase;
}
