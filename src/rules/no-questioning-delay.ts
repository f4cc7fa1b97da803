import { phraseRule } from "./_phraseRule";

/** D3: never question the delay or push about not hearing back. */
export default /* @__PURE__ */ phraseRule({
  id: "no-questioning-delay",
  meta: {
    description: "Do not question why there is no decision yet or push about not hearing back.",
    defaultSeverity: "error",
    sources: ["rednax", "monster"],
    derived: false,
    scope: "text",
    messages: {
      found: "\"{{words}}\" sounds impatient about the wait; hiring often takes longer than planned.",
    },
  },
  matcher: {
    anchors: ["why", "taking", "hold", "been", "said", "promised", "told", "expected", "supposed", "meant", "due", "now", "ago", "nobody", "no", "noone", "still", "waiting", "longer", "silence", "happened", "wait", "going", "should", "today", "impression", "enough", "plenty"],
    patterns: [
      /\bwhy\b[^.?!]*\b(?:heard|hear|replied|reply|called|call(?:ed)? back|taking|take so|delay|got back|get back|gotten back|received|decided|so long|this long|still)\b/,
      /\bwhy the (?:delay|wait|hold-?up|silence)\b/,
      /\btaking (?:so|this|that|such a) long\b|\btaking (?:forever|ages|weeks|months)\b|\bwhat's taking\b/,
      /\bhold-?up\b/,
      /\b(?:it's|it has|it's now|it has now) been\b[^.?!]*\b(?:no one|nobody|nothing|silence|still|no word|no news|hold-?up|no reply|no response)\b/,
      /\b(?:you|you guys|they|she|he) (?:said|promised|told me)\b[^.?!]{0,40}?\b(?:by (?:monday|tuesday|wednesday|thursday|friday|the end|now|today|last)|within (?:a|an|one|two|\w+) (?:day|days|week|weeks)|(?:the )?end of (?:the|this|last)|last week|(?:you'd|you would|you'll|you will|they'd|they would) (?:get back|call|ring|be in touch|let me know|hear|decide|have)|(?:i'd|i would|i'll|i will) (?:hear|have|know|get))/,
      /\bpromised me\b/,
      /\b(?:expected|supposed|meant|due) to (?:hear|have heard|get an answer|have an answer)\b/,
      /\bby now\b/,
      /\b(?:ages|days|weeks|months|long) ago\b/,
      /\b(?:nobody|no one|no-one|nobody's|noone)(?: has| had|'s)? (?:even )?(?:got|gotten|called|replied|rung|returned|been in touch|responded|answered|come back)\b/,
      /\bstill (?:nothing|no word|no news|no answer|no reply|haven't (?:heard|had|received|got))\b/,
      /\bwaiting (?:for )?(?:ages|forever|so long|this long|weeks|months)\b/,
      /\bhow much longer\b/,
      /\bsilence\b/,
      /\bwhat happened\b/,
      /\bthe wait has been\b|\blonger than (?:you|they) (?:said|told|promised)/,
      /\bis (?:anyone|anybody|someone) (?:actually |ever |even )?going to (?:get back|call|reply|respond)\b/,
      /\bshould (?:have|'ve) (?:heard|had|received)\b/,
      /\b(?:long before|by) today\b|\bunder the impression i'd\b/,
      /\b(?:enough|plenty of) time to decide\b/,
    ],
    unless: [/\bno rush\b/],
  },
  suggestion: "Ask politely whether there is an update on the timeline, and say you are happy to wait.",
});
