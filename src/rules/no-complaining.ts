import { phraseRule } from "./_phraseRule";

/** D4: never complain about the company, the interviewer or the process. */
export default /* @__PURE__ */ phraseRule({
  id: "no-complaining",
  meta: {
    description: "Do not complain about the company, the people you met or the hiring process.",
    defaultSeverity: "error",
    sources: ["rednax", "monster"],
    derived: false,
    scope: "text",
    messages: {
      found: "\"{{words}}\" reads as a complaint; stay positive, whatever happened.",
    },
  },
  matcher: {
    anchors: ["unwelcoming", "hostile", "tedious", "cumbersome", "unnecessarily", "left", "wasn't", "isn't", "weren't", "not", "catch", "trick", "wrong", "useless", "hopeless", "dismissive", "condescending", "patroni", "arrogant", "distracted", "uninterested", "disinterested", "unhelpful", "unfriendly", "impolite", "sloppy", "confusing", "complicated", "long", "slow", "so", "really", "very", "incredibly", "hopelessly", "totally", "quite", "mess", "shambles", "joke", "nightmare", "disaster", "farce", "shambolic", "chaotic", "rude", "unfair", "clunky", "ridiculous", "absurd", "disrespectful", "inconsiderate", "unprofessional", "incompetent", "disorgani", "badly", "poorly", "unprepared", "pointless", "terrible", "awful", "appalling", "dreadful", "waste", "frustrat", "annoy", "irritat", "fed", "disappoint", "upset", "too", "appreciate", "seem", "bother", "never", "nobody", "no", "wait", "kept", "freezing", "concentrate", "lost", "wrong", "bit", "notice", "over", "taste", "let", "enough"],
    patterns: [
      /\b(?:a (?:complete |total |bit of a |real )?(?:mess|shambles|joke|nightmare|disaster|farce)|shambolic|chaotic)\b/,
      /\b(?:rude|unfair|clunky|ridiculous|absurd|disrespectful|inconsiderate|unprofessional|incompetent|disorgani[sz]ed|badly (?:run|designed|organi[sz]ed|managed|handled)|poorly (?:run|designed|organi[sz]ed|managed|handled)|unprepared|pointless|terrible|awful|appalling|dreadful|dismissive|condescending|patronising|patronizing|arrogant|distracted|uninterested|disinterested|unhelpful|unfriendly|impolite|sloppy|useless|hopeless|unwelcoming|hostile|tedious|cumbersome|unnecessarily|a mess)\b/,
      /\b(?:so|really|very|incredibly|hopelessly|totally|quite) (?:confusing|complicated|clunky|slow|long-winded|badly)\b|\bconfusing (?:website|site|portal|process|system|form|forms|instructions)\b/,
      /\bwaste of (?:my |our |everyone's )?time\b/,
      /\bfrustrat(?:ing|ed|ion)\b|\bannoy(?:ed|ing)\b|\birritat(?:ing|ed)\b|\bfed up\b|\bdisappoint(?:ing|ed)\b|\bupset\b/,
      /\b(?:far |way |much )?too (?:long|slow|many|much)\b/,
      /\bdidn't appreciate\b|\bdidn't seem (?:prepared|interested|to care)\b|\bnobody seemed to care\b|\bdidn't (?:even )?bother\b/,
      /\bnever (?:answers|replies|calls|responds|returns)\b/,
      /\b(?:nobody|no one) (?:got back|told me|replied|called|bothered|answered)\b/,
      /\bhad to wait\b|\bkept (?:me )?waiting\b|\bkept (?:checking|dropping|interrupting|cutting)\b/,
      /\bfreezing\b|\bcouldn't concentrate\b|\bgot lost\b|\b(?:were|was) (?:completely |totally |all |just |simply )?wrong\b/,
      /\bleft (?:sitting|waiting|standing|hanging)\b|\b(?:wasn't|was not|isn't|is not|weren't) (?:great|ideal|acceptable|good enough|very professional|professional|very welcoming)\b|\bcatch (?:me|people|candidates|us) out\b|\btrick questions?\b/,
      /\ba bit much\b|\bshort notice\b|\bover and over\b/,
      /\bbad taste\b|\blet ?down\b|\bnot good enough\b/,
    ],
    negatable: true,
    unless: [/\bno complaints?\b|\bnothing to complain\b/],
    // Not about this employer: the commute, the weather, a previous job, or said to be no one's fault.
    excuses: [
      /\b(?:hardly|not) (?:your|their|anyone's|[a-z]+'s) fault\b|\b(?:the rain|rain|snow|the storm|the wind)\b/,
      /\b(?:traffic|my train|the train|the bus|my bus|my commute|the commute|the weather|the roads?|my (?:last|previous|old|former|current) (?:job|employer|company|role|team|manager|boss)|at my (?:last|previous|old|former|current) (?:job|place|company|employer))\b/,
    ],
  },
  suggestion: "Leave it out, or turn it into something positive you took from the interview.",
});
