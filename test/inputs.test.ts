import { describe, expect, it } from "vitest";
import {
  bestCallTime,
  createLinter,
  FollowUpInputError,
  isFollowUpError,
  lintScript,
  renderScript,
  TemplateError,
  validateCallPlan,
  type CallPlan,
  type CallTimingInput,
} from "../src/index";

const timing: CallTimingInput = { interviewedAt: "2026-11-10T15:00:00-05:00", timeZone: "America/New_York" };
const plan: CallPlan = {
  candidate: { name: "Dana Whitfield", phone: "+1 212 555 0147" },
  interview: { at: "2026-11-10T14:00:00-05:00", timeZone: "America/New_York", jobTitle: "Operations Analyst", company: "Harbor Lines", interviewerName: "Priya Okafor" },
  call: { at: "2026-11-18T10:30:00-05:00", to: { name: "Priya Okafor", number: "+1 212 555 0199", role: "hiring-manager", line: "direct" } },
};
const scriptData = {
  candidateName: "Dana Whitfield",
  jobTitle: "Operations Analyst",
  company: "Harbor Lines",
  interviewerName: "Priya",
  interviewDate: "2026-11-17",
  phone: "+1 212 555 0147",
};

const hostile = new Proxy(
  {},
  {
    ownKeys() {
      throw new Error("no keys for you");
    },
  },
);

function thrown(run: () => unknown): FollowUpInputError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(FollowUpInputError);
    return error as FollowUpInputError;
  }
  throw new Error("expected a FollowUpInputError");
}

describe("misspelt options are refused, with the name that was meant", () => {
  it.each<[string, () => unknown, string, RegExp]>([
    ["validateCallPlan's options", () => validateCallPlan(plan, { rule: { "keep-it-brief": "off" } } as never), "rule", /did you mean "rules"/],
    ["createLinter's config", () => createLinter({ plugin: [] } as never), "plugin", /did you mean "plugins"/],
    ["renderScript's options", () => renderScript("call", scriptData, { varaint: "warm" } as never), "varaint", /did you mean "variant"/],
    ["a timing field", () => bestCallTime({ ...timing, holiday: ["2026-12-24"] } as never), "holiday", /^is not a field; did you mean "holidays"/],
    ["a nested timing field", () => bestCallTime({ ...timing, workingHours: { strat: "08:00" } } as never), "workingHours.strat", /did you mean "start"/],
    ["a plan field", () => validateCallPlan({ ...plan, call: { ...plan.call, scirpt: "Hi" } } as never), "call.scirpt", /did you mean "script"/],
    ["a script context field", () => lintScript("Hi.", { knid: "call" } as never), "knid", /did you mean "kind"/],
    ["a field nothing resembles", () => renderScript("call", scriptData, { colour: "blue" } as never), "colour", /the options are variant, template, format, locale/],
    ["two swapped letters", () => bestCallTime({ ...timing, nwo: new Date() } as never), "nwo", /did you mean "now"/],
    ["a name in the wrong case and misspelt", () => bestCallTime({ ...timing, TimeZon: "UTC" } as never), "TimeZon", /did you mean "timeZone"/],
  ])("%s", (_name, run, path, message) => {
    const issue = thrown(run).issues.find((candidate) => candidate.path.join(".") === path);
    expect(issue?.message).toMatch(message);
  });

  it.each(["k0", "ab", "x", "tz", "day"])("suggests nothing for the short key %j, which resembles no field closely", (key) => {
    const issue = thrown(() => bestCallTime({ ...timing, [key]: 1 } as never)).issues.find((candidate) => candidate.path.join(".") === key);
    expect(issue?.message).toMatch(/^is not a field/);
    expect(issue?.message).not.toMatch(/did you mean/);
  });

  it("lists ten unknown fields at most, each key cut short", () => {
    const many = Object.fromEntries(Array.from({ length: 100_000 }, (_, index) => [`field${index}`, index]));
    const crowded = thrown(() => bestCallTime({ ...timing, ...many } as never));
    expect(crowded.issues).toHaveLength(11);
    expect(crowded.issues.at(-1)).toEqual({ path: [], message: "has 99,990 more keys that are not fields" });
    const longKey = "k".repeat(1_000_000);
    const long = thrown(() => validateCallPlan({ ...plan, [longKey]: 1 } as never));
    expect(JSON.stringify(long.issues).length).toBeLessThan(500);
  });

  it.each<[string, () => unknown]>([
    ["validateCallPlan's options", () => validateCallPlan(plan, hostile as never)],
    ["createLinter's config", () => createLinter(hostile as never)],
    ["renderScript's options", () => renderScript("call", scriptData, hostile as never)],
  ])("refuses %s that cannot be read, with a typed error", (_name, run) => {
    expect(thrown(run).message).toMatch(/could not be read/);
  });

  it("still accepts every real option", () => {
    expect(() => validateCallPlan(plan, { rules: { "keep-it-brief": "off" }, plugins: [] })).not.toThrow();
    expect(renderScript("call", scriptData, { variant: "warm", format: "text", locale: "en-GB" }).variant).toBe("warm");
  });
});

describe("echoed input stays short", () => {
  it("cuts a 10 MB value to a readable message", () => {
    const huge = `2026-11-10T15:00:00${"0".repeat(10_000_000)}`;
    const error = thrown(() => bestCallTime({ ...timing, interviewedAt: huge }));
    expect(error.message.length).toBeLessThan(500);
    expect(error.message).toContain("10,000,019 characters");
    expect(error.issues[0]?.message.length).toBeLessThan(300);
  });

  it("lists ten problems in the message and keeps a hundred on the error, of 100,000", () => {
    const error = thrown(() => bestCallTime({ ...timing, holidays: Array.from({ length: 100_000 }, (_, index) => `day ${index}`) }));
    expect(error.message.length).toBeLessThan(2_000);
    expect(error.message).toContain("… and 99,990 more");
    expect(error.issues).toHaveLength(100);
    expect(error.issueCount).toBe(100_000);
    expect(error.issues[0]?.path).toEqual(["holidays", 0]);
  });

  it("never throws while describing a value that cannot be printed", () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    const error = thrown(() => bestCallTime({ ...timing, holidays: [cyclic, 10n, Object.create(null)] } as never));
    expect(error.issues.map((issue) => issue.path.join("."))).toEqual(["holidays.0", "holidays.1", "holidays.2"]);
  });
});

describe("time zones written as abbreviations", () => {
  it.each([
    ["EST", "America/New_York"],
    ["est", "America/New_York"],
    ["MST", "America/Denver"],
    ["HST", "Pacific/Honolulu"],
    ["PST", "America/Los_Angeles"],
    ["BST", "Europe/London"],
  ])("refuses %s and names %s instead", (zone, meant) => {
    const error = thrown(() => bestCallTime({ ...timing, timeZone: zone }));
    expect(error.issues[0]?.path).toEqual(["timeZone"]);
    expect(error.issues[0]?.message).toContain(meant);
  });

  it("refuses them for the caller's zone and in a plan too", () => {
    expect(thrown(() => bestCallTime({ ...timing, callerTimeZone: "EST" })).issues[0]?.path).toEqual(["callerTimeZone"]);
    expect(thrown(() => validateCallPlan({ ...plan, interview: { ...plan.interview, timeZone: "EST" } })).issues[0]?.path).toEqual(["interview", "timeZone"]);
  });

  it.each(["+05:00", "-0500", "-05", "Z", " +01:00"])("refuses the offset %j as a zone, on every engine, and says why", (zone) => {
    const error = thrown(() => bestCallTime({ ...timing, timeZone: zone }));
    expect(error.issues[0]?.path).toEqual(["timeZone"]);
    expect(error.issues[0]?.message).toMatch(/is a UTC offset, not a zone.*IANA name/);
  });

  it.each(["UTC", "Etc/UTC", "GMT", "Europe/London", "America/Phoenix", "Asia/Kolkata"])("accepts %s", (zone) => {
    expect(() => bestCallTime({ ...timing, timeZone: zone })).not.toThrow();
  });
});

describe("isFollowUpError", () => {
  it("knows errors thrown by another copy of the package (ESM and CJS builds are two copies)", async () => {
    // A query string makes the module loader evaluate the file a second time: a second copy of the classes.
    const secondCopy = new URL("../src/errors.ts?another-copy", import.meta.url).href;
    const other = (await import(/* @vite-ignore */ secondCopy)) as typeof import("../src/errors");
    expect(other.FollowUpInputError).not.toBe(FollowUpInputError);
    const fromOther = new other.FollowUpInputError([{ path: ["timeZone"], message: "is not a zone" }]);
    expect(fromOther instanceof FollowUpInputError).toBe(false);
    expect(isFollowUpError(fromOther)).toBe(true);
    expect(isFollowUpError(new other.TemplateError("bad template"))).toBe(true);
    expect(other.isFollowUpError(new TemplateError("bad template"))).toBe(true);
  });

  it.each([new Error("plain"), new TypeError("type"), { name: "FollowUpInputError", issues: [] }, null, "FollowUpInputError"])("is false for %j", (value) => {
    expect(isFollowUpError(value)).toBe(false);
  });
});

describe("null and empty strings, as databases and forms send them", () => {
  it("reads them as absent in the timing input", () => {
    const blank = { ...timing, now: null, callerTimeZone: "", holidays: null, workingHours: { start: "", end: null }, waitDays: null, decisionExpectedBy: "" };
    expect(bestCallTime(blank as never)).toEqual(bestCallTime(timing));
  });

  it("keeps lunch: null meaning no lunch break", () => {
    const noLunch = bestCallTime({ ...timing, timeOfDay: "any", workingHours: { lunch: null } });
    const blankLunch = bestCallTime({ ...timing, timeOfDay: "any", workingHours: { lunch: "" } as never });
    expect(blankLunch).toEqual(bestCallTime({ ...timing, timeOfDay: "any" }));
    expect(noLunch).not.toEqual(blankLunch);
  });

  it("reads them as absent in a plan and in script data", () => {
    const blankPlan = {
      ...plan,
      candidate: { ...plan.candidate, email: "" },
      company: null,
      history: null,
      region: "",
      call: { ...plan.call, script: "", voicemail: null, to: { ...plan.call.to, line: null } },
    };
    const withoutLine = { ...plan, call: { ...plan.call, to: { name: "Priya Okafor", number: "+1 212 555 0199", role: "hiring-manager" as const } } };
    expect(validateCallPlan(blankPlan as never)).toEqual(validateCallPlan(withoutLine));
    expect(renderScript("call", { ...scriptData, topic: "", email: null } as never)).toEqual(renderScript("call", scriptData));
  });

  it("keeps the getters of an input read from a class or an ORM row", () => {
    class Row {
      get interviewedAt() {
        return timing.interviewedAt;
      }
      get timeZone() {
        return timing.timeZone;
      }
      now = null;
      holidays = "";
    }
    expect(bestCallTime(new Row() as never)).toEqual(bestCallTime(timing));
  });

  it("still refuses a required field left blank, at its path", () => {
    const error = thrown(() => validateCallPlan({ ...plan, interview: { ...plan.interview, jobTitle: "" } }));
    expect(error.issues.map((issue) => issue.path.join("."))).toEqual(["interview.jobTitle"]);
    expect(thrown(() => bestCallTime({ ...timing, timeZone: null } as never)).issues[0]?.path).toEqual(["timeZone"]);
  });
});

describe("region from the interviewer's zone", () => {
  // Issue 8: a London interview no longer reads a local number as American.
  const london: CallPlan = {
    ...plan,
    interview: { ...plan.interview, timeZone: "Europe/London", at: "2026-11-10T14:00:00Z" },
    call: { ...plan.call, at: "2026-11-18T10:30:00Z", to: { name: "Priya Okafor", number: "020 7946 0958", role: "hiring-manager", line: "direct" } },
    company: { mainNumber: "020 7946 0000" },
  };
  const generalNumberFindings = (subject: CallPlan) => validateCallPlan(subject).diagnostics.filter((diagnostic) => diagnostic.ruleId === "no-general-number");

  it.each<[string, CallPlan, number]>([
    ["a London number in a London plan, no region", london, 0],
    ["the same with region GB", { ...london, region: "GB" }, 0],
    ["the same read as American", { ...london, region: "US" }, 1],
    ["the company's main number called in a London plan", { ...london, call: { ...london.call, to: { ...london.call.to, number: "020 7946 0000" } } }, 1],
  ])("%s", (_name, subject, findings) => {
    expect(generalNumberFindings(subject)).toHaveLength(findings);
  });
});
