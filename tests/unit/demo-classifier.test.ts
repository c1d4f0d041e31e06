import { describe, expect, it } from "vitest";

import type { PenguinClassifier } from "@/lib/demo/classifier";
import { loadPenguins, type Penguin, SPECIES } from "@/lib/demo/penguins";
import { DEMO_SEED } from "@/lib/demo/seed";
import { trainDemoModels } from "@/lib/demo/versions";

const penguins = loadPenguins();
const models = trainDemoModels(penguins, DEMO_SEED);

function accuracy(classifier: PenguinClassifier, rows: readonly Penguin[]) {
  const correct = rows.filter(
    (row) => classifier.predict(row.features).label === row.species,
  );
  return correct.length / rows.length;
}

describe("the demo's penguin classifier", () => {
  it("reads the complete rows of the data set", () => {
    expect(penguins).toHaveLength(333);
    expect(new Set(penguins.map((p) => p.species))).toEqual(new Set(SPECIES));
    expect(models.training.length + models.holdout.length).toBe(333);
  });

  it("classifies held-out penguins well, the retrained version best", () => {
    const first = accuracy(models.first.classifier, models.holdout);
    const second = accuracy(models.second.classifier, models.holdout);

    expect(second).toBeGreaterThan(0.9);
    expect(first).toBeGreaterThan(0.8);
    expect(second).toBeGreaterThan(first);
  });

  it("answers probabilities in (0, 1) that sum to 1", () => {
    for (const { classifier } of [models.first, models.second]) {
      for (const row of models.holdout) {
        const { probabilities, label } = classifier.predict(row.features);
        const values = Object.values(probabilities);

        expect(Object.keys(probabilities)).toEqual([...SPECIES]);
        expect(values.every((p) => p > 0 && p < 1)).toBe(true);
        expect(values.reduce((sum, p) => sum + p, 0)).toBeCloseTo(1, 12);
        expect(Math.max(...values)).toBe(probabilities[label]);
      }
    }
  });

  it("explains by the splits taken, attributions adding up to leaf minus prior", () => {
    const { classifier } = models.second;
    for (const row of models.holdout) {
      const { decisionPath, attributions, label, probabilities } = classifier.predict(
        row.features,
      );
      const total = Object.values(attributions).reduce((sum, a) => sum + a, 0);

      expect(decisionPath.length).toBeGreaterThan(0);
      for (const step of decisionPath) {
        expect(step).toMatch(/^(\w+ (<|>=) -?[\d.]+|(island|sex) (==|!=) \w+)$/);
      }
      // Each of the six attributions is rounded to 4 decimals.
      expect(
        Math.abs(total - (probabilities[label] - classifier.prior[label])),
      ).toBeLessThan(4e-4);
    }
  });

  it("learns the same trees from the same seed", () => {
    const again = trainDemoModels(loadPenguins(), DEMO_SEED);
    for (const row of models.holdout) {
      expect(again.second.classifier.predict(row.features)).toEqual(
        models.second.classifier.predict(row.features),
      );
    }
  });
});
