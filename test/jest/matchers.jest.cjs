// The same matchers under Jest, from the built CommonJS entry (npm run test:jest, after the build).
const { expect, describe, it } = require("@jest/globals");
const { followUpMatchers } = require("followup-call/testing");
const { validateCallPlan } = require("followup-call");

expect.extend(followUpMatchers);

const plan = {
  candidate: { name: "Dana Whitfield", phone: "+1 212 555 0147", email: "dana@example.com" },
  interview: { at: "2026-11-10T14:00:00-05:00", timeZone: "America/New_York", jobTitle: "Operations Analyst", company: "Harbor Freight Lines", interviewerName: "Priya Okafor" },
  call: {
    at: "2026-11-18T10:30:00-05:00",
    to: { name: "Priya Okafor", number: "+1 212 555 0199", role: "hiring-manager", line: "direct" },
    script: "Hi Priya, this is Dana Whitfield. I interviewed for the Operations Analyst role on Tuesday, November 10. Is now a good time for a quick chat? Thank you again for the interview. I'm still very interested in the role.",
    voicemail: "Hi Priya, it's Dana Whitfield. Thank you for the interview for the Operations Analyst role last Tuesday. I'm still very interested. Please call me back on 212 555 0147. Thanks!",
  },
  region: "US",
  thankYouEmailSentAt: "2026-11-10T19:00:00-05:00",
};
const tooSoon = { ...plan, call: { ...plan.call, at: "2026-11-12T10:30:00-05:00" } };

describe("followup-call/testing under Jest", () => {
  it("toBeValidCallPlan", () => {
    expect(plan).toBeValidCallPlan();
    expect(tooSoon).not.toBeValidCallPlan();
    expect(() => expect(tooSoon).toBeValidCallPlan()).toThrow(/wait-a-week \(tooEarly\) at call\.at/);
  });

  it("toHaveDiagnostic", () => {
    expect(validateCallPlan(tooSoon)).toHaveDiagnostic("wait-a-week", { severity: "error", messageId: "tooEarly" });
    expect(plan).not.toHaveDiagnostic("wait-a-week");
  });

  it("toPassScriptLint", () => {
    expect("Hi Priya, it's Dana. Why haven't I heard back yet?").not.toPassScriptLint();
    expect(() => expect("Why haven't I heard back yet?").toPassScriptLint()).toThrow(/no-questioning-delay/);
  });
});
