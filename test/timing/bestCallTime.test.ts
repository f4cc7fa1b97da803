import { describe, expect, it } from "vitest";
import { bestCallTime, FollowUpInputError, scoreCallTime, type CallTimingInput } from "../../src/index";

const NY = "America/New_York";
// Tuesday 10 November 2026, 15:00 in New York
const base: CallTimingInput = { interviewedAt: "2026-11-10T15:00:00-05:00", timeZone: NY };
const weekday = (iso: string) => new Date(`${iso.slice(0, 10)}T12:00:00Z`).getUTCDay();

describe("bestCallTime", () => {
  it("recommends late morning on day 7 when it is mid-week", () => {
    const best = bestCallTime(base);
    expect(best.atLocal).toBe("2026-11-17T10:00:00-05:00");
    expect(best.window.endLocal).toBe("2026-11-17T11:45:00-05:00");
    expect(best.earliest).toBe("2026-11-17");
    expect(best.latest).toBe("2026-11-24");
    expect(best.score).toBe(1);
    expect(best.late).toBe(false);
  });

  it("never suggests a Monday when a Tuesday is in the window", () => {
    // Monday 16 Nov interview: day 7 is a Monday
    const best = bestCallTime({ ...base, interviewedAt: "2026-11-09T10:00:00-05:00" });
    expect(best.atLocal.slice(0, 10)).toBe("2026-11-17");
    expect(weekday(best.atLocal)).toBe(2);
  });

  it("skips holidays and weekends, and the working days next to a holiday", () => {
    const best = bestCallTime({ ...base, holidays: ["2026-11-17", "2026-11-18"] });
    // Thursday 19th follows the holidays and Friday 20th, Monday 23rd are week edges.
    expect(best.atLocal).toBe("2026-11-24T10:00:00-05:00");
    expect(best.reasons.find((reason) => reason.ruleId === "working-day")?.message).toContain("2 listed holidays");
  });

  it("honours the employer's callback date, even on a Monday", () => {
    const best = bestCallTime({ ...base, callbackRequestedOn: "2026-11-12" });
    expect(best.atLocal).toBe("2026-11-12T10:00:00-05:00");
    expect(best.earliest).toBe("2026-11-12");
    expect(best.latest).toBe("2026-11-12");
    expect(best.reasons[0]?.ruleId).toBe("honor-callback-date");
    const monday = bestCallTime({ ...base, callbackRequestedOn: "2026-11-16" });
    expect(monday.atLocal).toBe("2026-11-16T10:00:00-05:00");
    expect(monday.score).toBe(1);
  });

  it("lets an agency candidate call after two business days", () => {
    // Thursday interview → Monday is the 2nd business day, Tuesday is mid-week
    const best = bestCallTime({ ...base, interviewedAt: "2026-11-12T10:00:00-05:00", viaAgency: true });
    expect(best.earliest).toBe("2026-11-16");
    expect(best.atLocal).toBe("2026-11-17T10:00:00-05:00");
    expect(best.reasons[0]?.message).toContain("agency");
    expect(bestCallTime({ ...base, interviewedAt: "2026-11-12T10:00:00-05:00", viaAgency: true, agencyBusinessDays: 4 }).earliest).toBe("2026-11-18");
  });

  it("pushes the first day past a stated decision date", () => {
    const best = bestCallTime({ ...base, decisionExpectedBy: "2026-11-20" });
    expect(best.earliest).toBe("2026-11-21");
    expect(best.latest).toBe("2026-11-28");
    expect(best.atLocal).toBe("2026-11-24T10:00:00-05:00");
    expect(best.reasons.map((reason) => reason.ruleId)).toContain("after-stated-timeline");
  });

  it("is never before now, trimming a window already under way", () => {
    const best = bestCallTime({ ...base, now: "2026-11-17T10:20:30-05:00" });
    expect(best.atLocal).toBe("2026-11-17T10:21:00-05:00");
    expect(best.window.endLocal).toBe("2026-11-17T11:45:00-05:00");
  });

  it("gives the next good slot after now when the window has passed, and says it is late", () => {
    const best = bestCallTime({ ...base, now: "2026-12-03T09:00:00-05:00" }); // a Thursday
    expect(best.late).toBe(true);
    expect(best.atLocal).toBe("2026-12-03T10:00:00-05:00");
    const late = best.reasons.find((reason) => reason.ruleId === "within-two-weeks");
    expect(late?.message).toContain("closed");
    expect(best.score).toBeLessThan(1);
  });

  it("follows a Sunday–Thursday working week in the interviewer's zone", () => {
    const best = bestCallTime({
      interviewedAt: "2026-11-08T09:00:00+03:00",
      timeZone: "Asia/Riyadh",
      workingHours: { days: [0, 1, 2, 3, 4] },
    });
    // day 7 is Sunday 15 Nov (first day of the week): Monday 16 is mid-week
    expect(best.atLocal).toBe("2026-11-16T10:00:00+03:00");
  });

  it("prefers the day edges when asked, and any hour with 'any'", () => {
    expect(bestCallTime({ ...base, timeOfDay: "day-edges" }).atLocal).toBe("2026-11-17T09:00:00-05:00");
    expect(bestCallTime({ ...base, timeOfDay: "any" }).atLocal).toBe("2026-11-17T09:00:00-05:00");
    expect(bestCallTime({ ...base, timeOfDay: "any", workingHours: { start: "08:00", end: "16:00" } }).atLocal).toBe("2026-11-17T08:00:00-05:00");
  });

  it("uses custom hours, lunch and late morning", () => {
    const best = bestCallTime({ ...base, workingHours: { start: "10:30", end: "18:00", lunch: null }, lateMorning: { start: "11:00", end: "12:30" } });
    expect(best.atLocal).toBe("2026-11-17T11:00:00-05:00");
    expect(best.window.endLocal).toBe("2026-11-17T12:30:00-05:00");
  });

  it("shows the window on the candidate's clock, cut to their waking hours", () => {
    const best = bestCallTime({ ...base, callerTimeZone: "Asia/Kathmandu" });
    // New York's late morning is 20:45–22:30 in Kathmandu: only its first quarter hour is before 21:00.
    expect(best.caller).toEqual({
      timeZone: "Asia/Kathmandu",
      startLocal: "2026-11-17T20:45:00+05:45",
      endLocal: "2026-11-17T21:00:00+05:45",
    });
    expect(best.window.endLocal).toBe("2026-11-17T10:15:00-05:00");
  });

  it("ranks alternatives best first, with ranks from 2", () => {
    const best = bestCallTime({ ...base, alternatives: 5 });
    expect(best.alternatives).toHaveLength(5);
    expect(best.alternatives.map((alternative) => alternative.rank)).toEqual([2, 3, 4, 5, 6]);
    const scores = [best.at, ...best.alternatives.map((alternative) => alternative.start)].map((at) => scoreCallTime(base, at).score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    expect(bestCallTime({ ...base, alternatives: 0 }).alternatives).toEqual([]);
  });

  it("cites a source for every sourced reason and marks derived ones with none", () => {
    for (const reason of bestCallTime(base).reasons) {
      const derived = ["working-day", "working-hours", "after-stated-timeline"].includes(reason.ruleId);
      expect(reason.sources.length === 0).toBe(derived);
      expect(reason.message.length).toBeGreaterThan(10);
    }
  });

  it("does not mutate its input", () => {
    const input = { ...base, holidays: ["2026-11-17"], workingHours: { days: [1, 2, 3, 4, 5] } };
    const copy = structuredClone(input);
    bestCallTime(input);
    expect(input).toEqual(copy);
  });

  it("throws when no working time exists at all", () => {
    const holidays = Array.from({ length: 500 }, (_, index) => new Date(Date.UTC(2026, 10, 11 + index)).toISOString().slice(0, 10));
    expect(() => bestCallTime({ ...base, holidays })).toThrow(FollowUpInputError);
  });
});

describe("bestCallTime when the allowed dates run out", () => {
  it("is late, and says why, when now is past the last slot of the last allowed day", () => {
    const best = bestCallTime({ ...base, now: "2026-11-24T18:00:00-05:00" });
    expect(best.late).toBe(true);
    expect(best.atLocal.slice(0, 10)).toBe("2026-11-25");
    expect(best.reasons.find((reason) => reason.ruleId === "within-two-weeks")?.message).toMatch(/No working time is left/);
  });

  it("is late when holidays cover every allowed day", () => {
    const holidays = Array.from({ length: 8 }, (_, index) => `2026-11-${17 + index}`);
    const best = bestCallTime({ ...base, holidays });
    expect(best.late).toBe(true);
    expect(best.atLocal.slice(0, 10) > best.latest).toBe(true);
  });

  it("says the callback day is over when nothing is left of it", () => {
    const best = bestCallTime({ ...base, callbackRequestedOn: "2026-11-12", now: "2026-11-12T19:00:00-05:00" });
    expect(best.late).toBe(true);
    expect(best.reasons[0]).toMatchObject({ ruleId: "honor-callback-date", message: expect.stringMatching(/No time is left/) });
  });

  it("keeps a callback date on the interviewer's day off, and flags it", () => {
    const best = bestCallTime({ ...base, callbackRequestedOn: "2026-11-14" }); // a Saturday
    expect(best.atLocal).toBe("2026-11-14T10:00:00-05:00");
    expect(best.reasons.find((reason) => reason.ruleId === "working-day")?.message).toMatch(/check it with them/);
    const graded = scoreCallTime({ ...base, callbackRequestedOn: "2026-11-14" }, best.at);
    expect(graded.ok).toBe(true);
    expect(graded.diagnostics).toEqual([expect.objectContaining({ ruleId: "working-day", severity: "warning" })]);
  });

  it("never lets an agency wait longer than the usual week, even across holidays", () => {
    const holidays = Array.from({ length: 15 }, (_, index) => new Date(Date.UTC(2026, 11, 21 + index)).toISOString().slice(0, 10));
    const input = { interviewedAt: "2026-12-18T10:00:00+11:00", timeZone: "Australia/Sydney", holidays };
    const agency = bestCallTime({ ...input, viaAgency: true });
    const usual = bestCallTime(input);
    expect(agency.earliest <= usual.earliest).toBe(true);
    expect(agency.earliest <= agency.latest).toBe(true);
    expect(agency.at.getTime()).toBeLessThanOrEqual(usual.at.getTime());
  });

  it("never recommends a time before the interview, even with no wait", () => {
    const best = bestCallTime({ ...base, waitDays: { min: 0, max: 3 } });
    expect(best.at.getTime()).toBeGreaterThanOrEqual(new Date(base.interviewedAt as string).getTime());
    expect(() => bestCallTime({ ...base, callbackRequestedOn: "2026-11-09" })).toThrow(FollowUpInputError);
  });
});

describe("bestCallTime across time-zone transitions", () => {
  it("never starts a window inside Santiago's midnight gap", () => {
    const best = bestCallTime({
      interviewedAt: "2026-08-30T12:00:00-04:00",
      timeZone: "America/Santiago",
      workingHours: { days: [0, 1, 2, 3, 4, 5, 6], start: "00:00", end: "02:00", lunch: null },
      timeOfDay: "any",
      waitDays: { min: 7, max: 7 },
    });
    expect(best.atLocal).toBe("2026-09-06T01:00:00-03:00");
  });

  it("moves a Lord Howe window out of the 30-minute gap", () => {
    const best = bestCallTime({
      interviewedAt: "2026-09-27T12:00:00+10:30",
      timeZone: "Australia/Lord_Howe",
      workingHours: { days: [0, 1, 2, 3, 4, 5, 6], start: "02:00", end: "04:00", lunch: null },
      timeOfDay: "any",
      waitDays: { min: 7, max: 7 },
    });
    expect(best.atLocal).toBe("2026-10-04T02:30:00+11:00");
  });

  it("carries +05:45 and +13:45 offsets", () => {
    expect(bestCallTime({ ...base, timeZone: "Asia/Kathmandu", interviewedAt: "2026-11-10T10:00:00+05:45" }).atLocal).toBe("2026-11-17T10:00:00+05:45");
    expect(bestCallTime({ ...base, timeZone: "Pacific/Chatham", interviewedAt: "2026-11-10T10:00:00+13:45" }).atLocal).toBe("2026-11-17T10:00:00+13:45");
  });
});
