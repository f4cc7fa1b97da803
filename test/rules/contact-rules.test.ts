import { testRule } from "./_ruleTester";

testRule("no-general-number", {
  valid: [
    { name: "a direct line", plan: () => {} },
    {
      name: "a UK mobile with region GB",
      plan: (plan) => Object.assign(plan, { region: "GB", call: { ...plan.call, to: { ...plan.call.to, number: "07700 900123", line: "mobile" } } }),
    },
    { name: "a different number from the main line", plan: (plan) => Object.assign(plan, { company: { mainNumber: "(212) 555-0100" } }) },
  ],
  invalid: [
    { name: "a line marked general", plan: (plan) => Object.assign(plan.call.to, { line: "general" }), path: ["call", "to", "line"], severity: "error" },
    { name: "a US toll-free number", plan: (plan) => Object.assign(plan.call.to, { number: "1-800-555-0123", line: undefined }), message: /toll-free/ },
    {
      name: "a UK premium-rate number",
      plan: (plan) => Object.assign(plan, { region: "GB", call: { ...plan.call, to: { ...plan.call.to, number: "0906 123 4567" } } }),
      message: /premium-rate/,
    },
    {
      name: "an Australian shared-cost number",
      plan: (plan) => Object.assign(plan, { region: "AU", call: { ...plan.call, to: { ...plan.call.to, number: "1300 123 456" } } }),
      message: /shared-cost/,
    },
    {
      name: "a UK company-wide 03 number",
      plan: (plan) => Object.assign(plan, { region: "GB", call: { ...plan.call, to: { ...plan.call.to, number: "0300 123 4567" } } }),
      message: /company-wide/,
    },
    {
      name: "the main number written differently",
      plan: (plan) => Object.assign(plan, { company: { mainNumber: "(212) 555-0199" } }),
      message: /main number/,
      path: ["call", "to", "number"],
    },
    { name: "an unparseable number, as a warning", plan: (plan) => Object.assign(plan.call.to, { number: "call reception" }), severity: "warning", message: /cannot be checked/ },
  ],
});

testRule("call-the-hiring-manager", {
  valid: [
    { name: "the hiring manager", plan: () => {} },
    { name: "the interviewer", plan: (plan) => Object.assign(plan.call.to, { role: "interviewer" }) },
    { name: "the agency, through an agency", plan: (plan) => Object.assign(plan, { viaAgency: true, call: { ...plan.call, to: { ...plan.call.to, role: "agency" } } }) },
  ],
  invalid: [
    { name: "HR", plan: (plan) => Object.assign(plan.call.to, { role: "hr" }), message: /HR/, path: ["call", "to", "role"] },
    { name: "a recruiter", plan: (plan) => Object.assign(plan.call.to, { role: "recruiter" }) },
    { name: "reception", plan: (plan) => Object.assign(plan.call.to, { role: "reception" }) },
    { name: "someone else", plan: (plan) => Object.assign(plan.call.to, { role: "other" }) },
    { name: "an agency without viaAgency", plan: (plan) => Object.assign(plan.call.to, { role: "agency" }) },
    { name: "the employer, bypassing the agency", plan: (plan) => Object.assign(plan, { viaAgency: true }), message: /agency/ },
  ],
});

testRule("no-cold-linkedin", {
  valid: [
    { name: "a phone call", plan: () => {} },
    { name: "LinkedIn after earlier contact there", plan: (plan) => Object.assign(plan, { priorLinkedInContact: true, call: { ...plan.call, channel: "linkedin" } }) },
  ],
  invalid: [{ name: "a cold LinkedIn message", plan: (plan) => Object.assign(plan.call, { channel: "linkedin" }), path: ["call", "channel"] }],
});

const call = (at: string, to?: { name?: string; number?: string }, extra: object = {}) => ({ channel: "call" as const, at, ...(to ? { to } : {}), ...extra });

testRule("no-repeat-call", {
  valid: [
    { name: "no history", plan: () => {} },
    { name: "an earlier email only", plan: (plan) => Object.assign(plan, { history: [{ channel: "email", at: "2026-11-11T09:00:00-05:00" }] }) },
    {
      name: "an earlier call to someone else",
      plan: (plan) => Object.assign(plan, { history: [call("2026-11-11T09:00:00-05:00", { name: "Sam Lee", number: "+1 212 555 0111" })] }),
    },
    { name: "a later call (not earlier)", plan: (plan) => Object.assign(plan, { history: [call("2026-11-25T09:00:00-05:00")] }) },
    {
      name: "a call back on the day the employer asked for",
      plan: (plan) => Object.assign(plan, { history: [call("2026-11-16T10:00:00-05:00", undefined, { outcome: "asked-to-call-back", callbackRequestedOn: "2026-11-18" })] }),
    },
    { name: "a plan-level callback date for this day", plan: (plan) => Object.assign(plan, { callbackRequestedOn: "2026-11-18", history: [call("2026-11-16T10:00:00-05:00")] }) },
  ],
  invalid: [
    {
      name: "an earlier call to the interviewer (no `to`)",
      plan: (plan) => Object.assign(plan, { history: [call("2026-11-17T10:00:00-05:00")] }),
      path: ["history", 0],
      message: /already called Priya Okafor on Tuesday 2026-11-17/,
    },
    {
      name: "a voicemail to the same number written differently",
      plan: (plan) => Object.assign(plan, { history: [{ channel: "voicemail", at: "2026-11-17T10:00:00-05:00", to: { number: "(212) 555-0199" } }] }),
      message: /left a voicemail/,
    },
    { name: "the same person by first name", plan: (plan) => Object.assign(plan, { history: [call("2026-11-17T10:00:00-05:00", { name: "priya" })] }) },
    // The titles a script greets by are the ones set aside when two names are compared.
    { name: "the same person with a title", plan: (plan) => Object.assign(plan, { history: [call("2026-11-17T10:00:00-05:00", { name: "Dr Priya Okafor" })] }) },
    {
      name: "the same person with a title only the greetings knew before",
      plan: (plan) => Object.assign(plan, { history: [call("2026-11-17T10:00:00-05:00", { name: "Professor Okafor" })] }),
    },
    {
      name: "a call back someone else asked for does not cover a second call to the interviewer",
      plan: (plan) =>
        Object.assign(plan, {
          history: [
            call("2026-11-17T10:00:00-05:00"),
            call("2026-11-17T11:00:00-05:00", { name: "Sam Lee", number: "+1 212 555 0111" }, { outcome: "asked-to-call-back", callbackRequestedOn: "2026-11-18" }),
          ],
        }),
      path: ["history", 0],
    },
    { name: "two earlier calls, two reports", plan: (plan) => Object.assign(plan, { history: [call("2026-11-16T10:00:00-05:00"), call("2026-11-17T10:00:00-05:00")] }), count: 2 },
  ],
});

testRule("thank-you-email-first", {
  valid: [{ name: "sent the same evening", plan: () => {} }],
  invalid: [
    { name: "never sent", plan: (plan) => Object.assign(plan, { thankYouEmailSentAt: undefined }), path: ["thankYouEmailSentAt"], message: /No thank-you email/ },
    { name: "sent two days later", plan: (plan) => Object.assign(plan, { thankYouEmailSentAt: "2026-11-12T14:00:00-05:00" }), message: /48 hours/ },
    { name: "sent after the call", plan: (plan) => Object.assign(plan, { thankYouEmailSentAt: "2026-11-19T09:00:00-05:00" }), message: /after the call/ },
    { name: "dated before the interview", plan: (plan) => Object.assign(plan, { thankYouEmailSentAt: "2026-11-09T09:00:00-05:00" }), message: /before the interview/ },
  ],
});

testRule("prepare-a-script", {
  valid: [{ name: "a script", plan: () => {} }],
  invalid: [
    { name: "no script", plan: (plan) => Object.assign(plan.call, { script: undefined }), severity: "info", path: ["call", "script"] },
    { name: "a blank script", plan: (plan) => Object.assign(plan.call, { script: "   " }) },
  ],
});
