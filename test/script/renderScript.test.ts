import Mustache from "mustache";
import { describe, expect, it, vi } from "vitest";
import { FollowUpInputError, lintScript, renderScript, scriptKinds, scriptVariants, TemplateError, type ScriptData } from "../../src/index";

const data: ScriptData = {
  candidateName: "Dana O'Brien",
  jobTitle: "Operations Analyst",
  company: "O'Brien & Sons",
  interviewerName: "Priya Okafor",
  interviewDate: "2026-11-17",
  phone: "+1 212 555 0147",
};

function templateError(run: () => unknown): TemplateError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(TemplateError);
    return error as TemplateError;
  }
  throw new Error("expected a TemplateError");
}

describe("renderScript: kinds and variants", () => {
  it("has every kind with at least two variants", () => {
    expect([...scriptKinds]).toEqual(["call", "voicemail", "thank-you-email", "follow-up-email", "after-offer", "after-rejection", "no-decision"]);
    for (const kind of scriptKinds) expect(scriptVariants[kind].length).toBeGreaterThanOrEqual(2);
  });

  it.each(scriptKinds.flatMap((kind) => scriptVariants[kind].map((variant) => [kind, variant] as const)))("renders %s (%s) with the data in it", (kind, variant) => {
    const script = renderScript(kind, data, { variant });
    expect(script.kind).toBe(kind);
    expect(script.variant).toBe(variant);
    // The closing of a call already under way does not repeat the candidate's name.
    expect(script.text).toContain(kind === "no-decision" ? data.phone : data.candidateName);
    expect(script.text).not.toMatch(/\{\{|\}\}/);
    expect(script.words).toBeGreaterThan(20);
    expect(script.seconds).toBe(Math.round((script.words / 150) * 60));
    if (kind.endsWith("-email")) expect(script.subject?.length).toBeGreaterThan(5);
  });

  it("asks if it is a good time and ends the call opener with a pause to listen", () => {
    const text = renderScript("call", data).text;
    expect(text).toMatch(/good time|few minutes/);
    expect(text.trim().split("\n").pop()).toMatch(/^\(.*\)$/);
  });

  it("gives the phone number twice in a voicemail and keeps it under 30 seconds", () => {
    for (const variant of scriptVariants.voicemail) {
      const script = renderScript("voicemail", data, { variant });
      expect(script.text.split(data.phone).length - 1).toBe(2);
      expect(script.seconds).toBeLessThanOrEqual(30);
    }
  });

  it("drops optional sections when the value is absent or blank, and shows them when present", () => {
    expect(renderScript("call", data).text).not.toContain("conversation about");
    expect(renderScript("call", { ...data, topic: "  " }).text).not.toContain("conversation about");
    expect(renderScript("call", { ...data, topic: "route planning" }).text).toContain("conversation about route planning");
  });

  it.each(["route planning.", "route planning. ", "route planning,", "route planning;", "route planning:"])(
    "sets the phrase %j inside its sentence without the stop or comma it ended with, in every kind",
    (topic) => {
      for (const kind of scriptKinds) {
        for (const variant of scriptVariants[kind]) {
          const filled = { ...data, topic, companyHighlight: "your open data work.", availability: "weekdays after 2 pm." };
          const text = renderScript(kind, filled, { variant } as never).text;
          expect([kind, variant, text]).not.toEqual([kind, variant, expect.stringMatching(/[.,;:]\s*[.,;:]|planning\s+[.,]/)]);
        }
      }
    },
  );

  it("a phrase set without its stop is still a filled-in value to the linter", () => {
    const topic = "the <b> tag in old emails.";
    const text = renderScript("call", { ...data, topic }).text;
    expect(text).toContain("about the <b> tag in old emails.\n");
    const placeholders = lintScript(text, { kind: "call", topics: [topic] }).filter((diagnostic) => diagnostic.ruleId === "no-placeholders");
    expect(placeholders).toEqual([]);
    expect(lintScript(text, { kind: "call" }).some((diagnostic) => diagnostic.ruleId === "no-placeholders")).toBe(true);
  });

  it.each([
    ["Acme Inc.", "Acme Inc.."],
    ["Yahoo!", "Yahoo!."],
    ["What Next?", "What Next?."],
  ])("prints one stop after the company %j where a sentence ends on it, in every kind", (company, doubled) => {
    let endedOnIt = 0;
    for (const kind of scriptKinds) {
      for (const variant of scriptVariants[kind]) {
        const text = renderScript(kind, { ...data, company }, { variant } as never).text;
        expect([kind, variant, text.includes(doubled)]).toEqual([kind, variant, false]);
        if (text.includes(`${company}\n`) || text.includes(`${company} `)) endedOnIt++;
      }
    }
    expect(endedOnIt).toBeGreaterThan(0);
    // Only the template's stop goes: a comma after the value stays.
    expect(renderScript("call", { ...data, company }, { template: "At {{company}}, then {{company}}." }).text).toBe(`At ${company}, then ${company}`);
  });

  it.each([
    ["Hi from {{company}}... well", "Yahoo!", "Hi from Yahoo!... well"],
    ["Upgrade to {{jobTitle}}.5 soon", "v2.", "Upgrade to v2..5 soon"],
    ["Mail {{company}}.com today", "Acme.", "Mail Acme..com today"],
    ["About {{company}}.", "the cut-over\u2026", "About the cut-over\u2026"],
    ["At {{company}}{{#topic}}, about {{topic}}{{/topic}}.", "Acme Inc.", "At Acme Inc."],
  ])("drops only a stop of the template's own after a value: %j", (template, value, expected) => {
    expect(renderScript("call", { ...data, company: value, jobTitle: value, topic: "" }, { template }).text).toBe(expected);
  });

  it.each(["what comes next?", "the launch!"])("drops the %j mark a phrase ends with where the sentence goes on", (topic) => {
    const text = renderScript("call", { ...data, topic }, { variant: "warm" }).text;
    expect(text).toContain(`said about ${topic.slice(0, -1)}, and`);
  });

  it.each([
    ["topic", "your expansion into the U.S.", "call", "warm", "about your expansion into the U.S., and"],
    ["topic", "the roadmap, etc.", "call", "warm", "about the roadmap, etc., and"],
    ["topic", "the move to Smith & Co.", "call", "brief", "about the move to Smith & Co.\n"],
    ["availability", "after 3 p.m.", "after-offer", "warm", "after 3 p.m. "],
  ] as const)("keeps the stop of an abbreviation that ends the %s %j", (field, value, kind, variant, expected) => {
    const text = renderScript(kind, { ...data, [field]: value }, { variant }).text;
    expect(text).toContain(expected);
    expect(text).not.toMatch(/\.\./);
  });

  it("drops a phrase that is only punctuation, as it drops a blank one", () => {
    expect(renderScript("call", { ...data, topic: " . " }).text).toBe(renderScript("call", data).text);
  });
});

describe("renderScript: formatting", () => {
  it("formats the date in the interviewer's zone and the locale", () => {
    expect(renderScript("call", data).text).toContain("Tuesday, November 17");
    // 23:30 on Monday in New York is already Tuesday in UTC: the interviewer's calendar wins
    const instant = { ...data, interviewDate: "2026-11-17T04:30:00Z", timeZone: "America/New_York" };
    expect(renderScript("call", instant).text).toContain("Monday, November 16");
    expect(renderScript("call", data, { locale: "en-GB" }).text).toContain("Tuesday 17 November");
    // The built-in templates are English: another language needs its own template, never a mix.
    expect(templateError(() => renderScript("call", data, { locale: "fr-FR" })).message).toMatch(/in English.*fr-FR/);
    const french = renderScript("call", data, { locale: "fr-FR", template: "Bonjour {{greetingName}}, ici {{candidateName}}. Notre entretien du {{interviewDate}}…" });
    expect(french.text).toContain("mardi 17 novembre");
  });

  it("never escapes in text, and escapes everything in html, in paragraphs", () => {
    const text = renderScript("after-rejection", data).text;
    expect(text).toContain("O'Brien & Sons");
    const html = renderScript("after-rejection", data, { format: "html" });
    expect(html.format).toBe("html");
    expect(html.text).toContain("O&#39;Brien &#38; Sons");
    expect(html.text).not.toContain("O'Brien");
    expect(html.text.startsWith("<p>")).toBe(true);
    expect(html.text.split("<p>").length - 1).toBe(text.trim().split(/\n{2,}/).length);
    const script = renderScript("call", { ...data, company: "<script>alert(1)</script>" }, { format: "html" }).text;
    expect(script).not.toContain("<script>");
  });

  it("puts values containing {{…}} in literally, never re-parsing them", () => {
    const tricky = { ...data, candidateName: "{{phone}} {{#x}}", topic: "{{{company}}}" };
    const text = renderScript("call", tricky).text;
    expect(text).toContain("{{phone}} {{#x}}");
    expect(text).toContain("{{{company}}}");
  });
});

describe("renderScript: strict templates", () => {
  it("names every missing variable, sections included", () => {
    const error = templateError(() => renderScript("call", { ...data, candidateName: "", jobTitle: undefined } as unknown as ScriptData));
    expect(error.variables).toEqual(["candidateName", "jobTitle"]);
    expect(error.message).toContain("candidateName, jobTitle");
    const inSection = templateError(() => renderScript("call", { ...data, topic: "x" }, { template: "{{#topic}}{{availability}} {{email}}{{/topic}}" }));
    expect(inSection.variables).toEqual(["availability", "email"]);
    expect(renderScript("call", data, { template: "{{#topic}}{{availability}}{{/topic}}Hi" }).text).toBe("Hi");
    expect(renderScript("call", data, { template: "{{^topic}}No topic{{/topic}}" }).text).toBe("No topic");
  });

  it("reports a parse error with line and column", () => {
    const error = templateError(() => renderScript("call", data, { template: "Hello\n  {{candidateName" }));
    expect(error.position).toEqual({ line: 2, column: 3 });
    expect(error.message).toMatch(/line 2, column 3/);
    const unclosed = templateError(() => renderScript("call", data, { template: "a\nb {{#topic}} c" }));
    expect(unclosed.message).toMatch(/Unclosed section/);
    expect(unclosed.position?.line).toBe(2);
  });

  it.each(["constructor", "__proto__", "toString", "hasOwnProperty", "valueOf", "nmae", "candidate.name", "."])("refuses {{%s}}", (name) => {
    const error = templateError(() => renderScript("call", data, { template: `Hi {{${name}}}` }));
    expect(error.variables).toEqual([name]);
    expect(error.position).toEqual({ line: 1, column: 4 });
  });

  it("refuses {{{x}}} and {{&x}} for HTML, and partials anywhere", () => {
    expect(() => renderScript("call", data, { template: "{{{company}}}", format: "html" })).toThrow(TemplateError);
    expect(() => renderScript("call", data, { template: "{{&company}}", format: "html" })).toThrow(/unescaped/);
    expect(renderScript("call", data, { template: "{{{company}}}" }).text).toBe("O'Brien & Sons");
    expect(() => renderScript("call", data, { template: "{{> header}}" })).toThrow(/Partials/);
  });

  it("limits template size and section depth", () => {
    const huge = "x".repeat(1024 * 1024);
    expect(templateError(() => renderScript("call", data, { template: huge })).message).toMatch(/limit is 65536/);
    const deep = `${"{{#topic}}".repeat(5)}x${"{{/topic}}".repeat(5)}`;
    expect(templateError(() => renderScript("call", { ...data, topic: "t" }, { template: deep })).message).toMatch(/nested more than 4/);
    const fine = `${"{{#topic}}".repeat(4)}x${"{{/topic}}".repeat(4)}`;
    expect(renderScript("call", { ...data, topic: "t" }, { template: fine }).text).toBe("x");
  });
});

describe("renderScript: safety", () => {
  it("never calls a function found in the data: it is refused as input", () => {
    const lambda = vi.fn(() => "called");
    expect(() => renderScript("call", { ...data, topic: lambda as unknown as string })).toThrow(FollowUpInputError);
    expect(lambda).not.toHaveBeenCalled();
  });

  it("ignores what is on Object.prototype", () => {
    const proto = Object.prototype as Record<string, unknown>;
    proto.topic = "polluted";
    try {
      expect(renderScript("call", data).text).not.toContain("polluted");
    } finally {
      delete proto.topic;
    }
  });

  it("changes no global Mustache setting and fills no global cache", () => {
    const tags = [...Mustache.tags];
    const escapeBefore = Mustache.escape;
    renderScript("call", data, { template: "Hi {{candidateName}}, {{company}} [custom]" });
    expect(Mustache.tags).toEqual(tags);
    expect(Mustache.escape).toBe(escapeBefore);
    const cache = (Mustache as unknown as { templateCache?: { _cache: Record<string, unknown> } }).templateCache;
    expect(Object.keys(cache?._cache ?? {}).some((key) => key.includes("[custom]"))).toBe(false);
  });

  it("rejects bad kinds, variants, locales, formats and data with FollowUpInputError", () => {
    expect(() => renderScript("sms" as never, data)).toThrow(FollowUpInputError);
    // @ts-expect-error: a variant the kind does not have fails to compile, and is refused at run time
    expect(() => renderScript("call", data, { variant: "shouty" })).toThrow(/brief, warm/);
    // @ts-expect-error: as above
    expect(() => renderScript("call", data, { variant: "constructor" })).toThrow(FollowUpInputError);
    // @ts-expect-error: "after-voicemail" is a variant of the follow-up email only
    expect(() => renderScript("call", data, { variant: "after-voicemail" })).toThrow(/brief, warm/);
    expect(() => renderScript("call", data, { locale: "not a locale!" })).toThrow(/locale/);
    expect(() => renderScript("call", data, { format: "pdf" as never })).toThrow(/format/);
    expect(() => renderScript("call", { ...data, interviewDate: "2026-02-30" })).toThrow(/real calendar date/);
    expect(() => renderScript("call", { ...data, interviewDate: "2026-11-17T10:00:00Z" })).toThrow(/timeZone/);
    expect(() => renderScript("call", { ...data, phone: 2125550147 as unknown as string })).toThrow(FollowUpInputError);
    expect(() => renderScript("call", { ...data, nickname: "D" } as ScriptData)).toThrow(/nickname: is not a field/);
  });
});
