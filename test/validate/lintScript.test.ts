import { describe, expect, it } from "vitest";
import { FollowUpInputError, lintScript } from "../../src/index";

describe("lintScript", () => {
  it("runs only the never-say rules and no-placeholders without a context", () => {
    const text = "Hi, it's me. Did I get the job? Also [your name] here.";
    const diagnostics = lintScript(text);
    expect(diagnostics.map((d) => d.ruleId).sort()).toEqual(["no-asking-for-decision", "no-placeholders"]);
    for (const diagnostic of diagnostics) {
      expect(diagnostic.path).toEqual([]);
      expect(diagnostic.span).toBeDefined();
    }
    expect(text.slice(diagnostics[0]?.span?.start, diagnostics[0]?.span?.end)).toMatch(/Did I get|\[your name\]/);
  });

  it("runs presence rules when the context gives what they need", () => {
    const context = { kind: "voicemail" as const, candidateName: "Dana Whitfield", phone: "+1 212 555 0147" };
    expect(
      lintScript("Hello.", context)
        .map((d) => d.ruleId)
        .sort(),
    ).toEqual(["identify-yourself", "leave-contact-details", "reaffirm-interest", "say-thank-you"]);
    expect(lintScript("Hello.", { candidateName: "Dana" }).map((d) => d.ruleId)).toEqual(["identify-yourself"]);
  });

  it("keeps spans true with curly quotes and accents", () => {
    const text = "Bonjour, c’est Zoë. Have you made a decision?";
    const [diagnostic] = lintScript(text);
    expect(text.slice(diagnostic?.span?.start, diagnostic?.span?.end)).toBe("Have you made a decision");
  });

  it("prefixes paths and accepts an instant interview date with its zone", () => {
    const diagnostics = lintScript("Hi, it's Dana about the Operations Analyst job.", {
      path: ["scripts", 2],
      jobTitle: "Operations Analyst",
      interviewDate: "2026-11-10T23:30:00-05:00",
      timeZone: "America/New_York",
      kind: "call",
    });
    const roleAndDate = diagnostics.find((d) => d.ruleId === "mention-role-and-date");
    expect(roleAndDate?.path).toEqual(["scripts", 2]);
    expect(roleAndDate?.message).toContain("Tuesday, November 10");
  });

  it("rejects bad input with FollowUpInputError", () => {
    expect(() => lintScript(42 as unknown as string)).toThrow(FollowUpInputError);
    expect(() => lintScript("x", { kind: "sms" as never })).toThrow(/kind/);
    expect(() => lintScript("x", { interviewDate: "2026-11-10T10:00:00Z" })).toThrow(/timeZone/);
    expect(() => lintScript("x", { rules: { nope: "off" } as never })).toThrow(/known rule/);
  });
});
