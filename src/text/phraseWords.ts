import { analyzeText } from "./analyzeText";
import type { CompiledLexicon } from "./lexicon";
import { BoundedCache } from "../internal/boundedCache";

// Names, job titles and topics recur from plan to plan.
const cache = /* @__PURE__ */ new BoundedCache<string, readonly string[]>(2_048);

/** The normalised words of a short phrase (a name, a job title, a topic), as the analysis would read them. */
export function phraseWords(phrase: string, lexicon: CompiledLexicon): readonly string[] {
  const key = `${lexicon.locale.locale}\u0000${phrase}`;
  const cached = cache.get(key);
  if (cached !== undefined) return cached;
  const words = analyzeText(phrase, lexicon)
    .tokens.filter((token) => token.word)
    .map((token) => token.norm);
  return cache.set(key, words);
}
