import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { generateZoneRegionsModule } from "../../.ci/build-zone-regions.mjs";
import { lintScript, validateCallPlan, type CallPlan } from "../../src/index";
import { regionOfZone } from "../../src/time/zoneRegion";

const hasLocaleZones = "timeZones" in Intl.Locale.prototype;

describe("the country of a time zone", () => {
  it.runIf(hasLocaleZones)("ships the table this engine's CLDR gives (run `npm run zones` after a Node upgrade)", () => {
    const onDisk = readFileSync(new URL("../../src/time/zoneRegions.generated.ts", import.meta.url), "utf8");
    expect(onDisk).toBe(generateZoneRegionsModule());
  });

  it.each([
    ["Europe/London", "GB"],
    ["europe/london", "GB"],
    ["America/New_York", "US"],
    ["America/Toronto", "CA"],
    ["Asia/Kolkata", "IN"],
    ["Asia/Calcutta", "IN"],
    ["Europe/Kyiv", "UA"],
    ["Australia/Sydney", "AU"],
    ["Pacific/Auckland", "NZ"],
    ["Africa/Lagos", "NG"],
    ["US/Pacific", "US"],
    ["UTC", undefined],
    ["Etc/GMT+5", undefined],
    ["Mars/Olympus_Mons", undefined],
  ])("%s → %s", (zone, region) => {
    expect(regionOfZone(zone)).toBe(region);
  });

  it.runIf(hasLocaleZones)("agrees with Intl for every zone Intl lists", () => {
    for (const zone of Intl.supportedValuesOf("timeZone")) {
      const region = regionOfZone(zone);
      if (region !== undefined)
        expect((new Intl.Locale(`und-${region}`) as Intl.Locale & { timeZones?: string[] }).timeZones, zone).toContain(
          new Intl.DateTimeFormat("en-US", { timeZone: zone }).resolvedOptions().timeZone,
        );
    }
  });
});

describe("numbers without a country code", () => {
  const londonPlan: CallPlan = {
    candidate: { name: "Priya Shah", phone: "07700 900123" },
    interview: { at: "2026-11-10T14:00:00Z", timeZone: "Europe/London", jobTitle: "Dispatcher", company: "Harbour Freight", interviewerName: "Tom Reed" },
    call: { at: "2026-11-18T10:30:00Z", to: { name: "Tom Reed", number: "+44 20 7946 0000", role: "hiring-manager" } },
    company: { mainNumber: "020 7946 0000" },
  };
  const ids = (plan: CallPlan) => validateCallPlan(plan).diagnostics.map((diagnostic) => diagnostic.ruleId);

  it("are read in the interviewer's country: a London main line written 020 … is the number called", () => {
    expect(ids(londonPlan)).toContain("no-general-number");
  });

  it("are read in the region given, when one is", () => {
    expect(ids({ ...londonPlan, region: "US" })).not.toContain("no-general-number");
  });

  it("fall back to US for a zone of no country", () => {
    expect(
      ids({
        ...londonPlan,
        interview: { ...londonPlan.interview, timeZone: "UTC" },
        company: { mainNumber: "(212) 555-0100" },
        call: { ...londonPlan.call, to: { ...londonPlan.call.to, number: "+1 212 555 0100" } },
      }),
    ).toContain("no-general-number");
  });

  it("in lintScript, follow the context's zone", () => {
    const context = { kind: "voicemail" as const, candidateName: "Priya Shah", phone: "+44 7700 900123", timeZone: "Europe/London" };
    const said = "Hi Tom, it's Priya Shah. Thanks for the interview, I'm still keen. My number is 07700 900123.";
    expect(lintScript(said, context).map((diagnostic) => diagnostic.ruleId)).not.toContain("leave-contact-details");
  });
});
