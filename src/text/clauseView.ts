import type { ClassHit, Clause } from "./analyzeText";

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
