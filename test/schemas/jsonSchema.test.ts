import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { jsonSchemas } from "../../scripts/build-json-schemas";
import { bestCallTime, FollowUpInputError, lintScript, planFollowUp, renderScript, validateCallPlan } from "../../src/index";
import { goodPlan } from "../fixtures/plans";

/**
 * The JSON Schema files checked by an independent validator (ajv): the examples pass, and a
 * sample of inputs zod rejects are rejected too, except for the rules JSON Schema cannot
 * express, listed below and in docs/json-schema.md.
 */
const ajv = new Ajv2020({ allErrors: true, strict: true });
(addFormats as unknown as (instance: Ajv2020) => void)(ajv);
const schemas = jsonSchemas();
const validator = (name: string) => ajv.compile(schemas[name] as object);

const timing = {
  interviewedAt: "2026-11-10T14:00:00-05:00",
  timeZone: "America/New_York",
  callerTimeZone: "Europe/London",
  workingHours: { days: [1, 2, 3, 4, 5], start: "09:00", end: "17:00", lunch: null },
  holidays: ["2026-11-26"],
};
const scriptData = {
  candidateName: "Dana Whitfield",
  jobTitle: "Analyst",
  company: "Acme",
  interviewerName: "Priya Okafor",
  interviewDate: "2026-11-10",
  phone: "+1 212 555 0147",
};

function zodRejects(run: () => unknown): boolean {
  try {
    run();
    return false;
  } catch (error) {
    if (error instanceof FollowUpInputError) return true;
    throw error;
  }
}

describe("JSON Schema files", () => {
  it("exist for every input", () => {
    expect(Object.keys(schemas).sort()).toEqual(["call-plan", "follow-up-input", "script-context", "script-data", "timing-input"]);
  });

  it("accept the examples the library accepts", () => {
    const cases: [string, unknown, () => unknown][] = [
      ["timing-input", timing, () => bestCallTime(timing)],
      [
        "timing-input",
        { ...timing, interviewedAt: { local: "2026-11-10T14:00", timeZone: "America/New_York" } },
        () => bestCallTime({ ...timing, interviewedAt: { local: "2026-11-10T14:00", timeZone: "America/New_York" } }),
      ],
      [
        "follow-up-input",
        { ...timing, history: [{ channel: "voicemail", at: "2026-11-17T10:30:00-05:00" }], thankYouEmailSentAt: "2026-11-10T19:00:00-05:00" },
        () => planFollowUp(timing),
      ],
      ["call-plan", goodPlan(), () => validateCallPlan(goodPlan())],
      ["script-context", { kind: "call", candidateName: "Dana", interviewDate: "2026-11-10", stage: "pre-decision" }, () => lintScript("Hi.", { kind: "call" })],
      ["script-data", scriptData, () => renderScript("call", scriptData)],
      [
        "script-data",
        { ...scriptData, interviewDate: { local: "2026-11-10T14:00", timeZone: "America/New_York" } },
        () => renderScript("call", { ...scriptData, interviewDate: { local: "2026-11-10T14:00", timeZone: "America/New_York" } }),
      ],
      [
        "script-context",
        { kind: "call", interviewDate: { local: "2026-11-10T14:00", timeZone: "America/New_York" } },
        () => lintScript("Hi.", { kind: "call", interviewDate: { local: "2026-11-10T14:00", timeZone: "America/New_York" } }),
      ],
    ];
    for (const [name, input, run] of cases) {
      run();
      const validate = validator(name);
      expect(validate(input), `${name}: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
  });

  it.each<[string, string, Record<string, unknown>, () => unknown]>([
    ["timing-input", "an instant without an offset", { ...timing, interviewedAt: "2026-11-10T14:00" }, () => bestCallTime({ ...timing, interviewedAt: "2026-11-10T14:00" })],
    ["timing-input", "an unknown field", { ...timing, timezone: "UTC" }, () => bestCallTime({ ...timing, timezone: "UTC" } as never)],
    [
      "timing-input",
      "a wall-clock time without its zone",
      { ...timing, interviewedAt: { local: "2026-11-10T14:00" } },
      () => bestCallTime({ ...timing, interviewedAt: { local: "2026-11-10T14:00" } as never }),
    ],
    [
      "script-data",
      "an interview date that is a number",
      { ...scriptData, interviewDate: 20261110 },
      () => renderScript("call", { ...scriptData, interviewDate: 20261110 } as never),
    ],
    [
      "script-context",
      "an interview date as a wall-clock time with a misspelt key",
      { interviewDate: { local: "2026-11-10T14:00", timezone: "America/New_York" } },
      () => lintScript("Hi.", { interviewDate: { local: "2026-11-10T14:00", timezone: "America/New_York" } } as never),
    ],
    [
      "timing-input",
      "a wall-clock time with an offset",
      { ...timing, interviewedAt: { local: "2026-11-10T14:00-05:00", timeZone: "America/New_York" } },
      () => bestCallTime({ ...timing, interviewedAt: { local: "2026-11-10T14:00-05:00", timeZone: "America/New_York" } }),
    ],
    ["timing-input", "a weekday out of range", { ...timing, workingHours: { days: [7] } }, () => bestCallTime({ ...timing, workingHours: { days: [7] } })],
    ["timing-input", "a clock time out of range", { ...timing, workingHours: { start: "25:00" } }, () => bestCallTime({ ...timing, workingHours: { start: "25:00" } })],
    ["timing-input", "a bad time of day", { ...timing, timeOfDay: "noon" }, () => bestCallTime({ ...timing, timeOfDay: "noon" } as never)],
    ["timing-input", "too many alternatives", { ...timing, alternatives: 51 }, () => bestCallTime({ ...timing, alternatives: 51 })],
    ["timing-input", "a date that does not exist (with format assertion)", { ...timing, holidays: ["2026-02-30"] }, () => bestCallTime({ ...timing, holidays: ["2026-02-30"] })],
    ["timing-input", "a missing zone", { interviewedAt: timing.interviewedAt }, () => bestCallTime({ interviewedAt: timing.interviewedAt } as never)],
    [
      "call-plan",
      "a bad role",
      { ...goodPlan(), call: { ...goodPlan().call, to: { ...goodPlan().call.to, role: "boss" } } },
      () => validateCallPlan({ ...goodPlan(), call: { ...goodPlan().call, to: { ...goodPlan().call.to, role: "boss" as never } } }),
    ],
    [
      "call-plan",
      "an empty job title",
      { ...goodPlan(), interview: { ...goodPlan().interview, jobTitle: "" } },
      () => validateCallPlan({ ...goodPlan(), interview: { ...goodPlan().interview, jobTitle: "" } }),
    ],
    [
      "call-plan",
      "a history entry with a bad channel",
      { ...goodPlan(), history: [{ channel: "fax", at: "2026-11-12T10:00:00Z" }] },
      () => validateCallPlan({ ...goodPlan(), history: [{ channel: "fax" as never, at: "2026-11-12T10:00:00Z" }] }),
    ],
    ["script-data", "a number for a name", { ...scriptData, candidateName: 42 }, () => renderScript("call", { ...scriptData, candidateName: 42 } as never)],
  ])("%s: reject %s, as zod does", (name, _what, input, run) => {
    expect(zodRejects(run)).toBe(true);
    expect(validator(name)(input)).toBe(false);
  });

  it.each<[string, string, Record<string, unknown>, () => unknown]>([
    ["timing-input", "a zone Intl does not know", { ...timing, timeZone: "Mars/Olympus" }, () => bestCallTime({ ...timing, timeZone: "Mars/Olympus" })],
    [
      "timing-input",
      "an end before the start",
      { ...timing, workingHours: { start: "17:00", end: "09:00" } },
      () => bestCallTime({ ...timing, workingHours: { start: "17:00", end: "09:00" } }),
    ],
  ])("%s: cannot express %s (documented), which zod rejects", (name, _what, input, run) => {
    expect(zodRejects(run)).toBe(true);
    expect(validator(name)(input)).toBe(true);
  });
});
