import { type CartNode, DecisionTreeClassifier } from "ml-cart";

import { COLUMNS, describeSplit, encode } from "./encoding";
import {
  type FeatureName,
  type Penguin,
  type PenguinFeatures,
  SPECIES,
  type Species,
} from "./penguins";

/** Laplace smoothing: a leaf never claims certainty from a handful of rows. */
const SMOOTHING = 1;

export type Probabilities = Record<Species, number>;

export interface SpeciesPrediction {
  label: Species;
  probabilities: Probabilities;
  /** The split conditions met on the way from the root to the leaf. */
  decisionPath: string[];
  /**
   * For each feature, how much the splits on it moved the predicted species'
   * probability along the path (each node's probability being the smoothed
   * species shares of the training rows that reached it). They add up to the
   * leaf's probability minus the prior: the usual path attribution of a tree.
   */
  attributions: Record<FeatureName, number>;
}

export interface PenguinClassifier {
  /** The smoothed species shares of the training rows. */
  prior: Probabilities;
  /** Throws when a feature is missing: the tree cannot route the row. */
  predict(features: PenguinFeatures): SpeciesPrediction;
}

/** Trains a CART tree (gini) on the rows and keeps each node's species counts. */
export function trainClassifier(
  rows: readonly Penguin[],
  maxDepth: number,
): PenguinClassifier {
  const matrix = rows.map((row) => encodeOrThrow(row.features));
  const labels = rows.map((row) => SPECIES.indexOf(row.species));

  const tree = new DecisionTreeClassifier({ maxDepth, minNumSamples: 3 });
  tree.train(matrix, labels);

  // The library keeps only its leaves' shares; the counts at every node, taken
  // by routing the training rows again, give probabilities along the path too.
  const counts = new Map<CartNode, number[]>();
  matrix.forEach((row, index) => {
    for (const node of pathOf(tree.root, row)) {
      const nodeCounts = counts.get(node) ?? SPECIES.map(() => 0);
      nodeCounts[labels[index]!]! += 1;
      counts.set(node, nodeCounts);
    }
  });
  const probabilitiesAt = (node: CartNode) => smoothed(counts.get(node)!);

  return {
    prior: probabilitiesAt(tree.root),
    predict: (features) => explain(tree.root, encodeOrThrow(features), probabilitiesAt),
  };
}

function explain(
  root: CartNode,
  row: number[],
  probabilitiesAt: (node: CartNode) => Probabilities,
): SpeciesPrediction {
  const nodes = pathOf(root, row);
  const probabilities = probabilitiesAt(nodes[nodes.length - 1]!);
  const label = argmax(probabilities);

  const decisionPath: string[] = [];
  const attributions = Object.fromEntries(
    [...new Set(COLUMNS.map((c) => c.feature))].map((feature) => [feature, 0]),
  ) as Record<FeatureName, number>;

  for (let depth = 0; depth + 1 < nodes.length; depth += 1) {
    const parent = nodes[depth]!;
    const child = nodes[depth + 1]!;
    const column = COLUMNS[parent.splitColumn!]!;

    decisionPath.push(describeSplit(column, parent.splitValue!, child === parent.right));
    attributions[column.feature] +=
      probabilitiesAt(child)[label] - probabilitiesAt(parent)[label];
  }

  for (const feature of Object.keys(attributions) as FeatureName[]) {
    attributions[feature] = Math.round(attributions[feature] * 10_000) / 10_000;
  }
  return { label, probabilities, decisionPath, attributions };
}

/** The nodes a row visits, root first, leaf last. */
function pathOf(root: CartNode, row: number[]): CartNode[] {
  const nodes = [root];
  let node = root;
  while (node.left && node.right) {
    node = row[node.splitColumn!]! < node.splitValue! ? node.left : node.right;
    nodes.push(node);
  }
  return nodes;
}

function smoothed(counts: number[]): Probabilities {
  const total = counts.reduce((sum, n) => sum + n, 0) + SMOOTHING * counts.length;
  return Object.fromEntries(
    SPECIES.map((species, index) => [species, (counts[index]! + SMOOTHING) / total]),
  ) as Probabilities;
}

function argmax(probabilities: Probabilities): Species {
  return SPECIES.reduce((best, species) =>
    probabilities[species] > probabilities[best] ? species : best,
  );
}

function encodeOrThrow(features: PenguinFeatures): number[] {
  const row = encode(features);
  if (!row) throw new Error("every feature is needed to route a penguin down the tree");
  return row;
}
