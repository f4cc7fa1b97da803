import { describe, expect, it } from "vitest";
import { corpus, fresh, holdout, scoreCorpus } from "./_corpus";

const THRESHOLD = 0.95;

describe("content rules against the labelled corpus", () => {
  it("has at least 300 sentences, with firing cases and near-misses for every rule", () => {
    expect(corpus.cases.length).toBeGreaterThanOrEqual(300);
    const rules = new Set(corpus.cases.map((entry) => entry.rule));
    for (const rule of rules) {
      const cases = corpus.cases.filter((entry) => entry.rule === rule);
      expect(cases.some((entry) => entry.fire), rule).toBe(true);
      expect(cases.some((entry) => !entry.fire), rule).toBe(true);
    }
    expect(new Set(corpus.cases.map((entry) => entry.text)).size).toBe(corpus.cases.length);
  });

  const scores = [...scoreCorpus().map((score) => ({ ...score, name: `${score.rule} (main corpus)` })), ...scoreCorpus(holdout).map((score) => ({ ...score, name: `${score.rule} (corpus written apart from the rules)` })), ...scoreCorpus(fresh).map((score) => ({ ...score, name: `${score.rule} (third corpus: emails, texting, non-native English)` }))];
  it("has a second corpus, written without seeing the rules, for the never-say rules", () => {
    expect(holdout.cases.length).toBeGreaterThanOrEqual(200);
    expect(new Set(holdout.cases.map((entry) => entry.rule)).size).toBe(6);
    expect(fresh.cases.length).toBeGreaterThanOrEqual(150);
  });

  it.each(scores.map((score) => [score.name, score] as const))(`%s reaches precision and recall of ${THRESHOLD}`, (_name, score) => {
    const detail = [...score.misses.map((entry) => `missed: ${entry.text}`), ...score.falseAlarms.map((entry) => `false alarm: ${entry.text}`)].join("\n");
    expect(score.precision, detail).toBeGreaterThanOrEqual(THRESHOLD);
    expect(score.recall, detail).toBeGreaterThanOrEqual(THRESHOLD);
  });
});
