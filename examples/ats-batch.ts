// An applicant-tracking system checks every planned follow-up call before it reminds the
// candidate, and counts what breaks the guidance most often.
import { validateCallPlan, type CallPlan } from "followup-call";

const base: CallPlan = {
  candidate: { name: "Dana Whitfield", phone: "+1 212 555 0147" },
  interview: { at: "2026-11-10T14:00:00-05:00", timeZone: "America/New_York", jobTitle: "Operations Analyst", company: "Harbor Freight Lines", interviewerName: "Priya Okafor" },
  call: {
    at: "2026-11-18T10:30:00-05:00",
    to: { name: "Priya Okafor", number: "+1 212 555 0199", role: "hiring-manager" },
    script: "Hi Priya, this is Dana Whitfield; I interviewed for the Operations Analyst role on Tuesday. Is now a good time? Thank you again. I'm still very interested.",
  },
  thankYouEmailSentAt: "2026-11-10T18:00:00-05:00",
  company: { mainNumber: "+1 212 555 0100" },
};

const plans: CallPlan[] = [
  base,
  { ...base, call: { ...base.call, at: "2026-11-12T10:30:00-05:00" } },
  { ...base, call: { ...base.call, to: { name: "Switchboard", number: "(212) 555-0100", role: "reception" } } },
  { ...base, call: { ...base.call, script: "Hey, it's me. Why haven't I heard back? Am I your top candidate?" } },
  { ...base, history: [{ channel: "call", at: "2026-11-17T10:00:00-05:00" }] },
];

const tally = new Map<string, number>();
plans.forEach((plan, index) => {
  const report = validateCallPlan(plan, { rules: { "best-time-of-day": "off" } });
  console.log(`plan ${index + 1}: ${report.valid ? "ok" : "blocked"} (${report.errorCount} errors, ${report.warningCount} warnings)`);
  for (const diagnostic of report.diagnostics) {
    if (diagnostic.severity === "info") continue;
    tally.set(diagnostic.ruleId, (tally.get(diagnostic.ruleId) ?? 0) + 1);
    console.log(`  ${diagnostic.severity} ${diagnostic.ruleId} at ${diagnostic.path.join(".")}: ${diagnostic.message}`);
  }
});
console.log(
  "most frequent:",
  [...tally]
    .sort((a, b) => b[1] - a[1])
    .map(([id, count]) => `${id} ×${count}`)
    .join(", "),
);
