// ml-logistic-regression ships no types: the part the training script uses.
declare module "ml-logistic-regression/src/logreg_2classes.js" {
  import type { AbstractMatrix, Matrix } from "ml-matrix";
  export default class LogisticRegressionTwoClasses {
    constructor(options?: { numSteps?: number; learningRate?: number });
    weights: Matrix;
    // It only reads `columns`, `mmul` and `transpose().mmul` of the features.
    train(features: AbstractMatrix, target: Matrix): void;
    /** The probability of class 1 for each row. */
    testScores(features: AbstractMatrix): number[];
  }
}
