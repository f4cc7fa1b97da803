import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { lintScript, ruleCatalog, validateCallPlan, type CallPlan, type ScriptContext } from "../../src/index";

/**
 * Runs every ❌/✅ example of docs/rules/*.md. Each example is a fragment of a plan, merged
 * into the pages' shared base plan; a ❌ example lists what it must report as comments
 * (`// severity rule-id (path, span "words"): message`), a ✅ example must report nothing of
 * its rule. A text starting with "…" is the base opener followed by the rest. A top-level `now`
 * is passed as validateCallPlan's option.
 */
const OPENER_SCRIPT =
  "Hi Priya, this is Dana Whitfield. I interviewed for the Operations Analyst role on Tuesday, November 17. Is now a good time for a quick chat? Thank you again for the interview. I'm still very interested in the role, especially after our talk about warehouse scheduling.";
const OPENER_VOICEMAIL =
  "Hi Priya, it's Dana Whitfield. Thank you for the interview for the Operations Analyst role last Tuesday, and for our talk about warehouse scheduling. I'm still very interested. Please call me back on 212 555 0147. Thanks!";

// The examples are loose plan fragments, checked by the library itself.
// biome-ignore lint/suspicious/noExplicitAny: examples are loose fragments of any shape, checked by the library itself
type Loose = Record<string, any>;

const docBase = (): Loose => ({
  candidate: { name: "Dana Whitfield", phone: "+1 212 555 0147" },
  interview: {
    at: "2026-11-17T14:00:00-05:00",
    timeZone: "America/New_York",
    jobTitle: "Operations Analyst",
    company: "Harbor Freight Lines",
    interviewerName: "Priya Okafor",
    topics: ["warehouse scheduling", "the new routing software"],
  },
  call: {
    at: "2026-11-25T10:30:00-05:00",
    to: { name: "Priya Okafor", number: "+1 212 555 0199", role: "hiring-manager", line: "direct" },
    script: OPENER_SCRIPT,
    voicemail: OPENER_VOICEMAIL,
  },
  thankYouEmailSentAt: "2026-11-17T19:00:00-05:00",
});

function merge(base: unknown, change: unknown): unknown {
  if (change === undefined) return base;
  const isObject = (value: unknown): value is Loose => typeof value === "object" && value !== null && !Array.isArray(value);
  if (!isObject(base) || !isObject(change)) return change;
  const merged: Loose = { ...base };
  for (const key of Object.keys(change)) {
    if (change[key] === "__DEL__") delete merged[key];
    else merged[key] = merge(base[key], change[key]);
  }
  return merged;
}

function expand(value: unknown, key?: string): unknown {
  if (typeof value === "string" && value.startsWith("…")) return (key === "voicemail" ? OPENER_VOICEMAIL : OPENER_SCRIPT) + value.slice(1);
  if (typeof value === "object" && value !== null && !Array.isArray(value)) {
    return Object.fromEntries(Object.entries(value).map(([entryKey, entry]) => [entryKey, expand(entry, entryKey)]));
  }
  return value;
}

interface Expected {
  severity: string;
  ruleId: string;
  path?: string;
  span?: string;
  message: string;
  suggestion?: string;
}
const EXPECTED_LINE = /^\/\/ (error|warning|info) ([a-z-]+)(?: \(([A-Za-z0-9.]+)(?:, span "(.*?)")?\))?: (.*)$/;

function parseBlock(code: string): { change: unknown; expected: Expected[]; removals: string[] } | undefined {
  const expected: Expected[] = [];
  const removals: string[] = [];
  const body: string[] = [];
  for (const raw of code.split("\n")) {
    const line = raw.trim();
    const match = EXPECTED_LINE.exec(line);
    if (match) {
      expected.push({ severity: match[1] as string, ruleId: match[2] as string, path: match[3], span: match[4], message: match[5] as string });
      continue;
    }
    const removal = /^\/\/ no ([A-Za-z.]+)$/.exec(line);
    if (removal) {
      removals.push(removal[1] as string);
      continue;
    }
    const suggestion = /^\/\/\s+suggestion: (.*)$/.exec(line);
    const last = expected[expected.length - 1];
    if (suggestion && last) {
      last.suggestion = suggestion[1];
      continue;
    }
    body.push(raw);
  }
  let source = body.join("\n").trim();
  if (!source.startsWith("{")) source = `{${source}}`;
  try {
    return { change: new Function(`return (${source});`)() as unknown, expected, removals };
  } catch {
    return undefined; // prose-only blocks (e.g. a bare script) are not plan fragments
  }
}

const pages = readdirSync(new URL("../../docs/rules/", import.meta.url))
  .filter((name) => name.endsWith(".md") && name !== "README.md")
  .map((name) => name.replace(/\.md$/, ""));

describe("docs/rules examples produce exactly the diagnostics they show", () => {
  it("starts from a base plan with no diagnostics at all", () => {
    expect(validateCallPlan(docBase() as CallPlan).diagnostics).toEqual([]);
  });

  it.each(pages)("%s", (id) => {
    const page = readFileSync(new URL(`../../docs/rules/${id}.md`, import.meta.url), "utf8");
    const sections = {
      bad: page.slice(page.indexOf("### ❌ Incorrect"), page.indexOf("### ✅ Correct")),
      good: page.slice(page.indexOf("### ✅ Correct"), page.indexOf("## Options")),
    };
    const meta = ruleCatalog.find((rule) => rule.id === id);
    let checked = 0;
    for (const [kind, section] of Object.entries(sections)) {
      for (const [, code] of section.matchAll(/```ts\n([\s\S]*?)```/g)) {
        const parsed = parseBlock(code as string);
        if (parsed === undefined) continue;
        const plan = merge(docBase(), expand(parsed.change)) as Loose;
        for (const removal of parsed.removals) {
          if (removal === "script" || removal === "voicemail") delete plan.call[removal];
          else delete plan[removal];
        }
        // A fragment's top-level `now` is validateCallPlan's option, not a plan field.
        const { now, ...planFields } = plan;
        const diagnostics = validateCallPlan(planFields as CallPlan, { now }).diagnostics.map((diagnostic) => ({
          severity: diagnostic.severity,
          ruleId: diagnostic.ruleId,
          path: diagnostic.path.join("."),
          span: diagnostic.span ? (plan.call[diagnostic.path[1] as string] as string).slice(diagnostic.span.start, diagnostic.span.end) : undefined,
          message: diagnostic.message,
          suggestion: diagnostic.suggestion,
        }));
        const mine = diagnostics.filter((diagnostic) => diagnostic.ruleId === id);
        checked++;
        if (kind === "good") {
          expect(mine, `${id}: a ✅ example reports`).toEqual([]);
          continue;
        }
        const wanted = parsed.expected.filter((entry) => entry.ruleId === id);
        expect(wanted.length, `${id}: a ❌ example shows no diagnostic of the rule`).toBeGreaterThan(0);
        const remaining = [...mine];
        for (const entry of wanted) {
          const at = remaining.findIndex(
            (diagnostic) =>
              diagnostic.severity === entry.severity &&
              diagnostic.message === entry.message &&
              (entry.path === undefined || entry.path === diagnostic.path) &&
              (entry.span === undefined || entry.span === diagnostic.span) &&
              (entry.suggestion === undefined || entry.suggestion === diagnostic.suggestion),
          );
          expect(at, `${id}: documented but not produced: ${JSON.stringify(entry)}\nproduced: ${JSON.stringify(mine)}`).toBeGreaterThanOrEqual(0);
          remaining.splice(at, 1);
        }
        expect(remaining, `${id}: produced but not documented`).toEqual([]);
        // the same text through lintScript gives the same findings of a content rule
        if (meta?.scope === "text") {
          for (const key of ["script", "voicemail"] as const) {
            const text = plan.call[key];
            if (typeof text !== "string" || text.trim() === "") continue;
            const context: ScriptContext = {
              kind: key === "script" ? "call" : "voicemail",
              candidateName: plan.candidate.name,
              jobTitle: plan.interview.jobTitle,
              interviewDate: "2026-11-17",
              topics: plan.interview.topics,
              phone: plan.candidate.phone,
              ...(plan.stage ? { stage: plan.stage } : {}),
            };
            const viaLint = lintScript(text, context)
              .filter((diagnostic) => diagnostic.ruleId === id)
              .map((diagnostic) => diagnostic.message)
              .sort();
            const viaPlan = mine
              .filter((diagnostic) => diagnostic.path === `call.${key}`)
              .map((diagnostic) => diagnostic.message)
              .sort();
            expect(viaLint).toEqual(viaPlan);
          }
        }
      }
    }
    expect(checked, `${id}: no runnable example`).toBeGreaterThan(0);
  });
});
