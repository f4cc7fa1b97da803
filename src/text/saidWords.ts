/**
 * The words a text says, ready for asking whether it says a title word in any form a listener
 * would take for it: the word itself; a clipped form ("physio" for "physiotherapist", "lab" for
 * "laboratory", "lead" for "leader"); or the same first letters with a different ending
 * ("supervisor" and "supervisors", "analyst" and "analytics").
 */
export class SaidWords {
  readonly #words = new Set<string>();
  /** First STEM letters → the lengths of the words said that start with them. */
  readonly #stems = new Map<string, Set<number>>();

  add(word: string): void {
    if (this.#words.has(word)) return;
    this.#words.add(word);
    if (word.length < STEM) return;
    const stem = word.slice(0, STEM);
    const lengths = this.#stems.get(stem);
    if (lengths === undefined) this.#stems.set(stem, new Set([word.length]));
    else lengths.add(word.length);
  }

  /** Whether exactly this word was said. */
  has(word: string): boolean {
    return this.#words.has(word);
  }

  says(title: string): boolean {
    if (this.#words.has(title)) return true;
    for (let length = CLIPPED; length < title.length; length++) if (this.#words.has(title.slice(0, length))) return true;
    if (title.length < STEM) return false;
    const lengths = this.#stems.get(title.slice(0, STEM));
    if (lengths === undefined) return false;
    for (const length of lengths) if (Math.abs(length - title.length) <= ENDING_SLACK) return true;
    return false;
  }
}

const STEM = 5;
const CLIPPED = 3;
const ENDING_SLACK = 3;
