import { lintScript, validateCallPlan, type CallPlan } from "followup-call";
import type { BenchSuite } from "./_harness";

const sentences = [
  "Hi Priya, this is Dana Whitfield, and I interviewed for the Operations Analyst role on Tuesday, November 10.",
  "Is now a good time for a quick chat of two or three minutes?",
  "Thank you again for the interview and for showing me around the warehouse floor.",
  "I am still very interested in the role, especially after our talk about warehouse scheduling and the new routing software.",
  "I have been reading about route planning since then and I have a couple of ideas I would be glad to share at some point.",
  "I also wanted to ask whether there is any update on the hiring timeline, and what the next steps might look like.",
  "I understand the position may already be filled, and if so I would still be grateful to know.",
  "Either way, thank you very much for your time today and for considering my application so carefully and so kindly.",
];
const script = sentences.join(" ");

export const benchPlan: CallPlan = {
  candidate: { name: "Dana Whitfield", phone: "+1 212 555 0147" },
  interview: { at: "2026-11-10T14:00:00-05:00", timeZone: "America/New_York", jobTitle: "Operations Analyst", company: "Harbor Freight Lines", interviewerName: "Priya Okafor", topics: ["warehouse scheduling"] },
  call: {
    at: "2026-11-18T10:30:00-05:00",
    to: { name: "Priya Okafor", number: "+1 212 555 0199", role: "hiring-manager", line: "direct" },
    script,
    voicemail: "Hi Priya, it's Dana Whitfield about the Operations Analyst role from last Tuesday. Thank you again. I'm still very interested. My number is 212 555 0147.",
  },
  company: { mainNumber: "+1 212 555 0100" },
  thankYouEmailSentAt: "2026-11-10T19:00:00-05:00",
  history: [
    { channel: "email", at: "2026-11-10T19:00:00-05:00" },
    { channel: "linkedin", at: "2026-11-11T09:00:00-05:00", to: { name: "Sam Lee" } },
    { channel: "call", at: "2026-11-12T09:00:00-05:00", to: { name: "Reception", number: "+1 212 555 0100" } },
  ],
};

const cachedFormatter = new Intl.DateTimeFormat("en-US", { timeZone: "America/New_York", hourCycle: "h23", year: "numeric", month: "numeric", day: "numeric", hour: "numeric", minute: "numeric", second: "numeric" });
let tick = 0;

export const validateSuite: BenchSuite = {
  title: `Validation: a full plan, ${script.split(/\s+/).length}-word script, a voicemail, 3 history entries`,
  baselines: {
    "Intl.DateTimeFormat#formatToParts (cached formatter)": () => cachedFormatter.formatToParts(Date.UTC(2026, 0, 1) + (tick++ % 100_000) * 60_000),
  },
  cases: [
    { name: "validateCallPlan (script + voicemail)", run: () => validateCallPlan(benchPlan), target: 15, baseline: "Intl.DateTimeFormat#formatToParts (cached formatter)" },
    { name: `lintScript (${script.split(/\s+/).length} words, no context)`, run: () => lintScript(script), target: 8, baseline: "Intl.DateTimeFormat#formatToParts (cached formatter)" },
  ],
};
