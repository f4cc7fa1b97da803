import { phraseRule } from "./_phraseRule";

const ROLE = "job|role|position|post|offer|place|opening|vacancy";

// Built by a function so bundlers can drop the whole rule when it is unused.
function decisionPatterns(): RegExp[] {
  return [
    // did I get it / did I make it
    new RegExp(`\\bdid i (?:get|land|win|bag|secure) (?:it|in|through|hired|selected|chosen|picked|the nod|an offer|(?:the|this|that) (?:\\w+ ){0,3}(?:${ROLE}))\\b`),
    /\bdid i (?:make it|make the cut|pass(?! (?:on|along|by|over|it|that|them|this|these|those)\b)|succeed|impress you enough)\b/,
    // whether / if I got it
    new RegExp(`\\b(?:whether|if) (?:i've|ive|i'm|im|i have|i am|i was|i) (?:got|get|been successful|been selected|been chosen|been picked|been hired|been offered|was successful|successful|made it|made the cut|passed|being offered|landed|hired|selected|chosen|picked|the one)\\b(?![^.?!]{0,12}\\b(?:right|wrong|correct)\\b)`),
    /\b(?:have|has) i (?:got|been (?:successful|selected|chosen|hired|picked|offered|accepted)|made it|made the cut|landed|passed)\b/,
    /\bwas i (?:chosen|selected|successful|picked|hired|offered|accepted|the one)\b/,
    /\b(?:am|will) i (?:be )?(?:getting|get|being offered|offered|hired|selected|successful|chosen|picked|accepted)\b/,
    /\bam i (?:going to|gonna) (?:be )?(?:offered|hired|selected|chosen|getting|get|taken on)\b/,
    /\b(?:the )?(?:result|outcome) of my (?:interview|application|candidacy)\b/,
    /\bdecided (?:in my favou?r|on me|about me)\b|\bin my favou?r\b/,
    /\b(?:i'm|i am) being offered\b|\bam i hired\b/,
    new RegExp(`\\b(?:is|was) (?:the|this|that) (?:${ROLE}) mine\\b|\\b(?:${ROLE}) (?:is )?mine\\b`),
    /\bis it a (?:yes|no)\b/,
    /\bdo i have (?:the|this) (?:job|role|position)\b/,
    /\b(?:hire|hiring|pick|choose|select|chosen|picked) me\b|\btake me on\b|\bgo (?:with|for) me\b/,
    // has a decision been made (about me)
    /\bdecided (?:on|about) me\b|\bdecided (?:to|whether to|if) (?:hire|take|offer|pick|choose)\b/,
    /\b(?:have|has) (?:you|the team|the panel|the hiring manager|anyone|they|everyone) (?:all )?(?:made|reached|come to|got to) (?:a|your|the|their|any)(?: final)? (?:decision|verdict|conclusion)\b/,
    /\b(?:have|has) (?:you|the team|the panel|they|everyone) (?:all )?(?:decided|made up (?:your|their) minds?)(?: yet| already)?(?: (?:about|on) (?:me|my (?:application|candidacy)))?\s*[?!.]*$/,
    /\b(?:a|the|any|your) (?:decision|verdict) (?:has )?(?:been )?(?:made|reached) (?:about|on|regarding) (?:me|my)\b/,
    /\breached (?:a|your|the) (?:decision|verdict) (?:on|about) (?:me|my)\b/,
    // an offer for me
    new RegExp(`\\b(?:offer|offering|make|making|give|giving) me (?:an |the |a )?(?:${ROLE})\\b`),
    /\b(?:going to|gonna|planning to|plan to|will you|are you|you'll be|you will) (?:offer|offering|make me)\b/,
    /\bexpect an offer\b|\boffer (?:coming|on its way|headed)\b|\bcoming my way\b/,
  ];
}

/** D2: never ask outright whether you got the job. */
export default /* @__PURE__ */ phraseRule({
  id: "no-asking-for-decision",
  meta: {
    description: "Do not ask outright whether you got the job; ask about the timeline instead.",
    defaultSeverity: "error",
    sources: ["rednax", "monster"],
    derived: false,
    scope: "text",
    messages: {
      found: "\"{{words}}\" asks for the decision itself, which puts the interviewer on the spot.",
    },
  },
  matcher: {
    patterns: /* @__PURE__ */ decisionPatterns(),
    anchors: [
      "result", "outcome", "favo", "going", "gonna",
      "get", "got", "land", "win", "bag", "secure", "make", "making", "made", "pass", "succeed", "impress", "successful", "selected", "select",
      "chosen", "choose", "picked", "pick", "hired", "hire", "hiring", "offered", "offer", "offering", "being", "landed", "getting", "accepted",
      "mine", "yes", "no", "take", "go", "decided", "decision", "verdict", "conclusion", "mind", "minds", "give", "giving", "coming", "cut",
    ],
    questionsOnly: true,
    unless: [/\b(?:not|never|won't|wouldn't|don't|didn't)\b(?: \w+){0,3} (?:ask|asking|pry|enquire|inquire|going to ask|calling to ask|expecting|pushing)\b/],
  },
  suggestion: "Ask where they are in the hiring timeline, or what the next steps are.",
});
