import { has } from "../text/clauseView";
import { presenceRule, someClause } from "./_presenceRule";

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
    if (someClause(reviewed, (clause) => clause.asks && has(clause, "good-time"))) return undefined;
    return { messageId: "missing", suggestion: 'After your name, ask "Is now a good time for a quick chat?"' };
  },
});
