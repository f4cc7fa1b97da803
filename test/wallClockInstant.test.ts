import { runInNewContext } from "node:vm";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { toICS } from "../src/calendar";
import {
  bestCallTime,
  type CallPlan,
  FollowUpInputError,
  fromWallClock,
  lintScript,
  planFollowUp,
  renderScript,
  scoreCallTime,
  validateCallPlan,
  type WallClockTime,
} from "../src/index";
import { parseInstant } from "../src/schemas";
import { goodPlan } from "./fixtures/plans";
import { wallClock } from "./fixtures/wallClock";

// Issue 8: an instant may be given as a form holds it, a wall-clock time and the zone beside it.
const NEW_YORK = "America/New_York";
const TOKYO = "Asia/Tokyo";
const opener = "Hi Priya, this is Dana Whitfield. I interviewed for the Analyst role";
const callContext = { kind: "call", candidateName: "Dana Whitfield", jobTitle: "Analyst", timeZone: NEW_YORK } as const;
const at = (local: string, timeZone = NEW_YORK): WallClockTime => ({ local, timeZone });
const scriptData = { candidateName: "Dana Whitfield", jobTitle: "Analyst", company: "Acme", interviewerName: "Priya Okafor", phone: "+1 212 555 0147" };
const timing = { interviewedAt: "2026-11-10T14:00:00-05:00", timeZone: NEW_YORK, now: "2026-11-11T09:00:00-05:00" };

/** The error a call throws, or undefined. */
function errorOf(run: () => unknown): FollowUpInputError | undefined {
  try {
    run();
  } catch (error) {
    if (error instanceof FollowUpInputError) return error;
    throw error;
  }
  return undefined;
}

describe("an instant given as { local, timeZone }", () => {
  // Each public input that takes an instant: the answer with the wall-clock form equals the
  // answer with the ISO string fromWallClock gives for the same time, and differs from the answer
  // for the same wall clock read in UTC, nine hours off (each row's time is chosen so that a
  // wrong reading would change what comes out). The wall clocks are in Tokyo, the interviewer in New York.
  it.each<[string, string, (instant: WallClockTime | string) => unknown]>([
    ["bestCallTime interviewedAt", "2026-11-11T08:00", (instant) => bestCallTime({ ...timing, interviewedAt: instant })],
    ["bestCallTime now", "2026-11-19T00:30", (instant) => bestCallTime({ ...timing, now: instant })],
    ["bestCallTime employerContactedAt", "2026-11-12T08:00", (instant) => bestCallTime({ ...timing, stage: "after-offer", employerContactedAt: instant })],
    ["scoreCallTime at", "2026-11-19T00:30", (instant) => scoreCallTime(timing, instant)],
    ["planFollowUp history", "2026-11-19T00:30", (instant) => planFollowUp({ ...timing, history: [{ channel: "voicemail", at: instant }] })],
    ["validateCallPlan interview.at", "2026-11-12T08:00", (instant) => validateCallPlan({ ...goodPlan(), interview: { ...goodPlan().interview, at: instant } })],
    ["validateCallPlan call.at", "2026-11-19T00:30", (instant) => validateCallPlan({ ...goodPlan(), call: { ...goodPlan().call, at: instant } })],
    ["validateCallPlan thankYouEmailSentAt", "2026-11-18T23:00", (instant) => validateCallPlan({ ...goodPlan(), thankYouEmailSentAt: instant })],
    ["validateCallPlan now", "2026-11-19T00:00", (instant) => validateCallPlan(goodPlan(), { now: instant })],
    // "Yesterday" is right on the 17th in New York (18:00), wrong read in UTC (the 18th there).
    ["lintScript at", "2026-11-18T08:00", (instant) => lintScript(`${opener} yesterday.`, { ...callContext, at: instant, interviewDate: "2026-11-16" })],
    // The 10th, a Tuesday, in New York; the 11th read in UTC.
    [
      "lintScript interviewDate",
      "2026-11-11T08:00",
      (instant) => lintScript(`${opener} last Tuesday.`, { ...callContext, at: "2026-11-18T10:30:00-05:00", interviewDate: instant }),
    ],
    ["renderScript interviewDate", "2026-11-11T08:00", (instant) => renderScript("call", { ...scriptData, interviewDate: instant, timeZone: NEW_YORK })],
  ])("%s reads it as fromWallClock does", (_name, local, run) => {
    const right = run(at(local, TOKYO));
    expect(right).toEqual(run(fromWallClock(local, TOKYO)));
    expect(right).not.toEqual(run(`${local}:00Z`));
  });

  it("is not taken where it means nothing: a calendar file's timestamp", () => {
    const error = errorOf(() => toICS(bestCallTime(timing), { id: "ats-4711", now: at("2026-11-10T19:00") as never }));
    expect(error?.issues[0]?.path).toEqual(["data", "now"]);
    expect(error?.issues[0]?.message).toMatch(/must be a Date or an ISO-8601 string with an offset/);
  });

  it.each([
    // Clocks go forward at 02:00: 02:30 does not exist and moves to the end of the gap.
    [at("2026-03-08T02:30"), "2026-03-08T03:00:00-04:00"],
    // Every second of the gap moves to its end: 02:59:59 must not land after 03:00:01.
    [at("2026-03-08T02:30:45"), "2026-03-08T03:00:00-04:00"],
    [at("2026-03-08T02:59:59"), "2026-03-08T03:00:00-04:00"],
    [at("2026-03-08T03:00:01"), "2026-03-08T03:00:01-04:00"],
    [at("2026-10-04T02:15:10", "Australia/Lord_Howe"), "2026-10-04T02:30:00+11:00"],
    // Clocks go back at 02:00: 01:30 happens twice; the first is still on daylight time.
    [at("2026-11-01T01:30"), "2026-11-01T01:30:00-04:00"],
    [at("2026-10-04T02:15", "Australia/Sydney"), "2026-10-04T03:00:00+11:00"],
    [at("2026-04-05T02:30", "Australia/Sydney"), "2026-04-05T02:30:00+11:00"],
  ])("reads %o at the instant %s (gap forward, repeated time first)", (wall, iso) => {
    expect(parseInstant(wall, ["at"])).toBe(Date.parse(iso));
  });

  it("names the same instant as fromWallClock for any zone, date and minute", () => {
    const zones = ["America/New_York", "Europe/London", "Asia/Kolkata", "Australia/Lord_Howe", "Pacific/Chatham", "America/Santiago", "Asia/Tokyo"];
    fc.assert(
      fc.property(
        fc.constantFrom(...zones),
        fc.date({ min: new Date("1990-01-01T00:00:00Z"), max: new Date("2060-12-31T00:00:00Z"), noInvalidDate: true }),
        fc.integer({ min: 0, max: 1439 }),
        (zone, date, minute) => {
          const local = `${date.toISOString().slice(0, 10)}T${String(Math.floor(minute / 60)).padStart(2, "0")}:${String(minute % 60).padStart(2, "0")}`;
          const viaObject = bestCallTime({ interviewedAt: at(local, zone), timeZone: zone, now: at(local, zone) });
          const viaString = bestCallTime({ interviewedAt: fromWallClock(local, zone), timeZone: zone, now: fromWallClock(local, zone) });
          expect(viaObject).toEqual(viaString);
        },
      ),
      { numRuns: 60 },
    );
  });

  it("is read in its own zone, whatever the interviewer's", () => {
    // 08:00 on the 18th in Tokyo is still the 17th in New York.
    const interviewedAt = at("2026-11-18T08:00", "Asia/Tokyo");
    expect(parseInstant(interviewedAt, ["at"])).toBe(Date.parse("2026-11-17T18:00:00-05:00"));
    expect(wallClock(parseInstant(interviewedAt, ["at"]), NEW_YORK).local).toBe("2026-11-17T18:00:00");
    expect(bestCallTime({ ...timing, interviewedAt })).toEqual(bestCallTime({ ...timing, interviewedAt: "2026-11-17T18:00:00-05:00" }));
  });

  it("renders the interview date on the wall clock's own calendar when the data gives no zone", () => {
    const data = { ...scriptData, interviewDate: at("2026-11-18T08:00", "Asia/Tokyo") };
    expect(renderScript("call", data).text).toContain("Wednesday, November 18");
    expect(renderScript("call", { ...data, timeZone: NEW_YORK }).text).toContain("Tuesday, November 17");
  });
});

describe("a bad { local, timeZone }", () => {
  it.each<[string, unknown, string, RegExp]>([
    ["a misspelt key", { local: "2026-11-10T19:00", timezone: NEW_YORK }, "interviewedAt.timezone", /^is not a field; did you mean "timeZone"/],
    ["a missing local", { timeZone: NEW_YORK }, "interviewedAt.local", /is required: a wall-clock time written YYYY-MM-DDTHH:MM/],
    ["a null local", { local: null, timeZone: NEW_YORK }, "interviewedAt.local", /is required/],
    ["a local with an offset", at("2026-11-10T19:00-05:00"), "interviewedAt.local", /no offset/],
    ["a date that does not exist", at("2026-02-30T10:00"), "interviewedAt.local", /a real date/],
    ["a date without a time", at("2026-11-10"), "interviewedAt.local", /YYYY-MM-DDTHH:MM/],
    ["a number for local", { local: 1_700_000_000_000, timeZone: NEW_YORK }, "interviewedAt.local", /1700000000000 is not valid/],
    ["a year out of range", at("2300-01-01T10:00"), "interviewedAt.local", /between the years 1973 and 2199/],
    ["a missing zone", { local: "2026-11-10T19:00" }, "interviewedAt.timeZone", /is required: an IANA time zone name/],
    ["a zone that is not a string", { local: "2026-11-10T19:00", timeZone: -5 }, "interviewedAt.timeZone", /must be an IANA time zone name/],
    ["an abbreviation for a zone", at("2026-11-10T19:00", "EST"), "interviewedAt.timeZone", /abbreviation.*America\/New_York/],
    ["an unknown zone", at("2026-11-10T19:00", "Mars/Olympus_Mons"), "interviewedAt.timeZone", /not a time zone Intl knows/],
    ["a list", ["2026-11-10T19:00", NEW_YORK], "interviewedAt", /or a wall-clock time in a zone/],
  ])("%s is a FollowUpInputError at its own path", (_name, interviewedAt, path, message) => {
    const error = errorOf(() => bestCallTime({ ...timing, interviewedAt: interviewedAt as WallClockTime }));
    expect(error).toBeInstanceOf(FollowUpInputError);
    const issue = error?.issues.find((candidate) => candidate.path.join(".") === path);
    expect(issue?.message, JSON.stringify(error?.issues)).toMatch(message);
  });

  it("says how to give the zone when a datetime-local string comes without an offset", () => {
    const error = errorOf(() => bestCallTime({ ...timing, interviewedAt: "2026-11-10T19:00" }));
    expect(error?.issues[0]?.message).toMatch(/give the zone with it: \{ local: "2026-11-10T19:00", timeZone/);
    // A string that is not a wall-clock time is not offered as one: it is told the forms instead.
    const notATime = errorOf(() => bestCallTime({ ...timing, interviewedAt: "next Tuesday 10am" }))?.issues[0]?.message;
    expect(notATime).not.toMatch(/local: "next Tuesday/);
    expect(notATime).toMatch(/^"next Tuesday 10am" is not in a form read here; give a Date/);
  });

  it("does not echo a huge value whole", () => {
    const error = errorOf(() => bestCallTime({ ...timing, interviewedAt: at(`2026-11-10T19:00${"0".repeat(1_000_000)}`) }));
    expect(error?.message.length).toBeLessThan(600);
  });

  it("reads each field once: a getter cannot pass the check with one zone and be used with another", () => {
    let reads = 0;
    const shifty = {
      local: "2026-11-10T19:00",
      get timeZone() {
        reads++;
        return reads === 1 ? NEW_YORK : "Not/AZone";
      },
    };
    const rendered = renderScript("call", { ...scriptData, interviewDate: shifty as WallClockTime });
    expect(rendered.text).toContain("Tuesday, November 10");
    expect(reads).toBe(1);
  });

  it.each<[string, () => unknown]>([
    ["a typed array", () => new Uint8Array(100_000)],
    ["a boxed string", () => new String("2026-11-10T19:00:00Z")],
    [
      "a class instance",
      () =>
        new (class Slot {
          local = "2026-11-10T19:00";
          timeZone = NEW_YORK;
        })(),
    ],
    ["a Date from another realm", () => runInNewContext('new Date("2026-11-10T19:00:00Z")')],
  ])("refuses %s as a whole, in one issue", (_name, make) => {
    const error = errorOf(() => bestCallTime({ ...timing, interviewedAt: make() as WallClockTime }));
    expect(error?.issues).toHaveLength(1);
    expect(error?.issues[0]?.path).toEqual(["interviewedAt"]);
    expect(error?.issues[0]?.message).toMatch(/^must be a Date, an ISO-8601 string with an offset/);
  });

  it("keeps a huge unknown key, and many of them, out of the issues", () => {
    const hugeKey = { ...at("2026-11-10T19:00"), ["k".repeat(200_000)]: 1 };
    const huge = errorOf(() => bestCallTime({ ...timing, interviewedAt: hugeKey as WallClockTime }));
    expect(JSON.stringify(huge?.issues).length).toBeLessThan(1_000);
    const many = Object.fromEntries(Array.from({ length: 5_000 }, (_, index) => [`key${index}`, index]));
    const crowded = errorOf(() => bestCallTime({ ...timing, interviewedAt: { ...at("2026-11-10T19:00"), ...many } as WallClockTime }));
    expect(crowded?.issues.length).toBeLessThanOrEqual(11);
    expect(crowded?.issues.at(-1)?.message).toMatch(/has 4,990 more keys that are not fields/);
  });

  it("echoes a long wall-clock string in the hint no further than any other value", () => {
    const long = `2026-11-10T19:00:00.${"1".repeat(5_000)}`;
    const error = errorOf(() => bestCallTime({ ...timing, interviewedAt: long }));
    expect(error?.issues[0]?.message).toMatch(/give the zone with it/);
    // Echoed, a value is cut to 80 characters (20 before the fraction): no run of 61 of its digits survives.
    expect(error?.issues[0]?.message).not.toContain("1".repeat(61));
  });

  it("gives lintScript an interview date on the wall clock's own calendar when the context names no zone", () => {
    const context = { kind: "call", candidateName: "Dana Whitfield", jobTitle: "Analyst" } as const;
    const text = `${opener} on Wednesday the 18th.`;
    // The two calendars disagree about this text, so each comparison below says which was used.
    expect(lintScript(text, { ...context, interviewDate: "2026-11-18" })).not.toEqual(lintScript(text, { ...context, interviewDate: "2026-11-17" }));
    expect(lintScript(text, { ...context, interviewDate: at("2026-11-18T08:00", TOKYO) })).toEqual(lintScript(text, { ...context, interviewDate: "2026-11-18" }));
    expect(lintScript(text, { ...context, interviewDate: at("2026-11-18T08:00", TOKYO), timeZone: NEW_YORK })).toEqual(
      lintScript(text, { ...context, interviewDate: "2026-11-17" }),
    );
  });

  it("names the nested path inside a plan and a script context", () => {
    const plan: CallPlan = { ...goodPlan(), history: [{ channel: "call", at: at("2026-11-12T10:00", "EST") }] };
    expect(errorOf(() => validateCallPlan(plan))?.issues.map((issue) => issue.path.join("."))).toContain("history.0.at.timeZone");
    expect(
      errorOf(() => lintScript("Hi.", { interviewDate: { local: "2026-11-10T10:00", zone: NEW_YORK } as never, timeZone: NEW_YORK }))?.issues.map((issue) => issue.path.join(".")),
    ).toContain("interviewDate.zone");
  });
});
