import { BoundedCache } from "../_boundedCache";
import { containsPhrase, normalizeForMatching, squashSpaces } from "../validate/_text";
import { presenceRule } from "./_presenceRule";

const TITLES = new Set(["mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "dame"]);
// First names that are also everyday words: "I will call" does not say the name Will.
const EVERYDAY_WORDS = new Set([
  "will", "may", "june", "april", "august", "mark", "bill", "pat", "rose", "faith", "grace", "hope", "joy", "sue",
  "art", "jack", "frank", "gene", "ray", "rich", "dawn", "summer", "eve", "amber", "ruby", "holly", "max", "drew",
  "chase", "hunter", "guy", "sunny", "rob", "dean", "earl", "page", "miles", "carol", "penny", "cliff", "glen", "lane",
]);

// The same candidate names come back plan after plan.
const nameWordCache = /* @__PURE__ */ new BoundedCache<string, readonly string[]>(1_024);

/** Lower case, composed, without accents: "Zoë", "Zoe\u0308" and "Zoe" compare equal. */
function fold(text: string): string {
  // Most scripts are plain ASCII, where folding changes nothing.
  return NON_ASCII.test(text) ? text.normalize("NFD").replace(/\p{M}+/gu, "").normalize("NFC") : text;
}

const NON_ASCII = /[^\u0000-\u007f]/;

function nameWords(name: string): readonly string[] {
  const cached = nameWordCache.get(name);
  if (cached !== undefined) return cached;
  const words = squashSpaces(normalizeForMatching(fold(name)))
    .split(" ")
    .map((word) => word.replace(/\.$/, ""))
    .filter((word) => word.length > 0 && !TITLES.has(word));
  return nameWordCache.set(name, words);
}

/** Whether the first name stands in the text written as a name (capitalised), not as a common word. */
function mentionsFirstName(text: string, folded: string, first: string): boolean {
  if (!containsPhrase(folded, first)) return false;
  if (!EVERYDAY_WORDS.has(first)) return true;
  const capitalised = first[0]?.toUpperCase() + first.slice(1);
  const original = fold(text);
  return containsPhrase(original, capitalised) || containsPhrase(original, first.toUpperCase());
}

/** "Ms Whitfield", "Dr. Whitfield": a title and the surname also say who is calling. */
function mentionsTitleAndSurname(folded: string, surname: string): boolean {
  for (const title of TITLES) {
    if (containsPhrase(folded, `${title} ${surname}`) || containsPhrase(folded, `${title}. ${surname}`)) return true;
  }
  return false;
}

/** S2, D6: say who you are; the interviewer may have met dozens of candidates. */
export default /* @__PURE__ */ presenceRule({
  id: "identify-yourself",
  meta: {
    description: "Say your name at the start: the interviewer may have met dozens of candidates.",
    defaultSeverity: "error",
    sources: ["rednax", "monster", "chulaw"],
    derived: false,
    scope: "text",
    messages: { missing: "The text never says your name ({{name}}); start with who you are." },
  },
  missing(reviewed) {
    const name = reviewed.facts.candidateName;
    if (!name) return undefined;
    const words = nameWords(name);
    if (words.length === 0) return undefined;
    const folded = fold(reviewed.squashed);
    const surname = words[words.length - 1] as string;
    if (
      containsPhrase(folded, words.join(" ")) ||
      mentionsFirstName(reviewed.text, folded, words[0] as string) ||
      (words.length > 1 && mentionsTitleAndSurname(folded, surname))
    ) {
      return undefined;
    }
    return { messageId: "missing", data: { name }, suggestion: `Begin with "Hello, this is ${name}".` };
  },
});
