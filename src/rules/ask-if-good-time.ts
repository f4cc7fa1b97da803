import { presenceRule } from "./_presenceRule";

const ASKS_IF_GOOD_TIME =
  /\b(?:good|bad|ok|okay|convenient|right|better|inconvenient|awkward) (?:time|moment)\b|\b(?:is it|is this|is now) (?:convenient|ok|okay|alright|all right)\b|\b(?:a|one|few|couple of|couple|spare|quick) (?:minutes?|moments?|mins?|seconds?)\b|\bfree to (?:talk|chat|speak)\b|\bcaught you\b|\bgot a (?:minute|moment|sec|second)\b|\bcan you talk\b|\btime to (?:talk|chat|speak)\b/;

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
  missing(reviewed) {
    if (ASKS_IF_GOOD_TIME.test(reviewed.normalized)) return undefined;
    return { messageId: "missing", suggestion: 'After your name, ask "Is now a good time for a quick chat?"' };
  },
});
