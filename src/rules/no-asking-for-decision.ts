import { phraseRule } from "./_phraseRule";

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
    anchors: ["get", "got", "been", "successful", "made", "being", "getting", "offered", "hired", "selected", "mine", "yes", "no", "hire", "hiring", "take", "decided", "decision", "offer", "make", "making", "give", "giving", "coming"],
    patterns: [
      /\bdid i get\b/,
      /\b(?:whether|if) i(?:'ve| have|'m| am)? (?:got|get|been successful|been selected|was successful|successful|made it|being offered)\b/,
      /\bhave i (?:got|been successful|been selected|made it)\b/,
      /\b(?:am|will) i (?:be )?(?:getting|get|being offered|offered|hired|selected|successful)\b/,
      /\b(?:i'm|i am) being offered\b/,
      /\bam i hired\b/,
      /\bis (?:the|this) (?:job|role|position) mine\b/,
      /\b(?:job|role|position) (?:is )?mine\b/,
      /\bis it a (?:yes|no)\b/,
      /\b(?:hire|hiring) me\b|\btake me on\b/,
      /\bdecided (?:on|about) me\b/,
      /\bdecided (?:to|whether to|if) (?:hire|take|offer)\b/,
      /\b(?:have|has) (?:you|the team|the hiring manager|anyone) (?:made|reached|come to) (?:a|your|the|their)(?: final)? decision\b/,
      /\b(?:a|the|any) decision (?:has )?(?:been )?(?:made|reached) (?:about|on|regarding) (?:me|my)\b/,
      /\b(?:offer|offering|make|making|give|giving) me (?:an |the )?(?:offer|job|role|position)\b/,
      /\b(?:going to|gonna|planning to|plan to|will you|are you|you'll be|you will) (?:offer|offering|make me)\b/,
      /\bexpect an offer\b/,
      /\boffer (?:coming|on its way|headed)\b/,
      /\bcoming my way\b/,
    ],
    questionsOnly: true,
    unless: [/\b(?:not|never|won't|wouldn't|don't|didn't)\b(?: \w+){0,3} (?:ask|asking|pry|enquire|inquire|going to ask|calling to ask|expecting)\b/],
  },
  suggestion: "Ask where they are in the hiring timeline, or what the next steps are.",
});
