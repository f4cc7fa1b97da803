import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { bestCallTime, FollowUpInputError, scoreCallTime, type CallTimingInput } from "../../src/index";
import { wallClock } from "../fixtures/wallClock";

/**
 * The candidate's clock (caller-hours), checked against an oracle written with Intl alone
 * (fixtures/wallClock) and a brute-force scan of the allowed dates.
 */

const WORK = { start: 9 * 60, end: 17 * 60, lunchStart: 12 * 60, lunchEnd: 13 * 60 + 30 };
const AWAKE = { start: 8 * 60, end: 21 * 60 };

/** Inside the interviewer's working time (Mon–Fri, 09:00–17:00 without lunch) and the caller's 08:00–21:00. */
function suitsBoth(ms: number, zone: string, callerZone: string): boolean {
  const there = wallClock(ms, zone);
  const here = wallClock(ms, callerZone);
  const working = there.weekday >= 1 && there.weekday <= 5 && there.minute >= WORK.start && there.minute < WORK.end;
  const lunch = there.minute >= WORK.lunchStart && there.minute < WORK.lunchEnd;
  return working && !lunch && here.minute >= AWAKE.start && here.minute < AWAKE.end;
}

// Zones on every continent, with and without daylight saving, on whole, half and quarter hours.
const ZONES = [
  "America/Chicago",
  "America/Los_Angeles",
  "America/Sao_Paulo",
  "Europe/London",
  "Europe/Berlin",
  "Africa/Lagos",
  "Asia/Kolkata",
  "Asia/Kathmandu",
  "Asia/Tokyo",
  "Australia/Sydney",
  "Pacific/Auckland",
  "Pacific/Honolulu",
];

describe("the candidate's clock", () => {
  it("finds the day-edge slot that suits a Sydney candidate and a Chicago interviewer", () => {
    const best = bestCallTime({ interviewedAt: "2026-11-10T10:00:00-06:00", timeZone: "America/Chicago", callerTimeZone: "Australia/Sydney" });
    const caller = wallClock(best.at.getTime(), "Australia/Sydney");
    expect(caller.minute).toBeGreaterThanOrEqual(8 * 60);
    expect(caller.minute).toBeLessThan(21 * 60);
    // Only the end of Chicago's day reaches Sydney's morning.
    expect(best.atLocal.slice(11, 16) >= "15:00").toBe(true);
    expect(best.reasons.find((reason) => reason.ruleId === "caller-hours")?.message).toContain("inside your waking hours (08:00–21:00)");
    expect(best.alternatives.length).toBeGreaterThan(0);
    for (const alternative of best.alternatives) {
      expect(alternative.caller?.startLocal).toMatch(/\+11:00$/);
      expect(new Date(alternative.caller?.startLocal as string).getTime()).toBe(alternative.start.getTime());
    }
  });

  it("says so when no time suits both, and returns the best time on the interviewer's side", () => {
    // Honolulu's working day (09:00–17:00, UTC−10) is 00:45–08:45 in Kathmandu (UTC+5:45).
    const best = bestCallTime({
      interviewedAt: "2026-11-10T10:00:00-10:00",
      timeZone: "Pacific/Honolulu",
      callerTimeZone: "Asia/Kathmandu",
      callerHours: { start: "09:00", end: "18:00" },
    });
    const reason = best.reasons.find((entry) => entry.ruleId === "caller-hours");
    expect(reason?.message).toMatch(/^No time in the allowed dates suits both clocks/);
    // The penalty does not grow with the distance: the message must not claim the nearest slot.
    expect(reason?.message).not.toMatch(/closest|nearest/);
    expect(
      scoreCallTime({ interviewedAt: "2026-11-10T10:00:00-10:00", timeZone: "Pacific/Honolulu", callerTimeZone: "Asia/Kathmandu" }, best.at).diagnostics.map((d) => d.ruleId),
    ).not.toContain("working-hours");
  });

  it("reads hours that cross midnight, for a candidate who works nights", () => {
    const input: CallTimingInput = {
      interviewedAt: "2026-11-10T15:00:00-05:00",
      timeZone: "America/New_York",
      callerTimeZone: "Asia/Tokyo",
      callerHours: { start: "22:00", end: "04:00" },
    };
    const best = bestCallTime(input);
    const caller = wallClock(best.at.getTime(), "Asia/Tokyo");
    expect(caller.minute >= 22 * 60 || caller.minute < 4 * 60).toBe(true);
    expect(scoreCallTime(input, best.at).diagnostics.map((d) => d.ruleId)).not.toContain("caller-hours");
    // 10:00 in New York is 00:00 in Tokyo: awake for a night worker, asleep by default.
    expect(scoreCallTime(input, "2026-11-18T10:00:00-05:00").diagnostics.map((d) => d.ruleId)).not.toContain("caller-hours");
    expect(scoreCallTime({ ...input, callerHours: undefined }, "2026-11-18T10:00:00-05:00").diagnostics.map((d) => d.ruleId)).toContain("caller-hours");
  });

  it("reports a time outside the candidate's hours in scoreCallTime, with the time on their clock", () => {
    const result = scoreCallTime({ interviewedAt: "2026-11-10T10:00:00-06:00", timeZone: "America/Chicago", callerTimeZone: "Australia/Sydney" }, "2026-11-18T10:30:00-06:00");
    const diagnostic = result.diagnostics.find((d) => d.ruleId === "caller-hours");
    expect(diagnostic?.severity).toBe("warning");
    expect(diagnostic?.message).toBe("On your clock (Australia/Sydney) the call is at 03:30, outside your waking hours (08:00–21:00).");
    expect(result.ok).toBe(true);
  });

  it("lands in the overlap whenever the allowed dates have one, for every pair of a sample of zones", () => {
    const pairs = ZONES.flatMap((zone) => ZONES.map((callerZone) => [zone, callerZone] as const));
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 364 }), fc.integer({ min: 9 * 60, max: 16 * 60 }), (dayOffset, minute) => {
        for (const [zone, callerZone] of pairs) {
          const interviewMs = Date.UTC(2026, 0, 1) + dayOffset * 86_400_000 + minute * 60_000;
          const best = bestCallTime({ interviewedAt: new Date(interviewMs), timeZone: zone, callerTimeZone: callerZone });
          // The allowed dates on the interviewer's clock, scanned every 15 minutes.
          let overlap = false;
          for (let at = interviewMs; !overlap && at < interviewMs + 16 * 86_400_000; at += 15 * 60_000) {
            const date = wallClock(at, zone).local.slice(0, 10);
            if (date >= best.earliest && date <= best.latest && suitsBoth(at, zone, callerZone)) overlap = true;
          }
          if (overlap && !suitsBoth(best.at.getTime(), zone, callerZone)) return false;
        }
        return true;
      }),
      { numRuns: 3 },
    );
  });
});

describe("the day of the interview, the past and the far future", () => {
  const base: CallTimingInput = { interviewedAt: "2026-11-17T10:00:00-05:00", timeZone: "America/New_York" };

  it("never plans a same-day callback during the interview", () => {
    const best = bestCallTime({ ...base, callbackRequestedOn: "2026-11-17" });
    expect(best.at.getTime()).toBeGreaterThanOrEqual(new Date("2026-11-17T11:00:00-05:00").getTime());
    const longer = bestCallTime({ ...base, callbackRequestedOn: "2026-11-17", interviewMinutes: 150 });
    expect(longer.at.getTime()).toBeGreaterThanOrEqual(new Date("2026-11-17T12:30:00-05:00").getTime());
    const during = scoreCallTime({ ...base, callbackRequestedOn: "2026-11-17" }, "2026-11-17T10:30:00-05:00");
    expect(during.diagnostics.map((d) => [d.ruleId, d.messageId])).toContainEqual(["honor-callback-date", "duringInterview"]);
    expect(during.ok).toBe(false);
  });

  it("grades a time already gone as not ok when now is given", () => {
    const input = { ...base, now: "2026-11-26T09:00:00-05:00" };
    const gone = scoreCallTime(input, "2026-11-25T10:30:00-05:00");
    expect(gone.ok).toBe(false);
    expect(gone.diagnostics[0]?.ruleId).toBe("call-in-the-past");
    expect(gone.score).toBeLessThan(scoreCallTime(base, "2026-11-25T10:30:00-05:00").score);
    expect(scoreCallTime(base, "2026-11-25T10:30:00-05:00").diagnostics.map((d) => d.ruleId)).not.toContain("call-in-the-past");
  });

  it("turns to writing long after the interview", () => {
    const best = bestCallTime({ ...base, now: "2027-05-17T09:00:00-04:00" });
    expect(best.late).toBe(true);
    expect(best.reasons.find((reason) => reason.ruleId === "within-two-weeks")?.message).toMatch(/more than 30 days since the interview.*email/);
    const sooner = bestCallTime({ ...base, now: "2026-12-03T09:00:00-05:00" });
    expect(sooner.late).toBe(true);
    expect(sooner.reasons.find((reason) => reason.ruleId === "within-two-weeks")?.message).not.toContain("email");
    const custom = bestCallTime({ ...base, now: "2026-12-03T09:00:00-05:00", lateAfterDays: 15 });
    expect(custom.reasons.find((reason) => reason.ruleId === "within-two-weeks")?.message).toContain("email");
    const graded = scoreCallTime(base, "2027-05-18T10:30:00-04:00");
    expect(graded.diagnostics.find((d) => d.ruleId === "within-two-weeks")?.messageId).toBe("writeInstead");
  });

  it("says 1 day and 6 days, not day(s)", () => {
    const one = scoreCallTime(base, "2026-11-18T10:30:00-05:00").diagnostics.find((d) => d.ruleId === "wait-a-week");
    expect(one?.message).toContain("only 1 day after");
    expect(one?.data.days).toBe(1);
    const six = scoreCallTime(base, "2026-11-23T10:30:00-05:00").diagnostics.find((d) => d.ruleId === "wait-a-week");
    expect(six?.message).toContain("only 6 days after");
  });
});

describe("holidays and their edges", () => {
  const base: CallTimingInput = { interviewedAt: "2026-12-14T10:00:00-05:00", timeZone: "America/New_York" };

  it.each([
    ["Christmas Eve", ["2026-12-25"], "2026-12-24T10:30:00-05:00", "beforeHoliday"],
    ["the day after Christmas", ["2026-12-25"], "2026-12-28T10:30:00-05:00", "afterHoliday"],
    ["the Wednesday before Thanksgiving", ["2026-11-26"], "2026-11-25T10:30:00-05:00", "beforeHoliday"],
    ["the Friday before a Monday holiday", ["2027-01-18"], "2027-01-15T10:30:00-05:00", "beforeHoliday"],
  ])("warns about %s", (_name, holidays, at, messageId) => {
    const interviewedAt = new Date(new Date(at).getTime() - 8 * 86_400_000);
    const result = scoreCallTime({ ...base, interviewedAt, holidays }, at);
    expect(result.diagnostics.find((d) => d.ruleId === "avoid-holiday-edges")?.messageId).toBe(messageId);
    expect(scoreCallTime({ ...base, interviewedAt }, at).diagnostics.map((d) => d.ruleId)).not.toContain("avoid-holiday-edges");
  });

  it("prefers a day away from the holiday, and says when no holiday list was given", () => {
    const withList = bestCallTime({ ...base, holidays: ["2026-12-25"] });
    expect(withList.atLocal.slice(0, 10)).not.toBe("2026-12-24");
    expect(withList.reasons.find((reason) => reason.ruleId === "working-day")?.message).toContain("1 listed holiday is skipped");
    const without = bestCallTime(base);
    expect(without.reasons.find((reason) => reason.ruleId === "working-day")?.message).toContain("No holiday list was given");
  });
});

describe("bad input for the new fields", () => {
  const base: CallTimingInput = { interviewedAt: "2026-11-17T10:00:00-05:00", timeZone: "America/New_York" };
  it.each([
    ["callerHours.start", { callerHours: { start: "25:00", end: "21:00" } }],
    ["callerHours.end", { callerHours: { start: "08:00", end: "08:00" } }],
    ["callerHours", { callerHours: "08:00-21:00" }],
    ["interviewMinutes", { interviewMinutes: -5 }],
    ["interviewMinutes", { interviewMinutes: 1.5 }],
    ["lateAfterDays", { lateAfterDays: 1000 }],
    ["decisionExpectedBy", { decisionExpectedBy: "2026-11-10" }],
    ["callerTimeZone", { callerTimeZone: "AEST" }],
  ])("rejects a bad %s", (path, change) => {
    const input = { ...base, ...change } as CallTimingInput;
    for (const call of [() => bestCallTime(input), () => scoreCallTime(input, "2026-11-25T10:30:00-05:00")]) {
      let error: unknown;
      try {
        call();
      } catch (caught) {
        error = caught;
      }
      expect(error).toBeInstanceOf(FollowUpInputError);
      expect((error as FollowUpInputError).issues.map((issue) => issue.path.join("."))).toContain(path);
    }
  });
});

describe("messages with one reason each", () => {
  const base: CallTimingInput = { interviewedAt: "2026-11-10T15:00:00-05:00", timeZone: "America/New_York" };
  it("gives the first day of the week its own reason, and the last day its own", () => {
    const monday = scoreCallTime(base, "2026-11-23T10:30:00-05:00").diagnostics.find((d) => d.ruleId === "avoid-monday-friday");
    const friday = scoreCallTime(base, "2026-11-20T10:30:00-05:00").diagnostics.find((d) => d.ruleId === "avoid-monday-friday");
    expect(monday?.message).toContain("catching up");
    expect(monday?.message).not.toContain("leave early");
    expect(friday?.message).toContain("leave early");
    expect(friday?.message).not.toContain("catching up");
  });

  it("after a missed callback day, says the slot is the best of the week that follows, and it is", () => {
    const input = { ...base, callbackRequestedOn: "2026-11-12", now: "2026-11-12T18:00:00-05:00" };
    const best = bestCallTime(input);
    expect(best.reasons[0]?.message).toContain("best slot in the week that follows");
    // No slot in the following week scores higher.
    for (let day = 13; day <= 19; day++) {
      for (const time of ["09:00", "10:00", "11:00", "14:00", "16:30"]) {
        const at = `2026-11-${day}T${time}:00-05:00`;
        expect(scoreCallTime(input, at).score).toBeLessThanOrEqual(best.score);
      }
    }
  });
});
