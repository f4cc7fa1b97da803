import { phraseRule } from "./_phraseRule";

const PLURALS = "candidates|applicants|applications|interviewees|finalists|contenders|contestants";
const SINGULAR = "candidate|applicant|interviewee|finalist|contender|hire";

// Asking why someone else was chosen, or what the successful candidate had (A3).
const WHY_SOMEONE_ELSE = [
  /\bwhy\b[^.?!]{0,40}\b(?:go|went|going|pick|picked|choose|chose|chosen|select|selected|hire|hired|decide|decided|offer|offered|prefer|preferred)\b[^.?!]{0,80}\b(?:someone else|somebody else|another (?:candidate|applicant|person)|the other (?:candidate|applicant|person))\b/,
  /\b(?:picked|chose|chosen|selected|hired|went with|go with|going with|preferred|offered (?:it|the (?:job|role|position)) to) (?:someone else|somebody else|another (?:candidate|applicant|person))\b/,
  /\b(?:successful|chosen|selected|winning|hired) (?:candidate|applicant|person|hire)\b/,
  /\bthe (?:person|candidate|applicant|one) (?:you|they|the team) (?:hired|chose|picked|selected|went with|offered)\b/,
  /\bthe other (?:candidate|applicant|person)(?:'s)?\b[^.?!]{0,80}\b(?:edge|apart|stronger|better|stand out|stood out|favou?r)\b/,
  /\bwhy (?:was|were|did|has|had) (?:someone|somebody|another (?:candidate|applicant|person)|the other (?:candidate|applicant|person)|they|he|she)(?: else)? (?:been )?(?:chosen|picked|selected|hired|preferred|offered|given|get|got)\b/,
  /\b(?:someone|somebody) else (?:was |got |been )?(?:chosen|picked|selected|hired|preferred)\b|\banother (?:candidate|applicant|person) (?:was |got |been )?(?:chosen|picked|selected|hired|preferred)\b/,
  /\bwhat (?:made|set|tipped)\b[^.?!]{0,30}\bother (?:candidate|applicant|person)/,
];

// Built by a function so bundlers can drop the whole rule when it is unused.
function aboutOthers(): RegExp[] {
  return [
    /\bhow many (?:other )?(?:people|ppl|others|candidates|applicants) (?:are you|ur|you're|u r|r u|are u)? ?(?:still )?(?:interviewing|seeing|meeting|considering|talking to)\b/,
    /\b(?:anyone|anybody|someone|somebody|others?) (?:else )?(?:further|farther) (?:along|ahead)\b|\b(?:further|farther) (?:along|ahead) than me\b/,
    // numbers and names of the others
    new RegExp(`\\bhow many (?:other )?(?:${PLURALS}|of us|others|resumes|cvs)\\b`),
    /\bhow many (?:other )?(?:people|others) (?:did you|have you|you've|you have|are you|were|are (?:still )?(?:in|being|left|on the shortlist|going for|up for)|(?:have )?applied|made it|got through|interviewed|shortlisted|went for|are competing)/,
    /\bwho else (?:have|did|are|were|will|would|do|might) you\b[^.?!]{0,20}\b(?:interview|see|seeing|meet|meeting|consider|shortlist|hire|hiring|pick|choose|talking|speaking)/,
    /\bwho else(?: is| are| was| were| has| have| had)?(?: still)? (?:applying|applied|in the running|being considered|considered|going for|up for|competing|in contention|in the frame|shortlisted|on the shortlist|made it|got through|left|interviewed|interviewing for)\b/,
    /\b(?:interview|interviewing|interviewed|seeing|meeting|considering|talking to|speaking (?:to|with)|looking at|shortlisting|shortlisted) (?:any|anyone|anybody|someone|somebody) else\b/,
    /\b(?:anyone|anybody|someone|somebody) (?:else )?(?:internal|internally|external)\b|\b(?:anyone|anybody|someone|somebody) else (?:applying|applied|going for|in the running|being considered|interview|interviewed|interviewing|up for|on the shortlist|shortlisted|in contention|made it|get through|got through)\b/,
    /\b(?:still )?(?:seeing|interviewing|meeting|considering|talking to|speaking (?:to|with)|looking at) (?:a lot of |lots of |many |several |any |some |the )?(?:other )?(?:people|candidates|applicants|others)\b/,
    /\b(?:lined up|scheduled|booked|planned|set up) with (?:other|more|different) (?:people|candidates|applicants)\b/,
    /\bwho (?:are|were|else are|else were|have|did) you (?:still |also )?(?:considering|seeing|interviewing|interviewed|meeting|looking at|talking to|speaking (?:to|with)|shortlisting|shortlisted)\b/,
    // comparing and ranking
    /\b(?:how|where) (?:do|does|did|am|would|will|might|could|should) i (?:compare|rank|stand|stack|measure|sit|fit in|fare|place)\b/,
    /\bwhere (?:would|do|did) you (?:say|think|put|place|rank) i (?:sit|stand|rank|am|fall|come)\b|\bwhere (?:would|do|did) you (?:put|place|rank) me\b/,
    /\bhow am i (?:doing|stacking|comparing|measuring|ranking|faring) (?:against|compared|next to|up against|relative)/,
    /\bcompared? (?:with|to|against) (?:the )?(?:other|rest|others|anyone|everyone)\b/,
    /\b(?:rank|rate|placed?|sit|stand) (?:among|against|compared|next to)\b/,
    /\bthe rest of the (?:field|candidates|applicants|pack|group|shortlist)\b|\bahead of (?:me|the (?:others|rest|field|pack)|everyone|everybody)\b/,
    /\b(?:over|instead of|rather than|above|before) me\b/,
    /\bleaning (?:towards|toward)\b|\bin contention\b|\bin the running\b|\bin the frame\b/,
    // the others themselves
    new RegExp(`\\b(?:the |any |many |several |lots of |a lot of |of the |your )?(?:other|internal|external|remaining|shortlisted) (?:${PLURALS}|${SINGULAR})\\b(?!['’]s\\b)`),
    new RegExp(`\\b(?:${PLURALS})\\b`),
    /\bthe others\b|\bthe other (?:people|ones) (?:you|you're|you are|you've)\b/,
    /\b(?:on|off|make|made|making) (?:the|your) (?:shortlist|short list)\b|\bwho(?:'s| is| else is)? (?:on|in) the (?:shortlist|short list)\b|\bhow (?:many|long|big) is the (?:shortlist|short list)\b/,
    // where I stand
    /\b(?:your|the) (?:top|strongest|leading|best|preferred|favou?rite|first-choice|number one) (?:candidate|applicant)\b|\byour (?:top|first|number one|preferred) (?:choice|pick)\b/,
    /\bam i (?:still )?(?:the|your) (?:top|strongest|best|leading|preferred|favou?rite|number one|first choice|front)/,
    /\bam i (?:still )?(?:in|on|among) (?:the|your) (?:top|shortlist|short list|final|last)\b|\b(?:in|among|make|made) (?:your|the) top (?:\w+ )?(?:two|three|four|five|few|group|tier|ten|\d+)\b/,
    /\bfront[- ]?runner\b/,
    /\bdown to me and\b|\bstack(?:ing|s)? up\b|\bup against\b|\bthe competition\b/,
    /\b(?:candidate|applicant|talent) pool\b|\bpool of (?:candidates|applicants)\b/,
    /\bbetter (?:fit|candidate|choice) than me\b|\bfavou?rite (?:candidate|applicant)\b/,
    /\binterview(?:ed|ing)? (?:many|lots of|a lot of|any|other|several|more) (?:other )?(?:people|candidates|applicants)\b/,
    /\banother (?:candidate|applicant)\b/,
  ];
}

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
    patterns: /* @__PURE__ */ aboutOthers().concat(WHY_SOMEONE_ELSE),
    anchors: [
      "ppl", "further", "farther", "many", "else", "internal", "external", "seeing", "interview", "meeting", "considering", "talking", "speaking", "looking", "shortlist",
      "compar", "rank", "stand", "stack", "measur", "sit", "fit", "fare", "place", "put", "doing", "rate", "rest", "ahead", "over", "instead",
      "rather", "above", "before", "leaning", "contention", "running", "frame", "other", "remaining", "candidat", "applicant", "application",
      "finalist", "contender", "contestant", "short", "top", "strongest", "best", "leading", "preferred", "favo", "first", "number", "front",
      "down", "against", "competition", "pool", "better", "another", "why", "someone", "somebody", "successful", "chosen", "selected", "winning",
      "hired", "person", "one", "tipped", "made", "set",
    ],
    questionsOnly: true,
    unless: [/\b(?:not|never|won't|wouldn't|don't|didn't)\b(?! mind)(?: \w+){0,3} (?:ask|asking|pry|enquire|inquire|going to ask)\b/],
    allowedAt: { stages: ["after-rejection"], patterns: WHY_SOMEONE_ELSE },
  },
  suggestion: "Ask about the timeline or next steps instead.",
});
