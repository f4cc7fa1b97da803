import { describe, expectTypeOf, it } from "vitest";
import {
  defineRule,
  lintScript,
  renderScript,
  ruleCatalog,
  validateCallPlan,
  createLinter,
  type BuiltInRuleId,
  type CallPlan,
  type Diagnostic,
  type RenderedScript,
  type RuleMeta,
  type ScriptKind,
  type ValidationReport,
} from "../../src/index";

describe("public validation and script types", () => {
  it("types validateCallPlan, lintScript and the catalog", () => {
    expectTypeOf(validateCallPlan).parameter(0).toEqualTypeOf<CallPlan>();
    expectTypeOf(validateCallPlan({} as CallPlan)).toEqualTypeOf<ValidationReport<BuiltInRuleId>>();
    expectTypeOf<ValidationReport["diagnostics"]>().toEqualTypeOf<readonly Diagnostic<BuiltInRuleId>[]>();
    expectTypeOf(lintScript("")).toEqualTypeOf<Diagnostic<BuiltInRuleId>[]>();
    expectTypeOf(ruleCatalog).toEqualTypeOf<readonly RuleMeta<BuiltInRuleId>[]>();
    expectTypeOf<Diagnostic["messageId"]>().toEqualTypeOf<string>();
    expectTypeOf<Diagnostic["data"]>().toEqualTypeOf<Readonly<Record<string, string | number>>>();
    expectTypeOf<RuleMeta["defaultSeverity"]>().toEqualTypeOf<"error" | "warning" | "info">();
    expectTypeOf<CallPlan["call"]["to"]["role"]>().toEqualTypeOf<"hiring-manager" | "interviewer" | "hr" | "recruiter" | "agency" | "reception" | "other">();
  });

  it("types renderScript", () => {
    expectTypeOf(renderScript).parameter(0).toEqualTypeOf<ScriptKind>();
    expectTypeOf(renderScript).returns.toEqualTypeOf<RenderedScript>();
    expectTypeOf<RenderedScript["words"]>().toEqualTypeOf<number>();
    // @ts-expect-error: "sms" is not a script kind
    renderScript("sms", { candidateName: "", jobTitle: "", company: "", interviewerName: "", interviewDate: "2026-11-17", phone: "" });
  });

  it("types a plugin's check context, its message ids and its options", () => {
    const rule = defineRule({
      id: "acme/example",
      meta: { description: "An example.", defaultSeverity: "info", sources: [], derived: true, messages: { tooLong: "Too long.", tooShort: "Too short." } },
      check(context) {
        expectTypeOf(context.texts[0]?.text).toEqualTypeOf<string | undefined>();
        expectTypeOf(context.plan?.interview.at.date).toEqualTypeOf<Date | undefined>();
        expectTypeOf(context.report).parameter(0).toHaveProperty("messageId").toEqualTypeOf<"tooLong" | "tooShort">();
        // @ts-expect-error: "tooLate" is not one of the rule's message ids
        context.report({ messageId: "tooLate" });
      },
    });
    expectTypeOf(rule.meta.id).toEqualTypeOf<"acme/example">();
  });

  it("makes rule ids a literal union that plugins widen", () => {
    // @ts-expect-error: a misspelt rule id does not compile
    validateCallPlan({} as CallPlan, { rules: { "no-repeat-cal": "off" } });
    validateCallPlan({} as CallPlan, { rules: { "no-repeat-call": "warn", "keep-it-brief": [1, { maxSeconds: { call: 90 } }] } });
    const plugin = defineRule({
      id: "acme/no-shouting",
      meta: { description: "No capitals.", defaultSeverity: "warning", sources: [], derived: true, messages: { loud: "Loud." } },
      check() {},
    });
    const report = validateCallPlan({} as CallPlan, { plugins: [plugin], rules: { "acme/no-shouting": 2 } });
    expectTypeOf(report.diagnostics[0]?.ruleId).toEqualTypeOf<BuiltInRuleId | "acme/no-shouting" | undefined>();
    const diagnostic = validateCallPlan({} as CallPlan).diagnostics[0] as Diagnostic<BuiltInRuleId>;
    // @ts-expect-error: comparing with a misspelt id does not compile
    void (diagnostic.ruleId === "no-repeat-cal");
    expectTypeOf(createLinter({ plugins: [plugin] }).lintScript).returns.toEqualTypeOf<Diagnostic<BuiltInRuleId | "acme/no-shouting">[]>();
  });
});

describe("inputs held as readonly data", () => {
  it("accepts readonly arrays (as const) wherever a list is taken", () => {
    const holidays = ["2026-12-24", "2026-12-25"] as const;
    const topics = ["route planning", "the night shift"] as const;
    const plan = {
      candidate: { name: "Dana Whitfield", phone: "+1 212 555 0147" },
      interview: { at: "2026-11-10T14:00:00-05:00", timeZone: "America/New_York", jobTitle: "Dispatcher", company: "Harbor Lines", interviewerName: "Priya Okafor", topics },
      call: { at: "2026-11-18T10:30:00-05:00", to: { name: "Priya Okafor", number: "+1 212 555 0199", role: "hiring-manager" } },
      holidays,
      workingHours: { days: [1, 2, 3, 4] },
      history: [{ channel: "email", at: "2026-11-10T20:00:00Z" }],
    } as const;
    expectTypeOf(plan).toMatchTypeOf<CallPlan>();
    expectTypeOf({ topics, values: ["Dana"], path: ["call", "script"] } as const).toMatchTypeOf<NonNullable<Parameters<typeof lintScript>[1]>>();
  });
});
