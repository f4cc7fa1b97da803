// A consumer's code, compiled against the built declaration files with skipLibCheck off, by the
// oldest TypeScript the package supports (5.0) and by the current one (`npm run check:consumer`).
import {
  bestCallTime,
  createLinter,
  defineRule,
  type Diagnostic,
  fromWallClock,
  isFollowUpError,
  lintScript,
  renderScript,
  type RulesConfig,
  type SourceId,
  sourceInfo,
  validateCallPlan,
} from "followup-call";
import { RuleTester } from "followup-call/rule-tester";
import { toICS } from "followup-call/calendar";
import { publicHolidays } from "followup-call/holidays";
import { followUpMatchers, type FollowUpMatchers } from "followup-call/testing";
import { afterCall, chooseChannel, planFollowUp, type FollowUpStep } from "followup-call";

const plan = planFollowUp({
  interviewedAt: "2026-11-17T14:00:00-05:00",
  timeZone: "America/New_York",
  holidays: publicHolidays({ country: "US", from: "2026-11-01", to: "2026-12-31" }),
});
const firstStep: FollowUpStep | undefined = plan.steps[0];
const ics: string = toICS(plan, { id: "a-1" });
const channel: "call" | "email" | "note" | "linkedin" = chooseChannel({ directNumberKnown: true }).channel;
const matcherNames: (keyof FollowUpMatchers)[] = Object.keys(followUpMatchers) as (keyof FollowUpMatchers)[];
console.log(firstStep?.status, ics.length, channel, afterCall("offer").stage, matcherNames.length);

const best = bestCallTime({ interviewedAt: fromWallClock("2026-11-17T14:00", "America/New_York"), timeZone: "America/New_York", holidays: ["2026-11-26"] as const });
const when: string = best.atLocal;

const rules: RulesConfig = { "keep-it-brief": ["warn", { maxSeconds: { call: 90 } }], "ask-if-good-time": 0 };
const linter = createLinter({ rules });
const shouting = defineRule({
  id: "acme/no-shouting",
  meta: { description: "No capitals.", defaultSeverity: "warning", sources: [], derived: true, scope: "text", messages: { loud: "Too loud." } },
  check(context) {
    for (const text of context.texts) if (text.text === text.text.toUpperCase()) context.report({ messageId: "loud", path: text.path });
  },
});
const found: Diagnostic<string>[] = lintScript("HELLO THERE", { plugins: [shouting], rules: { "acme/no-shouting": "error" } });
const first = found[0];
const cited = (first?.sources ?? []).filter((id): id is SourceId => Object.hasOwn(sourceInfo, id));
if (first?.ruleId === "acme/no-shouting") console.log(cited.map((id) => sourceInfo[id].title));

try {
  validateCallPlan({} as never);
} catch (error) {
  if (isFollowUpError(error)) console.log(error.message);
}
console.log(
  when,
  linter.rules.length,
  renderScript("voicemail", { candidateName: "Dana", jobTitle: "Analyst", company: "Acme", interviewerName: "Priya", interviewDate: "2026-11-17", phone: "+1 212 555 0147" })
    .seconds,
);
new RuleTester().run(shouting, { valid: [{ text: "hello" }], invalid: [{ text: "HELLO", errors: [{ messageId: "loud" }] }] });
