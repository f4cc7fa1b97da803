import type { Token } from "../text/analyzeText";
import { wordsAt } from "../text/clauseView";
import { lexiconFor } from "../text/lexiconFor";
import { phraseWords } from "../text/phraseWords";
import { presenceRule } from "./internal/presenceRule";

/** Whether a title stands right before the surname ("Ms Okafor", "Dr. Ruiz"). */
function saysTitleAndSurname(tokens: readonly Token[], titles: readonly string[], surname: string): boolean {
  for (let at = 1; at < tokens.length; at++) if ((tokens[at] as Token).norm === surname && titles.includes((tokens[at - 1] as Token).norm)) return true;
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
    // The closing of a call already under way follows the opener that said who you are.
    if (!name || reviewed.kind === "no-decision") return undefined;
    const lexicon = lexiconFor(reviewed.analysis.locale);
    const titles = lexicon.locale.nameTitles;
    const words = phraseWords(name, lexicon).filter((word) => !titles.includes(word));
    if (words.length === 0) return undefined;
    const tokens = reviewed.analysis.tokens;
    const first = words[0] as string;
    const surname = words[words.length - 1] as string;
    // A part of the name shared with whom the text is said to is said of them where it addresses
    // them, after a greeting, a title or another part of their name ("Good morning Madam Owusu"
    // from Abena Owusu-Ansah to Comfort Owusu); said anywhere else it is the speaker's ("Hi Sarah,
    // it's Sarah").
    const theirs = new Set((reviewed.facts.addressedNames ?? []).flatMap((addressed) => phraseWords(addressed, lexicon)));
    const addressing = (at: number) => {
      const before = tokens[at - 1];
      return before?.word === true && (theirs.has(before.norm) || titles.includes(before.norm) || lexicon.locale.addressWords.includes(before.norm));
    };
    // Their name parts said somewhere other than in addressing them, found in one pass.
    const saidAsOwn = new Set(theirs.size === 0 ? [] : tokens.filter((token, at) => theirs.has(token.norm) && !addressing(at)).map((token) => token.norm));
    const ownAlone = (word: string) => !theirs.has(word) || saidAsOwn.has(word);
    if (wordsAt(tokens, words) >= 0 && words.some(ownAlone)) return undefined;
    // A first name that is also a word ("Will", "Grace") counts only as a name: capitalised.
    for (const token of tokens) {
      if (token.norm !== first || !ownAlone(first)) continue;
      const said = reviewed.text.slice(token.start, token.end);
      if (!lexicon.locale.everydayNames.includes(first) || said[0] !== said[0]?.toLowerCase()) return undefined;
    }
    if (words.length > 1 && ownAlone(surname) && saysTitleAndSurname(tokens, titles, surname)) return undefined;
    // The surname, written as a name: "it's Ollie Hargreaves" for Oliver, "Clarissa Dela Cruz" for Maria Clarissa.
    if (words.length > 1 && ownAlone(surname) && !lexicon.locale.everydayNames.includes(surname)) {
      for (const token of tokens) {
        if (token.norm !== surname) continue;
        const said = reviewed.text.slice(token.start, token.end);
        if (said[0] !== said[0]?.toLowerCase()) return undefined;
      }
    }
    // A middle given name people go by ("Aisyah" for Nur Aisyah binti Rahman), written as a name;
    // not a particle of the name ("binti", "van"), which says nothing alone.
    for (const middle of words.slice(1, -1)) {
      if (lexicon.locale.nameParticles.includes(middle) || lexicon.locale.everydayNames.includes(middle) || !ownAlone(middle)) continue;
      for (const token of tokens) {
        if (token.norm !== middle) continue;
        const said = reviewed.text.slice(token.start, token.end);
        if (said[0] !== said[0]?.toLowerCase()) return undefined;
      }
    }
    return { messageId: "missing", data: { name }, suggestion: `Begin with "Hello, this is ${name}".` };
  },
});
