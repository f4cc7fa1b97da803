import { isInsideValue, type ReviewedText } from "../validate/_reviewedText";
import { isNegatedBefore, isQuestion } from "../validate/_text";
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
}

export interface PhraseHit {
  readonly start: number;
  readonly end: number;
  readonly words: string;
}

/** The first hit in each sentence of a text. */
export function findPhrases(reviewed: ReviewedText, matcher: PhraseMatcher): PhraseHit[] {
  const hits: PhraseHit[] = [];
  for (const sentence of reviewed.sentences) {
    const text = sentence.text;
    if (matcher.questionsOnly && !isQuestion(text)) continue;
    if (matcher.unless?.some((pattern) => pattern.test(text))) continue;
    if (matcher.allowedAt?.stages.includes(reviewed.facts.stage) && matcher.allowedAt.patterns.some((pattern) => pattern.test(text))) continue;
    for (const pattern of matcher.patterns) {
      const match = pattern.exec(text);
      if (match === null) continue;
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
  return defineRule({
    ...rest,
    check(context) {
      for (const reviewed of context.texts) {
        for (const hit of findPhrases(reviewed, matcher)) {
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
