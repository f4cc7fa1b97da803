import { type CompiledLexicon, type NormalisedWord, type PhraseEnd, STRUCTURE, type TrieNode } from "./lexicon";
import { type MutableToken, tokenize } from "./tokenize";

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
  /** The lexicon's shared record of this normalised word (undefined for punctuation marks). */
  readonly source: NormalisedWord | undefined;
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
  /** The lexicon's record of the phrase that matched. */
  readonly phrase: PhraseEnd;
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
  /** Hits that start in this clause, in text order (by first token; those that start together in the order the phrase trie reached them). */
  readonly hits: readonly ClassHit[];
}

export interface SentenceAnalysis {
  readonly start: number;
  readonly end: number;
  readonly clauses: readonly Clause[];
  /** The sentence lies wholly inside parentheses or square brackets: a stage direction ("(Pause and let them answer.)"), not said. */
  readonly aside: boolean;
  /** In a transcript, a turn of the other side ("Interviewer: We're still deciding.", up to the next label or line break): not the candidate's words. */
  readonly otherSpeaker: boolean;
}

export interface TextAnalysis {
  readonly text: string;
  readonly locale: string;
  readonly tokens: readonly Token[];
  readonly sentences: readonly SentenceAnalysis[];
}

// Structural classes the analysis itself reads; every locale provides them.
const NEGATOR = "negator";
const OPENER = "opener";
const CLAUSE_BREAK = "clause-break";
const CLAUSE_BREAK_AFTER_COMMA = "clause-break-after-comma";
const NEGATOR_SHORT = "negator-short";
const NEGATION_REACH = 4;
const SHORT_NEGATION_REACH = 2;

const SENTENCE_END = /[.!?…]+(?=["'”’)\]]*(?:\s|$))|\n/g;
const NON_ASCII = /[\u0080-\uffff]/;
const BRACKET = /[([]/;
const LETTER = /[\p{L}\p{N}]/u;

function isSpace(code: number): boolean {
  return (
    code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0x2028 || code === 0x2029 || (code >= 0x2000 && code <= 0x200a) || code === 0x3000 || code === 0xfeff
  );
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
      while (wordStart > 0 && (startsWord(text, wordStart - 1) || text[wordStart - 1] === ".")) wordStart--;
      if (lexicon.abbreviations.has(text.slice(wordStart, match.index).toLowerCase())) continue;
    }
    const end = match.index + match[0].length;
    push(from, end);
    from = end;
  }
  push(from, text.length);
  return ranges;
}

/** Whether a character starts a word: a letter or a digit (ASCII by table, the rest by Unicode class, whole code points). */
function startsWord(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return LETTER.test(String.fromCodePoint(text.codePointAt(index) as number));
}

/** A sentence's hits, listed and indexed by the token they start at (for constant-time look-ups). */
interface SentenceHits {
  readonly list: readonly ClassHit[];
  readonly from: number;
  readonly byStart: readonly (readonly ClassHit[] | undefined)[];
  /** Per token, the `STRUCTURE` bits of the classes that start there: the analysis asks these for every token. */
  readonly structure: Uint16Array;
}

/** `steps[i]`: the trie nodes token i leads to from the root. */
function findHits(tokens: readonly MutableToken[], steps: readonly (readonly TrieNode[])[], from: number, to: number, lexicon: CompiledLexicon): SentenceHits {
  const list: ClassHit[] = [];
  const byStart: (ClassHit[] | undefined)[] = new Array(to - from);
  const hits: SentenceHits = { list, from, byStart, structure: new Uint16Array(to - from) };
  for (let index = from; index < to; index++) {
    const children = steps[index] as readonly TrieNode[];
    for (let child = 0; child < children.length; child++) walk(lexicon, hits, tokens, to, children[child] as TrieNode, index, index + 1, MAX_FILLERS, false);
  }
  return hits;
}

function addHit(hits: SentenceHits, tokens: readonly MutableToken[], end: PhraseEnd, first: number, last: number): void {
  const byStart = hits.byStart as (ClassHit[] | undefined)[];
  let here = byStart[first - hits.from];
  if (here === undefined) here = byStart[first - hits.from] = [];
  for (const hit of here) if (hit.className === end.className && hit.last === last) return;
  const hit: ClassHit = {
    className: end.className,
    entryIndex: end.entryIndex,
    phrase: end,
    first,
    last,
    start: (tokens[first] as MutableToken).start,
    end: (tokens[last] as MutableToken).end,
    negated: false,
    negation: 0,
  };
  here.push(hit);
  (hits.list as ClassHit[]).push(hit);
  (hits.structure[first - hits.from] as number) |= end.structure;
}

// How many filler words ("just", "um") one phrase may step over.
const MAX_FILLERS = 2;

/**
 * Walks the trie from one token on: along every edge the next token fits, as far as phrases go.
 * A filler word may also be stepped over inside a phrase (`fillersLeft` more of them); a phrase
 * never ends on one (`afterFiller`: the phrase was complete before it, and is found there).
 */
function walk(
  lexicon: CompiledLexicon,
  hits: SentenceHits,
  tokens: readonly MutableToken[],
  to: number,
  node: TrieNode,
  first: number,
  index: number,
  fillersLeft: number,
  afterFiller: boolean,
): void {
  if (!afterFiller) {
    const ends = node.ends;
    for (let at = 0; at < ends.length; at++) addHit(hits, tokens, ends[at] as PhraseEnd, first, index - 1);
  }
  if (index >= to) return;
  const token = tokens[index] as MutableToken;
  if (!token.word) return;
  const source = token.source as NormalisedWord;
  const id = source.id;
  if (id >= 0 && node.exactById.size > 0) {
    const exact = node.exactById.get(id);
    if (exact !== undefined) walk(lexicon, hits, tokens, to, exact, first, index + 1, fillersLeft, false);
  }
  const prefixes = node.prefixes;
  for (let at = 0; at < prefixes.length; at++) {
    const edge = prefixes[at] as [string, TrieNode];
    if (token.norm.startsWith(edge[0])) walk(lexicon, hits, tokens, to, edge[1], first, index + 1, fillersLeft, false);
  }
  if (node.any !== undefined) walk(lexicon, hits, tokens, to, node.any, first, index + 1, fillersLeft, false);
  if (source.filler && fillersLeft > 0) walk(lexicon, hits, tokens, to, node, first, index + 1, fillersLeft - 1, true);
}

/** The longest hit of a structural class that starts at a token. */
function hitAt(hits: SentenceHits, className: keyof typeof STRUCTURE, index: number): ClassHit | undefined {
  if (!startsAt(hits, STRUCTURE[className], index)) return undefined;
  let found: ClassHit | undefined;
  for (const hit of hits.byStart[index - hits.from] ?? []) if (hit.className === className && (found === undefined || hit.last > found.last)) found = hit;
  return found;
}

/** Whether a structural class (by its bit) starts at a token. */
function startsAt(hits: SentenceHits, bit: number, index: number): boolean {
  return ((hits.structure[index - hits.from] as number) & bit) !== 0;
}

/** Clause starts: after ; : and dashes, before "but"/"although", and before ", and"/", so". */
function clauseStarts(tokens: readonly MutableToken[], from: number, to: number, hits: SentenceHits): number[] {
  const starts = [from];
  // Starts are found in order; a joining word right after a ";" starts the same clause, once.
  const add = (start: number) => {
    if (start < to && start !== starts[starts.length - 1]) starts.push(start);
  };
  for (let index = from + 1; index < to; index++) {
    const token = tokens[index] as MutableToken;
    const previous = tokens[index - 1] as MutableToken;
    if (!token.word) {
      if (token.norm === ";" || token.norm === ":" || token.norm === "-") add(index + 1);
      continue;
    }
    const joiner = hitAt(hits, CLAUSE_BREAK, index) ?? (previous.norm === "," ? hitAt(hits, CLAUSE_BREAK_AFTER_COMMA, index) : undefined);
    if (joiner !== undefined) {
      // "even though" starts one clause, not two.
      add(index);
      index = joiner.last;
    }
  }
  return starts;
}

/** Whether a stretch of tokens (after an opener such as "so" or "hi Dana,") starts like a question. */
function segmentAsks(tokens: readonly MutableToken[], from: number, to: number, hits: SentenceHits): boolean {
  // ", which is why I was late": after a comma, "which is…", "which I…" go back to what came before
  // (a clause without "?" that starts so tells, it does not ask).
  if (from > hits.from && (tokens[from - 1] as MutableToken).norm === "," && startsAt(hits, STRUCTURE["relative-after-comma"], from)) return false;
  let index = from;
  while (index < to) {
    const opener = hitAt(hits, OPENER, index);
    if (opener === undefined) break;
    index = opener.last + 1;
  }
  if (startsLikeQuestion(tokens, index, to, hits)) return true;
  // One unknown word before an inverted question ("soooo did i get it", "Priya did you decide").
  return (
    index + 2 < to &&
    !startsAt(hits, STRUCTURE.aux, index) &&
    !startsAt(hits, STRUCTURE.subject, index) &&
    startsAt(hits, STRUCTURE.aux, index + 1) &&
    startsAt(hits, STRUCTURE.subject, index + 2) &&
    !startsAt(hits, STRUCTURE["telling-start"], index + 1)
  );
}

function startsLikeQuestion(tokens: readonly MutableToken[], index: number, to: number, hits: SentenceHits): boolean {
  const token = tokens[index];
  if (token === undefined || index >= to || !token.word) return false;
  if (startsAt(hits, STRUCTURE["question-word"], index)) return true;
  if (startsAt(hits, STRUCTURE["question-word-weak"], index)) return index + 1 < to && startsAt(hits, STRUCTURE.aux, index + 1);
  // "Had a call from another salon" starts as "Had you heard?" does, but tells.
  if (startsAt(hits, STRUCTURE.aux, index)) return index + 1 < to && startsAt(hits, STRUCTURE.subject, index + 1) && !startsAt(hits, STRUCTURE["telling-start"], index);
  return false;
}

function clauseAsks(tokens: readonly MutableToken[], from: number, to: number, hits: SentenceHits): boolean {
  for (let index = from; index < to; index++) if ((tokens[index] as MutableToken).norm === "?") return true;
  for (let index = from; index < to; index++) if (startsAt(hits, STRUCTURE["ask-marker"], index)) return true;
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
function markNegation(tokens: MutableToken[], starts: readonly number[], to: number, hits: SentenceHits): void {
  // One pass over the hits; each negator reaches no further than the end of its own clause.
  let clause = 0;
  // Hits indexed by their first token are already in text order.
  for (const here of hits.byStart) {
    for (const hit of here ?? []) {
      if (hit.className !== NEGATOR && hit.className !== NEGATOR_SHORT) continue;
      while (clause + 1 < starts.length && (starts[clause + 1] as number) <= hit.first) clause++;
      const end = starts[clause + 1] ?? to;
      const reach = hit.className === NEGATOR ? NEGATION_REACH : SHORT_NEGATION_REACH;
      let reached = 0;
      for (let index = hit.last + 1; index < end && reached < reach; index++) {
        const token = tokens[index] as MutableToken;
        if (!token.word || startsAt(hits, STRUCTURE["clause-break"], index) || startsAt(hits, STRUCTURE["clause-break-after-comma"], index)) break;
        reached++;
        if (token.negation === 0 || token.negation > reached) token.negation = reached;
      }
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
  const steps: (readonly TrieNode[])[] = [];
  const sentences: SentenceAnalysis[] = [];
  const ascii = !NON_ASCII.test(text);
  const ranges = sentenceRanges(text, lexicon);
  const depths = BRACKET.test(text) ? bracketDepths(text, new Set(ranges.map(([start]) => start))) : undefined;
  let otherSpeaker = false;
  let previousEnd = 0;
  for (const [start, end] of ranges) {
    const from = tokens.length;
    tokenize(text, start, end, lexicon, ascii, tokens, steps);
    const to = tokens.length;
    if (to === from) continue;
    // "Candidate: will you call everyone back?": a transcript's speaker label is not said.
    const label = speakerLabel(tokens, from, to, lexicon);
    // A label opens a turn that lasts until the next label or the end of its line ("Company: Acme
    // Ltd" on a line of its own is a heading, not someone speaking).
    if (label !== undefined) otherSpeaker = label === "other";
    else if (otherSpeaker && text.lastIndexOf("\n", start) >= previousEnd) otherSpeaker = false;
    previousEnd = end;
    const first = label === undefined ? from : from + 2;
    const hits = findHits(tokens, steps, first, to, lexicon);
    const starts = clauseStarts(tokens, first, to, hits);
    const clauses: Clause[] = [];
    markNegation(tokens, starts, to, hits);
    // The hits are listed by first token already: each clause takes the run that starts in it.
    let next = 0;
    for (let position = 0; position < starts.length; position++) {
      const clauseFrom = starts[position] as number;
      const clauseTo = starts[position + 1] ?? to;
      const clauseHits: ClassHit[] = [];
      for (; next < hits.list.length && (hits.list[next] as ClassHit).first < clauseTo; next++) {
        // Hits are this analysis's own objects: their negation is filled in here, once.
        const hit = hits.list[next] as { negated: boolean; negation: number } & ClassHit;
        const negation = (tokens[hit.first] as MutableToken).negation;
        hit.negated = negation > 0;
        hit.negation = negation;
        clauseHits.push(hit);
      }
      clauses.push({
        start: (tokens[clauseFrom] as MutableToken).start,
        end: (tokens[clauseTo - 1] as MutableToken).end,
        first: clauseFrom,
        stop: clauseTo,
        asks: clauseAsks(tokens, clauseFrom, clauseTo, hits),
        hits: clauseHits,
      });
    }
    sentences.push({ start, end, clauses, aside: depths !== undefined && isAside(text, start, end, depths), otherSpeaker });
  }
  return { text, locale: lexicon.locale.locale, tokens, sentences };
}

/**
 * How many stage directions in brackets enclose each character (only for a text that has
 * brackets). A direction opens a sentence ("(Pause here.)") and is closed; a bracket inside a
 * sentence, or never closed (":(" in a message), encloses nothing.
 */
function bracketDepths(text: string, sentenceStarts: ReadonlySet<number>): Int32Array {
  const change = new Int32Array(text.length + 1);
  const open: number[] = [];
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === 40 || code === 91) open.push(index);
    else if ((code === 41 || code === 93) && open.length > 0) {
      const opened = open.pop() as number;
      if (!sentenceStarts.has(opened)) continue;
      (change[opened] as number) += 1;
      (change[index + 1] as number) -= 1;
    }
  }
  for (let index = 1; index <= text.length; index++) (change[index] as number) += change[index - 1] as number;
  return change;
}

/** Whether every letter or digit of a sentence stands inside brackets. */
function isAside(text: string, start: number, end: number, depths: Int32Array): boolean {
  for (let index = start; index < end; index++) if (depths[index] === 0 && startsWord(text, index)) return false;
  return true;
}

/**
 * Whose turn a sentence opens with a speaker's label and a colon, then says something:
 * the candidate's ("Candidate:", "Caller:") or the other side's ("Interviewer:", "HR:").
 */
function speakerLabel(tokens: readonly MutableToken[], from: number, to: number, lexicon: CompiledLexicon): "candidate" | "other" | undefined {
  const label = tokens[from] as MutableToken;
  if (to - from <= 2 || !label.word || (tokens[from + 1] as MutableToken).norm !== ":" || !(tokens[from + 2] as MutableToken).word) return undefined;
  if (lexicon.speakerLabels.has(label.norm)) return "candidate";
  return lexicon.otherSpeakerLabels.has(label.norm) ? "other" : undefined;
}
