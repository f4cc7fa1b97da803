import { SpanTable } from "./spanTable";
import type { ModelRule } from "./model";
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
  /** Tens that join an ordinal under ten into a day of the month ("twenty-eighth"). */
  readonly ordinalTens: Readonly<Record<string, number>>;
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
  /**
   * Days to add when a stretch of time is counted to a day near today, not to today: "two weeks
   * tomorrow" was thirteen days ago, "a week yesterday" eight.
   */
  readonly anniversaryDays: Readonly<Record<string, number>>;
  /** Words before a bare figure that make it a day of the month, as learners say it ("on day 19"). */
  readonly dayOfMonthWords: readonly string[];
  /** Phrases that place the interview in the recent past without a date ("last week"), with how many days back they can mean. */
  readonly relativeAny: readonly { readonly words: readonly string[]; readonly days: readonly number[] }[];
}

/** Everything a locale provides to the text analysis. */
export interface LocaleData {
  readonly locale: string;
  /** Raw lower-case token → its normalised words ("u" → ["you"], "won't" → ["will", "not"]). */
  readonly spellings: Readonly<Record<string, readonly string[]>>;
  /** Endings of contractions and what they stand for ("n't" → "not"); possessive "'s" is dropped unless listed in `isContractions`. */
  readonly contractionEndings: Readonly<Record<string, string>>;
  /** Word endings where a final apostrophe stands for dropped letters, and those letters ("in'" → "ing": "drivin'" is "driving"). */
  readonly droppedLetters: Readonly<Record<string, string>>;
  /** Words whose "'s" means "is" ("it's", "what's"). */
  readonly isContractions: readonly string[];
  /** Lower-case words ending in "." that do not end a sentence ("mr", "nov"). */
  readonly abbreviations: readonly string[];
  readonly calendar: CalendarData;
  /** Honorifics that may stand before a surname ("ms", "dr"). */
  readonly nameTitles: readonly string[];
  /** Greetings and forms of address that may stand before the listener's name ("hi", "morning", "madam"), besides `nameTitles`. */
  readonly addressWords: readonly string[];
  /** Words that join the parts of a name ("binti", "van", "de"): said alone they name no one. */
  readonly nameParticles: readonly string[];
  /** First names that are also everyday words: they count as a name only when capitalised. */
  readonly everydayNames: readonly string[];
  /** Words of a job title that people leave out when they name it ("senior", "the"). */
  readonly titleModifiers: readonly string[];
  /** Words of an interview topic that do not identify it ("the", "new"). */
  readonly topicFillers: readonly string[];
  /** Short forms people use for words of a job title ("ops" for "operations"). */
  readonly titleAbbreviations: Readonly<Record<string, string>>;
  /** Endings that turn a word of a job title into the post held ("ship": "fellowship" for "Teaching Fellow"). */
  readonly postEndings: readonly string[];
  /** Endings of a word for the one who does a job ("er": "rigger", "welder"), matched against `activityEndings`. */
  readonly doerEndings: readonly string[];
  /** Endings of a word for the work itself ("ing": "the rigging job" names "Stage Rigger"). */
  readonly activityEndings: readonly string[];
  /**
   * Words a speaker drops inside a phrase without changing what it says ("just", "even", "um"):
   * a phrase matches with up to `MAX_FILLERS` of them between its words ("have you just ghosted
   * me" reads as "have you ghosted me"). Never at a phrase's start or end.
   */
  readonly phraseFillers: readonly string[];
  /** Words that join two titles into one advert ("and": "Piano Tuner and Technician", "/": "Porter/Cleaner"): either part names the job. */
  readonly titleJoiners: readonly string[];
  /** The `titleModifiers` that are part of a title's name ("lead" in "Crew Lead", "senior"), unlike "the" or "for": said right after a word of the title, they carry it on ("the crew lead interview"). */
  readonly titleRanks: readonly string[];
  /** Other names people use for a job, by words of a title ("receptionist" → "front desk"): the title said with one names the job. */
  readonly titleSynonyms: Readonly<Record<string, readonly string[]>>;
  /** Words for a job opening ("role", "post"): a title word just before one names the job ("the English post"). */
  readonly jobNouns: readonly string[];
  /** Words for the interview itself: a title word right before one names the job ("the linesworker interview"). */
  readonly interviewNouns: readonly string[];
  /** Head words of job titles that say too little alone ("manager", "assistant"): any other head said alone names the job ("the agronomist" for "Farm Agronomist"). */
  readonly genericTitleWords: readonly string[];
  /** Words that label who speaks in a transcript ("candidate" in "Candidate: any news?"): the label is not part of what is said. */
  readonly speakerLabels: readonly string[];
  /** Words that label the other side's turn in a transcript ("interviewer" in "Interviewer: we'll let you know"): what follows, up to the next label or line break, is not the candidate's. */
  readonly otherSpeakerLabels: readonly string[];
  /**
   * Classes the rules read only together with their context ("by Friday" matters after "I need an
   * answer", not after "will I hear back"): the statistical model does not take them as features.
   */
  readonly unmodelledClasses: readonly string[];
  /** Digits said as words in a phone number ("oh" → "0", "five" → "5"). */
  readonly spokenDigits: Readonly<Record<string, string>>;
  /** Tens said as words, by their first digit ("forty" → "4"): "forty-seven" is 47, "forty" alone 40. */
  readonly spokenTens: Readonly<Record<string, string>>;
  /** Words that repeat the next digit ("double five" → "55"). */
  readonly digitRepeats: Readonly<Record<string, number>>;
  /** Statistical models of the never-say rules, by rule id (absent for a locale without one). */
  readonly model?: Readonly<Record<string, ModelRule>>;
  /** The word classes, by class name: each entry's pattern, in data-file order. */
  readonly classes: Readonly<Record<string, readonly string[]>>;
}

interface Alternative {
  readonly text: string;
  readonly prefix: boolean;
}

/**
 * The classes the analysis itself reads to find clauses, questions and negation (every locale
 * provides them), each with its bit in `PhraseEnd.structure`.
 */
export const STRUCTURE = {
  negator: 1,
  "negator-short": 2,
  "question-word": 4,
  "question-word-weak": 8,
  aux: 16,
  subject: 32,
  opener: 64,
  "ask-marker": 128,
  "clause-break": 256,
  "clause-break-after-comma": 512,
  "relative-after-comma": 1024,
  "telling-start": 2048,
} as const;

/** Where a phrase ends in the trie: its class and entry. */
export interface PhraseEnd {
  readonly className: string;
  readonly entryIndex: number;
  /** The class's bit in `STRUCTURE` (0 for the other classes). */
  readonly structure: number;
  /** Whether the statistical model reads this class (see `LocaleData.unmodelledClasses`). */
  readonly modelled: boolean;
  /** What a set of model tables last found for this class (kept by src/text/model.ts, as `NormalisedWord.modelEntry`). */
  modelRows: { readonly tables: object; readonly affirmed: unknown; readonly negated: unknown } | undefined;
}

/**
 * A node of the phrase trie: each token moves along an exact-word edge, any prefix edge it
 * starts with, or the "any word" edge; `ends` lists the phrases complete at this node.
 */
export interface TrieNode {
  readonly exact: Map<string, TrieNode>;
  /** The same edges by the word's `NormalisedWord.id`: a token looks up an integer, not a string. */
  readonly exactById: Map<number, TrieNode>;
  readonly prefixes: [string, TrieNode][];
  any: TrieNode | undefined;
  readonly ends: PhraseEnd[];
}

/** A locale's classes, compiled for one left-to-right pass over the tokens. */
export interface CompiledLexicon {
  readonly locale: LocaleData;
  /** Every phrase in one trie: matching costs a few look-ups per token, whatever the lexicon's size. */
  readonly trie: TrieNode;
  /** Every word a phrase names exactly, numbered (see `TrieNode.exactById`). */
  readonly vocabulary: ReadonlyMap<string, number>;
  /** The root's prefix edges by their first three letters. */
  readonly rootPrefixes: ReadonlyMap<string, readonly [string, TrieNode][]>;
  readonly abbreviations: ReadonlySet<string>;
  readonly isContractions: ReadonlySet<string>;
  /** The locale's `titleModifiers` and `jobNouns` as sets: every token of a text is looked up in them. */
  readonly titleModifiers: ReadonlySet<string>;
  /** The locale's `titleJoiners` and `titleRanks` as sets. */
  readonly titleJoiners: ReadonlySet<string>;
  readonly titleRanks: ReadonlySet<string>;
  readonly jobNouns: ReadonlySet<string>;
  readonly genericTitleWords: ReadonlySet<string>;
  readonly interviewNouns: ReadonlySet<string>;
  readonly speakerLabels: ReadonlySet<string>;
  readonly otherSpeakerLabels: ReadonlySet<string>;
  readonly phraseFillers: ReadonlySet<string>;
  /** The locale's `titleAbbreviations` in a map (looked up for every token against a job title). */
  readonly titleAbbreviations: ReadonlyMap<string, string>;
  /** The locale's spellings in a map (a plain object would answer "constructor"). */
  readonly spellings: ReadonlyMap<string, readonly string[]>;
  /** The locale's contraction endings, longest first. */
  readonly contractionEndings: readonly (readonly [string, string])[];
  /** The locale's `droppedLetters`, longest ending first. */
  readonly droppedLetters: readonly (readonly [string, string])[];
  /**
   * Raw token → its normalised words and where each leads from the trie's root, for tokens
   * already seen (bounded): the same words recur from text to text.
   */
  readonly words: SpanTable<readonly NormalisedWord[]>;
  /** The same for capitalised words inside a sentence, which keep their spelling ("Ty" is a name there). */
  readonly namesAsSpelled: SpanTable<readonly NormalisedWord[]>;
}

/** One normalised word a raw token stands for, and the trie nodes it leads to from the root. */
export interface NormalisedWord {
  readonly norm: string;
  /** The word's number in `CompiledLexicon.vocabulary`, or -1 for a word no phrase names. */
  readonly id: number;
  readonly steps: readonly TrieNode[];
  /** One of the locale's `phraseFillers`: a phrase may step over it. */
  readonly filler: boolean;
  /**
   * What a set of model tables last found for this word (kept by src/text/model.ts): the same
   * words recur in every text, so each is looked up in the large tables once, not per token.
   */
  modelEntry: { readonly tables: object; readonly entry: unknown } | undefined;
}

const PREFIX_KEY = 3;
/** Separates whole-phrase alternatives inside one entry. */
export const PHRASE_SEPARATOR = " / ";

function parseAlternatives(position: string): Alternative[] {
  return position.split("|").map((alternative) => {
    const prefix = alternative.endsWith("*");
    return { text: prefix ? alternative.slice(0, -1) : alternative, prefix };
  });
}

/**
 * Whether a normalised word names a job or the interview ("job", "role", "post", "interview"):
 * a word just before it is then the job's name ("the train guard job", "the sparky interview").
 *
 * @example
 * ```ts
 * namesJobOrInterview(compileLexicon(english()), "role"); // true
 * ```
 */
export function namesJobOrInterview(lexicon: CompiledLexicon, norm: string): boolean {
  return lexicon.jobNouns.has(norm) || lexicon.interviewNouns.has(norm);
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

function newNode(): TrieNode {
  return { exact: new Map(), exactById: new Map(), prefixes: [], any: undefined, ends: [] };
}

function insert(node: TrieNode, positions: readonly string[], at: number, end: PhraseEnd): void {
  if (at === positions.length) {
    if (!node.ends.some((known) => known.className === end.className && known.entryIndex === end.entryIndex)) node.ends.push(end);
    return;
  }
  const position = positions[at] as string;
  if (position === "_") {
    node.any ??= newNode();
    insert(node.any, positions, at + 1, end);
    return;
  }
  for (const alternative of parseAlternatives(position)) {
    if (alternative.prefix) {
      let edge = node.prefixes.find(([prefix]) => prefix === alternative.text);
      if (edge === undefined) {
        edge = [alternative.text, newNode()];
        node.prefixes.push(edge);
      }
      insert(edge[1], positions, at + 1, end);
    } else {
      let child = node.exact.get(alternative.text);
      if (child === undefined) {
        child = newNode();
        node.exact.set(alternative.text, child);
      }
      insert(child, positions, at + 1, end);
    }
  }
}

/** Numbers every word on an exact edge of the trie and indexes each node's exact edges by it. */
function numberWords(root: TrieNode): Map<string, number> {
  const vocabulary = new Map<string, number>();
  const visit = (node: TrieNode) => {
    for (const [word, child] of node.exact) {
      let id = vocabulary.get(word);
      if (id === undefined) {
        id = vocabulary.size;
        vocabulary.set(word, id);
      }
      node.exactById.set(id, child);
      visit(child);
    }
    for (const [, child] of node.prefixes) visit(child);
    if (node.any !== undefined) visit(node.any);
  };
  visit(root);
  return vocabulary;
}

/** Compiles a locale's classes into one phrase trie. */
export function compileLexicon(locale: LocaleData): CompiledLexicon {
  const trie = newNode();
  for (const [className, entries] of Object.entries(locale.classes)) {
    entries.forEach((match, entryIndex) => {
      const structure = Object.hasOwn(STRUCTURE, className) ? STRUCTURE[className as keyof typeof STRUCTURE] : 0;
      const modelled = !locale.unmodelledClasses.includes(className);
      // The model's memo is there from the start, so the record never changes shape.
      for (const pattern of match.split(PHRASE_SEPARATOR)) insert(trie, pattern.split(" "), 0, { className, entryIndex, structure, modelled, modelRows: undefined });
    });
  }
  const vocabulary = numberWords(trie);
  const rootPrefixes = new Map<string, [string, TrieNode][]>();
  for (const edge of trie.prefixes) {
    const key = edge[0].slice(0, PREFIX_KEY);
    const list = rootPrefixes.get(key);
    if (list === undefined) rootPrefixes.set(key, [edge]);
    else list.push(edge);
  }
  const contractionEndings = Object.entries(locale.contractionEndings).sort((a, b) => b[0].length - a[0].length);
  return {
    locale,
    trie,
    vocabulary,
    rootPrefixes,
    abbreviations: new Set(locale.abbreviations),
    isContractions: new Set(locale.isContractions),
    titleModifiers: new Set(locale.titleModifiers),
    titleJoiners: new Set(locale.titleJoiners),
    titleRanks: new Set(locale.titleRanks),
    jobNouns: new Set(locale.jobNouns),
    genericTitleWords: new Set(locale.genericTitleWords),
    interviewNouns: new Set(locale.interviewNouns),
    speakerLabels: new Set(locale.speakerLabels),
    otherSpeakerLabels: new Set(locale.otherSpeakerLabels),
    phraseFillers: new Set(locale.phraseFillers),
    titleAbbreviations: new Map(Object.entries(locale.titleAbbreviations)),
    spellings: new Map(Object.entries(locale.spellings)),
    contractionEndings,
    droppedLetters: Object.entries(locale.droppedLetters).sort((a, b) => b[0].length - a[0].length),
    words: new SpanTable<readonly NormalisedWord[]>(20_000),
    namesAsSpelled: new SpanTable<readonly NormalisedWord[]>(5_000),
  };
}
