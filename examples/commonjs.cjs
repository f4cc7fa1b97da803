// The CommonJS build, as an older Node service would load it.
const { bestCallTime, renderScript, validateCallPlan, ruleCatalog } = require("followup-call");

const best = bestCallTime({ interviewedAt: "2026-11-10T09:30:00+01:00", timeZone: "Europe/Berlin" });
console.log(`CommonJS: call at ${best.atLocal}; ${ruleCatalog.length} rules available`);
const voicemail = renderScript("voicemail", {
  candidateName: "Lena Vogt",
  jobTitle: "Logistics Planner",
  company: "Rhein Cargo",
  interviewerName: "Herr Braun",
  interviewDate: "2026-11-10",
  phone: "+49 30 901820",
});
console.log(`voicemail of ${voicemail.words} words, about ${voicemail.seconds} s`);
console.log(typeof validateCallPlan === "function" ? "validateCallPlan is loaded" : "validateCallPlan missing");
