import { describe, expect, it } from "vitest";
import { bestCallTime, FollowUpInputError, isFollowUpError, scoreCallTime, type CallTimingInput } from "../../src/index";

const base: CallTimingInput = { interviewedAt: "2026-11-10T15:00:00-05:00", timeZone: "America/New_York" };

function issuesOf(run: () => unknown): { path: string; message: string }[] {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(FollowUpInputError);
    expect(error).not.toBeInstanceOf(TypeError);
    expect(isFollowUpError(error)).toBe(true);
    const issues = (error as FollowUpInputError).issues;
    expect(issues.length).toBeGreaterThan(0);
    expect((error as Error).message).toContain(issues[0]?.message ?? "");
    return issues.map((issue) => ({ path: issue.path.join("."), message: issue.message }));
  }
  throw new Error("expected a FollowUpInputError");
}

describe("bad timing input", () => {
  it.each<[string, unknown, string, RegExp]>([
    ["an unknown IANA zone", { ...base, timeZone: "Mars/Olympus_Mons" }, "timeZone", /not a time zone/],
    ["a zone that is not a string", { ...base, timeZone: 5 }, "timeZone", /IANA time zone/],
    ["an ISO instant without offset", { ...base, interviewedAt: "2026-11-10T15:00:00" }, "interviewedAt", /no UTC offset/],
    ["a date where an instant belongs", { ...base, interviewedAt: "2026-11-10" }, "interviewedAt", /a date without a time/],
    ["an impossible instant", { ...base, interviewedAt: "2026-02-30T10:00:00Z" }, "interviewedAt", /not a valid ISO-8601/],
    ["an invalid Date", { ...base, interviewedAt: new Date(Number.NaN) }, "interviewedAt", /invalid Date/],
    ["a number for an instant", { ...base, interviewedAt: 1_700_000_000_000 }, "interviewedAt", /a Date, an ISO-8601 string/],
    ["a far-future instant", { ...base, interviewedAt: "9999-01-01T00:00:00Z" }, "interviewedAt", /between the years/],
    ["an instant before 1973", { ...base, interviewedAt: "1960-11-17T10:00:00Z" }, "interviewedAt", /between the years 1973/],
    ["a fake Date", { ...base, interviewedAt: Object.create(Date.prototype) }, "interviewedAt", /not a real Date/],
    ["now without offset", { ...base, now: "2026-11-12T09:00" }, "now", /no UTC offset/],
    ["a word where an instant belongs", { ...base, now: "yesterday" }, "now", /^"yesterday" is not in a form read here; give a Date/],
    ["a US-style date and time", { ...base, interviewedAt: "11/10/2026 3:00 PM" }, "interviewedAt", /is not in a form read here; give/],
    ["ISO 8601's basic form", { ...base, interviewedAt: "20261110T150000Z" }, "interviewedAt", /^"20261110T150000Z" is not in a form read here; give .*2026-11-17T10:00:00-05:00/],
    ["an unknown caller zone", { ...base, callerTimeZone: "Europe/Atlantis" }, "callerTimeZone", /not a time zone/],
    ["2026-02-30 as a holiday", { ...base, holidays: ["2026-02-30"] }, "holidays.0", /not a real calendar date/],
    ["a holiday that is not YYYY-MM-DD", { ...base, holidays: ["24/12/2026"] }, "holidays.0", /YYYY-MM-DD/],
    ["holidays that are not a list", { ...base, holidays: "2026-12-24" }, "holidays", /list/],
    ["end before start", { ...base, workingHours: { start: "17:00", end: "09:00" } }, "workingHours.end", /after workingHours.start/],
    ["a malformed clock", { ...base, workingHours: { start: "9am" } }, "workingHours.start", /HH:MM/],
    ["a negative day", { ...base, workingHours: { days: [-1, 2] } }, "workingHours.days.0", /0 \(Sunday\) to 6/],
    ["a day that is not whole", { ...base, workingHours: { days: [2.5] } }, "workingHours.days.0", /whole number/],
    ["days that are not a list", { ...base, workingHours: { days: 3 } }, "workingHours.days", /list of weekdays/],
    ["no working days", { ...base, workingHours: { days: [] } }, "workingHours.days", /at least one/],
    ["lunch outside the day", { ...base, workingHours: { lunch: { start: "08:00", end: "09:30" } } }, "workingHours.lunch", /within the working day/],
    ["lunch ending before it starts", { ...base, workingHours: { lunch: { start: "13:00", end: "12:00" } } }, "workingHours.lunch.end", /after lunch.start/],
    ["an unknown time-of-day", { ...base, timeOfDay: "evening" }, "timeOfDay", /late-morning/],
    ["a callback date that is not a date", { ...base, callbackRequestedOn: "next Tuesday" }, "callbackRequestedOn", /YYYY-MM-DD/],
    ["a misspelt field", { ...base, holiday: ["2026-12-24"] }, "holiday", /is not a field; did you mean "holidays"/],
    ["negative wait days", { ...base, waitDays: { min: -1 } }, "waitDays.min", /negative/],
    ["min wait after max", { ...base, waitDays: { min: 10, max: 8 } }, "waitDays.max", /min must not be more than max/],
    ["a missing zone", { interviewedAt: base.interviewedAt }, "timeZone", /IANA time zone/],
  ])("rejects %s", (_name, input, path, message) => {
    const issues = issuesOf(() => bestCallTime(input as CallTimingInput));
    const issue = issues.find((candidate) => candidate.path === path);
    expect(issue, JSON.stringify(issues)).toBeDefined();
    expect(issue?.message).toMatch(message);
  });

  it.each([null, undefined, "2026-11-10", 42, []])("rejects %j as the whole input", (input) => {
    expect(issuesOf(() => bestCallTime(input as unknown as CallTimingInput)).length).toBeGreaterThan(0);
  });

  it("lists every problem at once", () => {
    const issues = issuesOf(() => bestCallTime({ interviewedAt: "2026-11-10T15:00:00", timeZone: "Nowhere/Zone" }));
    expect(issues.map((issue) => issue.path)).toEqual(["interviewedAt", "timeZone"]);
  });

  it("rejects a bad `at` in scoreCallTime with the path ['at']", () => {
    const issues = issuesOf(() => scoreCallTime(base, "2026-11-17T10:00"));
    expect(issues).toEqual([{ path: "at", message: expect.stringMatching(/no UTC offset/) }]);
  });

  it("accepts the other ISO-8601 offset forms", () => {
    for (const interviewedAt of ["2026-11-10T15:00:00-0500", "2026-11-10T15:00:00-05", "2026-11-10t20:00:00z", "2026-11-10T20:00:00.250Z"]) {
      expect(bestCallTime({ ...base, interviewedAt }).earliest).toBe("2026-11-17");
    }
    expect(scoreCallTime(base, "2026-11-18T10:30:00+0000").diagnostics.map((d) => d.ruleId)).toEqual(["working-hours"]);
  });

  it("accepts UTC, aliases and instants without seconds", () => {
    expect(bestCallTime({ ...base, timeZone: "UTC" }).timeZone).toBe("UTC");
    expect(bestCallTime({ ...base, timeZone: "Asia/Calcutta" }).atLocal).toMatch(/\+05:30$/);
    expect(bestCallTime({ ...base, interviewedAt: "2026-11-10T15:00Z" }).earliest).toBe("2026-11-17");
    expect(bestCallTime({ ...base, workingHours: { end: "24:00" } }).earliest).toBe("2026-11-17");
  });
});
