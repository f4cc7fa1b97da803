import * as z from "zod/mini";
import { countWords, WORDS_PER_MINUTE } from "../text/wordScan";
import { presenceRule } from "./internal/presenceRule";

const DEFAULTS = { wordsPerMinute: WORDS_PER_MINUTE, maxSeconds: { call: 60, voicemail: 30 } } as const;

// Built on first use, so bundles without this rule do not build it.
let schema: ReturnType<typeof buildSchema> | undefined;

function buildSchema() {
  const seconds = z.number({ error: "must be a number of seconds" }).check(z.positive({ error: "must be a positive number of seconds" }));
  return z.strictObject({
    wordsPerMinute: z.optional(z.number({ error: "must be a number" }).check(z.positive({ error: "must be a positive number" }))),
    maxSeconds: z.optional(z.strictObject({ call: z.optional(seconds), voicemail: z.optional(seconds) }, { error: "must be an object like { call: 60, voicemail: 30 }" })),
  });
}

function optionsSchema() {
  schema ??= buildSchema();
  return schema;
}

/** S8, S10: a short opener, a shorter voicemail (the numbers are derived defaults). */
export default /* @__PURE__ */ presenceRule({
  id: "keep-it-brief",
  meta: {
    description: "Keep it short: a live opener under about a minute, a voicemail under about 30 seconds.",
    defaultSeverity: "warning",
    sources: ["rednax", "monster"],
    derived: false,
    scope: "text",
    messages: {
      tooLong: "About {{seconds}} seconds spoken ({{words}} words at {{wpm}} a minute); keep a {{kind}} under {{limit}} seconds.",
    },
    options: optionsSchema,
  },
  kinds: ["call", "voicemail"],
  missing(reviewed, options) {
    const kind = reviewed.kind === "voicemail" ? "voicemail" : "call";
    const wpm = options.wordsPerMinute ?? DEFAULTS.wordsPerMinute;
    const limit = options.maxSeconds?.[kind] ?? DEFAULTS.maxSeconds[kind];
    const words = countWords(reviewed.text);
    const seconds = Math.round((words / wpm) * 60);
    if (seconds <= limit) return undefined;
    return {
      messageId: "tooLong",
      data: { seconds, words, wpm, kind: kind === "call" ? "live opener" : "voicemail", limit },
      suggestion: `Cut it to about ${Math.floor((limit * wpm) / 60)} words.`,
    };
  },
});
