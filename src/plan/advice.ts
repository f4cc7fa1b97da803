import type { SourceId } from "../types";

/**
 * One piece of advice behind a plan, a channel or a next step: what to do or why, in plain
 * words, with the fact it rests on (`basis`, as listed in docs/planning.md: "C8", "A1", or
 * "derived") and the articles it comes from.
 */
export interface Advice {
  readonly basis: string;
  readonly message: string;
  readonly sources: readonly SourceId[];
}

/** Builds a frozen piece of advice. */
export function advice(basis: string, sources: readonly SourceId[], message: string): Advice {
  return Object.freeze({ basis, message, sources });
}
