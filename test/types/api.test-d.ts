import { describe, expectTypeOf, it } from "vitest";
import {
  defineRule,
  lintScript,
  renderScript,
  ruleCatalog,
  validateCallPlan,
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
    expectTypeOf(validateCallPlan).returns.toEqualTypeOf<ValidationReport>();
    expectTypeOf<ValidationReport["diagnostics"]>().toEqualTypeOf<readonly Diagnostic[]>();
    expectTypeOf(lintScript).returns.toEqualTypeOf<Diagnostic[]>();
    expectTypeOf(ruleCatalog).toEqualTypeOf<readonly RuleMeta[]>();
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

  it("types a plugin's check context", () => {
    defineRule({
      id: "acme/example",
      meta: { description: "An example.", defaultSeverity: "info", sources: [], derived: true },
      check(context) {
        expectTypeOf(context.texts[0]?.text).toEqualTypeOf<string | undefined>();
        expectTypeOf(context.report).parameter(0).toHaveProperty("messageId");
      },
    });
  });
});
