import { isInsideValue, type ReviewedText } from "../validate/_reviewedText";
import { escapeRegExp, isNegatedBefore, isQuestion } from "../validate/_text";
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
  /** Skip a hit when the words just before it negate it ("I didn't find it frustrating"). */
  readonly negatable?: boolean;
  /** Sentences allowed at some stages: e.g. asking why someone else was chosen, after a rejection. */
  readonly allowedAt?: { readonly stages: readonly string[]; readonly patterns: readonly RegExp[] };
  /**
   * Word beginnings at least one of which starts a word in every hit (lower case). A text
   * with none of them is skipped without running the patterns; the labelled corpus test
   * would catch an anchor list that misses a pattern.
   */
  readonly anchors: readonly string[];
}

/** One regular expression for a list: a single pass over a sentence instead of one per pattern. */
function combine(patterns: readonly RegExp[], flags: string): RegExp {
  return new RegExp(patterns.map((pattern) => `(?:${pattern.source})`).join("|"), flags);
}

interface CompiledMatcher {
  /** Tests whether a word starts with one of the rule's anchors. */
  readonly anchor: RegExp;
  readonly find: RegExp;
  readonly unless: RegExp | undefined;
  readonly allowed: RegExp | undefined;
  readonly allowedStages: readonly string[];
  readonly questionsOnly: boolean;
  readonly negatable: boolean;
}

function compile(matcher: PhraseMatcher): CompiledMatcher {
  for (const anchor of matcher.anchors) allAnchors.add(anchor);
  anchorFinder = undefined;
  return {
    anchor: new RegExp(`^(?:${matcher.anchors.map(escapeRegExp).join("|")})`),
    find: combine(matcher.patterns, "g"),
    unless: matcher.unless?.length ? combine(matcher.unless, "") : undefined,
    allowed: matcher.allowedAt ? combine(matcher.allowedAt.patterns, "") : undefined,
    allowedStages: matcher.allowedAt?.stages ?? [],
    questionsOnly: matcher.questionsOnly === true,
    negatable: matcher.negatable === true,
  };
}

// Every phrase rule's anchors, found in one pass per text and shared by all the rules.
const allAnchors = /* @__PURE__ */ new Set<string>();
let anchorFinder: RegExp | undefined;

interface AnchorWord {
  readonly word: string;
  readonly index: number;
}
const anchorsSeen = /* @__PURE__ */ new WeakMap<ReviewedText, readonly AnchorWord[]>();

function anchorsIn(reviewed: ReviewedText): readonly AnchorWord[] {
  let seen = anchorsSeen.get(reviewed);
  if (seen === undefined) {
    // Whole words that begin with an anchor: "others" is kept whole, for rules anchored on "other" or "others".
    anchorFinder ??= /* @__PURE__ */ new RegExp(`\\b(?:${[...allAnchors].map(escapeRegExp).join("|")})[\\p{L}\\p{N}']*`, "gu");
    const found: AnchorWord[] = [];
    anchorFinder.lastIndex = 0;
    for (let match = anchorFinder.exec(reviewed.normalized); match !== null; match = anchorFinder.exec(reviewed.normalized)) {
      found.push({ word: match[0], index: match.index });
    }
    seen = found;
    anchorsSeen.set(reviewed, seen);
  }
  return seen;
}

export interface PhraseHit {
  readonly start: number;
  readonly end: number;
  readonly words: string;
}

/** The first hit in each sentence of a text. */
export function findPhrases(reviewed: ReviewedText, matcher: CompiledMatcher): PhraseHit[] {
  const hits: PhraseHit[] = [];
  const { find } = matcher;
  // Most sentences say none of the phrases: run the patterns only where an anchor word stands.
  const anchored = anchorsIn(reviewed).filter((seen) => matcher.anchor.test(seen.word));
  if (anchored.length === 0) return hits;
  for (const sentence of reviewed.sentences) {
    if (!anchored.some((seen) => seen.index >= sentence.start && seen.index < sentence.end)) continue;
    const text = sentence.text;
    if (matcher.questionsOnly && !isQuestion(text)) continue;
    if (matcher.unless?.test(text)) continue;
    if (matcher.allowed && matcher.allowedStages.includes(reviewed.facts.stage) && matcher.allowed.test(text)) continue;
    find.lastIndex = 0;
    for (let match = find.exec(text); match !== null; match = find.exec(text)) {
      if (match[0].length === 0) find.lastIndex++;
      if (matcher.negatable && isNegatedBefore(text, match.index)) continue;
      const start = sentence.start + match.index;
      const end = start + match[0].length;
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
