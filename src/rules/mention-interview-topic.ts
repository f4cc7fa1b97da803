import { lexiconFor } from "../text/lexiconFor";
import { phraseWords } from "../text/phraseWords";
import { presenceRule } from "./internal/presenceRule";

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
  // A voicemail stays brief (S10): the topic belongs to the live call and the emails. Once they
  // have decided, there is nothing left to remind them of.
  kinds: ["call", "thank-you-email", "follow-up-email"],
  stages: ["pre-decision"],
  missing(reviewed) {
    const topics = reviewed.facts.topics;
    if (!topics || topics.length === 0) return undefined;
    const lexicon = lexiconFor(reviewed.analysis.locale);
    const fillers = lexicon.locale.topicFillers;
    const said = new Set<string>();
    for (const token of reviewed.analysis.tokens) if (token.word) said.add(token.norm);
    // A topic counts as mentioned when each of its telling words is said, in any order.
    const mentioned = topics.some((topic) => {
      const words = phraseWords(topic, lexicon).filter((word) => !fillers.includes(word));
      return words.length > 0 && words.every((word) => said.has(word));
    });
    if (mentioned) return undefined;
    return { messageId: "missing", data: { topics: topics.join(", ") }, suggestion: `Refer back to "${topics[0]}".` };
  },
});
