// An applicant-tracking system plans the whole follow-up for each candidate and writes one
// calendar file per candidate. Re-running it after an event (a call made, a voicemail left)
// rewrites the same events: their UIDs come from the candidate's id.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { planFollowUp, type FollowUpInput } from "followup-call";
import { toICS } from "followup-call/calendar";

interface Candidate {
  readonly id: string;
  readonly jobTitle: string;
  readonly company: string;
  readonly interviewerName: string;
  readonly followUp: FollowUpInput;
}

const now = "2026-11-18T12:00:00Z";
const candidates: Candidate[] = [
  {
    id: "cand-1001",
    jobTitle: "Operations Analyst",
    company: "Harbor Freight Lines",
    interviewerName: "Priya Okafor",
    followUp: { interviewedAt: "2026-11-16T14:00:00-05:00", timeZone: "America/New_York", callerTimeZone: "Europe/London", now, thankYouEmailSentAt: "2026-11-16T18:00:00-05:00" },
  },
  {
    id: "cand-1002",
    jobTitle: "Staff Nurse",
    company: "St Mary's Hospital",
    interviewerName: "Ms Adebayo",
    followUp: {
      interviewedAt: "2026-11-09T10:00:00Z",
      timeZone: "Europe/London",
      now,
      thankYouEmailSentAt: "2026-11-09T17:00:00Z",
      history: [{ channel: "voicemail", at: "2026-11-17T11:00:00Z" }],
    },
  },
  {
    id: "cand-1003",
    jobTitle: "Data Engineer",
    company: "Kora Pay",
    interviewerName: "Tunde Bello",
    followUp: {
      interviewedAt: "2026-11-12T15:00:00+01:00",
      timeZone: "Africa/Lagos",
      callerTimeZone: "America/Toronto",
      now,
      stage: "after-offer",
      employerContactedAt: "2026-11-18T09:00:00+01:00",
    },
  },
];

const folder = mkdtempSync(join(tmpdir(), "followup-plans-"));
for (const candidate of candidates) {
  const plan = planFollowUp(candidate.followUp);
  const file = join(folder, `${candidate.id}.ics`);
  writeFileSync(file, toICS(plan, { id: candidate.id, jobTitle: candidate.jobTitle, company: candidate.company, interviewerName: candidate.interviewerName, now }));
  const next = plan.steps.find((step) => step.status === "due" || step.status === "upcoming");
  console.log(`${candidate.id}: ${plan.steps.map((step) => `${step.kind} (${step.status})`).join(" → ")}`);
  console.log(`  next: ${next?.kind ?? "nothing"}${next?.atLocal ? ` at ${next.atLocal}` : ""}; calendar: ${file}`);
}
