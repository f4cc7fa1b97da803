import { isInsideValue, type ReviewedText } from "../validate/_reviewedText";
import { BoundedCache } from "../_boundedCache";
import { clauseAround, escapeRegExp, isNegatedBefore, isQuestionSentence } from "../validate/_text";
import type { RuleContext } from "./_context";
import type { RuleDefinition } from "./_types";
import { defineRule, type Rule } from "./defineRule";

/** How a "never say" rule recognises its phrases in a sentence. */
export interface PhraseMatcher {
  /** Any of these, found in a normalised sentence, is a hit. Built once, at import. */
  readonly patterns: readonly RegExp[];
  /** Only sentences that ask something (a `?` or "could you tell me…") count. */
  readonly questionsOnly?: boolean;
  /** A sentence that matches one of these is not reported ("I'm not asking about…"). */
  readonly unless?: readonly RegExp[];
  /** A sentence that matches one of these is not reported at all (the clause does not matter). */
  readonly excuses?: readonly RegExp[];
  /** Skip a hit when the words just before it negate it ("I didn't find it frustrating"). */
  readonly negatable?: boolean;
  /** Sentences allowed at some stages: e.g. asking why someone else was chosen, after a rejection. */
  readonly allowedAt?: { readonly stages: readonly string[]; readonly patterns: readonly RegExp[] };
  /**
   * Words at least one of which stands in every hit (lower case): anchors of four letters or
   * more match the start of a word ("interview" in "interviewed"), shorter ones whole words.
   * A pattern runs only in sentences holding one of the anchors its own source spells out;
   * the labelled corpus tests would catch an anchor list that misses a pattern.
   */
  readonly anchors: readonly string[];
}

/** One regular expression for a list: a single pass over a sentence instead of one per pattern. */
function combine(patterns: readonly RegExp[], flags: string): RegExp {
  return /* @__PURE__ */ new RegExp(patterns.map((pattern) => `(?:${pattern.source})`).join("|"), flags);
}

interface CompiledMatcher {
  readonly patterns: readonly RegExp[];
  /** Scratch space reused across calls (rules run one at a time): which patterns a sentence switched on. */
  readonly marks: Uint32Array;
  stamp: number;
  /** For each anchor of the rule, the patterns whose source spells it out. */
  readonly patternsByAnchor: ReadonlyMap<string, readonly number[]>;
  /** Patterns that spell out none of the anchors: they run on every sentence. */
  readonly ungated: readonly number[];
  readonly unless: RegExp | undefined;
  readonly excuses: RegExp | undefined;
  readonly allowed: RegExp | undefined;
  readonly allowedStages: readonly string[];
  readonly questionsOnly: boolean;
  readonly negatable: boolean;
}

function compile(matcher: PhraseMatcher): CompiledMatcher {
  for (const anchor of matcher.anchors) allAnchors.add(anchor);
  anchorFinder = undefined;
  return {
    // Each pattern runs only in sentences holding one of its own anchors: most sentences skip most patterns.
    patterns: matcher.patterns.map((pattern) => /* @__PURE__ */ new RegExp(pattern.source, "g")),
    marks: new Uint32Array(matcher.patterns.length),
    stamp: 0,
    patternsByAnchor: new Map(
      matcher.anchors.map((anchor) => [anchor, matcher.patterns.flatMap((pattern, index) => (pattern.source.includes(anchor) ? [index] : []))]),
    ),
    ungated: matcher.patterns.flatMap((pattern, index) => (matcher.anchors.some((anchor) => pattern.source.includes(anchor)) ? [] : [index])),
    unless: matcher.unless?.length ? combine(matcher.unless, "") : undefined,
    excuses: matcher.excuses?.length ? combine(matcher.excuses, "") : undefined,
    allowed: matcher.allowedAt ? combine(matcher.allowedAt.patterns, "") : undefined,
    allowedStages: matcher.allowedAt?.stages ?? [],
    questionsOnly: matcher.questionsOnly === true,
    negatable: matcher.negatable === true,
  };
}

/**
 * A regex source matching any of the words, written as a trie ("ab(?:out|ove)" rather than
 * "about|above"): with a few hundred anchors, one alternation per letter is much faster.
 */
function trieSource(words: readonly string[]): string {
  const byFirst = new Map<string, string[]>();
  let endsHere = false;
  for (const word of words) {
    if (word.length === 0) {
      endsHere = true;
      continue;
    }
    const rest = byFirst.get(word[0] as string) ?? [];
    rest.push(word.slice(1));
    byFirst.set(word[0] as string, rest);
  }
  const branches = [...byFirst].map(([first, rests]) => `${escapeRegExp(first)}${trieSource(rests)}`);
  if (branches.length === 0) return "";
  if (endsHere) return `(?:${branches.join("|")})?`;
  return branches.length === 1 ? (branches[0] as string) : `(?:${branches.join("|")})`;
}

// Every phrase rule's anchors, found in one pass per text and shared by all the rules.
const allAnchors = /* @__PURE__ */ new Set<string>();
let anchorFinder: RegExp | undefined;

interface AnchorWord {
  readonly index: number;
  /** Every anchor (of any rule) that the word starts with: "others" gives "other" and "others". */
  readonly anchors: readonly string[];
}
const anchorsSeen = /* @__PURE__ */ new WeakMap<ReviewedText, readonly AnchorWord[]>();

function anchorsIn(reviewed: ReviewedText): readonly AnchorWord[] {
  let seen = anchorsSeen.get(reviewed);
  if (seen === undefined) {
    // Whole words that begin with an anchor: "others" is kept whole, for rules anchored on "other" or "others".
    anchorFinder ??= /* @__PURE__ */ new RegExp(`\\b${trieSource([...allAnchors])}[a-z0-9'\\u00c0-\\uffff]*`, "g");
    const found: AnchorWord[] = [];
    anchorFinder.lastIndex = 0;
    for (let match = anchorFinder.exec(reviewed.normalized); match !== null; match = anchorFinder.exec(reviewed.normalized)) {
      found.push({ index: match.index, anchors: anchorsOfWord(match[0]) });
    }
    seen = found;
    anchorsSeen.set(reviewed, seen);
  }
  return seen;
}

// Words recur from script to script ("interested", "still"): their anchors are kept, within a bound.
const wordAnchors = /* @__PURE__ */ new BoundedCache<string, readonly string[]>(4_096);

/** Every anchor that the word starts with. */
function anchorsOfWord(word: string): readonly string[] {
  const cached = wordAnchors.get(word);
  if (cached !== undefined) return cached;
  const anchors: string[] = [];
  // Anchors of up to three letters stand for whole words ("no" is not "november"); longer ones are prefixes.
  if (word.length <= 3) {
    if (allAnchors.has(word)) anchors.push(word);
  } else {
    for (let length = 4; length <= word.length; length++) {
      const prefix = word.slice(0, length);
      if (allAnchors.has(prefix)) anchors.push(prefix);
    }
  }
  return wordAnchors.set(word, anchors);
}

export interface PhraseHit {
  readonly start: number;
  readonly end: number;
  readonly words: string;
}

/** The first hit in each sentence of a text. */
export function findPhrases(reviewed: ReviewedText, matcher: CompiledMatcher): PhraseHit[] {
  const hits: PhraseHit[] = [];
  const seen = anchorsIn(reviewed);
  const allowedHere = matcher.allowed !== undefined && matcher.allowedStages.includes(reviewed.facts.stage);
  let next = 0;
  for (const sentence of reviewed.sentences) {
    // The patterns this sentence's anchor words switch on (plus any that no anchor gates).
    const stamp = ++matcher.stamp;
    const { marks } = matcher;
    const enabled: number[] = [];
    for (const index of matcher.ungated) {
      marks[index] = stamp;
      enabled.push(index);
    }
    while (next < seen.length && (seen[next] as AnchorWord).index < sentence.start) next++;
    for (let at = next; at < seen.length && (seen[at] as AnchorWord).index < sentence.end; at++) {
      for (const anchor of (seen[at] as AnchorWord).anchors) {
        const indexes = matcher.patternsByAnchor.get(anchor);
        if (indexes === undefined) continue;
        for (const index of indexes) {
          if (marks[index] === stamp) continue;
          marks[index] = stamp;
          enabled.push(index);
        }
      }
    }
    if (enabled.length === 0) continue;
    const text = sentence.text;
    if (matcher.questionsOnly && !isQuestionSentence(sentence)) continue;
    if (matcher.excuses?.test(text)) continue;
    const found: { index: number; length: number }[] = [];
    for (const patternIndex of enabled) {
      const pattern = matcher.patterns[patternIndex] as RegExp;
      pattern.lastIndex = 0;
      for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
        if (match[0].length === 0) pattern.lastIndex++;
        else found.push({ index: match.index, length: match[0].length });
      }
    }
    // Leftmost first; where two start together, the longer.
    found.sort((a, b) => a.index - b.index || b.length - a.length);
    for (const { index, length } of found) {
      // "I'm not asking about the others, but how many applied?": exceptions hold for their own clause only.
      const clause = clauseAround(text, index, index + length);
      if (matcher.unless?.test(clause)) continue;
      if (allowedHere && matcher.allowed?.test(clause)) continue;
      if (matcher.negatable && isNegatedBefore(text, index)) continue;
      const start = sentence.start + index;
      const end = start + length;
      if (isInsideValue(reviewed, start, end)) continue;
      hits.push({ start, end, words: reviewed.text.slice(start, end) });
      break;
    }
  }
  return hits;
}

/**
 * A content rule that must never fire: it reports each sentence of the script and the
 * voicemail that uses one of its phrases, with the span of the words.
 */
export function phraseRule(definition: Omit<RuleDefinition<RuleContext>, "check"> & { matcher: PhraseMatcher; suggestion?: string }): Rule {
  const { matcher, suggestion, ...rest } = definition;
  const compiled = compile(matcher);
  return defineRule({
    ...rest,
    check(context) {
      for (const reviewed of context.texts) {
        for (const hit of findPhrases(reviewed, compiled)) {
          context.report({
            messageId: "found",
            data: { words: hit.words },
            path: reviewed.path,
            span: { start: hit.start, end: hit.end },
            ...(suggestion ? { suggestion } : {}),
          });
        }
      }
    },
  });
}
