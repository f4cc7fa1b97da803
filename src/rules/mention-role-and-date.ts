import { BoundedCache } from "../internal/boundedCache";
import { describeInterviewDay } from "../time/describeInterviewDay";
import { wordsAt } from "../text/clauseView";
import { findDateReferences, fitsInterviewDay } from "../text/dateReferences";
import { type CompiledLexicon, namesJobOrInterview } from "../text/lexicon";
import { lexiconFor } from "../text/lexiconFor";
import { phraseWords } from "../text/phraseWords";
import type { ReviewedText } from "../text/reviewedText";
import { namesTheWork, saysTitleWord } from "../text/titleWord";
import { presenceRule } from "./internal/presenceRule";

const BRACKETED = /[([][^)\]]*[)\]]/g;

// Where an advert's title gives way to its qualifier: a comma, or a dash with spaces around it.
const QUALIFIER_BREAK = /,|\s[-–—]\s/;

/**
 * The ways an advert's title may be said. A qualifier in brackets ("Camp Chef (FIFO)"), after a
 * comma ("Associate, Corporate & Commercial") or after a dash ("Relationship Manager – SME
 * Banking") is the advert's: the title without it names the job. The qualifier can name it too,
 * alone when it is several words or initials ("the hotshot crew position", "the RVN job"), or
 * before the title's last word ("the theatre nurse interview", "the B1 technician post").
 * `mains` are the forms that are the title itself: the title without its qualifier, and each of
 * two joined titles. Other names for the job ("front desk") are matched apart (`otherNamesOf`).
 */
function titleForms(jobTitle: string, lexicon: CompiledLexicon): { mains: string[]; forms: string[] } {
  const unqualified = jobTitle.replace(BRACKETED, " ").trim();
  const whole = unqualified.length > 0 ? unqualified : jobTitle;
  const [mainPart, ...rest] = whole.split(QUALIFIER_BREAK);
  const main = mainPart?.trim() || whole;
  const forms = [whole];
  if (main !== whole) forms.push(main);
  const head = main.split(/\s+/).pop() ?? "";
  const qualifiers = [...rest.map((part) => part.trim()), ...[...jobTitle.matchAll(BRACKETED)].map(([bracketed]) => bracketed.slice(1, -1).trim())];
  for (const qualifier of qualifiers) {
    if (qualifier.length === 0) continue;
    if (qualifier.includes(" ") || /^[A-Z0-9]{2,6}$/.test(qualifier)) forms.push(qualifier);
    if (head.length > 0 && !qualifier.toLowerCase().includes(head.toLowerCase())) forms.push(`${qualifier} ${head}`);
  }
  const joined = joinedTitles(main, lexicon.titleJoiners);
  return { mains: [main, ...joined], forms: [...forms, ...joined] };
}

/**
 * Two titles joined into one advert ("Piano Tuner and Technician", "Kitchen Porter/Cleaner",
 * "Cook & Cleaner"): each part names the job. A first part of one word counts only when the
 * second is one word too: "Research and Development Manager" is not a "research" job.
 */
function joinedTitles(main: string, joiners: ReadonlySet<string>): string[] {
  const words = spacedJoiners(main, joiners)
    .split(/\s+/)
    .filter((word) => word.length > 0);
  const at = words.findIndex((word, index) => index > 0 && index < words.length - 1 && joiners.has(word.toLowerCase()));
  if (at < 0) return [];
  const second = words.slice(at + 1);
  const parts = [second.join(" ")];
  if (at >= 2 || second.length === 1) parts.unshift(words.slice(0, at).join(" "));
  return parts;
}

/** Joiners that are marks, not words ("/", "&"), set apart by spaces: "Porter/Cleaner" is two titles. */
function spacedJoiners(title: string, joiners: ReadonlySet<string>): string {
  let spaced = title;
  for (const joiner of joiners) if (!/[\p{L}\p{N}]/u.test(joiner)) spaced = spaced.split(joiner).join(` ${joiner} `);
  return spaced;
}

/** Another name for the job, as normalised words; `ofHead` when it names the title's head ("apprentice" in "Tattoo Apprentice", "lecturer" in "Lecturer in Law"; not "intern" in "Intern Coordinator"). */
interface OtherName {
  readonly words: readonly string[];
  readonly ofHead: boolean;
}

/**
 * Other names for the job, from the locale's `titleSynonyms` ("front desk" for "Dental
 * Receptionist", "cabin crew" for "Flight Attendant"), as normalised words. Each is matched
 * word for word, never loosely: "office" is not "front office", nor "posted" "keeper".
 */
function otherNamesOf(main: string, lexicon: CompiledLexicon): OtherName[] {
  const words = spacedJoiners(main, lexicon.titleJoiners).toLowerCase().split(/\s+/);
  const names = new Map<string, OtherName>();
  for (const [phrase, others] of Object.entries(lexicon.locale.titleSynonyms)) {
    const said = phrase.split(" ");
    const at = words.findIndex((_, start) => said.every((word, offset) => words[start + offset] === word));
    if (at < 0) continue;
    // Once for a title, however often the words recur in it.
    // The head: the title's last word, or the last before what qualifies it ("Lecturer in Public Health").
    const after = words[at + said.length];
    const ofHead = after === undefined || lexicon.titleModifiers.has(after);
    for (const other of others) names.set(other, { words: phraseWords(other, lexicon), ofHead: ofHead || names.get(other)?.ofHead === true });
  }
  return [...names.values()];
}

/** What a form of the title is matched by: its key words (modifiers left out, short forms spelled out) and the initials it may be said as. */
interface TitleForm {
  readonly key: readonly string[];
  readonly initials: ReadonlySet<string>;
  /** The title itself, without the advert's qualifier: only its head word can name the job alone. */
  readonly main: boolean;
  /** The title's own rank words ("lead" in "Crew Lead", from the locale's `titleRanks`): said right after a key word, they carry the title on ("the crew lead interview"). */
  readonly ranks: ReadonlySet<string>;
}

/** What a job title is matched by: its forms, and the other names the job goes by. */
interface TitleMatchers {
  readonly forms: readonly TitleForm[];
  readonly otherNames: readonly OtherName[];
}

// Job titles recur from plan to plan: their forms are worked out once.
const matchersByTitle = /* @__PURE__ */ new BoundedCache<string, TitleMatchers>(1_024);
// Longer than any real title: such a title is matched as it is, without its joined parts or
// other names (each would be another pass over the text, as long as the title).
const MAX_CACHED_TITLE = 200;

function titleMatchersOf(jobTitle: string, lexicon: CompiledLexicon): TitleMatchers {
  const cacheKey = `${lexicon.locale.locale}\u0000${jobTitle}`;
  const cached = matchersByTitle.get(cacheKey);
  if (cached !== undefined) return cached;
  const long = jobTitle.length > MAX_CACHED_TITLE;
  const { mains, forms: said } = long ? { mains: [jobTitle], forms: [jobTitle] } : titleForms(jobTitle, lexicon);
  const forms = said.map((form): TitleForm => {
    const words = phraseWords(form, lexicon);
    const key = words.filter((word) => !lexicon.titleModifiers.has(word)).map((word) => lexicon.titleAbbreviations.get(word) ?? word);
    // "CFO" for "Chief Financial Officer", "RN" for "Registered Nurse, Emergency", "OT" for
    // "Paediatric Occupational Therapist": the initials of the title's first words, or of its last
    // ones (the head and what qualifies it), said as one word.
    const initials = new Set<string>();
    const initialsOf = (list: readonly string[]) => list.map((word) => word[0]).join("");
    for (const list of [words, key])
      for (let length = 2; length <= list.length; length++) {
        initials.add(initialsOf(list.slice(0, length)));
        initials.add(initialsOf(list.slice(list.length - length)));
      }
    return { key, initials, main: mains.includes(form), ranks: new Set(words.filter((word) => lexicon.titleRanks.has(word))) };
  });
  const matchers: TitleMatchers = { forms, otherNames: long ? [] : mains.flatMap((main) => otherNamesOf(main, lexicon)) };
  // A title too long to be a real one is not kept: the cache stays small whatever it is given.
  return long ? matchers : matchersByTitle.set(cacheKey, matchers);
}

/** A title said loosely still names the job: its key words are there, in any form and order; or the job is called by another of its names. */
function namesTheRole(reviewed: ReviewedText, jobTitle: string): boolean {
  const lexicon = lexiconFor(reviewed.analysis.locale);
  const { forms, otherNames } = titleMatchersOf(jobTitle, lexicon);
  return forms.some((form) => namesTitleForm(reviewed, form, lexicon)) || otherNames.some((name) => saysOtherName(reviewed, name, lexicon));
}

/**
 * Whether the text says another name for the job word for word. A name of one word names it
 * only before a word for a job or the interview ("the sparky job", "the server interview"):
 * alone, "server" or "keeper" may mean anything. A word for the post of the title's head (with
 * one of the locale's `postEndings`: "the apprenticeship" for "Tattoo Apprentice") names it
 * alone; "an internship" does not name "Intern Coordinator".
 */
function saysOtherName(reviewed: ReviewedText, other: OtherName, lexicon: CompiledLexicon): boolean {
  const tokens = reviewed.analysis.tokens;
  const name = other.words;
  const alone = name.length > 1 || (other.ofHead && lexicon.locale.postEndings.some((ending) => (name[0] as string).endsWith(ending)));
  for (let at = wordsAt(tokens, name); at >= 0; at = wordsAt(tokens, name, at + 1)) {
    if (alone) return true;
    const next = tokens[at + 1];
    if (next?.word === true && namesJobOrInterview(lexicon, next.norm)) return true;
  }
  return false;
}

function namesTitleForm(reviewed: ReviewedText, form: TitleForm, lexicon: CompiledLexicon): boolean {
  const { key, initials } = form;
  if (key.length === 0) return true;
  const modifiers = lexicon.titleModifiers;
  const jobNouns = lexicon.jobNouns;
  const present = new Array<boolean>(key.length).fill(false);
  const tokens = reviewed.analysis.tokens;
  let lastKeyWordAt = Number.NEGATIVE_INFINITY;
  // Where the title's head word was last said ("crew" in "Harvest Crew Lead").
  let headAt = Number.NEGATIVE_INFINITY;
  for (let at = 0; at < tokens.length; at++) {
    const token = tokens[at] as (typeof tokens)[number];
    if (!token.word) continue;
    // "The crew leader" for "Harvest Crew Lead": the head said with the title's rank right after it.
    if (at - headAt === 1 && form.main && [...form.ranks].some((rank) => saysRank(token.norm, rank, lexicon))) return true;
    // Initials count only written in capitals ("CFO", "RN"): "pm", "am", "so" and "on" are words.
    const length = token.end - token.start;
    if (length >= 2 && length <= MAX_INITIALS && startsInitials(reviewed.text.charCodeAt(token.start))) {
      const written = reviewed.text.slice(token.start, token.end);
      if (written === written.toUpperCase() && initials.has(written.toLowerCase())) return true;
    }
    // "The", "for", "senior": words that cannot name a job, even as the start of one ("the" in "therapist").
    if (modifiers.has(token.norm)) {
      if (form.ranks.has(token.norm) && at - lastKeyWordAt === 1) lastKeyWordAt = at;
      continue;
    }
    const said = lexicon.titleAbbreviations.get(token.norm) ?? token.norm;
    // "The English post", "the caretaker's job": a word of the title just before a word for a job.
    if (jobNouns.has(said) && at - lastKeyWordAt <= JOB_NOUN_REACH) return true;
    // "The linesworker interview": only right before it ("the office for an interview" is not the Office Manager job).
    if (lexicon.interviewNouns.has(said) && at - lastKeyWordAt === 1) return true;
    // "The rigging job" for "Stage Rigger": the work named for the one who does it, but only just
    // before a word for the job or the interview ("still waiting" says nothing of a "Waiter" job).
    const next = tokens[at + 1];
    const beforeJobNoun = next?.word === true && namesJobOrInterview(lexicon, next.norm);
    let found = false;
    for (let index = 0; index < key.length; index++) {
      if (saysTitleWord(said, key[index] as string, lexicon.locale) || (beforeJobNoun && namesTheWork(said, key[index] as string, lexicon.locale))) {
        present[index] = true;
        lastKeyWordAt = at;
        if (index === key.length - 1) headAt = at;
        found = true;
      }
    }
    // More words found only make the title more named: once it is, the rest of the text need not be read.
    if (found && titleNamed(present, form, lexicon)) return true;
  }
  return false;
}

/**
 * Whether the key words found name the title. The head word ("officer", "supervisor") and most
 * of the rest: "the Learning Officer job" names "Museum Learning Officer" for a listener who
 * knows what they advertised. A head that says what the job is names it alone ("the applicant
 * for agronomist" for "Farm Agronomist"); one that could be any job ("manager", "assistant")
 * does not.
 */
function titleNamed(present: readonly boolean[], form: TitleForm, lexicon: CompiledLexicon): boolean {
  const { key } = form;
  if (present[key.length - 1] !== true) return false;
  // Not for a form with the advert's qualifier, whose last word is the qualifier's ("Banking" in
  // "Relationship Manager – SME Banking").
  if (form.main && !lexicon.genericTitleWords.has(key[key.length - 1] as string)) return true;
  // The head with the word before it is how people shorten a title: "Team Leader" for "Call
  // Center Team Leader", "Assistant Manager" for "Tea Estate Assistant Manager".
  if (form.main && key.length >= 2 && present[key.length - 2] === true) return true;
  // So is the head with the title's first word, what sets it apart: "the bilingual agent" for
  // "Bilingual Customer Service Agent".
  if (form.main && key.length >= 3 && present[0] === true) return true;
  let count = 0;
  for (const found of present) if (found) count++;
  return count * 3 >= key.length * 2;
}

/**
 * Whether a word says a rank of the title as the one who holds it ("leader" for "lead"). The rank
 * itself is left out: "I" in "Data Analyst I" is a pronoun in "the analyst I met".
 */
function saysRank(said: string, rank: string, lexicon: CompiledLexicon): boolean {
  return lexicon.locale.doerEndings.some((ending) => said === rank + ending);
}

const MAX_INITIALS = 6;

/** Whether a character can start initials: a capital letter or a digit ("CFO", "3LS"); most words start in lower case. */
function startsInitials(code: number): boolean {
  if ((code >= 65 && code <= 90) || (code >= 48 && code <= 57)) return true;
  if (code < 128) return false;
  const character = String.fromCharCode(code);
  return character !== character.toLowerCase();
}

// How many words before "job"/"role" a title word may stand ("the maintenance sparky job").
const JOB_NOUN_REACH = 3;

/** S2: name the job and when you interviewed. */
export default /* @__PURE__ */ presenceRule({
  id: "mention-role-and-date",
  meta: {
    description: "Name the job you interviewed for and when the interview was.",
    defaultSeverity: "warning",
    sources: ["rednax", "monster", "chulaw"],
    derived: false,
    scope: "text",
    messages: {
      missingRole: "The text does not name the job ({{jobTitle}}).",
      missingDate: "The text does not say when you interviewed ({{date}}).",
      missingBoth: "The text names neither the job ({{jobTitle}}) nor when you interviewed ({{date}}).",
      wrongDate: 'The text says "{{said}}", which does not fit an interview on {{date}} for a call on {{callDate}}.',
      wrongDay: 'The text says "{{said}}", but the interview was on {{date}}.',
    },
  },
  kinds: ["call", "voicemail", "follow-up-email"],
  // After an offer or a rejection they have just been in touch about this very job: no need to
  // introduce it again.
  stages: ["pre-decision"],
  missing(reviewed) {
    const { jobTitle, interviewDay, callDay } = reviewed.facts;
    const roleMissing = jobTitle !== undefined && !namesTheRole(reviewed, jobTitle);
    let dateMissing = false;
    let wrong: { start: number; end: number } | undefined;
    if (interviewDay !== undefined) {
      const references = findDateReferences(reviewed.analysis, lexiconFor(reviewed.analysis.locale).locale.calendar);
      if (!references.some((reference) => fitsInterviewDay(reference, interviewDay, callDay))) {
        dateMissing = true;
        const first = references[0];
        if (first !== undefined) wrong = { start: first.start, end: first.end };
      }
    }
    if (!roleMissing && !dateMissing) return undefined;
    const date = interviewDay === undefined ? "" : describeInterviewDay(interviewDay);
    const messageId =
      roleMissing && dateMissing ? "missingBoth" : roleMissing ? "missingRole" : wrong !== undefined ? (callDay === undefined ? "wrongDay" : "wrongDate") : "missingDate";
    const said = wrong === undefined ? {} : { said: reviewed.text.slice(wrong.start, wrong.end), ...(callDay === undefined ? {} : { callDate: describeInterviewDay(callDay) }) };
    return {
      messageId,
      data: { jobTitle: jobTitle ?? "", date, ...said },
      ...((messageId === "wrongDate" || messageId === "wrongDay") && wrong !== undefined ? { span: wrong } : {}),
      suggestion: `Say "I interviewed for the ${jobTitle ?? "…"} role on ${date || "…"}".`,
    };
  },
});
