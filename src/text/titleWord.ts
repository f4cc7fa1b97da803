const STEM = 5;
const CLIPPED = 3;
const ENDING_SLACK = 3;
/** The shortest stem a doer word and an activity word must share ("rig" in "rigger" and "rigging"). */
const DOER_STEM = 3;

/** The locale's endings that `saysTitleWord` reads (see `LocaleData`). */
export interface TitleWordEndings {
  /** Endings for the post held: "ship" ("fellowship" for "fellow"). */
  readonly postEndings: readonly string[];
  /** Endings of a word for the one who does the work: "er", "or" ("rigger", "operator"). */
  readonly doerEndings: readonly string[];
  /** Endings of a word for the work itself: "ing" ("rigging", "operating"). */
  readonly activityEndings: readonly string[];
}

const NO_ENDINGS: TitleWordEndings = { postEndings: [], doerEndings: [], activityEndings: [] };

/**
 * Whether a word said names a word of a job title, as a listener would take it: the word
 * itself; a clipped form ("physio" for "physiotherapist", "lab" for "laboratory", "lead" for
 * "leader"); or the same first five letters with an ending at most three letters longer or
 * shorter ("supervisors", "analytics" for "analyst"); or, with the locale's `postEndings`, the
 * word for the post held ("fellowship" for "fellow"). For the work done ("rigging" for "rigger"),
 * see `namesTheWork`.
 * Allocates nothing: it runs for every word of a script against every key word of the title.
 *
 * @example
 * ```ts
 * saysTitleWord("physio", "physiotherapist"); // true
 * saysTitleWord("driver", "director"); // false
 * saysTitleWord("fellowship", "fellow", { postEndings: ["ship"], doerEndings: [], activityEndings: [] }); // true
 * ```
 */
export function saysTitleWord(said: string, title: string, endings: TitleWordEndings = NO_ENDINGS): boolean {
  if (said === title) return true;
  for (const ending of endings.postEndings) if (said.length === title.length + ending.length && said.endsWith(ending) && said.startsWith(title)) return true;
  if (said.length >= CLIPPED && said.length < title.length && title.startsWith(said)) return true;
  if (said.length < STEM || title.length < STEM || Math.abs(said.length - title.length) > ENDING_SLACK) return false;
  for (let index = 0; index < STEM; index++) if (said.charCodeAt(index) !== title.charCodeAt(index)) return false;
  return true;
}

/**
 * Whether a word for the work names the one who does it: "rigging" for "rigger", "baking" for
 * "baker", "operating" for "operator" (the locale's `activityEndings` and `doerEndings`). Both
 * words lose a final "e" or keep a doubled letter alike, so the stems left once the endings are
 * cut are the same. Many such words are everyday verbs ("waiting", "acting"): callers ask only
 * where a word for a job follows ("the rigging job").
 *
 * @example
 * ```ts
 * namesTheWork("rigging", "rigger", { postEndings: [], doerEndings: ["er"], activityEndings: ["ing"] }); // true
 * ```
 */
export function namesTheWork(said: string, title: string, endings: TitleWordEndings): boolean {
  for (const activity of endings.activityEndings) {
    if (!said.endsWith(activity)) continue;
    const stem = said.length - activity.length;
    if (stem < DOER_STEM) continue;
    for (const doer of endings.doerEndings) {
      if (title.length - doer.length !== stem || !title.endsWith(doer)) continue;
      let same = true;
      for (let index = 0; index < stem && same; index++) same = said.charCodeAt(index) === title.charCodeAt(index);
      if (same) return true;
    }
  }
  return false;
}
