// A career site hands the candidate a voicemail and a thank-you email, then checks a script
// the candidate edited by hand.
import { lintScript, renderScript, TemplateError, type ScriptData } from "followup-call";

const data: ScriptData = {
  candidateName: "Zoë O'Brien",
  jobTitle: "Customer Support Lead",
  company: "Smith & Daughters",
  interviewerName: "Marcus",
  interviewDate: "2026-11-17T15:30:00Z",
  timeZone: "Europe/London",
  phone: "07700 900123",
  email: "zoe@example.com",
};

const voicemail = renderScript("voicemail", data, { variant: "warm" });
console.log(`--- voicemail (${voicemail.words} words, about ${voicemail.seconds} s)\n${voicemail.text}`);

const email = renderScript("thank-you-email", data, { locale: "en-GB" });
console.log(`--- email, subject "${email.subject}"\n${email.text}`);

const edited = "Hi Marcus, it's Zoë. Thanks again for Tuesday. So, did I get the job? Call me on [number].";
console.log("--- checks on an edited script");
for (const diagnostic of lintScript(edited, { kind: "call", candidateName: data.candidateName })) {
  const words = diagnostic.span ? ` "${edited.slice(diagnostic.span.start, diagnostic.span.end)}"` : "";
  console.log(`${diagnostic.severity.padEnd(7)} ${diagnostic.ruleId}${words}: ${diagnostic.message}`);
}

try {
  renderScript("call", data, { template: "Hi {{interviewerName}}, it's {{nickname}}." });
} catch (error) {
  if (!(error instanceof TemplateError)) throw error;
  console.log(`--- a bad custom template is refused: ${error.message}`);
}
