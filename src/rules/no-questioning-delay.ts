import { phraseRule } from "./_phraseRule";

const WAITING_UNITS = "days|weeks|months|ages|forever|a week|a fortnight|a month|two weeks|three weeks";

// Built by a function so bundlers can drop the whole rule when it is unused.
function delayPatterns(): RegExp[] {
  return [
    // why / how come it takes so long
    /\b(?:why|how come)\b[^.?!]{0,80}\b(?:heard|hear|replied|reply|called|call(?:ed)? back|taking|take so|takes so|delay|delayed|got back|get back|gotten back|followed up|received|decided|decide|decision|made a decision|chase|chased|chasing|so long|this long|still|dragging|slow|nobody|no one|no-one)\b/,
    /\bwhy the (?:delay|wait|hold[- ]?up|silence|holdup)\b|\bwhat's (?:the|with the) (?:delay|hold[- ]?up|holdup|wait)\b|\b(?:causing|behind|reason for|explain) the (?:delay|wait|hold[- ]?up)\b/,
    /\btaking (?:so|this|that|such a) long\b|\b(?:taking|takes|taken|take) (?:forever|ages|weeks|months|an age)\b|\bwhat's taking\b/,
    /\b(?:my |this is my )?(?:second|third|fourth|fifth|\d+(?:st|nd|rd|th)) (?:message|email|e-mail|call|voicemail|attempt|time (?:calling|ringing|emailing|writing|chasing))\b|\bneed to hear back\b/,
    /\bnobody(?:'s| is| was) (?:replying|answering|responding|calling|getting back)\b|\bno one(?:'s| is| was) (?:replying|answering|responding|calling|getting back)\b/,
    /\b(?:can|could) (?:you|u) (?:please )?hurry\b|\bhurry up\b|\b(?:get back to me|reply|respond|answer) (?:asap|as soon as possible|immediately|urgently|right away)\b|\basap\b/,
    /\bwaiting (?:a |very |so |such a |a very )+(?:long time|long)\b/,
    /\bbeen patient\b[^.?!]{0,30}\bbut\b|\b(?:a response|an answer|a reply|an update|a decision) by (?:the end of )?(?:today|tomorrow|the day|monday|tuesday|wednesday|thursday|friday)\b/,
    /\b(?:shouldn't|should not|doesn't|does not|can't|cannot|wouldn't) take (?:this|that|so|such a) long\b|\btake (?:this|that) long\b/,
    /\b(?:frustrating|annoying|disappointing)\b[^.?!]{0,40}\b(?:not (?:to have |having )?heard|no (?:word|news|reply|response|update))\b|\bnot (?:to have |having )?heard a (?:word|thing)\b/,
    /\bit's been (?:way |far |much )?too long\b/,
    /\bhold[- ]?up\b|\bholdup\b|\bholding (?:things|it|this|everything|matters|the decision|my application) up\b/,
    /\bexpected (?:an answer|a decision|a reply|a response|news|an update|to hear)\b[^.?!]{0,40}\b(?:by now|last|already|before|days ago|weeks ago)\b/,
    // it's been weeks (and nothing)
    /\b(?:it's|it has|it's now|it has now|that was) been\b[^.?!]{0,80}\b(?:no one|nobody|nothing|silence|still|no word|no news|hold[- ]?up|no reply|no response|what's going on|so what)\b/,
    new RegExp(`\\bit's (?:now )?been (?:${WAITING_UNITS})\\b(?![^.?!]{0,80}\\b(?:since we (?:met|spoke|talked)|and i (?:wanted|thought)|so i wanted|to say)\\b)`),
    /\b(?:you|you guys|they|she|he) (?:said|promised|told me)\b[^.?!]{0,40}?\b(?:by (?:monday|tuesday|wednesday|thursday|friday|the end|now|today|last)|within (?:a|an|one|two|\w+) (?:day|days|week|weeks)|(?:the )?end of (?:the|this|last)|last week)/,
    /\byou said (?:a|one|two|three|\w+) (?:day|days|week|weeks)\b|\bpromised me\b/,
    /\b(?:expected|supposed|meant|due) to (?:hear|have heard|get an answer|have an answer|know by)\b/,
    /\bby now\b|\b(?:ages|days|weeks|months|long) ago\b/,
    /\b(?:nobody|no one|no-one|nobody's|noone)(?: has| had|'s)? (?:even |yet |ever )?(?:got|gotten|called|replied|rung|returned|been in touch|responded|answered|come back|followed up|bothered|updated|contacted|told me|let me know)\b/,
    /\bstill (?:nothing|no word|no news|no answer|no reply|no update|haven't (?:heard|had|received|got)|not heard|heard nothing)\b/,
    // waiting, slowly
    /\b(?:waiting|chasing|hanging on|sitting here) (?:for )?(?:ages|forever|so long|this long|weeks|months|a fortnight|days on end)\b/,
    /\b(?:tired|sick|fed up|weary) (?:of|with) (?:waiting|the wait|chasing)\b|\b(?:can't|cannot) keep (?:waiting|chasing)\b|\bwaiting around\b|\bkept waiting\b/,
    /\bleft (?:hanging|in the dark|in limbo)\b|\bin limbo\b|\bwithout a word\b|\bchasing (?:this|you|it|this up|you up)\b/,
    /\b(?:process|things|it|this|everything|hiring|decision|wait)\b[^.?!]{0,25}\b(?:really |very |so |painfully |incredibly )?(?:slow|dragging|drags on|dragged on|drag on|drawn out|dragging on|dragging out)\b|\bsnail's pace\b|\bat a crawl\b/,
    /\bspeed (?:things|it|this|the process|my application) up\b|\bspeed up\b[^.?!]{0,20}\b(?:decision|process|application|things)\b|\bhurry (?:things |it |this )?up\b/,
    /\bhow much longer\b|\b(?:deafening|complete|total|radio|stony) silence\b|\bsilence (?:from|on) (?:you|your end|your side)\b|\bmet with silence\b|\bsilence since\b/,
    /\b(?:so,? )?what happened\s*[?!.]*$|\bwhat happened (?:to|with) (?:my|the) (?:application|decision|call back|callback|update|feedback|promised)\b|\bwhat's going on with my\b/,
    /\bthe wait has been\b|\blonger than (?:you|they) (?:said|told|promised)/,
    /\bis (?:anyone|anybody|someone) (?:actually |ever |even )?going to (?:get back|call|reply|respond)\b/,
    /\bshould (?:have|'ve) (?:heard|had|received)\b|\b(?:long before|by) today\b|\bunder the impression i'd\b|\b(?:enough|plenty of) time to decide\b/,
  ];
}

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
    patterns: /* @__PURE__ */ delayPatterns(),
    anchors: [
      "second", "third", "fourth", "fifth", "need", "nobody", "hurry", "asap", "immediately", "urgently", "away", "possible", "patient", "tomorrow", "day",
      "monday", "tuesday", "wednesday", "thursday", "friday", "shouldn't", "doesn't", "wouldn't", "frustrating", "annoying", "disappointing", "heard", "long", "message",
      "why", "come", "delay", "holdup", "hold", "holding", "silence", "taking", "takes", "taken", "take", "nobody", "nothing", "word", "news",
      "reply", "response", "going", "still", "weeks", "days", "months", "ages", "forever", "week", "fortnight", "month", "said",
      "promised", "told", "expected", "supposed", "meant", "due", "now", "ago", "no", "noone", "waiting", "chasing", "hanging", "sitting",
      "tired", "sick", "fed", "weary", "can't", "cannot", "kept", "left", "limbo", "without", "slow", "drag", "drawn", "snail", "crawl",
      "speed", "hurry", "longer", "happened", "wait", "should", "today", "impression", "enough", "plenty",
    ],
    unless: [/\bno rush\b|\btake (?:all )?(?:the|your) time\b|\b(?:don't|do not|never) (?:mind|worry about) (?:the )?wait|\bworks (?:perfectly |fine |well )?for me\b|\bthat's (?:fine|perfect|no problem)\b/],
  },
  suggestion: "Ask politely whether there is an update on the timeline, and say you are happy to wait.",
});
