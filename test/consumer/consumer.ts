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
