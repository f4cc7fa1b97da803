const PHRASE_END = /[\s.,;:!?]+$/;
// The characters PHRASE_END can end on, tested first: most phrases end in a letter, and this
// runs for every script rendered.
const MAY_END_A_PHRASE = /[\s.,;:!?]/;

/**
 * A value as the script templates set it inside a sentence ("…our talk about {{topic}}, and…"):
 * a stop, comma, semicolon, colon, exclamation or question mark, or space the caller typed at
 * its end would print as "..", "?." or ",.", so it is dropped. The linter looks for filled-in
 * values in this form too.
 *
 * @example asPhrase("route planning. ") // "route planning"
 */
export function asPhrase(value: string): string {
  return value.length > 0 && MAY_END_A_PHRASE.test(value[value.length - 1] as string) ? value.replace(PHRASE_END, "") : value;
}
