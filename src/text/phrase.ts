const PHRASE_END = /[\s.,;:]+$/;

/**
 * A value as the script templates set it inside a sentence ("…our talk about {{topic}}, and…"):
 * a stop, comma, semicolon, colon or space the caller typed at its end would print as "..",
 * so it is dropped. The linter looks for filled-in values in this form too.
 *
 * @example asPhrase("route planning. ") // "route planning"
 */
export function asPhrase(value: string): string {
  return PHRASE_END.test(value) ? value.replace(PHRASE_END, "") : value;
}
