import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { lintScript, renderScript, scriptKinds, scriptTemplates, scriptVariants, type ScriptData } from "../../src/index";
import { buildView } from "../../src/script/internal/scriptView";
import { countWords } from "../../src/text/wordScan";
import { goodScriptData } from "../fixtures/plans";

// Pieces that real names and companies contain, plus the awkward ones: apostrophes,
// ampersands, accents, emoji, braces, very long runs.
const piece = fc.constantFrom(
  "Dana",
  "O'Brien",
  "Zoë",
  "José",
  "Nguyễn",
  "Łukasz",
  "Søren",
  "D'Angelo",
  "Müller",
  "Ana-Lucía",
  "李",
  "Αλέξης",
  "& Sons",
  "AT&T",
  "Smith & Co.",
  "😀",
  "🚚",
  "{{",
  "{{name}}",
  "{{#x}}",
  "Jr.",
  "3M",
  "<b>",
  "50%",
  "$5",
);
const value = (min: number, max: number) => fc.array(piece, { minLength: min, maxLength: max }).map((parts) => parts.join(" "));
const longName = fc.integer({ min: 40, max: 120 }).map((length) => "Bartholomew-".repeat(length).slice(0, length * 6));

const dataArbitrary: fc.Arbitrary<ScriptData> = fc.record(
  {
    candidateName: fc.oneof(value(1, 4), longName),
    jobTitle: value(1, 4),
    company: value(1, 5),
    interviewerName: value(1, 3),
    interviewDate: fc.integer({ min: 0, max: 365 * 60 }).map((days) => new Date(Date.UTC(1995, 0, 1) + days * 86_400_000).toISOString().slice(0, 10)),
    phone: fc.constantFrom("+1 212 555 0147", "(212) 555-0147", "+44 20 7946 0958", "07700 900123"),
    topic: value(1, 4),
    companyHighlight: value(1, 4),
    availability: value(1, 3),
    email: fc.constantFrom("dana@example.com", "zoë.o'brien@example.org"),
  },
  { requiredKeys: ["candidateName", "jobTitle", "company", "interviewerName", "interviewDate", "phone"] },
);

const PHRASES: ReadonlySet<string> = new Set(["topic", "companyHighlight", "availability"]);

const all = scriptKinds.flatMap((kind) => scriptVariants[kind].map((variant) => ({ kind, variant })));

describe("every built-in script, with any valid data", () => {
  it("lints with no error for its kind at every stage, and shows every value verbatim", () => {
    fc.assert(
      fc.property(dataArbitrary, fc.constantFrom(...all), fc.constantFrom("pre-decision", "after-offer", "after-rejection" as const), (data, { kind, variant }, anyStage) => {
        // The scripts for an answer are said at their own stage; the others at any stage.
        const stage = kind === "after-offer" || kind === "after-rejection" ? kind : anyStage;
        const script = renderScript(kind, data, { variant });
        const diagnostics = lintScript(script.text, {
          kind,
          candidateName: data.candidateName,
          jobTitle: data.jobTitle,
          company: data.company,
          interviewerName: data.interviewerName,
          interviewDate: data.interviewDate as string,
          phone: data.phone,
          topics: data.topic ? [data.topic] : [],
          // The greeting (the interviewer's first name) is filled in too.
          values: [data.companyHighlight, data.availability, data.email, data.interviewerName.split(/\s+/)[0]].filter((item): item is string => item !== undefined),
          stage,
        });
        const errors = diagnostics.filter((diagnostic) => diagnostic.severity === "error");
        expect(errors, JSON.stringify({ kind, variant, errors, text: script.text })).toEqual([]);
        // The closing of a call already under way does not repeat the candidate's name.
        if (kind !== "no-decision") expect(script.text).toContain(data.candidateName);
        // Greeted by first name (the pieces above hold no titles).
        expect(script.text).toContain(data.interviewerName.split(/\s+/)[0]);
        expect(script.text).not.toMatch(/^Subject:/m);
        // every value the template prints appears exactly as given; a phrase set inside a
        // sentence, without the stop or comma it ended with
        const source = scriptTemplates[`${kind}.${variant}`] as string;
        for (const field of ["jobTitle", "company", "phone", "topic", "companyHighlight", "availability", "email"] as const) {
          const given = data[field];
          const value = given !== undefined && PHRASES.has(field) ? given.replace(/[\s.,;:!?]+$/, "") : given;
          if (value !== undefined && source.includes(`{{${field}}}`)) expect(`${script.subject ?? ""}\n${script.text}`).toContain(value);
        }
      }),
      { numRuns: 400 },
    );
  }, 60_000);

  it("counts words as a reader would count the spoken text", () => {
    fc.assert(
      fc.property(dataArbitrary, fc.constantFrom(...all), (data, { kind, variant }) => {
        const script = renderScript(kind, data, { variant });
        const spoken = script.text.replace(/^[ \t]*\(.*\)[ \t]*$/gm, "");
        expect(script.words).toBe(countWords(spoken));
        expect(script.seconds).toBe(Math.round((script.words / 150) * 60));
      }),
      { numRuns: 300 },
    );
  }, 60_000);

  it("never leaves HTML unescaped in html format", () => {
    fc.assert(
      fc.property(dataArbitrary, fc.constantFrom(...all), (data, { kind, variant }) => {
        const html = renderScript(kind, { ...data, company: `<img src=x onerror=alert(1)> ${data.company}` }, { variant, format: "html" }).text;
        expect(html.replace(/<\/?p>|<br>/g, "")).not.toMatch(/[<>]/);
      }),
      { numRuns: 200 },
    );
  }, 60_000);
});

describe("script data in its plain form", () => {
  // A plain object of strings skips the schema; the same data in any other form goes through it.
  class Wrapped {}
  const field = fc.constantFrom("candidateName", "jobTitle", "company", "interviewerName", "phone", "topic", "companyHighlight", "availability", "email", "interviewDate");
  const value = fc.oneof(fc.constantFrom("", "  ", "Dana", "O'Brien & Sons", "{{x}}", "2026-11-17", "2026-02-30", "2026-11-17T10:00:00Z"), fc.string({ maxLength: 12 }));
  const outcome = (run: () => unknown) => {
    try {
      return { ok: run() };
    } catch (error) {
      return { error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
    }
  };

  it("gives the same view, or the same error, as the schema", () => {
    fc.assert(
      fc.property(fc.dictionary(field, value, { maxKeys: 10 }), (data) => {
        const plain = outcome(() => ({ ...buildView(data, "en-US") }));
        const throughSchema = outcome(() => ({ ...buildView(Object.assign(new Wrapped(), data), "en-US") }));
        expect(plain).toEqual(throughSchema);
      }),
      { numRuns: 1000 },
    );
  });
});

describe("the library's own scripts and the topic rule", () => {
  // A topic given to renderScript is mentioned by every script the topic rule reads, so the
  // library's own output never draws mention-interview-topic.
  const data: ScriptData = { ...goodScriptData(), topic: "the new routing software" };
  const read = (["call", "thank-you-email", "follow-up-email"] as const).flatMap((kind) => scriptVariants[kind].map((variant) => ({ kind, variant })));

  it.each(read)("$kind ($variant) mentions the topic it was given", ({ kind, variant }) => {
    const text = renderScript(kind, data, { variant: variant as never }).text;
    expect(text).toContain("the new routing software");
    const context = { kind, candidateName: data.candidateName, jobTitle: data.jobTitle, interviewDate: "2026-11-10", topics: [data.topic as string] };
    expect(lintScript(text, context).map((diagnostic) => diagnostic.ruleId)).not.toContain("mention-interview-topic");
  });
});
