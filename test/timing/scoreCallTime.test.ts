import { describe, expect, it } from "vitest";
import { scoreCallTime, type CallTimingInput } from "../../src/index";

const base: CallTimingInput = { interviewedAt: "2026-11-10T15:00:00-05:00", timeZone: "America/New_York" };
const ids = (input: CallTimingInput, at: string) => scoreCallTime(input, at).diagnostics.map((diagnostic) => diagnostic.ruleId);

describe("scoreCallTime", () => {
  it.each<[string, CallTimingInput, string, string[]]>([
    ["an ideal slot", base, "2026-11-18T10:30:00-05:00", []],
    ["the morning before the interview, same day", base, "2026-11-10T10:00:00-05:00", ["wait-a-week"]],
    ["three days after", base, "2026-11-13T10:00:00-05:00", ["wait-a-week", "avoid-monday-friday"]],
    ["three weeks after", base, "2026-12-02T10:00:00-05:00", ["within-two-weeks"]],
    ["a Saturday", base, "2026-11-21T10:00:00-05:00", ["working-day"]],
    ["a holiday", { ...base, holidays: ["2026-11-18"] }, "2026-11-18T10:00:00-05:00", ["working-day"]],
    ["a Monday", base, "2026-11-23T10:00:00-05:00", ["avoid-monday-friday"]],
    ["lunch time", base, "2026-11-18T12:15:00-05:00", ["working-hours"]],
    ["the evening", base, "2026-11-18T19:00:00-05:00", ["working-hours"]],
    ["the afternoon", base, "2026-11-18T14:00:00-05:00", ["best-time-of-day"]],
    ["a day edge", base, "2026-11-18T09:10:00-05:00", ["best-time-of-day"]],
    ["a day edge when edges are preferred", { ...base, timeOfDay: "day-edges" }, "2026-11-18T16:45:00-05:00", []],
    ["any hour with 'any'", { ...base, timeOfDay: "any" }, "2026-11-18T14:00:00-05:00", []],
    ["not the callback date", { ...base, callbackRequestedOn: "2026-11-12" }, "2026-11-18T10:00:00-05:00", ["honor-callback-date"]],
    ["the callback date, a Monday", { ...base, callbackRequestedOn: "2026-11-16" }, "2026-11-16T10:00:00-05:00", []],
    ["before the stated decision", { ...base, decisionExpectedBy: "2026-11-20" }, "2026-11-18T10:00:00-05:00", ["after-stated-timeline"]],
    ["an agency call after two business days", { ...base, viaAgency: true }, "2026-11-12T10:00:00-05:00", []],
    ["an agency call the next day", { ...base, viaAgency: true }, "2026-11-11T10:00:00-05:00", ["wait-a-week"]],
    ["the same instant written in UTC", base, "2026-11-18T15:30:00Z", []],
    ["10:00 in Tokyo, which is 20:00 the evening before in New York", base, "2026-11-19T10:00:00+09:00", ["working-hours"]],
  ])("grades %s", (_name, input, at, expected) => {
    expect(ids(input, at).sort()).toEqual([...expected].sort());
  });

  it("says a call on the interview day is on that day, not '0 days after'", () => {
    const [diagnostic] = scoreCallTime(base, "2026-11-10T16:00:00-05:00").diagnostics;
    expect(diagnostic?.message).toMatch(/^Tuesday 2026-11-10 is the day of the interview itself/);
  });

  it("says a time before the interview is before it, not a negative number of days", () => {
    const [diagnostic] = scoreCallTime(base, "2026-11-01T10:00:00-05:00").diagnostics;
    expect(diagnostic?.message).toBe("Sunday 2026-11-01 is before the interview took place.");
  });

  it("is ok only without error diagnostics, and scores lower for each broken rule", () => {
    const ideal = scoreCallTime(base, "2026-11-18T10:30:00-05:00");
    const monday = scoreCallTime(base, "2026-11-23T10:00:00-05:00");
    const saturday = scoreCallTime(base, "2026-11-21T10:00:00-05:00");
    expect([ideal.ok, monday.ok, saturday.ok]).toEqual([true, true, false]);
    expect(ideal.score).toBe(1);
    expect(monday.score).toBeLessThan(ideal.score);
    expect(saturday.score).toBeLessThan(monday.score);
  });

  it("returns whole diagnostics with severity, sources and a readable message", () => {
    expect(scoreCallTime(base, "2026-11-13T10:00:00-05:00").diagnostics).toEqual([
      {
        ruleId: "wait-a-week",
        severity: "error",
        message: "Friday 2026-11-13 is only 3 days after the interview; wait until Tuesday 2026-11-17 so the employer can finish interviewing.",
        messageId: "tooEarly",
        data: { date: "Friday 2026-11-13", days: 3, daysText: "3 days", earliest: "Tuesday 2026-11-17", minDays: 7, businessDays: 2 },
        path: ["at"],
        sources: ["rednax", "monster"],
      },
      {
        ruleId: "avoid-monday-friday",
        severity: "warning",
        message: "Friday 2026-11-13 is the last day of the interviewer's working week, when people are winding down and some leave early. Prefer mid-week.",
        messageId: "edgeDay",
        data: { date: "Friday 2026-11-13", weekday: "Friday", which: "last", why: "when people are winding down and some leave early" },
        path: ["at"],
        sources: ["monster"],
      },
    ]);
  });
});
