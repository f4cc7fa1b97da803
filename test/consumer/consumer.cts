// A CommonJS consumer (Node16 resolution, the .d.cts declarations), compiled like consumer.ts.
import followUp = require("followup-call");
import ruleTester = require("followup-call/rule-tester");

const best = followUp.bestCallTime({ interviewedAt: followUp.fromWallClock("2026-11-17T14:00", "Europe/London"), timeZone: "Europe/London" });
const rules: followUp.RulesConfig = { "keep-it-brief": "warn" };
const linter = followUp.createLinter({ rules });
const found: followUp.Diagnostic[] = linter.lintScript("Did I get the job?");
console.log(best.atLocal, found.length, typeof ruleTester.RuleTester);
