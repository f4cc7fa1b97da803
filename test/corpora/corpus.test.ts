import { describe, expect, it } from "vitest";
import floors from "../fixtures/corpora/floors.json";
import { readLines, readManifest, scoreScripts, scoreSentences, type ScriptItem, type SentenceItem } from "./_score";

const manifest = readManifest();
const sentences = manifest.filter((set) => set.type === "sentences").flatMap((set) => readLines<SentenceItem>(set.file));
const scripts = manifest.filter((set) => set.type === "scripts").flatMap((set) => readLines<ScriptItem>(set.file));
const recorded = floors as Record<"sentences" | "scripts", Record<string, { precision: number; recall: number }>>;

describe("labelled corpora", () => {
  it("hold at least 3,000 sentences and 200 scripts, each text once", () => {
    expect(sentences.length).toBeGreaterThanOrEqual(3_000);
    expect(scripts.length).toBeGreaterThanOrEqual(200);
    expect(new Set(sentences.map((item) => item.id)).size).toBe(sentences.length);
    expect(new Set(scripts.map((item) => item.id)).size).toBe(scripts.length);
  });

  it("label with the rule ids only", () => {
    const allowed = new Set(["no-asking-about-candidates", "no-asking-for-decision", "no-questioning-delay", "no-complaining"]);
    for (const item of sentences) for (const label of item.labels) expect(allowed.has(label), `${item.id}: ${label}`).toBe(true);
  });
});

describe("accuracy does not fall below the recorded figures", () => {
  const scored = { sentences: scoreSentences(sentences), scripts: scoreScripts(scripts) };
  const cases = (["sentences", "scripts"] as const).flatMap((type) => scored[type].map((score) => [`${score.rule} on all ${type}`, type, score] as const));
  it.each(cases)("%s", (_name, type, score) => {
    const floor = recorded[type][score.rule];
    expect(floor, `no recorded figure for ${score.rule} on ${type}`).toBeDefined();
    const detail = [...score.tally.misses.slice(0, 15).map((text) => `missed ${text}`), ...score.tally.falseAlarms.slice(0, 15).map((text) => `false alarm ${text}`)].join("\n");
    expect(score.precision, detail).toBeGreaterThanOrEqual(floor?.precision ?? 1);
    expect(score.recall, detail).toBeGreaterThanOrEqual(floor?.recall ?? 1);
  });
});
