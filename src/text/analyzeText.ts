import { fitsPosition, phrasesStartingWith, type CompiledLexicon } from "./lexicon";

/**
 * One analysis pass over a text, shared by every content rule: sentences, clauses, tokens
 * with normalised forms, word-class hits, negation scope and whether each clause asks
 * something. Offsets are UTF-16 indexes into the original text (end exclusive).
 */

/** A normalised word (or a punctuation mark) and where it stands in the text. */
export interface Token {
  readonly start: number;
  readonly end: number;
  /** Lower case, apostrophes straightened, contractions and texting spellings expanded. */
  readonly norm: string;
  /** False for punctuation marks. */
  readonly word: boolean;
  /** How many words after a negation this one stands ("didn't find it *frustrating*" is 3); 0 outside any. */
  readonly negation: number;
}

/** A word-class phrase found in the text. */
export interface ClassHit {
  readonly className: string;
  /** Which entry of the class matched (for tests and tooling). */
  readonly entryIndex: number;
  /** First and last token index (inclusive). */
  readonly first: number;
  readonly last: number;
  readonly start: number;
  readonly end: number;
  /** The phrase starts inside a negation's scope. */
  readonly negated: boolean;
  /** How far after the negation it starts (1 = right after it); 0 when not negated. */
  readonly negation: number;
}

/** A clause: the unit that asks, negates and carries meaning. */
export interface Clause {
  readonly start: number;
  readonly end: number;
  readonly first: number;
  /** Exclusive token index. */
  readonly stop: number;
  /** It asks or requests something: a question (with or without "?"), or an indirect request. */
  readonly asks: boolean;
  /** Hits that start in this clause, by class name. */
  readonly hits: ReadonlyMap<string, readonly ClassHit[]>;
}

export interface SentenceAnalysis {
  readonly start: number;
  readonly end: number;
  readonly clauses: readonly Clause[];
}

export interface TextAnalysis {
  readonly text: string;
  readonly locale: string;
  readonly tokens: readonly Token[];
  readonly sentences: readonly SentenceAnalysis[];
}

// Structural classes the analysis itself reads; every locale provides them.
const NEGATOR = "negator";
const QUESTION_WORD = "question-word";
const QUESTION_WORD_WEAK = "question-word-weak";
const AUX = "aux";
const SUBJECT = "subject";
const OPENER = "opener";
const ASK_MARKER = "ask-marker";
const CLAUSE_BREAK = "clause-break";
const CLAUSE_BREAK_AFTER_COMMA = "clause-break-after-comma";
const NEGATOR_SHORT = "negator-short";
const NEGATION_REACH = 4;
const SHORT_NEGATION_REACH = 2;

const SENTENCE_END = /[.!?…]+(?=["'”’)\]]*(?:\s|$))|\n/g;
const TOKEN = /[\p{L}\p{N}]+(?:['’ʼ][\p{L}\p{N}]+)*['’]?|\?|!|;|:|,|\s[-–—]+\s|[–—]/gu;
const NON_ASCII = /[^\u0000-\u007f]/;
const MARKS = /\p{M}+/gu;
const LETTER = /[\p{L}\p{N}]/u;

interface MutableToken {
  start: number;
  end: number;
  norm: string;
  word: boolean;
  negation: number;
}

function isSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0x2028 || code === 0x2029 || (code >= 0x2000 && code <= 0x200a) || code === 0x3000 || code === 0xfeff;
}

/** Sentence boundaries: ". ! ?" before a space or the end, and line breaks; not after an abbreviation. */
function sentenceRanges(text: string, lexicon: CompiledLexicon): [number, number][] {
  const ranges: [number, number][] = [];
  let from = 0;
  const push = (start: number, end: number) => {
    while (start < end && isSpace(text.charCodeAt(start))) start++;
    while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
    if (end > start) ranges.push([start, end]);
  };
  SENTENCE_END.lastIndex = 0;
  for (let match = SENTENCE_END.exec(text); match !== null; match = SENTENCE_END.exec(text)) {
    if (match[0] === ".") {
      let wordStart = match.index;
      while (wordStart > 0 && (LETTER.test(text[wordStart - 1] as string) || text[wordStart - 1] === ".")) wordStart--;
      if (lexicon.abbreviations.has(text.slice(wordStart, match.index).toLowerCase())) continue;
    }
    const end = match.index + match[0].length;
    push(from, end);
    from = end;
  }
  push(from, text.length);
  return ranges;
}

function fold(lower: string): string {
  return NON_ASCII.test(lower) ? lower.normalize("NFD").replace(MARKS, "").normalize("NFC").replace(/[’ʼ]/g, "'") : lower;
}

/** The normalised words a raw token stands for. */
function normalise(raw: string, lexicon: CompiledLexicon): readonly string[] {
  const lower = fold(raw.toLowerCase());
  const spelled = lexicon.locale.spellings[lower];
  if (spelled !== undefined) return spelled;
  const apostrophe = lower.indexOf("'");
  if (apostrophe === -1) return [lower];
  if (apostrophe === lower.length - 1) return [lower.slice(0, -1)];
  for (const [ending, meaning] of Object.entries(lexicon.locale.contractionEndings)) {
    if (!lower.endsWith(ending) || lower.length === ending.length) continue;
    const stem = lower.slice(0, -ending.length);
    const stemWords = lexicon.locale.spellings[stem] ?? [stem];
    if (ending === "'s") return lexicon.isContractions.has(stem) ? [...stemWords, meaning] : stemWords;
    return [...stemWords, meaning];
  }
  return [lower];
}

function tokenize(text: string, start: number, end: number, lexicon: CompiledLexicon, into: MutableToken[]): void {
  TOKEN.lastIndex = 0;
  const piece = text.slice(start, end);
  for (let match = TOKEN.exec(piece); match !== null; match = TOKEN.exec(piece)) {
    const raw = match[0];
    const at = start + match.index;
    if (LETTER.test(raw[0] as string)) {
      for (const norm of normalise(raw, lexicon)) into.push({ start: at, end: at + raw.length, norm, word: true, negation: 0 });
    } else {
      const mark = raw.trim();
      into.push({ start: at, end: at + raw.length, norm: mark.length > 1 || mark === "–" || mark === "—" ? "-" : mark, word: false, negation: 0 });
    }
  }
}

function findHits(tokens: readonly MutableToken[], from: number, to: number, lexicon: CompiledLexicon): ClassHit[] {
  const hits: ClassHit[] = [];
  for (let index = from; index < to; index++) {
    const token = tokens[index] as MutableToken;
    if (!token.word) continue;
    for (const phrase of phrasesStartingWith(lexicon, token.norm)) {
      let last = index;
      let fits = true;
      for (let position = 1; position < phrase.positions.length; position++) {
        const next = tokens[index + position];
        if (index + position >= to || next === undefined || !next.word || !fitsPosition(phrase.positions[position] as never, next.norm)) {
          fits = false;
          break;
        }
        last = index + position;
      }
      if (!fits) continue;
      if (hits.some((hit) => hit.className === phrase.className && hit.first === index && hit.last === last)) continue;
      hits.push({ className: phrase.className, entryIndex: phrase.entryIndex, first: index, last, start: token.start, end: (tokens[last] as MutableToken).end, negated: false, negation: 0 });
    }
  }
  return hits;
}

function startsAt(hits: readonly ClassHit[], className: string, index: number): boolean {
  return hits.some((hit) => hit.className === className && hit.first === index);
}

function covers(hits: readonly ClassHit[], className: string, index: number): ClassHit | undefined {
  return hits.find((hit) => hit.className === className && hit.first <= index && index <= hit.last);
}

/** Clause starts: after ; : and dashes, before "but"/"although", and before ", and"/", so". */
function clauseStarts(tokens: readonly MutableToken[], from: number, to: number, hits: readonly ClassHit[]): number[] {
  const starts = [from];
  for (let index = from + 1; index < to; index++) {
    const token = tokens[index] as MutableToken;
    const previous = tokens[index - 1] as MutableToken;
    if (!token.word) {
      if (token.norm === ";" || token.norm === ":" || token.norm === "-") starts.push(index + 1);
      continue;
    }
    if (startsAt(hits, CLAUSE_BREAK, index) || (previous.norm === "," && startsAt(hits, CLAUSE_BREAK_AFTER_COMMA, index))) starts.push(index);
  }
  return [...new Set(starts)].filter((start) => start < to).sort((a, b) => a - b);
}

/** Whether a stretch of tokens (after an opener such as "so" or "hi Dana,") starts like a question. */
function segmentAsks(tokens: readonly MutableToken[], from: number, to: number, hits: readonly ClassHit[]): boolean {
  let index = from;
  while (index < to) {
    const opener = covers(hits, OPENER, index);
    if (opener === undefined) break;
    index = opener.last + 1;
  }
  if (startsLikeQuestion(tokens, index, to, hits)) return true;
  // One unknown word before an inverted question ("soooo did i get it", "Priya did you decide").
  return index + 2 < to && !startsAt(hits, AUX, index) && !startsAt(hits, SUBJECT, index) && startsAt(hits, AUX, index + 1) && startsAt(hits, SUBJECT, index + 2);
}

function startsLikeQuestion(tokens: readonly MutableToken[], index: number, to: number, hits: readonly ClassHit[]): boolean {
  const token = tokens[index];
  if (token === undefined || index >= to || !token.word) return false;
  if (startsAt(hits, QUESTION_WORD, index)) return true;
  if (startsAt(hits, QUESTION_WORD_WEAK, index)) return index + 1 < to && startsAt(hits, AUX, index + 1);
  if (startsAt(hits, AUX, index)) return index + 1 < to && startsAt(hits, SUBJECT, index + 1);
  return false;
}

function clauseAsks(tokens: readonly MutableToken[], from: number, to: number, hits: readonly ClassHit[]): boolean {
  for (let index = from; index < to; index++) if ((tokens[index] as MutableToken).norm === "?") return true;
  if (hits.some((hit) => hit.className === ASK_MARKER && hit.first >= from && hit.first < to)) return true;
  let segment = from;
  for (let index = from; index <= to; index++) {
    if (index === to || (tokens[index] as MutableToken).norm === ",") {
      if (segmentAsks(tokens, segment, index, hits)) return true;
      segment = index + 1;
    }
  }
  return false;
}

/**
 * Marks the words a negator reaches, within its clause, not past a comma or a joining word:
 * "not", "never" reach four words on; "no", "nobody", "without" only two ("no news yet is fine").
 */
function markNegation(tokens: MutableToken[], from: number, to: number, hits: readonly ClassHit[]): void {
  for (const hit of hits) {
    if ((hit.className !== NEGATOR && hit.className !== NEGATOR_SHORT) || hit.first < from || hit.first >= to) continue;
    const reach = hit.className === NEGATOR ? NEGATION_REACH : SHORT_NEGATION_REACH;
    let reached = 0;
    for (let index = hit.last + 1; index < to && reached < reach; index++) {
      const token = tokens[index] as MutableToken;
      if (!token.word || startsAt(hits, CLAUSE_BREAK, index) || startsAt(hits, CLAUSE_BREAK_AFTER_COMMA, index)) break;
      reached++;
      if (token.negation === 0 || token.negation > reached) token.negation = reached;
    }
  }
}

/**
 * Analyses a text once for every content rule.
 *
 * @param text - The script, voicemail or message.
 * @param lexicon - A compiled locale (see `compileLexicon`).
 */
export function analyzeText(text: string, lexicon: CompiledLexicon): TextAnalysis {
  const tokens: MutableToken[] = [];
  const sentences: SentenceAnalysis[] = [];
  for (const [start, end] of sentenceRanges(text, lexicon)) {
    const from = tokens.length;
    tokenize(text, start, end, lexicon, tokens);
    const to = tokens.length;
    if (to === from) continue;
    const hits = findHits(tokens, from, to, lexicon);
    const starts = clauseStarts(tokens, from, to, hits);
    const clauses: Clause[] = [];
    starts.forEach((clauseFrom, position) => {
      const clauseTo = starts[position + 1] ?? to;
      markNegation(tokens, clauseFrom, clauseTo, hits);
    });
    starts.forEach((clauseFrom, position) => {
      const clauseTo = starts[position + 1] ?? to;
      const byClass = new Map<string, ClassHit[]>();
      for (const hit of hits) {
        if (hit.first < clauseFrom || hit.first >= clauseTo) continue;
        const negation = (tokens[hit.first] as MutableToken).negation;
        const placed: ClassHit = { ...hit, negated: negation > 0, negation };
        const list = byClass.get(hit.className);
        if (list === undefined) byClass.set(hit.className, [placed]);
        else list.push(placed);
      }
      const lastToken = tokens[clauseTo - 1] as MutableToken;
      clauses.push({
        start: (tokens[clauseFrom] as MutableToken).start,
        end: lastToken.end,
        first: clauseFrom,
        stop: clauseTo,
        asks: clauseAsks(tokens, clauseFrom, clauseTo, hits),
        hits: byClass,
      });
    });
    sentences.push({ start, end, clauses });
  }
  return { text, locale: lexicon.locale.locale, tokens, sentences };
}
