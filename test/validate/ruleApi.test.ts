import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import * as z from "zod";
import { BUILT_IN_RULE_IDS, createLinter, defineRule, FollowUpInputError, lintScript, ruleCatalog, validateCallPlan, type PlanView } from "../../src/index";
import { goodPlan } from "../fixtures/plans";

const shout = defineRule({
  id: "acme/no-shouting",
  meta: {
    description: "No capitals.",
    defaultSeverity: "warning",
    sources: [],
    derived: true,
    scope: "text",
    messages: { loud: "{{count}} shouted words." },
    options: () => z.strictObject({ minLetters: z.number().int().positive().default(5) }),
  },
  check(context) {
    const pattern = new RegExp(`[A-Z]{${context.options.minLetters},}`, "g");
    for (const { text, path } of context.texts) {
      const count = text.match(pattern)?.length ?? 0;
      if (count > 0) context.report({ messageId: "loud", data: { count }, path });
    }
  },
});

function issuesOf(run: () => unknown): { path: (string | number)[]; message: string }[] {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(FollowUpInputError);
    return (error as FollowUpInputError).issues as { path: (string | number)[]; message: string }[];
  }
  throw new Error("did not throw");
}

describe("rule API", () => {
  it("lists exactly the registry's rules as BUILT_IN_RULE_IDS, and the contract's ids", () => {
    expect(ruleCatalog.map((rule) => rule.id)).toEqual([...BUILT_IN_RULE_IDS]);
    expect(new Set(BUILT_IN_RULE_IDS).size).toBe(31);
  });

  it.each([
    ["warn", "warning"],
    [0, undefined],
    [1, "warning"],
    [2, "error"],
    [["warn"], "warning"],
    [[2, {}], "error"],
  ] as const)("accepts ESLint's setting %j", (setting, severity) => {
    const report = validateCallPlan(goodPlan(), { rules: { "prepare-a-script": setting } }).diagnostics.filter((d) => d.ruleId === "prepare-a-script");
    const plan = goodPlan();
    delete plan.call.script;
    const found = validateCallPlan(plan, { rules: { "prepare-a-script": setting } }).diagnostics.find((d) => d.ruleId === "prepare-a-script");
    expect(report).toEqual([]);
    expect(found?.severity).toBe(severity);
  });

  it("says which id was meant when a rule id is misspelt", () => {
    expect(issuesOf(() => validateCallPlan(goodPlan(), { rules: { "no-repeat-cal": "off" } as never }))).toEqual([
      { path: ["rules", "no-repeat-cal"], message: 'is not a known rule id; did you mean "no-repeat-call"?' },
    ]);
    expect(issuesOf(() => validateCallPlan(goodPlan(), { rules: { zzzzzzzz: "off" } as never }))[0]?.message).toBe("is not a known rule id (see ruleCatalog)");
    expect(issuesOf(() => validateCallPlan(goodPlan(), { rules: { "keep-it-brief": 3 } as never }))[0]?.path).toEqual(["rules", "keep-it-brief"]);
  });

  it("gives every diagnostic its message id and data, so products can translate it", () => {
    const [diagnostic] = lintScript("So, did I get the job?");
    expect(diagnostic).toMatchObject({ ruleId: "no-asking-for-decision", messageId: "found", data: { words: "did I get the job", cue: "did I get the job" } });
    for (const found of validateCallPlan({ ...goodPlan(), call: { ...goodPlan().call, script: "Why haven't I heard anything? The panel was rude." } }).diagnostics) {
      const meta = ruleCatalog.find((rule) => rule.id === found.ruleId);
      expect(meta?.messages[found.messageId as never], found.ruleId).toBeDefined();
      expect(typeof found.data).toBe("object");
    }
  });

  it("throws when a rule reports a message id it does not declare", () => {
    const sloppy = defineRule({
      id: "acme/sloppy",
      meta: { description: "Reports an undeclared id.", defaultSeverity: "warning", sources: [], derived: true, messages: { ok: "Fine." } },
      check(context) {
        context.report({ messageId: "typo" as never });
      },
    });
    expect(issuesOf(() => validateCallPlan(goodPlan(), { plugins: [sloppy] }))).toEqual([{ path: ["messageId"], message: 'rule "acme/sloppy" reported "typo"; it declares "ok"' }]);
  });

  it("checks plugin options with the plugin's own schema, applies its defaults and types them", () => {
    const loud = "THIS IS URGENT, call me.";
    expect(lintScript(loud, { plugins: [shout] }).find((d) => d.ruleId === "acme/no-shouting")?.message).toBe("1 shouted words.");
    expect(lintScript(loud, { plugins: [shout], rules: { "acme/no-shouting": ["warn", { minLetters: 7 }] } }).some((d) => d.ruleId === "acme/no-shouting")).toBe(false);
    expect(issuesOf(() => lintScript(loud, { plugins: [shout], rules: { "acme/no-shouting": ["warn", { minLetters: -1, other: 1 }] } }))).toEqual([
      { path: ["rules", "acme/no-shouting", 1, "minLetters"], message: expect.any(String) },
      { path: ["rules", "acme/no-shouting", 1], message: expect.stringContaining("other") },
    ]);
    expect(issuesOf(() => lintScript(loud, { rules: { "no-complaining": ["error", { strict: true }] } }))[0]?.message).toBe('"no-complaining" takes no options');
  });

  it("refuses a rule whose options are required but not given, and a plugin id without a scope", () => {
    const needsHour = defineRule({
      id: "acme/call-before",
      meta: {
        description: "Call before an hour.",
        defaultSeverity: "warning",
        sources: [],
        derived: true,
        messages: { late: "Late." },
        options: () => z.strictObject({ hour: z.number() }),
      },
      check() {},
    });
    expect(issuesOf(() => createLinter({ plugins: [needsHour] }))).toEqual([{ path: ["rules", "acme/call-before"], message: expect.stringMatching(/^needs options: hour /) }]);
    expect(() => createLinter({ plugins: [needsHour], rules: { "acme/call-before": ["error", { hour: 10 }] } })).not.toThrow();
    expect(() => createLinter({ plugins: [needsHour], rules: { "acme/call-before": "off" } })).not.toThrow();
    expect(() => defineRule({ id: "no-shouting", meta: { description: "x", defaultSeverity: "warning", sources: [], derived: true, messages: { a: "A." } }, check() {} })).toThrow(
      /needs a scope, like "acme\/no-shouting"/,
    );
  });

  it("shows plugins a read-only plan with Dates and local ISO strings, not epoch ms or day numbers", () => {
    let seen: PlanView | undefined;
    const peek = defineRule({
      id: "acme/peek",
      meta: { description: "Looks at the plan.", defaultSeverity: "info", sources: [], derived: true, messages: { seen: "Seen." } },
      check(context) {
        seen = context.plan;
      },
    });
    validateCallPlan({ ...goodPlan(), callbackRequestedOn: "2026-11-19" }, { plugins: [peek] });
    expect(seen?.interview.at.date).toBeInstanceOf(Date);
    expect(seen?.interview.at.iso).toMatch(/^2026-11-10T\d\d:\d\d:00-05:00$/);
    expect(seen?.callbackRequestedOn).toBe("2026-11-19");
    expect(seen?.stage).toBe("pre-decision");
    expect(Object.isFrozen(seen) && Object.isFrozen(seen?.call)).toBe(true);
    expect(Object.keys(seen ?? {})).not.toContain("workingHours");
  });

  it("gives each rule its own frozen context with only the documented members", () => {
    const seen: { keys: string[]; year: number; frozen: boolean }[] = [];
    const spoiler = defineRule({
      id: "acme/spoiler",
      meta: { description: "Tries to change what others see.", defaultSeverity: "info", sources: [], derived: true, messages: { x: "X." } },
      check(context) {
        context.plan?.interview.at.date.setFullYear(1999);
        expect(() => ((context as { options: unknown }).options = {})).toThrow(TypeError);
      },
    });
    const observer = defineRule({
      id: "acme/observer",
      meta: { description: "Looks.", defaultSeverity: "info", sources: [], derived: true, messages: { x: "X." }, options: () => z.strictObject({ n: z.number().default(1) }) },
      check(context) {
        seen.push({ keys: Object.keys(context).sort(), year: context.plan?.interview.at.date.getUTCFullYear() ?? 0, frozen: Object.isFrozen(context.options) });
      },
    });
    const linter = createLinter({ plugins: [spoiler, observer] });
    linter.validateCallPlan(goodPlan());
    linter.validateCallPlan(goodPlan());
    expect(seen).toEqual([
      { keys: ["id", "options", "report"], year: 2026, frozen: true },
      { keys: ["id", "options", "report"], year: 2026, frozen: true },
    ]);
  });

  it("resolves a linter's config once and gives the same results as the plain functions", () => {
    const linter = createLinter({ plugins: [shout], rules: { "acme/no-shouting": "error", "ask-if-good-time": "off" } });
    const plan = { ...goodPlan(), call: { ...goodPlan().call, script: `${goodPlan().call.script} PLEASE CALL BACK` } };
    expect(linter.validateCallPlan(plan)).toEqual(validateCallPlan(plan, { plugins: [shout], rules: { "acme/no-shouting": "error", "ask-if-good-time": "off" } }));
    expect(linter.lintScript("PLEASE CALL ME NOW", { kind: "call" }).map((d) => d.ruleId)).toContain("acme/no-shouting");
    expect(linter.rules.map((rule) => rule.id)).toContain("acme/no-shouting");
    expect(() => createLinter({ rules: { "keep-it-breif": "off" } as never })).toThrow(/did you mean "keep-it-brief"/);
  });

  it("keeps the text pipeline's internals out of the public entry", () => {
    const index = readFileSync(new URL("../../src/index.ts", import.meta.url), "utf8");
    for (const internal of ["ReviewedText", "Sentence", "ScriptFacts", "TimingFinding", "ParsedCallPlan", "RuleReport"]) {
      expect(index, internal).not.toMatch(new RegExp(`\\b${internal}\\b`));
    }
  });

  it("shows users suggestions in plain words, never code", () => {
    const plan = goodPlan();
    delete plan.call.script;
    delete plan.thankYouEmailSentAt;
    for (const diagnostic of validateCallPlan({ ...plan, call: { ...plan.call, to: { ...plan.call.to, number: "+1 800 555 0100" } } }).diagnostics) {
      expect(diagnostic.suggestion ?? "", diagnostic.ruleId).not.toMatch(/[(){}]|=>|`/);
    }
  });
});
