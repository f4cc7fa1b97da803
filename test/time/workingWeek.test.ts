import { describe, expect, it } from "vitest";
import { dayFromIsoDate } from "../../src/time/civil";
import { addWorkingDays, isWeekEdge, isWorkingDay, makeWorkingWeek } from "../../src/time/workingWeek";

const edges = (days: number[]) => {
  const week = makeWorkingWeek(days, []);
  return [0, 1, 2, 3, 4, 5, 6].filter((weekday) => week.edge[weekday]);
};

describe("makeWorkingWeek", () => {
  it.each([
    ["Mon–Fri", [1, 2, 3, 4, 5], [1, 5]],
    ["Sun–Thu", [0, 1, 2, 3, 4], [0, 4]],
    ["Sat–Wed", [6, 0, 1, 2, 3], [3, 6]],
    ["every day", [0, 1, 2, 3, 4, 5, 6], []],
    ["two days", [2, 3], []],
    ["alternate days", [1, 3, 5], []],
  ])("marks the edges of a %s week", (_name, days, expected) => {
    expect(edges(days)).toEqual(expected);
  });

  it("treats holidays as days off", () => {
    const holiday = dayFromIsoDate("2026-11-26");
    const week = makeWorkingWeek([1, 2, 3, 4, 5], [holiday]);
    expect(isWorkingDay(week, holiday)).toBe(false);
    expect(isWorkingDay(week, holiday + 1)).toBe(true);
    expect(isWeekEdge(week, dayFromIsoDate("2026-11-23"))).toBe(true);
  });
});

describe("addWorkingDays", () => {
  it("skips weekends and holidays", () => {
    const week = makeWorkingWeek([1, 2, 3, 4, 5], [dayFromIsoDate("2026-11-23")]);
    // Thursday + 2 working days, over a weekend and a Monday holiday → Tuesday
    expect(addWorkingDays(week, dayFromIsoDate("2026-11-19"), 2)).toBe(dayFromIsoDate("2026-11-24"));
  });
});
