import { describe, expectTypeOf, it } from "vitest";
import { bestCallTime, scoreCallTime, type CallTimeRecommendation, type CallTimeScore, type CallTimingInput, type Diagnostic, type WallClockTime } from "../../src/index";

describe("public timing types", () => {
  it("accepts Date, string or wall-clock instants and returns the documented shapes", () => {
    expectTypeOf(bestCallTime).parameter(0).toEqualTypeOf<CallTimingInput>();
    expectTypeOf(bestCallTime).returns.toEqualTypeOf<CallTimeRecommendation>();
    expectTypeOf<CallTimingInput["interviewedAt"]>().toEqualTypeOf<Date | string | WallClockTime>();
    expectTypeOf<WallClockTime>().toEqualTypeOf<{ local: string; timeZone: string }>();
    expectTypeOf(scoreCallTime).returns.toEqualTypeOf<CallTimeScore>();
    expectTypeOf<CallTimeRecommendation["at"]>().toEqualTypeOf<Date>();
    expectTypeOf<CallTimeRecommendation["alternatives"][number]["rank"]>().toEqualTypeOf<number>();
    expectTypeOf<CallTimeScore["diagnostics"]>().toEqualTypeOf<readonly Diagnostic[]>();
    expectTypeOf<Diagnostic["severity"]>().toEqualTypeOf<"error" | "warning" | "info">();
  });

  it("rejects a misspelt option at compile time", () => {
    // @ts-expect-error: `timezone` is not a field; `timeZone` is
    bestCallTime({ interviewedAt: new Date(), timezone: "UTC" });
  });
});
