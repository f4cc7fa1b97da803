import { phraseRule } from "./_phraseRule";

// Asking why someone else was chosen, or what the successful candidate had (A3).
const WHY_SOMEONE_ELSE = [
  /\bwhy\b[^.?!]{0,40}\b(?:go|went|going|pick|picked|choose|chose|chosen|select|selected|hire|hired|decide|decided|offer|offered|prefer|preferred)\b[^.?!]*\b(?:someone else|somebody else|another (?:candidate|applicant|person)|the other (?:candidate|applicant|person))\b/,
  /\b(?:picked|chose|chosen|selected|hired|went with|go with|going with|preferred|offered (?:it|the (?:job|role|position)) to) (?:someone else|another (?:candidate|applicant|person))\b/,
  /\b(?:successful|chosen|selected|winning|hired) (?:candidate|applicant|person|hire)\b/,
  /\bthe (?:person|candidate|applicant|one) (?:you|they|the team) (?:hired|chose|picked|selected|went with|offered)\b/,
  /\bthe other (?:candidate|applicant|person)\b[^.?!]*\b(?:edge|apart|stronger|better|stand out|stood out)\b/,
  /\bwhat (?:made|set) the other (?:candidate|applicant|person)\b/,
];

const ABOUT_OTHERS = [
  /\bhow many (?:other )?(?:candidates|applicants|finalists|interviewees|contenders|people (?:did you|have you|you've|you have|are you|were|are (?:still )?(?:in|being|left|on the shortlist)|(?:have )?applied|made it|interviewed|shortlisted|went for))/,
  /\bwho else\b/,
  /\b(?:how|where) (?:do|does|did|am|would|will) i (?:compare|rank|stand|stack|measure|fit in)\b/,
  /\bhow am i (?:doing|stacking|comparing|measuring|ranking)\b/,
  /\bcompared? (?:with|to) (?:the )?(?:other|rest|others|anyone|everyone)\b/,
  /\b(?:rank|rate|placed?) (?:among|against|compared)\b/,
  /\b(?:the |any |many |several |lots of |a lot of |of the )?other (?:candidates?|applicants?|interviewees?|finalists?|contenders?)\b/,
  /\bthe others\b/,
  /\bshortlist(?:ed)?\b/,
  /\b(?:your|the) (?:top|strongest|leading|best|preferred|favou?rite|first-choice) (?:candidate|applicant|choice|pick|person)\b/,
  /\bam i (?:the|your) (?:top|strongest|best|leading|preferred|favou?rite|number one|first choice|front)/,
  /\bfront-?runner\b/,
  /\b(?:in|among|make) your top\b/,
  /\bdown to me and\b/,
  /\bstack(?:ing|s)? up\b/,
  /\bup against\b/,
  /\bthe competition\b/,
  /\b(?:candidate|applicant|talent) pool\b|\bpool of (?:candidates|applicants)\b/,
  /\bahead of me\b/,
  /\bbetter (?:fit|candidate|choice) than me\b/,
  /\bfavou?rite candidate\b/,
  /\banyone (?:internal|else|internally)\b/,
  /\binterview(?:ed|ing)? (?:many|lots of|a lot of|any|other|several|more) (?:other )?(?:people|candidates|applicants)\b/,
  /\b(?:many|lots of|a lot of|plenty of|more) (?:other )?(?:applicants|candidates)\b/,
  /\bin the running\b/,
  /\bhow many (?:people|others) (?:applied|interviewed|made it|are (?:still )?in)\b/,
  /\bhow big is the (?:candidate|applicant|talent) pool\b/,
  /\banother (?:candidate|applicant)\b/,
  ...WHY_SOMEONE_ELSE,
];

/** D1, A3: never ask about the other candidates (asking why, after a rejection, is feedback). */
export default /* @__PURE__ */ phraseRule({
  id: "no-asking-about-candidates",
  meta: {
    description: "Do not ask about the other candidates: how many, who, or how you compare.",
    defaultSeverity: "error",
    sources: ["rednax", "monster"],
    derived: false,
    scope: "text",
    messages: {
      found: "\"{{words}}\" asks about the other candidates; keep the call about you and the role.",
    },
  },
  matcher: {
    patterns: ABOUT_OTHERS,
    anchors: ["many", "else", "compar", "rank", "stand", "stack", "measur", "fit", "doing", "rate", "place", "other", "shortlist", "candidat", "applicant", "choice", "pick", "person", "top", "strongest", "best", "leading", "preferred", "favo", "number", "first", "front", "down", "against", "competition", "pool", "ahead", "better", "anyone", "people", "running", "another", "why", "someone", "somebody", "successful", "chosen", "selected", "winning", "hired", "chose", "picked", "went", "offered"],
    questionsOnly: true,
    unless: [/\b(?:not|never|won't|wouldn't|don't|didn't)\b(?: \w+){0,3} (?:ask|asking|pry|enquire|inquire|going to ask)\b/],
    allowedAt: { stages: ["after-rejection"], patterns: WHY_SOMEONE_ELSE },
  },
  suggestion: "Ask about the timeline or next steps instead.",
});
