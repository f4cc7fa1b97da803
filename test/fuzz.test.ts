// Every public function, subpath and CLI command fed arbitrary values: the only outcomes are a
// result or the library's own typed errors, and no built-in prototype changes.
import fc from "fast-check";
import { assertNoPoisoning, restoreGlobals } from "@fast-check/poisoning";
import { afterEach, describe, expect, it } from "vitest";
import { toICS } from "../src/calendar";
import { runCli } from "../src/cli/program";
import { publicHolidays, usualWorkingDays } from "../src/holidays";
import {
  afterCall,
  bestCallTime,
  chooseChannel,
  createLinter,
  FollowUpInputError,
  fromWallClock,
  lintScript,
  planFollowUp,
  renderScript,
  scoreCallTime,
  TemplateError,
  validateCallPlan,
} from "../src/index";
import { followUpMatchers } from "../src/testing";
import { goodPlan } from "./fixtures/plans";

// As in poisoning.test.ts.
const ignoredRootRegex = /^(?:__vitest|__VITEST|vitest|__coverage__|chai|expect|jest)|^(?:AbortController|__zod_globalConfig|__zod_globalRegistry)$/;

// Values people feed a library: anything, including __proto__ keys, deep nesting, huge strings,
// broken dates, arrays where objects belong, and near-valid inputs with one field wrong.
const hostile = fc.oneof(
  fc.anything({ withBoxedValues: true, withMap: true, withSet: true, withObjectString: true, withNullPrototype: true, maxDepth: 4 }),
  fc.constantFrom(new Date(Number.NaN), "2026-02-30T10:00:00Z", "x".repeat(200_000), { __proto__: { polluted: true } }, JSON.parse('{"__proto__": {"polluted": true}}'), [], [[]]),
  fc.record({
    interviewedAt: fc.oneof(fc.string(), fc.date({ noInvalidDate: false }), fc.integer()),
    timeZone: fc.oneof(fc.string(), fc.constantFrom("UTC", "EST", "Europe/London")),
  }),
);
const nearPlan = fc
  .tuple(fc.constantFrom("candidate", "interview", "call", "history", "holidays", "workingHours", "stage", "region"), hostile)
  .map(([key, value]) => ({ ...goodPlan(), [key]: value }));

function onlyTypedErrors(run: () => unknown): void {
  try {
    run();
  } catch (error) {
    if (error instanceof FollowUpInputError || error instanceof TemplateError) {
      // Bounded messages: never a megabyte of echoed input.
      expect(error.message.length).toBeLessThan(20_000);
      return;
    }
    throw error;
  }
}

describe("arbitrary input", () => {
  afterEach(() => restoreGlobals({ ignoredRootRegex }));

  it("gives a result or a typed error from every public function and subpath", () => {
    const linter = createLinter();
    fc.assert(
      fc.property(hostile, hostile, nearPlan, (value, other, plan) => {
        onlyTypedErrors(() => bestCallTime(value as never));
        onlyTypedErrors(() => scoreCallTime(value as never, other as never));
        onlyTypedErrors(() => validateCallPlan(value as never, other as never));
        onlyTypedErrors(() => validateCallPlan(plan as never));
        onlyTypedErrors(() => linter.validateCallPlan(plan as never, { now: other } as never));
        onlyTypedErrors(() => lintScript(value as never, other as never));
        onlyTypedErrors(() => renderScript("call", value as never, other as never));
        onlyTypedErrors(() => renderScript(value as never, other as never));
        onlyTypedErrors(() => planFollowUp(value as never));
        onlyTypedErrors(() => chooseChannel(value as never));
        onlyTypedErrors(() => afterCall(value as never));
        onlyTypedErrors(() => fromWallClock(value as never, other as never));
        onlyTypedErrors(() => toICS(value as never, other as never));
        onlyTypedErrors(() => publicHolidays(value as never));
        onlyTypedErrors(() => usualWorkingDays(value as never));
        onlyTypedErrors(() => followUpMatchers.toBeValidCallPlan(plan));
        onlyTypedErrors(() => followUpMatchers.toPassScriptLint(value, other as never));
      }),
      { numRuns: 150 },
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(() => assertNoPoisoning({ ignoredRootRegex })).not.toThrow();
  }, 120_000);

  it("never crashes the CLI: exit 0, 1 or 2, and no stack trace", () => {
    const word = fc.oneof(
      fc.string(),
      fc.constantFrom("plan", "lint", "script", "rules", "--help", "--json", "--zone", "--interview", "-", "call", "--format", "html", "--country", "US"),
    );
    fc.assert(
      fc.property(fc.array(word, { maxLength: 8 }), fc.string(), (argv, input) => {
        let stderr = "";
        const io = {
          stdout: () => {},
          stderr: (text: string) => {
            stderr += text;
          },
          readInput: () => input,
          color: false,
        };
        // A clock within the years the library takes, so lint reaches its report.
        const code = runCli(argv, io, "0.0.0", () => new Date("2026-11-10T21:00:00Z"));
        expect([0, 1, 2]).toContain(code);
        expect(stderr).not.toMatch(/\n\s+at \S+ \(/);
      }),
      { numRuns: 200 },
    );
    expect(() => assertNoPoisoning({ ignoredRootRegex })).not.toThrow();
  }, 120_000);
});
