// The shipped build, as users run it (npm run bench builds it first).
import { bestCallTime, planFollowUp, type FollowUpInput } from "followup-call";
import type { BenchSuite } from "./_harness";

// An applicant-tracking batch: 100,000 candidates in several zones and at every point of the
// follow-up (nothing yet, a call made, a voicemail left, a callback asked for, after an offer).
const zones = ["America/New_York", "Europe/Berlin", "Asia/Kolkata", "Australia/Sydney", "America/Los_Angeles"];
const DAY = 86_400_000;
// Built on first use, so the other suites do not run with 100,000 inputs on the heap.
let built: FollowUpInput[] | undefined;
const batch = (): FollowUpInput[] => (built ??= buildBatch());

const buildBatch = (): FollowUpInput[] =>
  Array.from({ length: 100_000 }, (_, index) => {
    const interviewMs = Date.UTC(2026, 0, 1, 15) + (index % 365) * DAY;
    const kind = index % 5;
    return {
      interviewedAt: new Date(interviewMs),
      timeZone: zones[index % zones.length] as string,
      callerTimeZone: zones[(index + 2) % zones.length] as string,
      now: new Date(interviewMs + (kind === 0 ? 2 : 9) * 3_600_000 + (kind === 0 ? 0 : 8 * DAY)),
      ...(index % 2 === 0 ? { thankYouEmailSentAt: new Date(interviewMs + 5 * 3_600_000) } : {}),
      ...(kind === 1 ? { history: [{ channel: "call", at: new Date(interviewMs + 7 * DAY + 3_600_000), outcome: "connected" }] } : {}),
      ...(kind === 2 ? { history: [{ channel: "voicemail", at: new Date(interviewMs + 7 * DAY + 3_600_000) }] } : {}),
      ...(kind === 3
        ? {
            history: [
              {
                channel: "call",
                at: new Date(interviewMs + 7 * DAY),
                outcome: "asked-to-call-back",
                callbackRequestedOn: new Date(interviewMs + 12 * DAY).toISOString().slice(0, 10),
              },
            ],
          }
        : {}),
      ...(kind === 4 ? { stage: "after-offer", employerContactedAt: new Date(interviewMs + 8 * DAY) } : {}),
    } as FollowUpInput;
  });

let cursor = 0;
let baselineCursor = 0;

export const planSuite: BenchSuite = {
  title: "Planning (issue 10)",
  baselines: {
    // The same candidates' timing input alone: what one bestCallTime costs.
    "bestCallTime (same inputs)": () => {
      const { thankYouEmailSentAt: _sent, history: _history, ...timing } = batch()[baselineCursor++ % 100_000] as FollowUpInput;
      return bestCallTime(timing);
    },
  },
  cases: [
    {
      name: "planFollowUp (batch of 100,000 candidates)",
      run: () => planFollowUp(batch()[cursor++ % 100_000] as FollowUpInput),
      target: 2,
      baseline: "bestCallTime (same inputs)",
    },
  ],
};
