// The parts of ml-cart (which ships no types) that lib/demo uses.
declare module "ml-cart" {
  /** A node of the trained tree: a split with two children, or a leaf. */
  export interface CartNode {
    splitColumn?: number;
    splitValue?: number;
    left?: CartNode;
    right?: CartNode;
  }

  export interface CartOptions {
    gainFunction?: "gini";
    minNumSamples?: number;
    maxDepth?: number;
    gainThreshold?: number;
  }

  export class DecisionTreeClassifier {
    constructor(options?: CartOptions);
    root: CartNode;
    /** Rows of numbers; labels are class indices 0 … k − 1. */
    train(trainingSet: number[][], trainingLabels: number[]): void;
    predict(toPredict: number[][]): number[];
  }
}
