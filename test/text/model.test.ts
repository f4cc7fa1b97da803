import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { lintScript } from "../../src/index";
import { analyzeText } from "../../src/text/analyzeText";
import { lexiconFor } from "../../src/text/lexiconFor";
import { readFileSync } from "node:fs";
import { forEachPair, sentenceFeatureParts, sentenceFeatures } from "../../src/text/classifierFeatures";
import { frontCode, frontDecode, modelScores, sentenceProbability, strongestClause, type ModelRule } from "../../src/text/model";

const toy: ModelRule = { confirm: 0.1, alone: 0.5, bias: -2, weights: { "w:waiting": 1.5, "w:still": 1, "c:delay": 2, asks: 0.5 } };

describe("the statistical model", () => {
  it("scores a sentence as a logistic function of its features' weights", () => {
    const analysis = analyzeText("Still waiting, honestly.", lexiconFor());
    const parts = sentenceFeatureParts(analysis, analysis.sentences[0] as never);
    const named = sentenceFeatures(analysis, analysis.sentences[0] as never);
    const expected = 1 / (1 + Math.exp(-(toy.bias + [...named].reduce((sum, feature) => sum + (toy.weights[feature] ?? 0), 0))));
    expect(sentenceProbability(toy, parts as never)).toBeCloseTo(expected, 12);
    expect(named).toContain("w:still");
    expect(named).toContain("c:delay");
    expect(parts?.words).toContain("still");
  });

  it("scores every sentence for every model at once, exactly as each model scores it alone", () => {
    const models = lexiconFor().locale.model ?? {};
    const texts = readFileSync(new URL("../fixtures/corpora/sentences-train-a.jsonl", import.meta.url), "utf8")
      .split("\n")
      .filter((line) => line.trim().length > 0)
      .slice(0, 300)
      .map((line) => (JSON.parse(line) as { text: string }).text);
    texts.push("Still waiting… still waiting!! Why?", "u there? no reply, no call, nothing, not even an email");
    let compared = 0;
    for (const text of texts) {
      const analysis = analyzeText(text, lexiconFor());
      const scores = modelScores({ ...models, toy }, analysis);
      analysis.sentences.forEach((sentence, index) => {
        const parts = sentenceFeatureParts(analysis, sentence);
        for (const [id, rule] of Object.entries({ ...models, toy })) {
          expect(scores.probability(id, index), `${id}: ${text}`).toBeCloseTo(sentenceProbability(rule, parts), 12);
          compared++;
        }
      });
      expect(scores.probability("no-such-rule", 0)).toBeUndefined();
      expect(scores.probability("toy", analysis.sentences.length)).toBeUndefined();
    }
    expect(compared).toBeGreaterThan(1000);
  });

  it("reads word pairs within each clause, marking a clause's start and a word after a mark", () => {
    const analysis = analyzeText("Take your time, clearly you are; fine.", lexiconFor());
    const pairs: string[] = [];
    forEachPair(analysis, analysis.sentences[0] as never, (first, second) => pairs.push(`${first} ${second}`));
    expect(pairs).toEqual(["^ take", "take your", "your time", "| clearly", "clearly you", "you are", "^ fine"]);
    expect(sentenceFeatures(analysis, analysis.sentences[0] as never)).toContain("p:take your");
  });

  it("adds a pair's weight once per sentence, and a pair moves the score where its words alone do not", () => {
    const paired: ModelRule = { ...toy, weights: { ...toy.weights, "p:take your": 3 } };
    const score = (text: string) => {
      const analysis = analyzeText(text, lexiconFor());
      return modelScores({ paired }, analysis).probability("paired", 0) as number;
    };
    const logistic = (value: number) => 1 / (1 + Math.exp(-value));
    expect(score("Take your time, take your time.")).toBeCloseTo(logistic(-2 + 3), 12);
    expect(score("Your time, take it.")).toBeCloseTo(logistic(-2), 12);
    const analysis = analyzeText("Thanks a lot, but take your time.", lexiconFor());
    expect(analysis.text.slice(strongestClause(paired, analysis, analysis.sentences[0] as never).clause.start).startsWith("but take your time")).toBe(true);
  });

  it("points at the clause that drove the score, with its heaviest words", () => {
    const analysis = analyzeText("Thanks for Tuesday, but I am still waiting.", lexiconFor());
    const { clause, words } = strongestClause(toy, analysis, analysis.sentences[0] as never);
    expect(analysis.text.slice(clause.start, clause.end)).toBe("but I am still waiting");
    expect(words).toEqual(["waiting", "still"]);
  });

  it("ships a model for each never-say rule, with thresholds", () => {
    const model = lexiconFor().locale.model ?? {};
    for (const rule of ["no-asking-about-candidates", "no-asking-for-decision", "no-questioning-delay", "no-complaining"]) {
      expect(model[rule]?.alone, rule).toBeGreaterThan(0.3);
      expect(Object.keys(model[rule]?.weights ?? {}).length, rule).toBeGreaterThan(50);
    }
  });

  it("stays quiet on short greetings and on time said with nothing pressing", () => {
    for (const text of ["Bye now.", "Hello, Ms Donnelly?", "Cheerio just now.", "We met two weeks ago today, Monday the 2nd, for the payroll specialist position."]) {
      expect(
        lintScript(text).map((diagnostic) => diagnostic.ruleId),
        text,
      ).toEqual([]);
    }
  });
});

describe("the shipped model's feature names", () => {
  it("front-code and decode back to the same sorted names", () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string({ unit: "grapheme", maxLength: 14 }).filter((name) => !name.includes("\n"))), (names) => {
        const sorted = [...names].sort();
        expect(frontDecode(frontCode(sorted))).toEqual(sorted);
      }),
    );
    expect(frontCode(["w:wait", "w:waited", "w:waiting", "x"])).toBe("0w:wait\n6ed\n6ing\n0x");
    expect(() => frontCode(["a\nb"])).toThrow(RangeError);
  });
});
