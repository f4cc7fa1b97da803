// The shipped build, as users run it (npm run bench builds it first).
import { bestCallTime, type CallTimingInput } from "followup-call";
import type { BenchSuite } from "./_harness";

// A realistic batch: interviews on every day of a year, in several zones, some with `now`.
const zones = ["America/New_York", "Europe/Berlin", "Asia/Kolkata", "Australia/Sydney"];
const inputs: CallTimingInput[] = Array.from({ length: 365 * 2 }, (_, index) => ({
  interviewedAt: new Date(Date.UTC(2026, 0, 1, 14) + (index % 365) * 86_400_000),
  timeZone: zones[index % zones.length] as string,
  ...(index % 3 === 0 ? { now: new Date(Date.UTC(2026, 0, 9, 9) + (index % 365) * 86_400_000) } : {}),
}));

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

let cursor = 0;
const next = () => inputs[cursor++ % inputs.length] as CallTimingInput;

export const timingSuite: BenchSuite = {
  title: "Timing (issue 2)",
  baselines: {
    "Intl.DateTimeFormat#formatToParts (cached formatter)": () => cachedFormatter.formatToParts(Date.UTC(2026, 0, 1) + (cursor++ % 100_000) * 60_000),
  },
  cases: [
    { name: "bestCallTime (batch of 730 inputs, warm caches)", run: () => bestCallTime(next()), target: 4, baseline: "Intl.DateTimeFormat#formatToParts (cached formatter)" },
  ],
};
