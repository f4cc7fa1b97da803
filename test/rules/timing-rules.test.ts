import type { Instant } from "../../src";
import { testRule } from "./_ruleTester";

// The timing rules read call.at through the scoreCallTime engine (test/timing covers it in depth).
const at = (iso: string) => (plan: { call: { at: Instant } }) => {
  plan.call.at = iso;
};

testRule("wait-a-week", {
  valid: [
    { name: "day 8", plan: at("2026-11-18T10:30:00-05:00") },
    {
      name: "an agency after two business days",
      plan: (plan) => Object.assign(plan, { viaAgency: true, call: { ...plan.call, at: "2026-11-12T10:30:00-05:00", to: { ...plan.call.to, role: "agency" } } }),
    },
  ],
  invalid: [
    { name: "two days after", plan: at("2026-11-12T10:30:00-05:00"), path: ["call", "at"], severity: "error", message: /only 2 day/ },
    { name: "before the interview", plan: at("2026-11-09T10:30:00-05:00") },
  ],
});

testRule("within-two-weeks", {
  valid: [{ name: "day 14", plan: at("2026-11-24T10:30:00-05:00") }],
  invalid: [{ name: "day 16", plan: at("2026-11-26T10:30:00-05:00"), severity: "warning", message: /decision may already be made/ }],
});

testRule("honor-callback-date", {
  valid: [
    { name: "on the requested date", plan: (plan) => Object.assign(plan, { callbackRequestedOn: "2026-11-13", call: { ...plan.call, at: "2026-11-13T10:30:00-05:00" } }) },
    {
      name: "on the date asked for during an earlier call",
      plan: (plan) =>
        Object.assign(plan, {
          call: { ...plan.call, at: "2026-11-12T10:30:00-05:00" },
          history: [{ channel: "call", at: "2026-11-11T10:00:00-05:00", outcome: "asked-to-call-back", callbackRequestedOn: "2026-11-12" }],
        }),
    },
  ],
  invalid: [
    { name: "another date", plan: (plan) => Object.assign(plan, { callbackRequestedOn: "2026-11-13" }), message: /Friday 2026-11-13/ },
    {
      name: "another date than the one asked for on an earlier call",
      plan: (plan) => Object.assign(plan, { history: [{ channel: "call", at: "2026-11-11T10:00:00-05:00", outcome: "asked-to-call-back", callbackRequestedOn: "2026-11-13" }] }),
      message: /asked you to call on Friday 2026-11-13/,
    },
  ],
});

testRule("after-stated-timeline", {
  valid: [{ name: "after the stated date", plan: (plan) => Object.assign(plan, { decisionExpectedBy: "2026-11-17" }) }],
  invalid: [{ name: "on the stated date", plan: (plan) => Object.assign(plan, { decisionExpectedBy: "2026-11-18" }), severity: "warning" }],
});

testRule("avoid-monday-friday", {
  valid: [
    { name: "a Wednesday", plan: at("2026-11-18T10:30:00-05:00") },
    {
      name: "a Monday the employer asked for",
      plan: (plan) => Object.assign(plan, { callbackRequestedOn: "2026-11-16", call: { ...plan.call, at: "2026-11-16T10:30:00-05:00" } }),
    },
  ],
  invalid: [
    { name: "a Monday", plan: at("2026-11-23T10:30:00-05:00"), message: /first day/ },
    { name: "a Friday", plan: at("2026-11-20T10:30:00-05:00"), message: /last day/ },
    {
      name: "a Thursday in a Sunday–Thursday week",
      plan: (plan) => Object.assign(plan, { workingHours: { days: [0, 1, 2, 3, 4] }, call: { ...plan.call, at: "2026-11-19T10:30:00-05:00" } }),
    },
  ],
});

testRule("working-day", {
  valid: [{ name: "a working Wednesday", plan: at("2026-11-18T10:30:00-05:00") }],
  invalid: [
    { name: "a Saturday", plan: at("2026-11-21T10:30:00-05:00"), severity: "error" },
    { name: "a holiday", plan: (plan) => Object.assign(plan, { holidays: ["2026-11-18"] }), message: /holiday/ },
  ],
});

testRule("working-hours", {
  valid: [{ name: "16:45", plan: at("2026-11-18T16:45:00-05:00") }],
  invalid: [
    { name: "lunch", plan: at("2026-11-18T12:30:00-05:00"), message: /lunch/ },
    { name: "early morning", plan: at("2026-11-18T07:00:00-05:00"), message: /outside/ },
    { name: "9am in London, 4am in New York", plan: at("2026-11-18T09:00:00Z") },
  ],
});

testRule("best-time-of-day", {
  valid: [
    { name: "late morning", plan: at("2026-11-18T11:00:00-05:00") },
    { name: "any hour with timeOfDay any", plan: (plan) => Object.assign(plan, { timeOfDay: "any", call: { ...plan.call, at: "2026-11-18T14:00:00-05:00" } }) },
  ],
  invalid: [{ name: "mid-afternoon", plan: at("2026-11-18T14:00:00-05:00"), severity: "info", message: /late morning/ }],
});
