import type { CompiledLexicon, NormalisedWord, TrieNode } from "./lexicon";
import { EMPTY_HASH, nextHash, spanHash } from "./spanTable";

/** A token while the analysis is still filling in its negation (see `Token` in analyzeText.ts). */
export interface MutableToken {
  start: number;
  end: number;
  norm: string;
  word: boolean;
  negation: number;
  source: NormalisedWord | undefined;
}

const NO_NODES: readonly TrieNode[] = [];

// What a character can do in a token.
const OTHER = 0;
/** A letter or digit (Unicode L and N). */
const WORD = 1;
/** ? ! ; : , each a token of its own. */
const MARK = 2;
/** What `\s` matches in a regular expression. */
const SPACE = 3;
const HYPHEN = 4;
/** ' and ’: inside a word they join ("don't"), at its end they belong to it ("students'"). */
const APOSTROPHE = 5;
/** – and —: a token alone, or with spaces around, like " - ". */
const LONG_DASH = 6;
/** The first half of a UTF-16 surrogate pair: a letter or not, by the code point it starts. */
const SURROGATE = 7;

const ASCII_KINDS = /* @__PURE__ */ (() => {
  const kinds = new Uint8Array(128);
  for (let code = 0; code < 128; code++) {
    const char = String.fromCharCode(code);
    kinds[code] = /[A-Za-z0-9]/.test(char) ? WORD : "?!;:,".includes(char) ? MARK : /\s/.test(char) ? SPACE : char === "-" ? HYPHEN : char === "'" ? APOSTROPHE : OTHER;
  }
  return kinds;
})();

const LETTER = /^[\p{L}\p{N}]$/u;
const JS_SPACE = /^\s$/;

// Kinds of characters beyond ASCII, worked out on first sight (one byte per code unit, plus one).
let wideKinds: Uint8Array | undefined;

function kindOf(code: number): number {
  if (code < 128) return ASCII_KINDS[code] as number;
  wideKinds ??= new Uint8Array(0x10000);
  const known = wideKinds[code] as number;
  if (known !== 0) return known - 1;
  const kind = wideKindOf(code);
  wideKinds[code] = kind + 1;
  return kind;
}

function wideKindOf(code: number): number {
  if (code >= 0xd800 && code <= 0xdbff) return SURROGATE;
  if (code === 0x2019) return APOSTROPHE;
  if (code === 0x2013 || code === 0x2014) return LONG_DASH;
  const char = String.fromCharCode(code);
  if (JS_SPACE.test(char)) return SPACE;
  return LETTER.test(char) ? WORD : OTHER;
}

/** How many code units the letter or digit at `index` takes (0 when there is none). */
function letterLength(text: string, index: number): number {
  if (index >= text.length) return 0;
  const kind = kindOf(text.charCodeAt(index));
  if (kind === WORD) return 1;
  if (kind !== SURROGATE) return 0;
  const point = text.codePointAt(index) as number;
  return point > 0xffff && LETTER.test(String.fromCodePoint(point)) ? 2 : 0;
}

function isDash(kind: number): boolean {
  return kind === HYPHEN || kind === LONG_DASH;
}

/**
 * Splits one sentence (`start` to `end` of `text`) into tokens, one scan over its characters:
 * words (letters and digits, joined by an apostrophe: "don't"), the marks ? ! ; : , and dashes
 * that stand between spaces. It reads exactly what
 * `/[\p{L}\p{N}]+(?:['’ʼ][\p{L}\p{N}]+)*['’]?|[?!;:,]|\s[-–—]+\s|[–—]/gu` finds (ʼ is a letter; a test holds the
 * two together), without cutting a known word out of the text: each word is hashed as it is
 * scanned and looked up in the lexicon's tables of words already normalised.
 */
export function tokenize(text: string, start: number, end: number, lexicon: CompiledLexicon, ascii: boolean, into: MutableToken[], steps: (readonly TrieNode[])[]): void {
  let seenWord = false;
  let index = start;
  while (index < end) {
    const kind = kindOf(text.charCodeAt(index));
    if (kind === WORD || kind === SURROGATE) {
      const first = letterLength(text, index);
      if (first === 0) {
        index++;
        continue;
      }
      let hash = EMPTY_HASH;
      let at = index;
      // Letters, then any apostrophe with letters after it, then one trailing apostrophe.
      for (;;) {
        for (;;) {
          const code = at < text.length ? text.charCodeAt(at) : -1;
          // ASCII letters and digits, the bulk of most texts, without a call per character.
          if (code >= 0 && code < 128 && ASCII_KINDS[code] === WORD) {
            hash = nextHash(hash, code);
            at++;
            continue;
          }
          const length = code < 128 ? 0 : letterLength(text, at);
          if (length === 0) break;
          hash = nextHash(hash, code);
          if (length === 2) hash = nextHash(hash, text.charCodeAt(at + 1));
          at += length;
        }
        if (at < text.length && kindOf(text.charCodeAt(at)) === APOSTROPHE && letterLength(text, at + 1) > 0) {
          hash = nextHash(hash, text.charCodeAt(at));
          at++;
          continue;
        }
        break;
      }
      if (at < text.length && kindOf(text.charCodeAt(at)) === APOSTROPHE) {
        hash = nextHash(hash, text.charCodeAt(at));
        at++;
      }
      // A word never runs past a sentence's end in practice; if it did, it is cut there.
      const stop = Math.min(at, end);
      if (stop !== at) hash = spanHash(text, index, stop);
      for (const word of normalise(text, index, stop, hash, lexicon, ascii, !seenWord)) {
        into.push({ start: index, end: stop, norm: word.norm, word: true, negation: 0, source: word });
        steps.push(word.steps);
      }
      seenWord = true;
      index = at;
    } else if (kind === MARK) {
      into.push({ start: index, end: index + 1, norm: text[index] as string, word: false, negation: 0, source: undefined });
      steps.push(NO_NODES);
      index++;
    } else if (kind === LONG_DASH) {
      into.push({ start: index, end: index + 1, norm: "-", word: false, negation: 0, source: undefined });
      steps.push(NO_NODES);
      index++;
    } else if (kind === SPACE && index + 1 < text.length && isDash(kindOf(text.charCodeAt(index + 1)))) {
      let after = index + 1;
      while (after < text.length && isDash(kindOf(text.charCodeAt(after)))) after++;
      if (after < text.length && kindOf(text.charCodeAt(after)) === SPACE) {
        // " - " and " — ": a dash between spaces. Cut at the sentence's end, what is left of it may be a bare space.
        const stop = Math.min(after + 1, end);
        const mark = text.slice(index, stop).trim();
        into.push({ start: index, end: stop, norm: mark.length > 1 || mark === "–" || mark === "—" ? "-" : mark, word: false, negation: 0, source: undefined });
        steps.push(NO_NODES);
        index = after + 1;
      } else index++;
    } else index++;
  }
}

/**
 * The normalised words a word of the text stands for, each with where it leads from the trie's
 * root (kept, within a bound). Texting spellings are not applied to a capitalised word inside a
 * sentence: "Ty" there is a name, not "thank you".
 */
function normalise(text: string, start: number, end: number, hash: number, lexicon: CompiledLexicon, ascii: boolean, sentenceStart: boolean): readonly NormalisedWord[] {
  const keepSpelling = !sentenceStart && isCapitalised(text, start, end);
  const table = keepSpelling ? lexicon.namesAsSpelled : lexicon.words;
  const known = table.get(text, start, end, hash);
  if (known !== undefined) return known;
  const raw = text.slice(start, end);
  return table.set(
    detached(raw),
    hash,
    // Every field from the start, the model's memo too: records that change shape later make the
    // code that reads them slower everywhere.
    normaliseAnew(raw, lexicon, ascii, keepSpelling).map((norm) => ({
      norm: detached(norm),
      id: lexicon.vocabulary.get(norm) ?? -1,
      steps: rootChildren(lexicon, norm),
      filler: lexicon.phraseFillers.has(norm),
      modelEntry: undefined,
    })),
  );
}

/**
 * A copy of a word that shares no memory with the text it was cut from. Engines may keep a
 * whole text alive behind a long substring of it; a cached word must not hold on to the text.
 */
function detached(word: string): string {
  return word.length < DETACH_FROM ? word : (JSON.parse(JSON.stringify(word)) as string);
}

// V8 copies substrings shorter than this rather than pointing into the original.
const DETACH_FROM = 13;

/** "Ty", "Dan": a capital then lower case (not "PLEASE", not "i"), read in place in the text. */
function isCapitalised(text: string, start: number, end: number): boolean {
  if (end - start < 2) return false;
  const first = text.charCodeAt(start);
  // Most words are ASCII: decide by character codes, without making new strings.
  if (first < 128) {
    if (first < 65 || first > 90) return false;
    for (let index = start + 1; index < end; index++) {
      const code = text.charCodeAt(index);
      if (code >= 97 && code <= 122) return true;
      if (code >= 128) return hasLowerCase(text.slice(start + 1, end));
    }
    return false;
  }
  const head = text[start] as string;
  return head !== head.toLowerCase() && hasLowerCase(text.slice(start + 1, end));
}

/** Whether some letter of a word is lower case ("ty", "Dan" after its capital; not "PLEASE"). */
function hasLowerCase(rest: string): boolean {
  return rest !== rest.toUpperCase();
}

const MARKS = /\p{M}+/gu;

function fold(lower: string): string {
  return lower.normalize("NFKD").replace(MARKS, "").normalize("NFC").replace(/[’ʼ]/g, "'");
}

function normaliseAnew(raw: string, lexicon: CompiledLexicon, ascii: boolean, keepSpelling: boolean): readonly string[] {
  const folded = ascii ? raw.toLowerCase() : fold(raw.toLowerCase());
  const lower = keepSpelling ? folded : unstretched(folded, lexicon);
  const spelled = keepSpelling ? undefined : lexicon.spellings.get(lower);
  if (spelled !== undefined) return spelled;
  const apostrophe = lower.indexOf("'");
  if (apostrophe === -1) return [lower];
  if (apostrophe === lower.length - 1) return [restoredEnding(lower, lexicon) ?? lower.slice(0, -1)];
  for (const [ending, meaning] of lexicon.contractionEndings) {
    if (!lower.endsWith(ending) || lower.length === ending.length) continue;
    const stem = lower.slice(0, -ending.length);
    const stemWords = lexicon.spellings.get(stem) ?? [stem];
    if (ending === "'s") return lexicon.isContractions.has(stem) || stemWords.some((word) => lexicon.isContractions.has(word)) ? [...stemWords, meaning] : stemWords;
    return [...stemWords, meaning];
  }
  return [lower];
}

/** Where a word leads from the trie's root (exact and prefix edges): most words lead nowhere. */
function rootChildren(lexicon: CompiledLexicon, word: string): readonly TrieNode[] {
  const children: TrieNode[] = [];
  const exact = lexicon.trie.exact.get(word);
  if (exact !== undefined) children.push(exact);
  for (const [prefix, child] of lexicon.rootPrefixes.get(word.slice(0, 3)) ?? []) if (word.startsWith(prefix)) children.push(child);
  return children.length === 0 ? NO_NODES : children;
}

// A word this short keeps its apostrophe's ending as it is ("in'" alone, "din'").
const MIN_RESTORED_LENGTH = 5;

/** "drivin'" → "driving": the locale's ending for letters a final apostrophe stands for, restored. */
function restoredEnding(lower: string, lexicon: CompiledLexicon): string | undefined {
  if (lower.length < MIN_RESTORED_LENGTH) return undefined;
  for (const [ending, letters] of lexicon.droppedLetters) {
    if (lower.endsWith(ending)) return lower.slice(0, -ending.length) + letters;
  }
  return undefined;
}

// A letter said three or more times in a row, as texts stretch words ("soooo", "pleeease"):
// found with the first expression, replaced everywhere with the second (no shared search state).
const IS_STRETCHED = /(\p{L})\1{2,}/u;
const STRETCHED = /(\p{L})\1{2,}/gu;
const ONE_LETTER = /^(\p{L})\1*$/u;

/**
 * "soooo slow" is "so slow", "pleeease" "please": each stretched letter said once, or twice
 * where only the word with two is one the lexicon knows ("gooood" → "good"). A word of one
 * letter only ("zzz", "AAA") is left as it is.
 */
function unstretched(word: string, lexicon: CompiledLexicon): string {
  if (!IS_STRETCHED.test(word) || ONE_LETTER.test(word)) return word;
  const once = word.replace(STRETCHED, "$1");
  const twice = word.replace(STRETCHED, "$1$1");
  return lexicon.vocabulary.has(twice) && !lexicon.vocabulary.has(once) ? twice : once;
}
