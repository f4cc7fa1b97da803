import { describe, expect, it } from "vitest";
import { publicHolidays, usualWorkingDays } from "../../src/holidays";
import { bestCallTime, FollowUpInputError, scoreCallTime } from "../../src/index";

describe("followup-call/holidays", () => {
  it.each([
    ["US", "NY", "2026-11-01", "2026-12-31", ["2026-11-26", "2026-12-25"], ["2026-11-27"]],
    ["GB", "SCT", "2026-12-20", "2027-01-05", ["2026-12-25", "2027-01-01", "2027-01-02"], ["2026-12-24"]],
    ["DE", "BY", "2026-03-25", "2026-04-10", ["2026-04-03", "2026-04-06"], ["2026-03-29"]],
    ["AU", "NSW", "2026-12-20", "2027-01-31", ["2026-12-25", "2027-01-01", "2027-01-26"], []],
  ])("lists %s (%s) holidays across clock changes and year ends", (country, region, from, to, present, absent) => {
    const list = publicHolidays({ country, region, from, to });
    for (const date of present) expect(list).toContain(date);
    for (const date of absent) expect(list).not.toContain(date);
    expect([...list].sort()).toEqual(list);
    expect(new Set(list).size).toBe(list.length);
    expect(list.every((date) => date >= from && date <= to)).toBe(true);
  });

  it("feeds the core: Thanksgiving is skipped and the day before it avoided", () => {
    const holidays = publicHolidays({ country: "US", from: "2026-11-01", to: "2026-12-31" });
    const input = { interviewedAt: "2026-11-17T14:00:00-05:00", timeZone: "America/New_York", holidays };
    const best = bestCallTime(input);
    expect(best.atLocal.slice(0, 10)).not.toBe("2026-11-26");
    expect(best.atLocal.slice(0, 10)).not.toBe("2026-11-25");
    expect(scoreCallTime(input, "2026-11-25T10:30:00-05:00").diagnostics.map((d) => d.ruleId)).toContain("avoid-holiday-edges");
  });

  it("gives the usual working week where the data names the day off", () => {
    expect(usualWorkingDays("US")).toEqual([1, 2, 3, 4, 5]);
    expect(usualWorkingDays("IL")).toEqual([0, 1, 2, 3, 4]);
    expect(usualWorkingDays("ir")).toEqual([6, 0, 1, 2, 3]);
  });

  it.each([
    ["country", { country: "XX", from: "2026-01-01", to: "2026-12-31" }],
    ["region", { country: "US", region: "ZZ", from: "2026-01-01", to: "2026-12-31" }],
    ["from", { country: "US", from: "2026-02-30", to: "2026-12-31" }],
    ["to", { country: "US", from: "2026-12-31", to: "2026-01-01" }],
    ["to", { country: "US", from: "2026-01-01", to: "2040-01-01" }],
    ["state", { country: "US", from: "2026-01-01", to: "2026-12-31", state: "NY" }],
  ])("rejects a bad %s", (path, query) => {
    let error: unknown;
    try {
      publicHolidays(query as never);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(FollowUpInputError);
    expect((error as FollowUpInputError).issues.map((issue) => issue.path.join("."))).toContain(path);
  });
});
