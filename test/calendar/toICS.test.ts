import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { toICS } from "../../src/calendar";
import { bestCallTime, FollowUpInputError, planFollowUp, type FollowUpInput } from "../../src/index";

const base: FollowUpInput = { interviewedAt: "2026-11-10T14:00:00-05:00", timeZone: "America/New_York", callerTimeZone: "Australia/Sydney", now: "2026-11-10T16:00:00-05:00" };
const data = { id: "ats/4711", jobTitle: "Analyst, Night Shift; Depot \\ North", company: "Harbor Freight Lines", interviewerName: "Priya Okafor", phone: "+1 212 555 0199" };

function events(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return calendar.getAllSubcomponents("vevent").map((component) => {
    const event = new ICAL.Event(component);
    return {
      uid: event.uid,
      summary: event.summary,
      description: event.description,
      start: event.startDate.toJSDate().getTime(),
      end: event.endDate.toJSDate().getTime(),
      utc: event.startDate.zone?.tzid === "UTC",
      alarms: component.getAllSubcomponents("valarm").length,
      sequence: event.sequence,
    };
  });
}

describe("toICS", () => {
  it("writes one event per dated step, read back identically by an independent parser", () => {
    const plan = planFollowUp(base);
    const parsed = events(toICS(plan, data));
    const dated = plan.steps.filter((step) => step.at !== undefined);
    expect(parsed).toHaveLength(dated.length);
    parsed.forEach((event, index) => {
      const step = dated[index];
      expect(event.start).toBe(step?.at?.getTime());
      expect(event.utc).toBe(true);
      expect(event.summary).toContain(data.jobTitle);
      expect(event.alarms).toBe(step?.status === "done" ? 0 : 1);
      for (const reason of step?.reasons ?? []) expect(event.description).toContain(reason.message);
    });
    const call = parsed.find((event) => event.uid.includes("-call-"));
    expect(call?.end).toBe(plan.steps.find((step) => step.kind === "call")?.window?.end.getTime());
    expect(call?.description).toContain("+1 212 555 0199");
    expect(call?.description).toContain("Australia/Sydney");
  });

  it("names each step's script as a sentence would", () => {
    const parsed = events(toICS(planFollowUp(base), data));
    const descriptions = parsed.map((event) => event.description).join("\n");
    expect(descriptions).toContain("What to say: the thank-you email script");
    expect(descriptions).not.toMatch(/thank you email|follow up email/);
  });

  it("escapes and folds text: lines of at most 75 octets, commas, semicolons and backslashes kept", () => {
    const ics = toICS(planFollowUp(base), data);
    for (const line of ics.split("\r\n")) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(events(ics)[0]?.summary).toBe(`Send the thank-you email (${data.jobTitle} at ${data.company})`);
  });

  it("keeps UIDs when the plan changes, so a calendar updates the events, newest export winning", () => {
    const first = events(toICS(planFollowUp(base), { ...data, now: "2026-11-10T16:00:00-05:00" }));
    const replanned = planFollowUp({
      ...base,
      now: "2026-11-18T12:00:00-05:00",
      thankYouEmailSentAt: "2026-11-10T19:00:00-05:00",
      history: [{ channel: "voicemail", at: "2026-11-17T16:45:00-05:00" }],
    });
    const second = events(toICS(replanned, { ...data, now: "2026-11-18T12:00:00-05:00" }));
    expect(second.find((event) => event.uid.includes("thank-you-email"))?.uid).toBe(first.find((event) => event.uid.includes("thank-you-email"))?.uid);
    expect(second.find((event) => event.uid.includes("written-follow-up"))?.uid).toBe(first.find((event) => event.uid.includes("written-follow-up"))?.uid);
    expect((second[0]?.sequence ?? 0) > (first[0]?.sequence ?? 0)).toBe(true);
    expect(new Set(second.map((event) => event.uid)).size).toBe(second.length);
    // The call planned in the first export is now done, under the same UID, not left behind.
    const call = second.find((event) => event.uid === first.find((old) => old.uid.includes("-call-"))?.uid);
    expect(call?.summary).toMatch(/^Done: Follow-up call/);
    expect(second.every((event) => /^[A-Za-z0-9._%-]+@followup-call$/.test(event.uid))).toBe(true);
  });

  it("cancels the events of steps the re-planned follow-up skips", () => {
    const connected = planFollowUp({ ...base, now: "2026-11-19T12:00:00-05:00", history: [{ channel: "call", at: "2026-11-17T10:05:00-05:00", outcome: "connected" }] });
    const ics = toICS(connected, data);
    const calendar = new ICAL.Component(ICAL.parse(ics));
    const byUid = new Map(calendar.getAllSubcomponents("vevent").map((component) => [String(component.getFirstPropertyValue("uid")), component]));
    // The thank-you email was never sent and its day has gone; the voicemail was not needed.
    for (const uid of ["ats%2F4711-thank-you-email-1@followup-call", "ats%2F4711-voicemail-1@followup-call"]) {
      expect(byUid.get(uid)?.getFirstPropertyValue("status"), uid).toBe("CANCELLED");
      expect(byUid.get(uid)?.getAllSubcomponents("valarm")).toHaveLength(0);
    }
    expect(byUid.get("ats%2F4711-call-1@followup-call")?.getFirstPropertyValue("status")).toBe("CONFIRMED");
  });

  it("is the same text for the same plan, whatever the process time zone", () => {
    const plan = planFollowUp(base);
    expect(toICS(plan, data)).toBe(toICS(plan, data));
    expect(toICS(plan, data)).toContain("DTSTAMP:20261110T210000Z");
  });

  it("writes a single recommendation from bestCallTime", () => {
    const best = bestCallTime(base);
    const [event] = events(toICS(best, { id: "x1" }));
    expect(event?.start).toBe(best.at.getTime());
    expect(event?.end).toBe(best.window.end.getTime());
    expect(event?.summary).toBe("Follow-up call");
  });

  it.each([
    ["data.id", () => toICS(planFollowUp(base), { id: "" })],
    ["data.now", () => toICS(planFollowUp(base), { id: "a", now: "tomorrow" })],
    ["data.reminderMinutes", () => toICS(planFollowUp(base), { id: "a", reminderMinutes: -1 })],
    ["plan", () => toICS({} as never, { id: "a" })],
    ["plan", () => toICS(null as never, { id: "a" })],
  ])("rejects a bad %s", (path, run) => {
    let error: unknown;
    try {
      run();
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(FollowUpInputError);
    expect((error as FollowUpInputError).issues[0]?.path.join(".")).toBe(path);
  });
});
