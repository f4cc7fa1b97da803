const STEM = 5;
const CLIPPED = 3;
const ENDING_SLACK = 3;
const SHIP = "ship";

/**
 * Whether a word said names a word of a job title, as a listener would take it: the word
 * itself; a clipped form ("physio" for "physiotherapist", "lab" for "laboratory", "lead" for
 * "leader"); or the same first five letters with an ending at most three letters longer or
 * shorter ("supervisors", "analytics" for "analyst"); or the post held, with "-ship"
 * ("fellowship" for "fellow", "internship" for "intern"). Allocates nothing: it runs for every
 * word of a script against every key word of the title.
 *
 * @example
 * ```ts
 * saysTitleWord("physio", "physiotherapist"); // true
 * saysTitleWord("driver", "director"); // false
 * ```
 */
export function saysTitleWord(said: string, title: string): boolean {
  if (said === title) return true;
  if (said.length === title.length + SHIP.length && said.endsWith(SHIP) && said.startsWith(title)) return true;
  if (said.length >= CLIPPED && said.length < title.length && title.startsWith(said)) return true;
  if (said.length < STEM || title.length < STEM || Math.abs(said.length - title.length) > ENDING_SLACK) return false;
  for (let index = 0; index < STEM; index++) if (said.charCodeAt(index) !== title.charCodeAt(index)) return false;
  return true;
}
