/**
 * Text helpers for the content rules. Matching runs on a lower-cased copy in which curly
 * quotes and dashes are straightened one character for one, so an offset found in the copy
 * is the same offset in the original text.
 */

/** A sentence of a text, by offsets (end exclusive). */
export interface Sentence {
  readonly start: number;
  readonly end: number;
  /** The normalised sentence text. */
  readonly text: string;
  /** Whether it asks something; worked out on first use (see isQuestionSentence). */
  question: boolean | undefined;
}

const LOOKALIKES: Readonly<Record<string, string>> = {
  "\u2018": "'",
  "\u2019": "'",
  "\u02BC": "'",
  "\u201C": '"',
  "\u201D": '"',
  "\u2013": "-",
  "\u2014": "-",
  "\u00A0": " ",
};
const LOOKALIKE_PATTERN = /[\u2018\u2019\u02BC\u201C\u201D\u2013\u2014\u00A0]/g;

/** Lower-case, with quotes, apostrophes and dashes straightened; same length as the input. */
export function normalizeForMatching(text: string): string {
  const lower = text.toLowerCase();
  // toLowerCase keeps the length for almost everything; where it does not (İ), fall back
  // to per-character lowering so offsets stay true.
  const sameLength = lower.length === text.length ? lower : Array.from(text, (char) => (char.toLowerCase().length === char.length ? char.toLowerCase() : char)).join("");
  return sameLength.replace(LOOKALIKE_PATTERN, (char) => LOOKALIKES[char] ?? char);
}

const ABBREVIATION_BEFORE = /(?:^|[^a-z])(?:mr|mrs|ms|dr|prof|st|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|mon|tue|tues|wed|thu|thur|thurs|fri|approx|e\.g|i\.e|etc|vs)$/;
const SENTENCE_END = /[.!?]+(?=["')\]]*(?:\s|$))|\n/g;

/** Splits normalised text into sentences at . ! ? followed by a space, and at line breaks. */
export function splitSentences(normalized: string): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  SENTENCE_END.lastIndex = 0;
  for (let match = SENTENCE_END.exec(normalized); match !== null; match = SENTENCE_END.exec(normalized)) {
    // "Nov. 17", "Ms. Okafor": a full stop after an abbreviation does not end the sentence.
    if (match[0] === "." && ABBREVIATION_BEFORE.test(normalized.slice(Math.max(0, match.index - 6), match.index))) continue;
    const end = match.index + match[0].length;
    pushSentence(sentences, normalized, start, end);
    start = end;
  }
  pushSentence(sentences, normalized, start, normalized.length);
  return sentences;
}

function isSpaceAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  return code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0x2028 || code === 0x2029 || (code >= 0x2000 && code <= 0x200a) || code === 0x3000 || code === 0xfeff;
}

function pushSentence(sentences: Sentence[], normalized: string, from: number, to: number): void {
  let start = from;
  let end = to;
  while (start < end && isSpaceAt(normalized, start)) start++;
  while (end > start && isSpaceAt(normalized, end - 1)) end--;
  if (end > start) sentences.push({ start, end, text: normalized.slice(start, end), question: undefined });
}

/** Where a word count stands after a piece of text: how many words, and whether a word is still open. */
export interface WordScan {
  readonly count: number;
  readonly inWord: boolean;
}

/**
 * Counts words the way a reader does: runs of letters and digits, with an apostrophe or
 * hyphen inside a word keeping it one word ("don't", "follow-up"). `inWord` carries the state
 * across pieces of one text, so pieces can be counted apart and added up. A plain character
 * loop: a regex with one match per word costs several times more.
 */
export function scanWords(text: string, inWordAtStart = false): WordScan {
  let count = 0;
  let inWord = inWordAtStart;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    const kind = code < 128 ? (ASCII_KIND[code] as number) : isNonWordSymbol(code) ? (code === 0x2019 ? JOINER : OTHER) : LETTER;
    if (kind === LETTER) {
      if (!inWord) count++;
      inWord = true;
    } else {
      inWord = inWord && kind === JOINER;
    }
  }
  return { count, inWord };
}

const OTHER = 0;
const LETTER = 1;
const JOINER = 2;
// Per ASCII code: a letter or digit, an apostrophe or hyphen (joins a word), or anything else.
const ASCII_KIND = /* @__PURE__ */ (() => {
  const kinds = new Uint8Array(128);
  for (let code = 0; code < 128; code++) {
    const char = String.fromCharCode(code);
    kinds[code] = /[A-Za-z0-9]/.test(char) ? LETTER : char === "'" || char === "-" ? JOINER : OTHER;
  }
  return kinds;
})();

/** Words in a text, the way a reader counts them. */
export function countWords(text: string): number {
  return scanWords(text).count;
}

/** Spaces, dashes, quotes and other punctuation above ASCII that never start a word. */
function isNonWordSymbol(code: number): boolean {
  return code === 0xa0 || (code >= 0x2000 && code <= 0x206f) || (code >= 0x3000 && code <= 0x303f) || code === 0xab || code === 0xbb || code === 0xbf || code === 0xa1;
}

const INDIRECT_QUESTION =
  /\b(?:i was wondering|i'm wondering|i wondered|(?:just )?wondering (?:if|whether|how|who|what)|i'd (?:love|like|be keen|appreciate)(?: to)? (?:know|find out)(?:ing)?|appreciat(?:e|ed) (?:knowing|hearing|finding out|it if you could (?:tell|let|confirm))|i (?:really |just |do |would |only )?(?:want|wanted|need|needed|have|like|hoped|wish|wished) to (?:know|find out|ask|check|confirm|see)|i'm (?:calling|ringing|phoning|writing|checking) (?:to|in to) (?:find out|ask|check|see)|(?:could|can|would|will) (?:you|u) (?:please )?(?:tell|let|confirm|say|inform|advise|update)|would you (?:mind telling|mind letting)|(?:please |kindly )?(?:tell|inform|advise|update) me|(?:please |kindly )?let me know|(?:please |kindly )?confirm (?:whether|if)|can i ask|may i ask|might i ask|mind me asking|i was hoping you (?:might|could|would) (?:tell|let|confirm)|i'm curious|out of curiosity|just curious|any chance you could|i'd be grateful (?:to know|if you could (?:tell|let|confirm|inform))|i'd like to check)\b/;
// A question asked without a question mark ("hi claire did i get the job"): an auxiliary verb before its subject.
const INVERTED_QUESTION = /(?:^|[,;:] |^(?:hi|hey|hello|so|and|but|ok|okay)\b[^,]*?\s)(?:did|am|was|will|have|has|do|does|can|could|would|should|is|are)\s+(?:i|you|u|it|we|they|there|anyone|anybody|someone)\b/;

/** `isQuestion` for a sentence of a reviewed text, worked out once for all the rules that ask. */
export function isQuestionSentence(sentence: Sentence): boolean {
  sentence.question ??= isQuestion(sentence.text);
  return sentence.question;
}

/** Whether a normalised sentence asks something, directly or indirectly. */
export function isQuestion(sentence: string): boolean {
  return sentence.includes("?") || INDIRECT_QUESTION.test(sentence) || INVERTED_QUESTION.test(sentence);
}

const NEGATOR = /\b(?:not|never|no|nor|without|n't|don't|didn't|doesn't|won't|wouldn't|isn't|wasn't|aren't|weren't|haven't|hasn't|hadn't|can't|cannot|couldn't|shouldn't|nothing|nobody|none)\b|n't\b/;

/**
 * Whether the few words before `index` in a sentence negate what follows
 * ("I didn't find it frustrating", "I don't have any other offers").
 */
export function isNegatedBefore(sentence: string, index: number, words = 4): boolean {
  const before = sentence.slice(0, index);
  const clauseStart = Math.max(before.lastIndexOf(","), before.lastIndexOf(";"), before.lastIndexOf(" but "), before.lastIndexOf(" and "));
  const clause = before.slice(clauseStart + 1).trim().split(/\s+/);
  return NEGATOR.test(clause.slice(-words).join(" "));
}

const CLAUSE_BREAK = /[;:]|,? but |, (?:and|so|yet) | - /g;

/** The clause of a sentence that holds [start, end): between the nearest breaks around it. */
export function clauseAround(sentence: string, start: number, end: number): string {
  let from = 0;
  let to = sentence.length;
  CLAUSE_BREAK.lastIndex = 0;
  for (let found = CLAUSE_BREAK.exec(sentence); found !== null; found = CLAUSE_BREAK.exec(sentence)) {
    if (found.index + found[0].length <= start) from = found.index + found[0].length;
    else if (found.index >= end) {
      to = found.index;
      break;
    }
  }
  return sentence.slice(from, to);
}

/** Escapes a value for use inside a regular expression. */
export function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function isWordChar(char: string | undefined): boolean {
  return char !== undefined && /[\p{L}\p{N}]/u.test(char);
}

/** Whether `phrase` (already normalised) occurs in `haystack` as whole words. No regex per call. */
export function containsPhrase(haystack: string, phrase: string): boolean {
  const needle = phrase.trim();
  if (needle.length === 0) return false;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) {
    if (!isWordChar(haystack[at - 1]) && !isWordChar(haystack[at + needle.length])) return true;
  }
  return false;
}

/** Collapses runs of white space and hyphens, so "operations-analyst" matches "operations analyst". */
export function squashSpaces(text: string): string {
  // Most texts have single spaces only: skip the replace when there is nothing to squash.
  return NEEDS_SQUASH.test(text) ? text.replace(SQUASHABLE, " ") : text;
}

const NEEDS_SQUASH = /[\t\n\r\f\v\u00a0\u2000-\u200a\u2028\u2029\u3000\-]| {2}/;
const SQUASHABLE = /[\s\-]+/g;
