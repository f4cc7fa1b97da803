import type { ClassHit, Clause, SentenceAnalysis, TextAnalysis } from "./analyzeText";

const NONE: readonly ClassHit[] = Object.freeze([]);

/** Every hit of a class in a clause. */
export function hitsOf(clause: Clause, className: string): readonly ClassHit[] {
  return clause.hits.get(className) ?? NONE;
}

/** Whether a class occurs in a clause, negated or not. */
export function has(clause: Clause, className: string): boolean {
  return clause.hits.has(className);
}

/**
 * The first hit of a class that no negation reaches ("rude", not "wasn't rude"). `reach`
 * narrows what counts as negated: with 2, "didn't expect to be *waiting* this long" is affirmed.
 */
export function affirmed(clause: Clause, className: string, reach = Number.POSITIVE_INFINITY): ClassHit | undefined {
  return hitsOf(clause, className).find((hit) => !hit.negated || hit.negation > reach);
}

/** The first hit of a class inside a negation's scope ("not *professional*"). */
export function negated(clause: Clause, className: string): ClassHit | undefined {
  return hitsOf(clause, className).find((hit) => hit.negated);
}

/** How many words (not punctuation marks) a sentence holds. */
export function sentenceWordCount(analysis: TextAnalysis, sentence: SentenceAnalysis): number {
  let count = 0;
  const first = sentence.clauses[0]?.first ?? 0;
  const stop = sentence.clauses[sentence.clauses.length - 1]?.stop ?? 0;
  for (let index = first; index < stop; index++) if (analysis.tokens[index]?.word) count++;
  return count;
}
