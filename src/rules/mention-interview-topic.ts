import { BoundedCache } from "../_boundedCache";
import { containsPhrase, normalizeForMatching, squashSpaces } from "../validate/_text";
import { presenceRule } from "./_presenceRule";

const FILLER = /* @__PURE__ */ new Set(["the", "a", "an", "new", "our", "your", "my", "of", "for", "and", "to", "in", "on", "about", "with", "at", "its", "their"]);

const keyWordCache = /* @__PURE__ */ new BoundedCache<string, readonly string[]>(1_024);

function keyWords(topic: string): readonly string[] {
  const cached = keyWordCache.get(topic);
  if (cached !== undefined) return cached;
  const words = squashSpaces(normalizeForMatching(topic))
    .split(/[^\p{L}\p{N}']+/u)
    .filter((word) => word.length > 0 && !FILLER.has(word));
  return keyWordCache.set(topic, words);
}

/** S6: mention something from the interview so they place you. */
export default /* @__PURE__ */ presenceRule({
  id: "mention-interview-topic",
  meta: {
    description: "Mention something you discussed at the interview.",
    defaultSeverity: "info",
    sources: ["rednax", "monster"],
    derived: false,
    scope: "text",
    messages: { missing: "The text mentions none of the interview's topics ({{topics}})." },
  },
  kinds: ["call", "voicemail", "thank-you-email", "follow-up-email"],
  missing(reviewed) {
    const topics = reviewed.facts.topics;
    if (!topics || topics.length === 0) return undefined;
    const text = reviewed.squashed;
    const mentioned = topics.some((topic) => {
      const words = keyWords(topic);
      return words.length > 0 && words.every((word) => containsPhrase(text, word));
    });
    if (mentioned) return undefined;
    return { messageId: "missing", data: { topics: topics.join(", ") }, suggestion: `Refer back to "${topics[0]}".` };
  },
});
