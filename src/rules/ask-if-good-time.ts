import type { Clause, Token } from "../text/analyzeText";
import { has, hitsOf } from "../text/clauseView";
import { presenceRule, someClause } from "./internal/presenceRule";

/** S3: on a live call, ask whether now is a good moment. */
export default /* @__PURE__ */ presenceRule({
  id: "ask-if-good-time",
  meta: {
    description: "On a live call, ask whether now is a good moment to talk.",
    defaultSeverity: "info",
    sources: ["rednax"],
    derived: false,
    scope: "text",
    messages: { missing: "The opener never asks whether now is a good time to talk." },
  },
  kinds: ["call"],
  // After an offer or a rejection the conversation is usually theirs to start, and already under way.
  stages: ["pre-decision"],
  missing(reviewed) {
    // It must be asked: "now is a good time for me to talk" tells, it does not ask. Asked, a
    // negated phrase asks the same ("Hope now's not a bad time?").
    // A tag question asks it too: "I hope now is a good time, is it?" (a clause that is only a tag, not any short question: "a busy time, any news?").
    const tokens = reviewed.analysis.tokens;
    const isTag = (clause: Clause | undefined) => clause?.asks === true && isOnlyTag(tokens, clause);
    if (someClause(reviewed, (clause, index, clauses) => has(clause, "good-time") && (clause.asks || isTag(clauses[index + 1])))) return undefined;
    return { messageId: "missing", suggestion: 'After your name, ask "Is now a good time for a quick chat?"' };
  },
});

/** Whether a clause's words are one question tag, first word to last ("is it", "isn't it", "right"). */
function isOnlyTag(tokens: readonly Token[], clause: Clause): boolean {
  let first = -1;
  let last = -1;
  for (let at = clause.first; at < clause.stop; at++) {
    if (!(tokens[at] as Token).word) continue;
    if (first < 0) first = at;
    last = at;
  }
  return first >= 0 && hitsOf(clause, "question-tag").some((tag) => tag.first === first && tag.last === last);
}
