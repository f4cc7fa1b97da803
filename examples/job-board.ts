// A job board shows each applicant a "call on Tuesday at 10:00" card, on their own clock.
import { bestCallTime, FollowUpInputError } from "followup-call";

interface Application {
  candidate: string;
  candidateZone: string;
  company: string;
  interviewedAt: string;
  interviewerZone: string;
  workingDays?: number[];
}

const applications: Application[] = [
  { candidate: "Ana", candidateZone: "America/Los_Angeles", company: "Northwind", interviewedAt: "2026-11-09T16:00:00Z", interviewerZone: "America/Chicago" },
  {
    candidate: "Bilal",
    candidateZone: "Asia/Karachi",
    company: "Gulf Logistics",
    interviewedAt: "2026-11-08T07:00:00Z",
    interviewerZone: "Asia/Dubai",
    workingDays: [1, 2, 3, 4, 5],
  },
  { candidate: "Chen", candidateZone: "Australia/Sydney", company: "Kiwi Health", interviewedAt: "2026-11-11T22:00:00Z", interviewerZone: "Pacific/Auckland" },
  {
    candidate: "Dev",
    candidateZone: "Asia/Kathmandu",
    company: "Tel Aviv Labs",
    interviewedAt: "2026-11-10T08:00:00Z",
    interviewerZone: "Asia/Jerusalem",
    workingDays: [0, 1, 2, 3, 4],
  },
  { candidate: "Eve", candidateZone: "Europe/Berlin", company: "Typo Inc", interviewedAt: "2026-11-10T09:00:00", interviewerZone: "Europe/Paris" },
];

const cardFormat = (timeZone: string) =>
  new Intl.DateTimeFormat("en-GB", { timeZone, weekday: "long", day: "numeric", month: "short", hour: "2-digit", minute: "2-digit", hourCycle: "h23" });

for (const application of applications) {
  try {
    const best = bestCallTime({
      interviewedAt: application.interviewedAt,
      timeZone: application.interviewerZone,
      callerTimeZone: application.candidateZone,
      now: "2026-11-12T00:00:00Z",
      ...(application.workingDays ? { workingHours: { days: application.workingDays } } : {}),
    });
    const theirs = cardFormat(application.interviewerZone).format(best.at);
    const yours = cardFormat(application.candidateZone).format(best.at);
    console.log(`${application.candidate} → ${application.company}: call ${yours} your time (${theirs} theirs)`);
  } catch (error) {
    if (!(error instanceof FollowUpInputError)) throw error;
    console.log(`${application.candidate} → ${application.company}: cannot plan yet (${error.issues.map((issue) => `${issue.path.join(".")} ${issue.message}`).join("; ")})`);
  }
}
