// The library is imported first: what its dependencies set up when loaded (zod registers
// itself on globalThis) is part of the baseline; what any call changes afterwards is not.
import { bestCallTime, lintScript, renderScript, BUILT_IN_RULE_IDS, ruleCatalog, scoreCallTime, validateCallPlan } from "../src/index";
import { assertNoPoisoning, restoreGlobals } from "@fast-check/poisoning";
import { afterEach, describe, expect, it } from "vitest";
import { goodPlan } from "./fixtures/plans";

// The library must not change built-ins or globals (Array.prototype, Intl, Mustache's settings…).
// Node defines AbortController lazily on first access (the test runner's doing), and zod keeps
// its own config and schema registry on globalThis, created on first use.
const ignoredRootRegex = /^(?:__vitest|__VITEST|vitest|__coverage__|chai|expect|jest)|^(?:AbortController|__zod_globalConfig|__zod_globalRegistry)$/;

describe("no global poisoning", () => {
  afterEach(() => restoreGlobals({ ignoredRootRegex }));

  it("leaves globals and built-ins untouched after using every function", () => {
    const plan = goodPlan();
    bestCallTime({ interviewedAt: "2026-11-10T14:00:00-05:00", timeZone: "Australia/Lord_Howe", callerTimeZone: "Asia/Kathmandu" });
    scoreCallTime({ interviewedAt: "2026-11-10T14:00:00-05:00", timeZone: "America/Santiago" }, "2026-11-18T10:00:00-03:00");
    validateCallPlan({ ...plan, call: { ...plan.call, script: "Did I get the job? [name]" } });
    lintScript("Why is it taking so long?", { kind: "call", candidateName: "Dana" });
    renderScript("call", { candidateName: "Dana", jobTitle: "Analyst", company: "Acme", interviewerName: "Priya", interviewDate: "2026-11-17", phone: "1" }, { format: "html" });
    renderScript(
      "voicemail",
      { candidateName: "Dana", jobTitle: "Analyst", company: "Acme", interviewerName: "Priya", interviewDate: "2026-11-17", phone: "1" },
      { template: "{{candidateName}} {{phone}}" },
    );
    expect(ruleCatalog.length).toBe(BUILT_IN_RULE_IDS.length);
    expect(() => assertNoPoisoning({ ignoredRootRegex })).not.toThrow();
  });
});
