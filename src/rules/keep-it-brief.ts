import { countWords } from "../validate/_text";
import { presenceRule } from "./_presenceRule";

const DEFAULTS = { wordsPerMinute: 150, maxSeconds: { call: 60, voicemail: 30 } } as const;

function numberOption(value: unknown, fallback: number): number {
  return typeof value === "number" && Number.isFinite(value) && value > 0 ? value : fallback;
}

const isPositive = (value: unknown) => typeof value === "number" && Number.isFinite(value) && value > 0;

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
  },
  kinds: ["call", "voicemail"],
  checkOptions(options) {
    const problems: string[] = [];
    for (const key of Object.keys(options)) {
      if (key !== "wordsPerMinute" && key !== "maxSeconds") problems.push(`unknown option "${key}" (use wordsPerMinute, maxSeconds)`);
    }
    if (options.wordsPerMinute !== undefined && !isPositive(options.wordsPerMinute)) problems.push("wordsPerMinute must be a positive number");
    const limits = options.maxSeconds;
    if (limits !== undefined) {
      if (typeof limits !== "object" || limits === null || Array.isArray(limits)) problems.push("maxSeconds must be an object like { call: 60, voicemail: 30 }");
      else {
        for (const [kind, seconds] of Object.entries(limits)) {
          if (kind !== "call" && kind !== "voicemail") problems.push(`maxSeconds.${kind} is not a kind (use call, voicemail)`);
          else if (!isPositive(seconds)) problems.push(`maxSeconds.${kind} must be a positive number of seconds`);
        }
      }
    }
    return problems;
  },
  missing(reviewed, options) {
    const kind = reviewed.kind === "voicemail" ? "voicemail" : "call";
    const wpm = numberOption(options.wordsPerMinute, DEFAULTS.wordsPerMinute);
    const limits = (options.maxSeconds ?? {}) as Record<string, unknown>;
    const limit = numberOption(limits[kind], DEFAULTS.maxSeconds[kind]);
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
