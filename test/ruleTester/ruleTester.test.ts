import { describe, expect, it } from "vitest";
import { defineRule } from "../../src/index";
import { RuleTester, RuleTesterError } from "../../src/rule-tester";
import noAskingForDecision from "../../src/rules/no-asking-for-decision";
import { goodPlan } from "../fixtures/plans";

const noShouting = defineRule({
  id: "acme/no-shouting",
  meta: { description: "No capitals.", defaultSeverity: "warning", sources: [], derived: true, scope: "text", messages: { shouting: "{{words}} is shouted." } },
  check(context) {
    for (const { text, path } of context.texts) {
      for (const match of text.matchAll(/\b[A-Z]{4,}(?: [A-Z]{2,})*\b/g)) {
        context.report({ messageId: "shouting", data: { words: match[0] }, path, span: { start: match.index, end: match.index + match[0].length } });
      }
    }
  },
});

// Registered as tests, as plugin authors will use it.
new RuleTester({ describe, it }).run(noShouting, {
  valid: ["Thank you for your time.", { name: "short capitals are fine", text: "I'm at the NHS." }],
  invalid: [
    {
      text: "CALL ME BACK please, and SOON.",
      errors: [
        { messageId: "shouting", data: { words: "CALL ME BACK" }, span: "CALL ME BACK" },
        { messageId: "shouting", span: { start: 25, end: 29 } },
      ],
    },
    {
      name: "in a plan",
      plan: { ...goodPlan(), call: { ...goodPlan().call, script: "HELLO there" } },
      errors: [{ messageId: "shouting", path: ["call", "script"], severity: "warning" }],
    },
  ],
});

new RuleTester({ describe, it }).run(noAskingForDecision, {
  valid: ["When do you expect to decide?"],
  invalid: [
    {
      text: "So, did I get the job?",
      errors: [{ messageId: "found", data: { words: "did I get the job", cue: "did I get the job" }, span: "did I get the job", severity: "error" }],
    },
  ],
});

describe("RuleTester without test functions", () => {
  const tester = new RuleTester({ describe: undefined, it: undefined });

  it("passes quietly when every case holds", () => {
    expect(() => tester.run(noShouting, { valid: ["fine"], invalid: [{ text: "LOUD", errors: [{ messageId: "shouting" }] }] })).not.toThrow();
  });

  it("checks every diagnostic, not just the first, and lists what was produced", () => {
    let message = "";
    try {
      tester.run(noShouting, {
        valid: ["ALSO LOUD"],
        invalid: [
          {
            text: "LOUD and LOUDER",
            errors: [
              { messageId: "shouting", span: "LOUD" },
              { messageId: "shouting", data: { words: "QUIET" } },
            ],
          },
        ],
      });
    } catch (error) {
      expect(error).toBeInstanceOf(RuleTesterError);
      message = (error as Error).message;
    }
    expect(message).toContain("2 case(s) failed");
    expect(message).toContain("expected no diagnostics, got 1");
    expect(message).toContain('diagnostic 2: data is {"words":"LOUDER"}, expected {"words":"QUIET"}');
    expect(message).toContain('[9, 15) "LOUDER"');
  });

  it("refuses what would let a broken rule pass: unfilled messages, unknown ids, text cases for plan rules, look-alike ids", () => {
    const unfilled = defineRule({
      id: "acme/unfilled",
      meta: { description: "Forgets data.", defaultSeverity: "warning", sources: [], derived: true, scope: "text", messages: { hello: "Hello {{name}}." } },
      check(context) {
        for (const { path } of context.texts) context.report({ messageId: "hello", path });
      },
    });
    expect(() => tester.run(unfilled, { valid: [], invalid: [{ text: "x", errors: [{ messageId: "hello" }] }] })).toThrow(/placeholder its data does not fill/);
    expect(() => tester.run(unfilled, { valid: [], invalid: [{ text: "x", errors: [{ messageId: "helo" }] }] })).toThrow(/"helo" are not in the rule's meta.messages/);
    const planRule = defineRule({
      id: "acme/plan-rule",
      meta: { description: "Always reports.", defaultSeverity: "warning", sources: [], derived: true, messages: { always: "Always." } },
      check(context) {
        context.report({ messageId: "always" });
      },
    });
    expect(() => tester.run(planRule, { valid: ["anything at all"], invalid: [] })).toThrow(/give its cases a `plan`/);
    const lookalike = { ...noShouting, meta: { ...noShouting.meta, id: "no-placeholders" } };
    expect(() => tester.run(lookalike as never, { valid: ["HELLO THERE"], invalid: [] })).toThrow();
  });

  it("catches a wrong count and an invalid case without expectations", () => {
    expect(() => tester.run(noShouting, { valid: [], invalid: [{ text: "LOUD and LOUDER", errors: [{ messageId: "shouting" }] }] })).toThrow(/expected 1 diagnostic\(s\), got 2/);
    expect(() => tester.run(noShouting, { valid: [], invalid: [{ text: "LOUD", errors: [] }] })).toThrow(/at least one expected diagnostic/);
    expect(() => tester.run(noShouting, { valid: [{ name: "nothing" }], invalid: [] })).toThrow(/needs `text` or `plan`/);
  });
});
