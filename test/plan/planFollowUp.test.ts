import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { bestCallTime, FollowUpInputError, planFollowUp, type FollowUpInput, type FollowUpPlan, type HistoryEntry } from "../../src/index";

const NY = "America/New_York";
// Tuesday 10 November 2026, 14:00 in New York.
const base: FollowUpInput = { interviewedAt: "2026-11-10T14:00:00-05:00", timeZone: NY };
const summary = (plan: FollowUpPlan) => plan.steps.map((step) => `${step.kind}:${step.status}`);

describe("planFollowUp: the cadence", () => {
  it("plans thank-you, call, voicemail, written follow-up, then stop, right after the interview", () => {
    const plan = planFollowUp({ ...base, callerTimeZone: "Europe/London", now: "2026-11-10T16:00:00-05:00" });
    expect(summary(plan)).toEqual(["thank-you-email:due", "call:upcoming", "voicemail:upcoming", "written-follow-up:upcoming", "stop:upcoming"]);
    const [thanks, call, voicemail, written] = plan.steps;
    expect(thanks?.window?.endLocal).toBe("2026-11-11T14:00:00-05:00");
    const best = bestCallTime({ ...base, callerTimeZone: "Europe/London", now: "2026-11-10T16:00:00-05:00" });
    expect(call?.at).toEqual(best.at);
    expect(call?.caller).toEqual(best.caller);
    expect(call?.script).toEqual({ kind: "call", variant: "brief" });
    expect(voicemail?.at).toEqual(call?.at);
    expect(voicemail?.script).toEqual({ kind: "voicemail", variant: "brief" });
    // A week after the call, on a working day, in the morning.
    expect(written?.atLocal).toBe("2026-11-24T10:00:00-05:00");
    expect(written?.channel).toBe("email");
  });

  it("marks what is done and skips a thank-you that is too late", () => {
    const late = planFollowUp({ ...base, now: "2026-11-12T09:00:00-05:00" });
    expect(late.steps[0]?.status).toBe("skipped");
    expect(late.steps[0]?.atLocal).toBe("2026-11-11T14:00:00-05:00");
    const sent = planFollowUp({ ...base, now: "2026-11-12T09:00:00-05:00", thankYouEmailSentAt: "2026-11-10T19:00:00-05:00" });
    expect(sent.steps[0]).toMatchObject({ status: "done", atLocal: "2026-11-10T19:00:00-05:00" });
  });

  it("after a call, plans no second call but the written follow-up a week later", () => {
    const plan = planFollowUp({ ...base, now: "2026-11-19T09:00:00-05:00", history: [{ channel: "call", at: "2026-11-18T10:30:00-05:00", outcome: "connected" }] });
    expect(summary(plan).filter((step) => step.startsWith("call") || step.startsWith("voicemail"))).toEqual(["call:done", "voicemail:skipped"]);
    expect(plan.steps.find((step) => step.kind === "written-follow-up")?.atLocal).toBe("2026-11-25T10:00:00-05:00");
  });

  it("after a voicemail, plans the written follow-up that says so", () => {
    const plan = planFollowUp({ ...base, now: "2026-11-19T09:00:00-05:00", history: [{ channel: "voicemail", at: "2026-11-18T10:30:00-05:00" }] });
    expect(summary(plan)).toEqual(["thank-you-email:skipped", "call:done", "voicemail:done", "written-follow-up:upcoming", "stop:upcoming"]);
    expect(plan.steps.find((step) => step.kind === "written-follow-up")?.script).toEqual({ kind: "follow-up-email", variant: "after-voicemail" });
  });

  it("writes on LinkedIn only with earlier contact there", () => {
    const history: HistoryEntry[] = [{ channel: "call", at: "2026-11-18T10:30:00-05:00", outcome: "no-answer" }];
    expect(planFollowUp({ ...base, history, priorLinkedInContact: true }).steps.find((step) => step.kind === "written-follow-up")?.channel).toBe("linkedin");
    expect(planFollowUp({ ...base, history }).steps.find((step) => step.kind === "written-follow-up")?.channel).toBe("email");
  });

  it("keeps a callback date the employer asked for, and it is not a repeat", () => {
    const plan = planFollowUp({
      ...base,
      now: "2026-11-18T12:00:00-05:00",
      history: [{ channel: "call", at: "2026-11-18T10:30:00-05:00", outcome: "asked-to-call-back", callbackRequestedOn: "2026-11-23" }],
    });
    const calls = plan.steps.filter((step) => step.kind === "call");
    expect(calls.map((step) => step.status)).toEqual(["done", "upcoming"]);
    expect(calls[1]?.atLocal?.slice(0, 10)).toBe("2026-11-23");
    expect(calls[1]?.reasons[0]?.basis).toBe("T3");
  });

  it("past the lateness cap, writes instead of calling", () => {
    const plan = planFollowUp({ ...base, now: "2027-01-20T09:00:00-05:00" });
    expect(summary(plan)).toEqual(["thank-you-email:skipped", "call:skipped", "written-follow-up:due", "stop:upcoming"]);
  });

  it("after an offer, plans the reply from the news, with the after-offer script", () => {
    const plan = planFollowUp({ ...base, stage: "after-offer", employerContactedAt: "2026-11-12T15:00:00-05:00", now: "2026-11-12T15:30:00-05:00" });
    expect(plan.stage).toBe("after-offer");
    const reply = plan.steps.find((step) => step.kind === "reply");
    expect(reply?.script).toEqual({ kind: "after-offer", variant: "brief" });
    expect((reply?.atLocal ?? "").slice(0, 10) >= "2026-11-12").toBe(true);
    expect(reply?.reasons[0]?.basis).toBe("A1");
    const answered = planFollowUp({
      ...base,
      stage: "after-rejection",
      employerContactedAt: "2026-11-12T15:00:00-05:00",
      history: [{ channel: "call", at: "2026-11-13T10:00:00-05:00", outcome: "connected" }],
    });
    expect(summary(answered).slice(1)).toEqual(["reply:done", "stop:due"]);
  });

  it.each([
    ["history.0.at", { history: [{ channel: "call", at: "2026-11-01T10:00:00-05:00" }] }],
    ["history.0.channel", { history: [{ channel: "fax", at: "2026-11-12T10:00:00-05:00" }] }],
    ["thankYouEmailSentAt", { thankYouEmailSentAt: "yesterday" }],
    ["priorLinkedInContact", { priorLinkedInContact: "yes" }],
    ["interviewedAt", { interviewedAt: "2026-11-10T14:00" }],
    ["histroy", { histroy: [] }],
  ])("rejects a bad %s", (path, change) => {
    let error: unknown;
    try {
      planFollowUp({ ...base, ...change } as FollowUpInput);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(FollowUpInputError);
    expect((error as FollowUpInputError).issues.map((issue) => issue.path.join("."))).toContain(path);
    if (path === "") expect((error as FollowUpInputError).message).toContain('did you mean "history"');
  });
});

describe("planFollowUp: invariants", () => {
  const ZONES = ["America/New_York", "Europe/London", "Asia/Kolkata", "Australia/Sydney", "America/Los_Angeles", "Pacific/Auckland"];
  const FROM = Date.UTC(2026, 0, 1);
  const entry = fc.record({
    channel: fc.constantFrom("call", "voicemail", "email", "linkedin", "note" as const),
    hoursAfter: fc.integer({ min: 1, max: 24 * 40 }),
    outcome: fc.option(fc.constantFrom("connected", "voicemail", "no-answer", "asked-to-call-back" as const), { nil: undefined }),
    callbackDays: fc.option(fc.integer({ min: 1, max: 20 }), { nil: undefined }),
  });
  const input = fc.record({
    zone: fc.constantFrom(...ZONES),
    caller: fc.option(fc.constantFrom(...ZONES), { nil: undefined }),
    interview: fc.integer({ min: FROM, max: FROM + 300 * 86_400_000 }),
    nowHours: fc.integer({ min: 0, max: 24 * 60 }),
    history: fc.array(entry, { maxLength: 4 }),
    stage: fc.constantFrom("pre-decision", "pre-decision", "after-offer", "after-rejection" as const),
    thanked: fc.boolean(),
  });

  it("gives steps in time order, none before now unless done, and never two calls unless the employer asked", () => {
    fc.assert(
      fc.property(input, (sample) => {
        const interviewMs = Math.floor(sample.interview / 60_000) * 60_000;
        const nowMs = interviewMs + sample.nowHours * 3_600_000;
        const history = sample.history
          .map((item) => {
            const at = interviewMs + item.hoursAfter * 3_600_000;
            return {
              channel: item.channel,
              at: new Date(at),
              ...(item.outcome ? { outcome: item.outcome } : {}),
              ...(item.callbackDays && item.outcome === "asked-to-call-back"
                ? { callbackRequestedOn: new Date(at + item.callbackDays * 86_400_000).toISOString().slice(0, 10) }
                : {}),
            } as HistoryEntry;
          })
          .filter((item) => (item.at as Date).getTime() <= nowMs);
        const plan = planFollowUp({
          interviewedAt: new Date(interviewMs),
          timeZone: sample.zone,
          ...(sample.caller ? { callerTimeZone: sample.caller } : {}),
          now: new Date(nowMs),
          history,
          stage: sample.stage,
          ...(sample.thanked ? { thankYouEmailSentAt: new Date(interviewMs + 3 * 3_600_000) } : {}),
        });
        const times = plan.steps.flatMap((step) => (step.at ? [step.at.getTime()] : []));
        expect([...times].sort((a, b) => a - b)).toEqual(times);
        for (const step of plan.steps) {
          if (step.at && step.status !== "done" && step.status !== "skipped") expect(step.at.getTime()).toBeGreaterThanOrEqual(nowMs);
          if (step.kind !== "stop") expect(step.at).toBeDefined();
        }
        expect(plan.steps[plan.steps.length - 1]?.kind).toBe("stop");
        const plannedCalls = plan.steps.filter((step) => (step.kind === "call" || step.kind === "reply") && step.status !== "done" && step.status !== "skipped");
        expect(plannedCalls.length).toBeLessThanOrEqual(1);
        const callsMade = history.filter((item) => item.channel === "call" || item.channel === "voicemail").length;
        const asked = history.some((item) => item.callbackRequestedOn !== undefined);
        if (sample.stage === "pre-decision" && callsMade > 0 && !asked) expect(plannedCalls).toEqual([]);
      }),
      { numRuns: 1000 },
    );
  });
});

describe("planFollowUp: bounds", () => {
  it("refuses a history of more than 200 contacts", () => {
    const history = Array.from({ length: 201 }, (_, index) => ({ channel: "email" as const, at: new Date(Date.parse("2026-11-11T10:00:00Z") + index * 60_000) }));
    expect(() => planFollowUp({ ...base, history })).toThrow(/at most 200 earlier contacts/);
    expect(() => planFollowUp({ ...base, history: history.slice(0, 200) })).not.toThrow();
  });
});
