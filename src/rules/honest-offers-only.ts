import { phraseRule } from "./_phraseRule";

/** D5: mention another offer only if it is real; the library cannot tell, so it reminds. */
export default /* @__PURE__ */ phraseRule({
  id: "honest-offers-only",
  meta: {
    description: "Mention another job offer only if you really have one; never invent one to apply pressure.",
    defaultSeverity: "info",
    sources: ["monster", "chulaw"],
    derived: false,
    scope: "text",
    messages: {
      found: "\"{{words}}\" mentions another offer: say it only if it is real, and without pressure.",
    },
  },
  matcher: {
    anchors: ["offer", "answer", "counter", "elsewhere", "accept"],
    patterns: [
      /\b(?:another|other|second|competing|rival|firm|written|conditional|verbal|outside|different|separate|better) (?:job )?offers?\b/,
      /\b(?:put|made|given|sent|extended) (?:me )?(?:an|a) (?:\w+ )?offer\b|\boffer in writing\b/,
      /\bjob offers?\b|\bcounter-?offers?\b/,
      /\boffers? (?:from|at|with) (?:another|a different|a rival|a competing|other|a|an|one of)\b/,
      /\boffers? elsewhere\b|\boffer (?:on the table|deadline|that expires|expires)\b/,
      /\b(?:been|was|were|got|get) offered (?:a|an|the|another)? ?(?:\w+ )?(?:job|role|position|post|place)\b/,
      /\b(?:another|other|a rival|a different|a competing|one other) (?:company|firm|employer|business|organi[sz]ation|insurer|bank|agency|team|school|hospital)\b[^.?!]{0,30}\b(?:offer|offering|offered)\b/,
      /\baccept (?:a|an|another|the other) (?:position|job|role|offer|post)\b[^.?!]{0,20}\belsewhere\b|\b(?:position|job|role|post|offer) elsewhere\b/,
      /\b(?:has|have|had)(?: already| just| now| also)? offered me\b|\b(?:has|have|had|just) offered me\b|\boffered me (?:a|an|the) (?:\w+ )?(?:job|role|position|post)\b/,
      /\bmade me (?:a|an)(?: \w+)? offer\b|\bextended an offer\b/,
      /\b(?:holding|sitting on|weighing up|weighing|considering|juggling) (?:an|a|another|two|the)? ?(?:competing |job |other |second )?offers?\b/,
      /\b(?:answer|decision|respond|response|reply) (?:to|on) (?:their|another|an|the other|a) (?:\w+ )?offer\b/,
      /\bgive another (?:employer|company|firm) an answer\b/,
    ],
    negatable: true,
    unless: [/\b(?:don't|do not|haven't|have not|no|not|never) (?:have|had|received|got|get)? ?(?:any )?(?:other )?offers?\b/],
  },
  suggestion: "If the offer is real, say so plainly and ask about their timeline; if not, leave it out.",
});
