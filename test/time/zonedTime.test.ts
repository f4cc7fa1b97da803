import { describe, expect, it } from "vitest";
import { dayFromIsoDate, minutesFromClock } from "../../src/time/civil";
import { exactOffset, offsetAt } from "../../src/time/zoneOffset";
import { formatLocalIso, fromLocal, toLocal } from "../../src/time/zonedTime";

const local = (date: string, clock: string, zone: string) => fromLocal(dayFromIsoDate(date), minutesFromClock(clock), zone);

describe("fromLocal", () => {
  it.each([
    // zone, date, clock, expected instant, shifted
    ["America/New_York", "2026-11-24", "10:00", "2026-11-24T15:00:00.000Z", false],
    ["America/New_York", "2026-07-01", "10:00", "2026-07-01T14:00:00.000Z", false],
    ["Asia/Kathmandu", "2026-11-24", "10:00", "2026-11-24T04:15:00.000Z", false],
    ["Pacific/Chatham", "2026-11-24", "10:00", "2026-11-23T20:15:00.000Z", false],
    // spring forward in New York: 02:30 does not exist; the gap ends at 03:00 EDT
    ["America/New_York", "2026-03-08", "02:30", "2026-03-08T07:00:00.000Z", true],
    // Santiago moves its clocks at midnight: 00:00 on 2026-09-06 does not exist, 01:00 -03 does
    ["America/Santiago", "2026-09-06", "00:00", "2026-09-06T04:00:00.000Z", true],
    // Lord Howe shifts by 30 minutes: 02:00–02:30 does not exist on 2026-10-04
    ["Australia/Lord_Howe", "2026-10-04", "02:15", "2026-10-03T15:30:00.000Z", true],
    // fall back in New York: 01:30 happens twice; the first one (EDT) is chosen
    ["America/New_York", "2026-11-01", "01:30", "2026-11-01T05:30:00.000Z", false],
  ])("%s %s %s is %s", (zone, date, clock, expected, shifted) => {
    const resolved = local(date, clock, zone);
    expect(new Date(resolved.instantMs).toISOString()).toBe(expected);
    expect(resolved.shifted).toBe(shifted);
  });

  it("drops Samoa's skipped day (2011-12-30) onto the next day", () => {
    const resolved = local("2011-12-30", "10:00", "Pacific/Apia");
    expect(resolved.shifted).toBe(true);
    expect(toLocal(resolved.instantMs, "Pacific/Apia").day).toBe(dayFromIsoDate("2011-12-31"));
  });
});

describe("toLocal and formatLocalIso", () => {
  it.each([
    ["2026-11-24T15:00:00Z", "America/New_York", "2026-11-24T10:00:00-05:00"],
    ["2026-03-08T07:00:00Z", "America/New_York", "2026-03-08T03:00:00-04:00"],
    ["2026-11-24T04:15:00Z", "Asia/Kathmandu", "2026-11-24T10:00:00+05:45"],
    ["2026-11-23T20:15:00Z", "Pacific/Chatham", "2026-11-24T10:00:00+13:45"],
    ["2026-06-23T21:15:00Z", "Pacific/Chatham", "2026-06-24T10:00:00+12:45"],
    ["2026-10-03T15:30:00Z", "Australia/Lord_Howe", "2026-10-04T02:30:00+11:00"],
    ["2026-11-24T10:00:00Z", "UTC", "2026-11-24T10:00:00+00:00"],
  ])("%s in %s reads %s", (instant, zone, expected) => {
    expect(formatLocalIso(Date.parse(instant), zone)).toBe(expected);
  });

  it("agrees with Intl for every hour across a DST change", () => {
    const start = Date.parse("2026-03-07T00:00:00Z");
    for (let hour = 0; hour < 72; hour++) {
      const instant = start + hour * 3_600_000 + 1_234;
      for (const zone of ["America/New_York", "Europe/London", "Australia/Lord_Howe", "America/Santiago"]) {
        expect(offsetAt(instant, zone)).toBe(exactOffset(instant, zone));
      }
    }
  });

  it("reads midnight as 00, never 24", () => {
    const moment = toLocal(Date.parse("2026-11-24T05:00:00Z"), "America/New_York");
    expect(moment.minute).toBe(0);
    expect(moment.day).toBe(dayFromIsoDate("2026-11-24"));
  });
});
