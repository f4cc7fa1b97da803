import { describe, expect, it } from "vitest";
import { BinaryDesignMatrix } from "../../scripts/binaryDesignMatrix";
import { meanLogLoss, type TrainingSettings, trainConverging } from "../../scripts/train-classifier";

// 200 rows: column 0 says "yes" (label 1, one in ten mislabelled), column 1 says "no" (label 0,
// one in ten mislabelled), column 2 is the bias every row has.
const rows: number[][] = [];
const labels: number[] = [];
for (let index = 0; index < 200; index++) {
  const yes = index % 2 === 0;
  rows.push(yes ? [0, 2] : [1, 2]);
  labels.push(yes ? (index % 20 === 0 ? 0 : 1) : index % 20 === 1 ? 1 : 0);
}
const X = BinaryDesignMatrix.fromRows(rows, 3);
const settings = (learningRate: number): TrainingSettings => ({ minCount: 1, steps: 50, learningRate, decimals: 2, minWeight: 0, minPairWeight: 0 });
const probabilities = (weights: readonly number[]) => rows.map((row) => 1 / (1 + Math.exp(-row.reduce((sum, column) => sum + (weights[column] as number), 0))));
const baseLoss = meanLogLoss(
  labels.map(() => 0.5),
  labels,
);

describe("training that guards against a diverging step", () => {
  it("trains as asked when the step converges", () => {
    const weights = trainConverging(X, labels, settings(1));
    expect(meanLogLoss(probabilities(weights), labels)).toBeLessThan(baseLoss);
    expect(weights[0]).toBeGreaterThan(1);
    expect(weights[1]).toBeLessThan(-1);
  });

  it("halves a step that overshoots, and ends with a model better than the base rate", () => {
    // At 60 this data oscillates past the optimum; 15 for four times the steps does not.
    const weights = trainConverging(X, labels, settings(60));
    expect(meanLogLoss(probabilities(weights), labels)).toBeLessThan(baseLoss);
    expect(weights[0]).toBeGreaterThan(1);
  });

  it("refuses a step that still diverges after every halving, rather than ship a model that reports nothing", () => {
    expect(() => trainConverging(X, labels, settings(1e5))).toThrow(/diverged/);
  });

  it("accepts labels that are all the same: there is no base rate to beat", () => {
    expect(() =>
      trainConverging(
        X,
        labels.map(() => 0),
        settings(60),
      ),
    ).not.toThrow();
  });
});
