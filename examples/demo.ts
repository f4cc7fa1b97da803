// npm run demo: when should a candidate in London call a hiring manager in New York?
import { bestCallTime, isFollowUpError, planFollowUp, type CallTimingInput } from "followup-call";

const interview: CallTimingInput = {
  interviewedAt: "2026-11-10T14:00:00-05:00", // Tuesday afternoon, New York
  timeZone: "America/New_York",
  callerTimeZone: "Europe/London",
  now: "2026-11-12T09:00:00Z",
  holidays: ["2026-11-26"], // Thanksgiving
};

function readable(instant: Date, timeZone: string): string {
  return new Intl.DateTimeFormat("en-US", {
    timeZone,
    weekday: "long",
    month: "long",
    day: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
    timeZoneName: "short",
  }).format(instant);
}

try {
  const best = bestCallTime(interview);
  console.log("Follow-up call after an interview on Tuesday, November 10 (New York)\n");
  const until = new Intl.DateTimeFormat("en-US", { timeZone: best.timeZone, hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
  console.log(`Call the interviewer:  ${readable(best.window.start, best.timeZone)}, until ${until.format(best.window.end)}`);
  if (best.caller) {
    console.log(`On your clock:         ${readable(best.window.start, best.caller.timeZone)}  (${best.caller.startLocal})`);
  }
  console.log(`Allowed dates:         ${best.earliest} to ${best.latest}${best.late ? " (already passed)" : ""}`);
  console.log("\nOther good windows:");
  for (const alternative of best.alternatives) {
    console.log(`  ${alternative.rank}. ${readable(alternative.start, best.timeZone)}`);
  }
  console.log("\nWhy:");
  for (const reason of best.reasons) {
    const sources = reason.sources.length > 0 ? reason.sources.join(", ") : "derived (house policy)";
    console.log(`  - [${reason.ruleId}] ${reason.message}\n      sources: ${sources}`);
  }

  // The whole follow-up, on both clocks: what to do, when, and with which script.
  const plan = planFollowUp({ ...interview, now: "2026-11-10T21:30:00Z" });
  console.log("\nThe whole follow-up, planned on the evening of the interview:");
  for (const step of plan.steps) {
    const when = step.at ? readable(step.at, plan.timeZone) : "";
    const mine = step.at && interview.callerTimeZone ? ` | you: ${readable(step.at, interview.callerTimeZone)}` : "";
    const script = step.script ? `  [script: ${step.script.kind}, ${step.script.variant}]` : "";
    console.log(`  ${step.status.padEnd(8)} ${step.kind.padEnd(18)} ${when}${mine}${script}`);
  }
} catch (error) {
  if (!isFollowUpError(error)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
