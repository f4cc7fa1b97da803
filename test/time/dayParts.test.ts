import { describe, expect, it } from "vitest";
import { clockFromMinutes } from "../../src/time/civil";
import { dayWindows, type WorkingDay } from "../../src/time/dayParts";

const standard: WorkingDay = {
  start: 540,
  end: 1020,
  lunch: { start: 720, end: 810 },
  lateMorning: { start: 600, end: 705 },
  edgeMinutes: 30,
};
const show = (day: WorkingDay, preference: "late-morning" | "day-edges" | "any") =>
  dayWindows(day, preference).map((window) => `${clockFromMinutes(window.start)}-${clockFromMinutes(window.end)} ${window.part}`);

describe("dayWindows", () => {
  it("cuts the default day into edges, late morning and the rest, skipping lunch", () => {
    expect(show(standard, "late-morning")).toEqual([
      "09:00-09:30 day-edge",
      "09:30-10:00 rest",
      "10:00-11:45 late-morning",
      "11:45-12:00 rest",
      "13:30-16:30 rest",
      "16:30-17:00 day-edge",
    ]);
  });

  it("gives an overlap of edge and late morning to the preferred part", () => {
    const lateStart = { ...standard, start: 600 };
    expect(show(lateStart, "late-morning")[0]).toBe("10:00-11:45 late-morning");
    expect(show(lateStart, "day-edges")[0]).toBe("10:00-10:30 day-edge");
  });

  it("has no lunch gap when lunch is null", () => {
    expect(show({ ...standard, lunch: null }, "late-morning")).toContain("11:45-16:30 rest");
  });
});
