// A CommonJS consumer (Node16 resolution, the .d.cts declarations), compiled like consumer.ts.
import followUp = require("followup-call");
import ruleTester = require("followup-call/rule-tester");
import calendar = require("followup-call/calendar");
import holidays = require("followup-call/holidays");
import testing = require("followup-call/testing");

const plan = followUp.planFollowUp({ interviewedAt: "2026-11-17T14:00:00Z", timeZone: "Europe/London", holidays: holidays.publicHolidays({ country: "GB", from: "2026-11-01", to: "2026-12-31" }) });
console.log(calendar.toICS(plan, { id: "c-1" }).length, typeof testing.followUpMatchers.toBeValidCallPlan);

const best = followUp.bestCallTime({ interviewedAt: followUp.fromWallClock("2026-11-17T14:00", "Europe/London"), timeZone: "Europe/London" });
const rules: followUp.RulesConfig = { "keep-it-brief": "warn" };
const linter = followUp.createLinter({ rules });
const found: followUp.Diagnostic[] = linter.lintScript("Did I get the job?");
console.log(best.atLocal, found.length, typeof ruleTester.RuleTester);
