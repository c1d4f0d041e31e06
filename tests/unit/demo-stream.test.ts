import { describe, expect, it } from "vitest";

import type { PredictionInput } from "@/clients/typescript/tideline-client";
import { outcomesBody, predictionsBody } from "@/lib/contract/ingest";
import { loadPenguins, SPECIES } from "@/lib/demo/penguins";
import { seededRandom } from "@/lib/demo/random";
import { DEMO_SEED } from "@/lib/demo/seed";
import { demoStream } from "@/lib/demo/stream";
import { trainDemoModels } from "@/lib/demo/versions";

const DAY_MS = 24 * 60 * 60 * 1000;
const now = new Date("2026-12-01T12:00:00Z");
const models = trainDemoModels(loadPenguins(), DEMO_SEED);
const stream = (seed = DEMO_SEED) => demoStream(models, seededRandom(seed), { now });
const { predictions, outcomes } = stream();

const daysAgo = (p: PredictionInput) =>
  (now.getTime() - Date.parse(p.timestamp!)) / DAY_MS;
const mean = (values: number[]) => values.reduce((sum, v) => sum + v, 0) / values.length;

describe("the demo's prediction stream", () => {
  it("is the same for the same seed, and differs for another", () => {
    expect(stream()).toEqual({ predictions, outcomes });
    expect(stream(DEMO_SEED + 7).predictions).not.toEqual(predictions);
  });

  it("passes the API's own request schemas", () => {
    expect(predictionsBody.safeParse({ predictions }).success).toBe(true);
    expect(outcomesBody.safeParse({ outcomes }).success).toBe(true);
  });

  it("spreads 2,000 predictions over 14 days, the retrained version last", () => {
    expect(predictions).toHaveLength(2_000);
    expect(Math.max(...predictions.map(daysAgo))).toBeLessThanOrEqual(14);
    expect(Math.min(...predictions.map(daysAgo))).toBeGreaterThanOrEqual(0);

    const versions = predictions.map((p) => p.modelVersion);
    const switchAt = versions.indexOf(models.second.version);
    expect(switchAt).toBeGreaterThan(0);
    expect(versions.slice(0, switchAt).every((v) => v === models.first.version)).toBe(
      true,
    );
    expect(versions.slice(switchAt).every((v) => v === models.second.version)).toBe(true);
  });

  it("reports the true species of about 30 % of predictions, never in the future", () => {
    const ids = new Set(predictions.map((p) => p.id));
    expect(outcomes.length / predictions.length).toBeGreaterThan(0.25);
    expect(outcomes.length / predictions.length).toBeLessThan(0.35);
    for (const outcome of outcomes) {
      expect(ids.has(outcome.predictionId)).toBe(true);
      expect(SPECIES).toContain(outcome.label);
      expect(Date.parse(outcome.observedAt!)).toBeLessThanOrEqual(now.getTime());
    }
  });

  it("has a few failed reads: no body mass, the prior as answer", () => {
    const failed = predictions.filter((p) => p.error);
    expect(failed.length).toBeGreaterThan(5);
    expect(failed.length).toBeLessThan(60);
    for (const p of failed) {
      expect(p.features.body_mass_g).toBeNull();
      expect(p.explanation).toBeNull();
    }
  });

  it("drifts from 5 days ago: heavier, longer flippers, more from Biscoe", () => {
    const before = predictions.filter((p) => daysAgo(p) > 6);
    const after = predictions.filter((p) => daysAgo(p) < 4);
    const feature = (rows: PredictionInput[], name: string) =>
      mean(
        rows
          .map((p) => p.features[name])
          .filter((v): v is number => typeof v === "number"),
      );
    const biscoe = (rows: PredictionInput[]) =>
      rows.filter((p) => p.features.island === "Biscoe").length / rows.length;

    expect(
      feature(after, "body_mass_g") - feature(before, "body_mass_g"),
    ).toBeGreaterThan(300);
    expect(
      feature(after, "flipper_length_mm") - feature(before, "flipper_length_mm"),
    ).toBeGreaterThan(5);
    expect(biscoe(after) - biscoe(before)).toBeGreaterThan(0.15);
  });

  it("leaves some predictions uncertain enough to be flagged", () => {
    const uncertain = predictions.filter(
      (p) => 1 - Math.max(...Object.values(p.output.probabilities)) >= 0.3,
    );
    expect(uncertain.length).toBeGreaterThan(10);
  });
});
