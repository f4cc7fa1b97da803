/**
 * Word classes as data. A locale ships one JSON file per class; each entry is one or more
 * phrase patterns over normalised tokens (separated by " / ") plus an example sentence that a
 * generated test proves it matches. Pattern syntax, one position per space:
 *   `word`        that exact normalised token
 *   `word*`       any token starting with "word" (at least three letters before the star)
 *   `a|b*|c`      any of the alternatives at this position
 *   `_`           any one word token
 */

/** One entry of a word class: what it matches and a sentence it matches in. */
export interface LexiconEntry {
  readonly match: string;
  readonly example: string;
}

/** A word class as stored in a locale's data file (the runtime keeps only the patterns). */
export interface LexiconClassData {
  readonly description: string;
  readonly entries: readonly LexiconEntry[];
}

/** Words for dates, so a script's "last Tuesday" or "ten days back" can be placed on the calendar. */
export interface CalendarData {
  /** Names per weekday, Sunday first. */
  readonly weekdays: readonly (readonly string[])[];
  /** Names per month, January first. */
  readonly months: readonly (readonly string[])[];
  readonly numbers: Readonly<Record<string, number>>;
  readonly ordinals: Readonly<Record<string, number>>;
  /** Endings that make a figure an ordinal ("9th"). */
  readonly ordinalSuffixes: readonly string[];
  /** Length in days of "day", "week", "fortnight". */
  readonly units: Readonly<Record<string, number>>;
  /** Words after a stretch of time that put it in the past ("ago", "back"). */
  readonly ago: readonly string[];
  /** Words before a weekday that point to the latest one ("last", "on"). */
  readonly last: readonly string[];
  /** Words that name a day by its distance from today ("yesterday"). */
  readonly dayOffsets: Readonly<Record<string, number>>;
  /** Phrases that place the interview in the recent past without a date ("last week"). */
  readonly relativeAny: readonly (readonly string[])[];
}

/** Everything a locale provides to the text analysis. */
export interface LocaleData {
  readonly locale: string;
  /** Raw lower-case token → its normalised words ("u" → ["you"], "won't" → ["will", "not"]). */
  readonly spellings: Readonly<Record<string, readonly string[]>>;
  /** Endings of contractions and what they stand for ("n't" → "not"); possessive "'s" is dropped unless listed in `isContractions`. */
  readonly contractionEndings: Readonly<Record<string, string>>;
  /** Words whose "'s" means "is" ("it's", "what's"). */
  readonly isContractions: readonly string[];
  /** Lower-case words ending in "." that do not end a sentence ("mr", "nov"). */
  readonly abbreviations: readonly string[];
  readonly calendar: CalendarData;
  /** Honorifics that may stand before a surname ("ms", "dr"). */
  readonly nameTitles: readonly string[];
  /** First names that are also everyday words: they count as a name only when capitalised. */
  readonly everydayNames: readonly string[];
  /** Words of a job title that people leave out when they name it ("senior", "the"). */
  readonly titleModifiers: readonly string[];
  /** Short forms people use for words of a job title ("ops" for "operations"). */
  readonly titleAbbreviations: Readonly<Record<string, string>>;
  /** The word classes, by class name: each entry's pattern, in data-file order. */
  readonly classes: Readonly<Record<string, readonly string[]>>;
}

interface Alternative {
  readonly text: string;
  readonly prefix: boolean;
}

/** A compiled phrase: its class, the entry it came from, and its positions. */
export interface CompiledPhrase {
  readonly className: string;
  readonly entryIndex: number;
  readonly positions: readonly (readonly Alternative[] | "any")[];
}

/** A locale's classes, indexed for one left-to-right pass over the tokens. */
export interface CompiledLexicon {
  readonly locale: LocaleData;
  readonly byWord: ReadonlyMap<string, readonly CompiledPhrase[]>;
  /** Phrases whose first position is a prefix, keyed by the prefix's first three letters. */
  readonly byPrefix: ReadonlyMap<string, readonly CompiledPhrase[]>;
  readonly abbreviations: ReadonlySet<string>;
  readonly isContractions: ReadonlySet<string>;
}

const PREFIX_KEY = 3;
/** Separates whole-phrase alternatives inside one entry. */
export const PHRASE_SEPARATOR = " / ";

function parsePosition(position: string): readonly Alternative[] | "any" {
  if (position === "_") return "any";
  return position.split("|").map((alternative) => {
    const prefix = alternative.endsWith("*");
    return { text: prefix ? alternative.slice(0, -1) : alternative, prefix };
  });
}

/** Problems with an entry's pattern (empty when it is sound); the data test reports them. */
export function patternProblems(match: string): string[] {
  return match.split(PHRASE_SEPARATOR).flatMap(phraseProblems);
}

function phraseProblems(phrase: string): string[] {
  const problems: string[] = [];
  const positions = phrase.split(" ");
  if (phrase.trim() !== phrase || positions.some((position) => position.length === 0)) problems.push("has stray spaces");
  if (positions[0] === "_") problems.push("may not start with _");
  for (const position of positions) {
    if (position === "_") continue;
    for (const alternative of position.split("|")) {
      if (alternative.length === 0) problems.push("has an empty alternative");
      if (alternative.endsWith("*") && alternative.length - 1 < PREFIX_KEY) problems.push(`prefix "${alternative}" is shorter than ${PREFIX_KEY} letters`);
      if (alternative !== alternative.toLowerCase()) problems.push(`"${alternative}" is not lower case`);
    }
  }
  return problems;
}

function addTo(map: Map<string, CompiledPhrase[]>, key: string, phrase: CompiledPhrase): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [phrase]);
  else list.push(phrase);
}

/** Indexes a locale's classes by their phrases' first word (or prefix). */
export function compileLexicon(locale: LocaleData): CompiledLexicon {
  const byWord = new Map<string, CompiledPhrase[]>();
  const byPrefix = new Map<string, CompiledPhrase[]>();
  for (const [className, entries] of Object.entries(locale.classes)) {
    entries.forEach((match, entryIndex) => {
      for (const pattern of match.split(PHRASE_SEPARATOR)) {
        const positions = pattern.split(" ").map(parsePosition);
        const phrase: CompiledPhrase = { className, entryIndex, positions };
        const first = positions[0];
        if (first === undefined || first === "any") continue;
        for (const alternative of first) {
          if (alternative.prefix) addTo(byPrefix, alternative.text.slice(0, PREFIX_KEY), phrase);
          else addTo(byWord, alternative.text, phrase);
        }
      }
    });
  }
  return { locale, byWord, byPrefix, abbreviations: new Set(locale.abbreviations), isContractions: new Set(locale.isContractions) };
}

/** Whether a normalised token fits one position of a phrase. */
export function fitsPosition(position: readonly Alternative[] | "any", word: string): boolean {
  if (position === "any") return true;
  for (const alternative of position) {
    if (alternative.prefix ? word.startsWith(alternative.text) : word === alternative.text) return true;
  }
  return false;
}

/** The phrases that may start at a token. */
export function phrasesStartingWith(lexicon: CompiledLexicon, word: string): readonly CompiledPhrase[] {
  const exact = lexicon.byWord.get(word);
  const prefixed = word.length >= PREFIX_KEY ? lexicon.byPrefix.get(word.slice(0, PREFIX_KEY)) : undefined;
  if (prefixed === undefined) return exact ?? [];
  const fitting = prefixed.filter((phrase) => fitsPosition(phrase.positions[0] as readonly Alternative[], word));
  return exact === undefined ? fitting : [...exact, ...fitting];
}
