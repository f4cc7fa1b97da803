const STEM = 5;
const NO_ENDINGS: readonly string[] = [];
const CLIPPED = 3;
const ENDING_SLACK = 3;

/**
 * Whether a word said names a word of a job title, as a listener would take it: the word
 * itself; a clipped form ("physio" for "physiotherapist", "lab" for "laboratory", "lead" for
 * "leader"); or the same first five letters with an ending at most three letters longer or
 * shorter ("supervisors", "analytics" for "analyst"); or the word with one of the locale's
 * endings for the post held (`postEndings`: "fellowship" for "fellow"). Allocates nothing: it runs for every
 * word of a script against every key word of the title.
 *
 * @example
 * ```ts
 * saysTitleWord("physio", "physiotherapist"); // true
 * saysTitleWord("driver", "director"); // false
 * saysTitleWord("fellowship", "fellow", ["ship"]); // true
 * ```
 */
export function saysTitleWord(said: string, title: string, postEndings: readonly string[] = NO_ENDINGS): boolean {
  if (said === title) return true;
  for (const ending of postEndings) if (said.length === title.length + ending.length && said.endsWith(ending) && said.startsWith(title)) return true;
  if (said.length >= CLIPPED && said.length < title.length && title.startsWith(said)) return true;
  if (said.length < STEM || title.length < STEM || Math.abs(said.length - title.length) > ENDING_SLACK) return false;
  for (let index = 0; index < STEM; index++) if (said.charCodeAt(index) !== title.charCodeAt(index)) return false;
  return true;
}
