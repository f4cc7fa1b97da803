import { describe, expect, it } from "vitest";
import { createLinter, FollowUpInputError, validateCallPlan } from "../../src/index";
import { planWith } from "../fixtures/plans";

const ids = (report: ReturnType<typeof validateCallPlan>) => report.diagnostics.map((diagnostic) => diagnostic.ruleId);

function inputError(run: () => unknown): FollowUpInputError {
  try {
    run();
  } catch (error) {
    if (error instanceof FollowUpInputError) return error;
    throw error;
  }
  throw new Error("expected a FollowUpInputError");
}

describe("validateCallPlan and the clocks", () => {
  it("checks the call against the candidate's waking hours when their zone is given", () => {
    const plan = planWith((p) => {
      p.candidate.timeZone = "Australia/Sydney";
    });
    const report = validateCallPlan(plan);
    const diagnostic = report.diagnostics.find((d) => d.ruleId === "caller-hours");
    expect(diagnostic).toMatchObject({ severity: "warning", path: ["call", "at"], data: { time: "02:30", timeZone: "Australia/Sydney" } });
    expect(
      ids(
        validateCallPlan(
          planWith((p) => {
            p.candidate.timeZone = "Europe/London";
          }),
        ),
      ),
    ).not.toContain("caller-hours");
    const nightOwl = planWith((p) => {
      p.candidate.timeZone = "Australia/Sydney";
      p.callerHours = { start: "22:00", end: "04:00" };
    });
    expect(ids(validateCallPlan(nightOwl))).not.toContain("caller-hours");
  });

  it("reports a call in the past only when now is given", () => {
    const plan = planWith(() => {});
    expect(ids(validateCallPlan(plan))).not.toContain("call-in-the-past");
    const report = validateCallPlan(plan, { now: "2026-11-18T12:00:00-05:00" });
    expect(report.valid).toBe(false);
    expect(report.diagnostics[0]).toMatchObject({ ruleId: "call-in-the-past", severity: "error", path: ["call", "at"] });
    expect(ids(validateCallPlan(plan, { now: new Date("2026-11-18T10:00:00-05:00") }))).not.toContain("call-in-the-past");
    expect(ids(createLinter().validateCallPlan(plan, { now: "2026-11-19T00:00:00Z" }))).toContain("call-in-the-past");
    // With rules set, the option still reaches the timing engine.
    expect(ids(validateCallPlan(plan, { rules: { "prepare-a-script": "off" }, now: "2026-11-19T00:00:00Z" }))).toContain("call-in-the-past");
  });

  it.each([
    ["now", { now: "2026-11-18T12:00:00" }],
    ["now", { now: 1_700_000_000_000 }],
    ["noww", { noww: "2026-11-18T12:00:00Z" }],
  ])("rejects a bad option at %s", (path, options) => {
    const error = inputError(() =>
      validateCallPlan(
        planWith(() => {}),
        options as never,
      ),
    );
    expect(error.issues.map((issue) => issue.path.join("."))).toContain(path);
  });

  it("rejects a decision date before the interview, as it does a callback date", () => {
    const error = inputError(() =>
      validateCallPlan(
        planWith((p) => {
          p.decisionExpectedBy = "2026-11-01";
        }),
      ),
    );
    expect(error.issues[0]?.path).toEqual(["decisionExpectedBy"]);
    expect(error.issues[0]?.message).toContain("is before the interview");
  });

  it("rejects a candidate zone that is not an IANA name", () => {
    const error = inputError(() =>
      validateCallPlan(
        planWith((p) => {
          p.candidate.timeZone = "AEST";
        }),
      ),
    );
    expect(error.issues[0]?.path).toEqual(["candidate", "timeZone"]);
  });

  it("judges a LinkedIn message by the waiting rules, not by the phone's hours", () => {
    const saturdayEvening = planWith((p) => {
      p.call.channel = "linkedin";
      p.call.at = "2026-11-21T20:30:00-05:00";
      p.priorLinkedInContact = true;
      p.candidate.timeZone = "Asia/Tokyo";
    });
    const found = ids(validateCallPlan(saturdayEvening));
    for (const id of ["working-day", "working-hours", "best-time-of-day", "avoid-monday-friday", "caller-hours"]) expect(found).not.toContain(id);
    const tooSoon = planWith((p) => {
      p.call.channel = "linkedin";
      p.call.at = "2026-11-12T20:30:00-05:00";
      p.priorLinkedInContact = true;
    });
    expect(ids(validateCallPlan(tooSoon))).toContain("wait-a-week");
  });

  it("never accepts a same-day callback during the interview", () => {
    const plan = planWith((p) => {
      p.callbackRequestedOn = "2026-11-10";
      p.call.at = "2026-11-10T14:30:00-05:00";
    });
    const diagnostic = validateCallPlan(plan).diagnostics.find((d) => d.ruleId === "honor-callback-date");
    expect(diagnostic?.messageId).toBe("duringInterview");
    const after = planWith((p) => {
      p.callbackRequestedOn = "2026-11-10";
      p.call.at = "2026-11-10T15:30:00-05:00";
    });
    expect(ids(validateCallPlan(after))).not.toContain("honor-callback-date");
  });
});

describe("messages for what is missing", () => {
  it("says a required field is required, not that it is invalid", () => {
    const error = inputError(() => validateCallPlan({ candidate: {}, interview: { at: "2026-11-17" } } as never));
    const byPath = Object.fromEntries(error.issues.map((issue) => [issue.path.join("."), issue.message]));
    expect(byPath.call).toBe("is required");
    expect(byPath["candidate.name"]).toBe("is required: the candidate's name");
    expect(byPath["interview.timeZone"]).toMatch(/^is required: an IANA time zone name/);
    expect(byPath["interview.at"]).toMatch(/is a date without a time/);
    expect(inputError(() => validateCallPlan({ ...planWith(() => {}), candidate: "Dana" } as never)).issues[0]?.message).toBe("must be an object");
  });
});
