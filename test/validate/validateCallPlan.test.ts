import { describe, expect, it } from "vitest";
import { defineRule, FollowUpInputError, ruleCatalog, validateCallPlan, type CallPlan, type Diagnostic } from "../../src/index";
import { goodPlan, planWith } from "../fixtures/plans";

const ids = (diagnostics: readonly Diagnostic[]) => diagnostics.map((diagnostic) => diagnostic.ruleId);

describe("validateCallPlan", () => {
  it("passes a plan that follows the guidance with no errors and no warnings", () => {
    const report = validateCallPlan(goodPlan());
    expect(report.valid).toBe(true);
    expect(report.errorCount).toBe(0);
    expect(report.warningCount).toBe(0);
    expect(report.diagnostics.every((diagnostic) => diagnostic.severity === "info")).toBe(true);
  });

  it("reports a plan that breaks the guidance, errors first, then by path", () => {
    const report = validateCallPlan(
      planWith((plan) => {
        plan.call.at = "2026-11-12T10:30:00-05:00";
        plan.call.to = { name: "Front desk", number: "1-800-555-0100", role: "reception" };
        plan.call.script = "Hi, did I get the job? Why is it taking so long?";
        plan.thankYouEmailSentAt = undefined;
      }),
    );
    expect(report.valid).toBe(false);
    expect(report.errorCount).toBe(report.diagnostics.filter((d) => d.severity === "error").length);
    expect(report.warningCount).toBe(report.diagnostics.filter((d) => d.severity === "warning").length);
    expect(ids(report.diagnostics)).toEqual(
      expect.arrayContaining([
        "wait-a-week",
        "no-general-number",
        "call-the-hiring-manager",
        "no-asking-for-decision",
        "no-questioning-delay",
        "identify-yourself",
        "thank-you-email-first",
      ]),
    );
    const severities = report.diagnostics.map((d) => ["error", "warning", "info"].indexOf(d.severity));
    expect([...severities].sort((a, b) => a - b)).toEqual(severities);
    const errors = report.diagnostics.filter((d) => d.severity === "error").map((d) => d.path.join("."));
    expect([...errors].sort()).toEqual(errors);
    const decision = report.diagnostics.find((d) => d.ruleId === "no-asking-for-decision");
    expect(decision).toMatchObject({ path: ["call", "script"], span: { start: 4, end: 21 }, sources: ["rednax", "monster"] });
    expect(decision?.suggestion).toMatch(/timeline/);
  });

  it("does not take a surname the interviewer or the person called shares for the speaker's name", () => {
    const greeted = (change: (plan: CallPlan) => void) =>
      validateCallPlan(
        planWith((plan) => {
          change(plan);
          plan.call.script = (plan.call.script as string).replace("Hi Priya, this is Dana Whitfield.", "Hello Ms Whitfield.");
        }),
      ).diagnostics.filter((diagnostic) => diagnostic.ruleId === "identify-yourself");
    expect(greeted(() => {}).map((diagnostic) => diagnostic.path)).toEqual([]);
    expect(
      greeted((plan) => {
        plan.interview.interviewerName = "Priya Whitfield";
      }).map((diagnostic) => diagnostic.path),
    ).toEqual([["call", "script"]]);
    expect(
      greeted((plan) => {
        plan.call.to.name = "Lee Whitfield";
      }).map((diagnostic) => diagnostic.path),
    ).toEqual([["call", "script"]]);
  });

  it("lets the config change severities and turn rules off", () => {
    const plan = planWith((plan) => {
      plan.call.at = "2026-11-23T10:30:00-05:00"; // a Monday
    });
    expect(ids(validateCallPlan(plan).diagnostics)).toContain("avoid-monday-friday");
    expect(ids(validateCallPlan(plan, { rules: { "avoid-monday-friday": "off" } }).diagnostics)).not.toContain("avoid-monday-friday");
    const raised = validateCallPlan(plan, { rules: { "avoid-monday-friday": "error" } });
    expect(raised.valid).toBe(false);
    expect(raised.diagnostics[0]).toMatchObject({ ruleId: "avoid-monday-friday", severity: "error" });
  });

  it("passes rule options given ESLint-style", () => {
    const plan = planWith((plan) => {
      plan.call.voicemail = `${plan.call.voicemail} ${"More words to say here. ".repeat(12)}`;
    });
    expect(ids(validateCallPlan(plan).diagnostics)).toContain("keep-it-brief");
    expect(ids(validateCallPlan(plan, { rules: { "keep-it-brief": ["warning", { maxSeconds: { voicemail: 60 } }] } }).diagnostics)).not.toContain("keep-it-brief");
  });

  it("checks rule options up front", () => {
    const bad = () => validateCallPlan(goodPlan(), { rules: { "keep-it-brief": ["warning", { wordsPerMinute: "fast", maxSeconds: { voicemail: -3 } }] } });
    expect(bad).toThrow(FollowUpInputError);
    try {
      bad();
    } catch (error) {
      expect((error as FollowUpInputError).issues).toEqual([
        { path: ["rules", "keep-it-brief", 1, "wordsPerMinute"], message: "must be a number" },
        { path: ["rules", "keep-it-brief", 1, "maxSeconds", "voicemail"], message: "must be a positive number of seconds" },
      ]);
    }
    expect(() => validateCallPlan(goodPlan(), { rules: { "no-repeat-call": ["error", { strict: true }] } })).toThrow(/takes no options/);
  });

  it("throws on an unknown rule id or setting instead of ignoring it", () => {
    expect(() => validateCallPlan(goodPlan(), { rules: { "no-such-rule": "off" } as never })).toThrow(FollowUpInputError);
    try {
      validateCallPlan(goodPlan(), { rules: { "keep-it-brief": "loud" } as never });
    } catch (error) {
      expect((error as FollowUpInputError).issues[0]?.path).toEqual(["rules", "keep-it-brief"]);
    }
    expect(() => validateCallPlan(goodPlan(), { plugins: [{} as never] })).toThrow(/defineRule/);
  });

  it("runs plugins, and turns a throwing plugin into a diagnostic naming it", () => {
    const shouting = defineRule({
      id: "acme/no-shouting",
      meta: { description: "No capitals.", defaultSeverity: "warning", sources: [], derived: true, scope: "text", messages: { loud: "Too loud." } },
      check(context) {
        for (const text of context.texts) if (/[A-Z]{5,}/.test(text.text)) context.report({ messageId: "loud", path: text.path });
      },
    });
    const broken = defineRule({
      id: "acme/broken",
      meta: { description: "Always throws.", defaultSeverity: "warning", sources: [], derived: true, messages: { never: "Never reported." } },
      check() {
        throw new Error("boom");
      },
    });
    const plan = planWith((plan) => {
      plan.call.script = `${plan.call.script} PLEASE CALL`;
    });
    const report = validateCallPlan(plan, { plugins: [shouting, broken], rules: { "acme/no-shouting": "error" } });
    expect(report.diagnostics).toContainEqual({
      ruleId: "acme/no-shouting",
      severity: "error",
      message: "Too loud.",
      messageId: "loud",
      data: {},
      path: ["call", "script"],
      sources: [],
    });
    expect(report.diagnostics).toContainEqual(expect.objectContaining({ ruleId: "acme/broken", severity: "warning", message: expect.stringContaining('"acme/broken" failed') }));
    expect(() => validateCallPlan(plan, { plugins: [shouting, shouting] })).toThrow(/repeats/);
    const quiet = validateCallPlan(plan, { plugins: [broken], rules: { "acme/broken": "info" } });
    expect(quiet.diagnostics).toContainEqual(expect.objectContaining({ ruleId: "acme/broken", severity: "info" }));
  });

  it("checks hand-made plugin objects and cleans up what they report", () => {
    expect(() => validateCallPlan(goodPlan(), { plugins: [{ meta: { id: "acme/bare" }, check: () => [] } as never] })).toThrow(/defaultSeverity/);
    const sloppy = {
      meta: { id: "acme/sloppy", defaultSeverity: "warning", description: "Reports badly.", sources: [], derived: true, messages: { odd: "Odd {{thing}}." } },
      check: (context: { report(descriptor: unknown): void }) =>
        context.report({ messageId: "odd", data: { thing: { nested: true } }, path: "call", span: { start: 5, end: 2 }, severity: "loud" }),
    };
    expect(() => validateCallPlan(goodPlan(), { plugins: [sloppy as never] })).toThrow(/path that is not a list/);
    const lenient = {
      ...sloppy,
      check: (context: { report(descriptor: unknown): void }) => context.report({ messageId: "odd", data: { thing: { nested: true } }, severity: "loud" }),
    };
    const report = validateCallPlan(goodPlan(), { plugins: [lenient as never] });
    const diagnostic = report.diagnostics.find((d) => (d.ruleId as string) === "acme/sloppy");
    expect(diagnostic).toEqual({ ruleId: "acme/sloppy", severity: "warning", message: "Odd {{thing}}.", messageId: "odd", data: {}, path: [], sources: [] });
    expect(report.warningCount).toBe(1);
  });

  it("rejects a rule definition with bad metadata when it is defined", () => {
    expect(() => defineRule({ id: "Bad Id", meta: { description: "x", defaultSeverity: "warning", sources: [], derived: false, messages: { a: "A." } }, check() {} })).toThrow(
      FollowUpInputError,
    );
    expect(() =>
      defineRule({ id: "my-rule", meta: { description: "x", defaultSeverity: "warning", sources: ["wikipedia"], derived: false, messages: { a: "A." } }, check() {} }),
    ).toThrow(/cite only/);
    expect(() => defineRule({ id: "acme/silent", meta: { description: "x", defaultSeverity: "warning", sources: [], derived: true, messages: {} }, check() {} })).toThrow(
      /message id/,
    );
  });

  it.each<[string, (plan: CallPlan) => void, string]>([
    ["a missing candidate", (plan) => Reflect.deleteProperty(plan, "candidate"), "candidate"],
    ["an unknown zone", (plan) => (plan.interview.timeZone = "Moon/Base"), "interview.timeZone"],
    ["a call time without offset", (plan) => (plan.call.at = "2026-11-18T10:30:00"), "call.at"],
    ["an unknown role", (plan) => Object.assign(plan.call.to, { role: "ceo" }), "call.to.role"],
    ["a bad history date", (plan) => Object.assign(plan, { history: [{ channel: "call", at: "2026-02-30T10:00:00Z" }] }), "history.0.at"],
    ["a bad region", (plan) => Object.assign(plan, { region: "USA" }), "region"],
    ["an empty job title", (plan) => (plan.interview.jobTitle = " "), "interview.jobTitle"],
    ["an unknown field", (plan) => Object.assign(plan, { urgent: true }), "urgent"],
  ])("throws FollowUpInputError for %s", (_name, change, path) => {
    try {
      validateCallPlan(planWith(change));
      expect.unreachable("should have thrown");
    } catch (error) {
      expect(error).toBeInstanceOf(FollowUpInputError);
      expect((error as FollowUpInputError).issues.map((issue) => issue.path.join("."))).toContain(path);
    }
  });

  it("throws FollowUpInputError for what the schema cannot see alone", () => {
    const callbackBefore = planWith((plan) => Object.assign(plan, { callbackRequestedOn: "2026-11-01" }));
    expect(() => validateCallPlan(callbackBefore)).toThrow(/callbackRequestedOn: is before the interview/);
    const historyCallbackBefore = planWith((plan) => Object.assign(plan, { history: [{ channel: "call", at: "2026-11-11T10:00:00-05:00", callbackRequestedOn: "2026-11-02" }] }));
    try {
      validateCallPlan(historyCallbackBefore);
      expect.unreachable();
    } catch (error) {
      expect((error as FollowUpInputError).issues[0]?.path).toEqual(["history", 0, "callbackRequestedOn"]);
    }
    expect(() => validateCallPlan(planWith((plan) => Object.assign(plan, { region: "XX" })))).toThrow(/region/);
  });

  it("reads input that throws while being read as bad input, keeping the cause", () => {
    const plan = goodPlan();
    Object.defineProperty(plan, "region", {
      enumerable: true,
      get: () => {
        throw new Error("boom");
      },
    });
    try {
      validateCallPlan(plan);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(FollowUpInputError);
      expect((error as Error).cause).toBeInstanceOf(Error);
    }
  });

  it("accepts ESLint's [severity] form and refuses longer arrays", () => {
    expect(validateCallPlan(goodPlan(), { rules: { "mention-interview-topic": ["off"] } }).diagnostics).toEqual([]);
    expect(() => validateCallPlan(goodPlan(), { rules: { "no-complaining": ["error", {}, 5] as never } })).toThrow(/severity/);
  });

  it("survives a plugin that throws something unprintable", () => {
    const odd = defineRule({
      id: "acme/odd",
      meta: { description: "Throws oddly.", defaultSeverity: "warning", sources: [], derived: true, messages: { never: "Never reported." } },
      check() {
        throw Object.create(null);
      },
    });
    expect(validateCallPlan(goodPlan(), { plugins: [odd] }).diagnostics).toContainEqual(
      expect.objectContaining({ ruleId: "acme/odd", message: expect.stringMatching(/unprintable/) }),
    );
    expect(() => defineRule(null as never)).toThrow(FollowUpInputError);
  });

  it("exposes the whole catalog: every rule id of the contract with its default severity", () => {
    const expected: Record<string, string> = {
      "wait-a-week": "error",
      "within-two-weeks": "warning",
      "honor-callback-date": "error",
      "after-stated-timeline": "warning",
      "avoid-monday-friday": "warning",
      "working-day": "error",
      "working-hours": "error",
      "best-time-of-day": "info",
      // Added later (contract: "Added later").
      "avoid-holiday-edges": "warning",
      "caller-hours": "warning",
      "call-in-the-past": "error",
      "no-general-number": "error",
      "call-the-hiring-manager": "warning",
      "no-cold-linkedin": "warning",
      "no-repeat-call": "error",
      "thank-you-email-first": "warning",
      "prepare-a-script": "info",
      "identify-yourself": "error",
      "mention-role-and-date": "warning",
      "ask-if-good-time": "info",
      "say-thank-you": "warning",
      "reaffirm-interest": "warning",
      "mention-interview-topic": "info",
      "leave-contact-details": "warning",
      "keep-it-brief": "warning",
      "no-asking-about-candidates": "error",
      "no-asking-for-decision": "error",
      "no-questioning-delay": "error",
      "no-complaining": "error",
      "honest-offers-only": "info",
      "no-placeholders": "error",
    };
    expect(Object.fromEntries(ruleCatalog.map((meta) => [meta.id, meta.defaultSeverity]))).toEqual(expected);
    for (const meta of ruleCatalog) expect(meta.derived).toBe(meta.sources.length === 0);
  });

  it("does not mutate the plan", () => {
    const plan = goodPlan();
    const copy = structuredClone(plan);
    validateCallPlan(plan);
    expect(plan).toEqual(copy);
  });
});
