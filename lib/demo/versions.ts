import { type PenguinClassifier, trainClassifier } from "./classifier";
import type { Penguin } from "./penguins";
import { seededRandom } from "./random";

const HOLDOUT_SHARE = 0.2;

export interface DeployedVersion {
  version: string;
  notes: string;
  typicalLatencyMs: number;
  classifier: PenguinClassifier;
}

export interface DemoModels {
  /** The rows both versions learned from: the drift reference. */
  training: Penguin[];
  /** Rows neither version saw, for measuring accuracy. */
  holdout: Penguin[];
  first: DeployedVersion;
  second: DeployedVersion;
}

/**
 * Trains the demo's two model versions: a first, shallow tree on part of the
 * training rows, then a retrained, deeper one on all of them.
 */
export function trainDemoModels(penguins: readonly Penguin[], seed: number): DemoModels {
  const shuffled = seededRandom(seed).shuffled(penguins);
  const holdoutSize = Math.round(shuffled.length * HOLDOUT_SHARE);
  const holdout = shuffled.slice(0, holdoutSize);
  const training = shuffled.slice(holdoutSize);
  const early = training.slice(0, Math.round(training.length * 0.4));

  return {
    training,
    holdout,
    first: {
      version: "1.0.0",
      notes: `CART, depth 2, trained on ${early.length} penguins.`,
      typicalLatencyMs: 5,
      classifier: trainClassifier(early, 2),
    },
    second: {
      version: "1.1.0",
      notes: `Retrained: CART, depth 4, on ${training.length} penguins.`,
      typicalLatencyMs: 8,
      classifier: trainClassifier(training, 4),
    },
  };
}
