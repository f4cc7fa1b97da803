import { describe, expect, it } from "vitest";
import { lintScript, renderScript, scriptKinds, scriptVariants, validateCallPlan, type ScriptData } from "../../src/index";
import { planWith } from "../fixtures/plans";

const data: ScriptData = {
  candidateName: "Dana Whitfield",
  jobTitle: "Operations Analyst",
  company: "Harbor Freight Lines",
  interviewerName: "Priya Raman",
  interviewDate: "2026-11-10",
  phone: "+1 212 555 0147",
  topic: "warehouse scheduling",
};

const every = scriptKinds.flatMap((kind) => scriptVariants[kind].map((variant) => ({ kind, variant })));

describe("scripts that fit what happened", () => {
  it("greets by first name, or as the data asks", () => {
    for (const { kind, variant } of every) {
      const text = renderScript(kind, data, { variant }).text;
      expect(text, `${kind}.${variant}`).not.toContain("Priya Raman");
      expect(text, `${kind}.${variant}`).toContain("Priya");
    }
    expect(renderScript("thank-you-email", { ...data, greetingName: "Mrs Raman" }).text).toMatch(/^Dear Mrs Raman,$/m);
    expect(renderScript("call", { ...data, interviewerName: "Dr Priya Raman" }).text).toMatch(/^Hi Dr Raman,/);
    expect(renderScript("call", { ...data, interviewerName: "Priya" }).text).toMatch(/^Hi Priya,/);
  });

  it("names interviewerName when the data lacks it, not the derived greeting", () => {
    const { interviewerName: _omitted, ...rest } = data;
    expect(() => renderScript("call", rest as ScriptData)).toThrow(/interviewerName/);
    expect(renderScript("call", { ...rest, greetingName: "Priya" } as ScriptData, { template: "Hi {{greetingName}}, it's {{candidateName}}." }).text).toBe(
      "Hi Priya, it's Dana Whitfield.",
    );
  });

  it("says in the voicemail why you called, and the number twice", () => {
    for (const variant of scriptVariants.voicemail) {
      const script = renderScript("voicemail", data, { variant });
      expect(script.text).toMatch(/calling to .*timeline/);
      expect(script.text.split(data.phone).length - 1).toBe(2);
      expect(script.seconds).toBeLessThanOrEqual(30);
    }
  });

  it("writes the follow-up email for a call that was answered and for a voicemail", () => {
    expect(renderScript("follow-up-email", data).text).toContain("taking my call");
    const afterVoicemail = renderScript("follow-up-email", data, { variant: "after-voicemail" });
    expect(afterVoicemail.text).toContain("voicemail");
    expect(afterVoicemail.text).not.toMatch(/taking my call|speaking with me/);
    expect(afterVoicemail.subject).toBeDefined();
  });

  it("writes thank-you emails that read right on the day or the next", () => {
    for (const variant of scriptVariants["thank-you-email"]) {
      const script = renderScript("thank-you-email", data, { variant });
      expect(`${script.subject} ${script.text}`).not.toMatch(/\btoday\b|\byesterday\b/i);
    }
  });

  it("thanks for an offer, asks for it in writing and for the next steps, and commits to nothing", () => {
    for (const variant of scriptVariants["after-offer"]) {
      const text = renderScript("after-offer", data, { variant }).text;
      expect(text).toMatch(/in writing/);
      expect(text).toMatch(/next/);
      expect(text).toMatch(/start date/);
      expect(text).not.toMatch(/can't wait to get started|looking forward to (joining|working)|I accept|happy to accept/i);
    }
  });

  it("has a closing for the commonest outcome, no decision yet, that lints clean", () => {
    for (const variant of scriptVariants["no-decision"]) {
      const text = renderScript("no-decision", data, { variant }).text;
      expect(text).toMatch(/thank/i);
      const errors = lintScript(text, { kind: "no-decision", candidateName: data.candidateName, phone: data.phone }).filter((d) => d.severity !== "info");
      expect(errors).toEqual([]);
    }
  });

  it("returns an email's subject on its own, in text and in HTML", () => {
    for (const { kind, variant } of every.filter(({ kind }) => kind.endsWith("-email"))) {
      for (const format of ["text", "html"] as const) {
        const script = renderScript(kind, data, { variant, format });
        expect(script.subject, `${kind}.${variant}`).toBeTruthy();
        expect(script.text, `${kind}.${variant} ${format}`).not.toContain("Subject:");
        expect(script.text.trimStart().startsWith(format === "html" ? "<p>Dear" : "Dear")).toBe(true);
      }
    }
    const custom = renderScript("follow-up-email", data, { template: "Subject: Hello {{jobTitle}}\n\nDear {{greetingName}}, thanks." });
    expect(custom).toMatchObject({ subject: "Hello Operations Analyst", text: "Dear Priya, thanks." });
    expect(custom.words).toBe(3);
  });

  it("lets the library's own voicemail through a plan with topics", () => {
    const plan = planWith((p) => {
      p.call.voicemail = renderScript("voicemail", { ...data, interviewerName: "Priya Okafor", interviewDate: "2026-11-10" }).text;
    });
    const found = validateCallPlan(plan)
      .diagnostics.filter((d) => d.path[1] === "voicemail")
      .map((d) => d.ruleId);
    expect(found).toEqual([]);
  });
});
