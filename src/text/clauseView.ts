import type { ClassHit, Clause, SentenceAnalysis, TextAnalysis, Token } from "./analyzeText";

const NONE: readonly ClassHit[] = /* @__PURE__ */ Object.freeze([]);

/** Every hit of a class in a clause, in text order. */
export function hitsOf(clause: Clause, className: string): readonly ClassHit[] {
  // A clause holds a handful of hits and most classes are absent: a scan, and a list only when found.
  let found: ClassHit[] | undefined;
  for (const hit of clause.hits) {
    if (hit.className !== className) continue;
    if (found === undefined) found = [hit];
    else found.push(hit);
  }
  return found ?? NONE;
}

/** The first hit of a class in a clause. */
export function firstHit(clause: Clause, className: string): ClassHit | undefined {
  for (const hit of clause.hits) if (hit.className === className) return hit;
  return undefined;
}

/** Whether a class occurs in a clause, negated or not. */
export function has(clause: Clause, className: string): boolean {
  return firstHit(clause, className) !== undefined;
}

/**
 * The first hit of a class that no negation reaches ("rude", not "wasn't rude"). `reach`
 * narrows what counts as negated: with 2, "didn't expect to be *waiting* this long" is affirmed.
 */
export function affirmed(clause: Clause, className: string, reach = Number.POSITIVE_INFINITY): ClassHit | undefined {
  for (const hit of clause.hits) if (hit.className === className && (!hit.negated || hit.negation > reach)) return hit;
  return undefined;
}

/** The first hit of a class inside a negation's scope ("not *professional*"). */
export function negated(clause: Clause, className: string): ClassHit | undefined {
  for (const hit of clause.hits) if (hit.className === className && hit.negated) return hit;
  return undefined;
}

/** Whether a hit of a class spans all of `inner` ("i am still in the running" around "in the running"). */
export function coveredBy(clause: Clause, inner: ClassHit, className: string): boolean {
  for (const hit of clause.hits) if (hit.className === className && hit.first <= inner.first && hit.last >= inner.last) return true;
  return false;
}

/** The clause's hits of a class that lie outside every hit of another ("thanks" outside a "request-formula": "I would appreciate a reply" asks, it does not thank). */
export function hitsOutside(clause: Clause, className: string, outside: string): ClassHit[] {
  const containers = hitsOf(clause, outside);
  return hitsOf(clause, className).filter((hit) => !containers.some((container) => container.first <= hit.first && hit.last <= container.last));
}

/** The tokens a sentence spans: `first` to `stop` (exclusive), through its clauses. */
export function sentenceTokens(sentence: SentenceAnalysis): { readonly first: number; readonly stop: number } {
  return { first: sentence.clauses[0]?.first ?? 0, stop: sentence.clauses[sentence.clauses.length - 1]?.stop ?? 0 };
}

/** How many words (not punctuation marks) a sentence holds. */
export function sentenceWordCount(analysis: TextAnalysis, sentence: SentenceAnalysis): number {
  const { first, stop } = sentenceTokens(sentence);
  return wordsBetween(analysis, first, stop);
}

/**
 * How many words a clause holds (punctuation aside): "is that right?" has three.
 *
 * @example clauseWordCount(analysis, clause) // 3 for "is that right?"
 */
export function clauseWordCount(analysis: TextAnalysis, clause: Clause): number {
  return wordsBetween(analysis, clause.first, clause.stop);
}

/**
 * How many words (not punctuation marks) stand from token `first` up to, not including, `stop`.
 *
 * @example wordsBetween(analysis, clause.first, hit.first) // 2 before "she" in "So, how did she…"
 */
export function wordsBetween(analysis: TextAnalysis, first: number, stop: number): number {
  let count = 0;
  for (let index = first; index < stop; index++) if (analysis.tokens[index]?.word) count++;
  return count;
}

/**
 * Where normalised words follow one another in the tokens, from `from` on: the index of the
 * first, or -1. A plain loop (it runs on every plan): "dana whitfield", "front desk".
 */
export function wordsAt(tokens: readonly Token[], words: readonly string[], from = 0): number {
  const first = words[0];
  if (first === undefined) return -1;
  next: for (let at = from; at + words.length <= tokens.length; at++) {
    if ((tokens[at] as Token).norm !== first) continue;
    for (let offset = 1; offset < words.length; offset++) if ((tokens[at + offset] as Token).norm !== words[offset]) continue next;
    return at;
  }
  return -1;
}
