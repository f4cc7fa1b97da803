import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as z from "zod";
import { isIsoInstant, isRealIsoDate } from "../../src/time/isoText";

// zod's own ISO patterns are the reference: the library checks the same strings without bundling them.
const zodDate = z.regexes.date;
const zodInstant = [z.regexes.datetime({ offset: true }), z.regexes.datetime({ offset: true, precision: -1 })];
const zodAcceptsInstant = (text: string) => zodInstant.some((pattern) => pattern.test(text));

const digits = (length: number) => fc.stringMatching(new RegExp(`^\\d{${length}}$`));
const date = fc
  .tuple(
    fc.oneof(digits(4), fc.constantFrom("2000", "1900", "2024", "2100", "2026")),
    fc.oneof(digits(2), fc.constantFrom("02", "12", "13", "00")),
    fc.oneof(digits(2), fc.constantFrom("28", "29", "30", "31", "00")),
  )
  .map(([y, m, d]) => `${y}-${m}-${d}`);
const time = fc
  .tuple(digits(2), digits(2), fc.option(digits(2)), fc.option(fc.stringMatching(/^\.\d{1,9}$/)))
  .map(([h, m, s, f]) => `${h}:${m}${s === null ? "" : `:${s}${f ?? ""}`}`);
const offset = fc.oneof(
  fc.constant("Z"),
  fc.tuple(fc.constantFrom("+", "-"), digits(2), digits(2)).map(([sign, h, m]) => `${sign}${h}:${m}`),
  fc.constantFrom("", "+05", "+0530", "z"),
);

describe("ISO text checks", () => {
  it.each([
    ["2028-02-29", true],
    ["2026-02-29", false],
    ["2100-02-29", false],
    ["2000-02-29", true],
    ["2026-04-31", false],
    ["2026-13-01", false],
    ["2026-11-17", true],
    ["26-11-17", false],
  ])("date %s: %s", (text, expected) => {
    expect(isRealIsoDate(text)).toBe(expected);
    expect(zodDate.test(text)).toBe(expected);
  });

  it("accepts exactly the dates zod's pattern accepts", () => {
    fc.assert(
      fc.property(date, (text) => {
        expect(isRealIsoDate(text), text).toBe(zodDate.test(text));
      }),
      { numRuns: 5000 },
    );
  });

  it("accepts exactly the instants zod's patterns accept", () => {
    fc.assert(
      fc.property(date, time, offset, (day, clock, zone) => {
        const text = `${day}T${clock}${zone}`;
        expect(isIsoInstant(text), text).toBe(zodAcceptsInstant(text));
      }),
      { numRuns: 5000 },
    );
  });
});
