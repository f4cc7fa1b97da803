import { spawnSync } from "node:child_process";
import { getTimezoneOffset } from "date-fns-tz/getTimezoneOffset";
import { describe, expect, it } from "vitest";
import { offsetAt } from "../../src/time/zoneOffset";

/**
 * Where date-fns-tz gives a wrong answer, and so where the library keeps its own reading (see
 * src/time/zoneOffset.ts): date-fns-tz supplies zone validity and the offsets of ordinary days,
 * Intl the offsets of instants near a transition. Each case is the real answer (Intl, via our
 * `offsetAt`) next to what date-fns-tz 3.2 gives. These tests pass while date-fns-tz is wrong;
 * the day one fails, more of the offsets can move onto date-fns-tz.
 */
const MINUTE = 60_000;

describe("date-fns-tz as the source of zone offsets", () => {
  it.each([
    // The repeated hour after clocks go back: the instant is in daylight time still.
    ["America/New_York", "2026-11-01T05:30:00Z", -240, -300],
    ["Australia/Lord_Howe", "2026-04-04T15:15:00Z", 630, 660],
  ])("getTimezoneOffset(%s, %s) reads the instant as a wall time and gives the wrong offset", (zone, iso, minutes, given) => {
    const instant = Date.parse(iso);
    expect(offsetAt(instant, zone) / MINUTE).toBe(minutes);
    expect(getTimezoneOffset(zone, new Date(instant)) / MINUTE).toBe(given);
  });

  it("toZonedTime depends on the process time zone: a wall time in the process's own spring-forward gap moves an hour", () => {
    // 07:30Z on 8 March 2026 is 02:30 in Bogotá (UTC-5 all year), a time New York skips that night.
    const script = `
      import("date-fns-tz/toZonedTime").then(({ toZonedTime }) => {
        const instant = Date.parse("2026-03-08T07:30:00Z");
        const z = toZonedTime(new Date(instant), "America/Bogota");
        const wall = Date.UTC(z.getFullYear(), z.getMonth(), z.getDate(), z.getHours(), z.getMinutes(), z.getSeconds());
        console.log((wall - instant) / 60000);
      });`;
    const offsetUnder = (processZone: string) =>
      Number(spawnSync(process.execPath, ["--input-type=module", "-e", script], { env: { ...process.env, TZ: processZone }, encoding: "utf8" }).stdout.trim());
    expect(offsetAt(Date.parse("2026-03-08T07:30:00Z"), "America/Bogota") / MINUTE).toBe(-300);
    expect(offsetUnder("UTC")).toBe(-300);
    expect(offsetUnder("America/New_York")).toBe(-240);
  });
});
