import { describe, expect, it } from "vitest";
import { bestCallTime, FollowUpInputError, renderScript, validateCallPlan } from "../../src/index";
import { goodScriptData, planWith } from "../fixtures/plans";

const ids = (plan: Parameters<typeof validateCallPlan>[0]) => validateCallPlan(plan).diagnostics.map((diagnostic) => diagnostic.ruleId);

const scriptData = goodScriptData();

describe("after an offer or a rejection", () => {
  it("counts from the employer's news: a call back on day 2 is right, and earlier calls are not repeats", () => {
    const plan = planWith((p) => {
      p.stage = "after-offer";
      p.history = [{ channel: "call", at: "2026-11-11T10:30:00-05:00", outcome: "connected" }];
      p.call.at = "2026-11-12T10:30:00-05:00";
      p.call.script = renderScript("after-offer", scriptData).text;
      p.call.voicemail = undefined;
    });
    const found = ids(plan);
    for (const id of ["wait-a-week", "no-repeat-call", "mention-role-and-date", "ask-if-good-time", "reaffirm-interest"]) expect(found).not.toContain(id);
    // The same plan before the decision is too early, and a repeat call.
    const before = ids({ ...plan, stage: "pre-decision", call: { ...plan.call, script: undefined } });
    expect(before).toContain("wait-a-week");
    expect(before).toContain("no-repeat-call");
  });

  it("still reports a second call after the news", () => {
    const plan = planWith((p) => {
      p.stage = "after-offer";
      p.employerContactedAt = "2026-11-11T09:00:00-05:00";
      p.history = [{ channel: "call", at: "2026-11-11T15:00:00-05:00", outcome: "no-answer" }];
      p.call.at = "2026-11-12T10:30:00-05:00";
    });
    expect(ids(plan)).toContain("no-repeat-call");
  });

  it("reports a call planned before the news came", () => {
    const plan = planWith((p) => {
      p.stage = "after-rejection";
      p.employerContactedAt = "2026-11-19T12:00:00-05:00";
      p.call.at = "2026-11-18T10:30:00-05:00";
    });
    const diagnostic = validateCallPlan(plan).diagnostics.find((d) => d.ruleId === "wait-a-week");
    expect(diagnostic?.messageId).toBe("beforeNews");
  });

  it("does not ask the library's own after-rejection words for interest, the role and date, or a good time", () => {
    for (const variant of ["brief", "warm"] as const) {
      const plan = planWith((p) => {
        p.stage = "after-rejection";
        p.call.at = "2026-11-20T10:30:00-05:00";
        p.call.script = renderScript("after-rejection", scriptData, { variant }).text;
        p.call.voicemail = undefined;
      });
      const report = validateCallPlan(plan);
      expect(
        report.diagnostics.filter((d) => d.path[1] === "script"),
        variant,
      ).toEqual([]);
    }
  });

  it("plans the reply from the news in bestCallTime", () => {
    const best = bestCallTime({
      interviewedAt: "2026-11-10T14:00:00-05:00",
      timeZone: "America/New_York",
      stage: "after-offer",
      employerContactedAt: "2026-11-12T16:00:00-05:00",
    });
    expect(best.earliest).toBe("2026-11-12");
    expect(best.latest).toBe("2026-11-26");
    expect(best.atLocal.slice(0, 10) >= "2026-11-12").toBe(true);
    expect(best.reasons.find((reason) => reason.ruleId === "wait-a-week")?.message).toContain("nothing to wait for");
  });

  it("rejects news dated before the interview", () => {
    const plan = planWith((p) => {
      p.stage = "after-offer";
      p.employerContactedAt = "2026-11-01T09:00:00-05:00";
    });
    expect(() => validateCallPlan(plan)).toThrow(FollowUpInputError);
    expect(() => bestCallTime({ interviewedAt: "2026-11-10T14:00:00-05:00", timeZone: "America/New_York", employerContactedAt: "2026-11-01T09:00:00Z" })).toThrow(
      /employerContactedAt/,
    );
  });
});

describe("through an agency", () => {
  it("accepts the agency's toll-free line, as the agency is the right contact (C2)", () => {
    const plan = planWith((p) => {
      p.viaAgency = true;
      p.call.to = { name: "Sam Reyes", number: "+1 800 555 0123", role: "agency" };
    });
    expect(ids(plan)).not.toContain("no-general-number");
    expect(ids(plan)).not.toContain("call-the-hiring-manager");
  });

  it("notes a line marked general, naming the consultant rather than the interviewer", () => {
    const plan = planWith((p) => {
      p.viaAgency = true;
      p.call.to = { name: "Sam Reyes", number: "+1 800 555 0123", role: "agency", line: "general" };
    });
    const diagnostic = validateCallPlan(plan).diagnostics.find((d) => d.ruleId === "no-general-number");
    expect(diagnostic).toMatchObject({ severity: "warning", messageId: "markedGeneralAgency" });
    expect(diagnostic?.message).toContain("Sam Reyes");
    expect(diagnostic?.message).not.toContain("Priya");
  });

  it("still reports the employer's toll-free line when there is no agency", () => {
    const plan = planWith((p) => {
      p.call.to = { name: "Front desk", number: "+1 800 555 0123", role: "reception" };
    });
    expect(ids(plan)).toContain("no-general-number");
  });
});
