import { containsPhrase, normalizeForMatching, squashSpaces } from "../validate/_text";
import { presenceRule } from "./_presenceRule";

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
    const text = reviewed.squashed;
    const full = squashSpaces(normalizeForMatching(name)).trim();
    const first = full.split(" ")[0] ?? full;
    if (containsPhrase(text, full) || containsPhrase(text, first)) return undefined;
    return { messageId: "missing", data: { name }, suggestion: `Begin with "Hello, this is ${name}".` };
  },
});
