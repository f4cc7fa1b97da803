// ml-logistic-regression ships no types: the part the training script uses.
declare module "ml-logistic-regression/src/logreg_2classes.js" {
  import type { Matrix } from "ml-matrix";
  export default class LogisticRegressionTwoClasses {
    constructor(options?: { numSteps?: number; learningRate?: number });
    weights: Matrix;
    train(features: Matrix, target: Matrix): void;
  }
}
