import { readFileSync } from "node:fs";
import { join } from "node:path";
import { lintScript, validateCallPlan, type CallPlan } from "followup-call";
import type { BenchSuite } from "./_harness";

interface ScriptItem {
  kind: "call" | "voicemail";
  text: string;
  context: {
    candidateName: string;
    jobTitle: string;
    company: string;
    interviewerName: string;
    phone: string;
    timeZone: string;
    interviewDate: string;
    callAt: string;
    topics: string[];
  };
}

// Distinct texts in rotation, so per-word caches stay as warm as they would with real traffic, not warmer.
const items: ScriptItem[] = ["scripts-train-a.jsonl", "scripts-heldout-1.jsonl", "scripts-heldout-2.jsonl"].flatMap((file) =>
  // The bench runs bundled from node_modules/.cache, with the package root as its working directory.
  readFileSync(join(process.cwd(), "test/fixtures/corpora", file), "utf8")
    .split("\n")
    .filter((line) => line.trim().length > 0)
    .map((line) => JSON.parse(line) as ScriptItem),
);
const calls = items.filter((item) => item.kind === "call");
const voicemails = items.filter((item) => item.kind === "voicemail");

function planFor(call: ScriptItem, voicemail: ScriptItem): CallPlan {
  const { context } = call;
  return {
    candidate: { name: context.candidateName, phone: "+1 212 555 0147" },
    interview: {
      at: `${context.interviewDate}T14:00:00Z`,
      timeZone: context.timeZone,
      jobTitle: context.jobTitle,
      company: context.company,
      interviewerName: context.interviewerName,
      topics: context.topics,
    },
    call: {
      at: context.callAt,
      to: { name: context.interviewerName, number: "+1 212 555 0199", role: "hiring-manager", line: "direct" },
      script: call.text,
      voicemail: voicemail.text,
    },
    company: { mainNumber: "+1 212 555 0100" },
    thankYouEmailSentAt: `${context.interviewDate}T20:00:00Z`,
    history: [
      { channel: "email", at: `${context.interviewDate}T20:00:00Z` },
      { channel: "linkedin", at: `${context.interviewDate}T21:00:00Z`, to: { name: "Sam Lee" } },
      { channel: "call", at: `${context.interviewDate}T22:00:00Z`, to: { name: "Reception", number: "+1 212 555 0100" } },
    ],
  };
}

/** About 150 words of call script (two openers back to to back) and about 30 of voicemail, as the targets are stated. */
function sized(call: ScriptItem, next: ScriptItem, voicemail: ScriptItem): [ScriptItem, ScriptItem] {
  const words = voicemail.text.split(/\s+/);
  return [
    { ...call, text: `${call.text} ${next.text}` },
    { ...voicemail, text: words.slice(0, 30).join(" ") },
  ];
}

const plans = calls
  .map((call, index) => planFor(...sized(call, calls[(index + 1) % calls.length] as ScriptItem, voicemails[index % voicemails.length] as ScriptItem)))
  .filter((plan) => {
    try {
      validateCallPlan(plan);
      return true;
    } catch {
      return false;
    }
  });
const texts = calls.map((call, index) => `${call.text} ${(calls[(index + 1) % calls.length] as ScriptItem).text}`);
const averageWords = (list: readonly string[]) => Math.round(list.reduce((sum, text) => sum + text.split(/\s+/).length, 0) / list.length);

/** The fixed plan of earlier benchmarks (one script, warm caches), kept for comparison. */
export const benchPlan: CallPlan = planFor(...sized(calls[0] as ScriptItem, calls[1] as ScriptItem, voicemails[0] as ScriptItem));

const cachedFormatter = new Intl.DateTimeFormat("en-US", {
  timeZone: "America/New_York",
  hourCycle: "h23",
  year: "numeric",
  month: "numeric",
  day: "numeric",
  hour: "numeric",
  minute: "numeric",
  second: "numeric",
});
let tick = 0;
let plan = 0;
let text = 0;

export const validateSuite: BenchSuite = {
  title: `Validation: ${plans.length} distinct plans in rotation (a call script of about ${averageWords(plans.map((p) => p.call.script ?? ""))} words, a voicemail of about ${averageWords(plans.map((p) => p.call.voicemail ?? ""))}, 3 history entries)`,
  baselines: {
    "Intl.DateTimeFormat#formatToParts (cached formatter)": () => cachedFormatter.formatToParts(Date.UTC(2026, 0, 1) + (tick++ % 100_000) * 60_000),
  },
  cases: [
    {
      name: "validateCallPlan (script + voicemail)",
      run: () => validateCallPlan(plans[plan++ % plans.length] as CallPlan),
      target: 15,
      baseline: "Intl.DateTimeFormat#formatToParts (cached formatter)",
    },
    {
      name: `lintScript (${texts.length} texts, about ${averageWords(texts)} words, no context)`,
      run: () => lintScript(texts[text++ % texts.length] as string),
      target: 8,
      baseline: "Intl.DateTimeFormat#formatToParts (cached formatter)",
    },
  ],
};
