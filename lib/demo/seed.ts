import type { TidelineClient } from "@/clients/typescript/tideline-client";
import { log } from "@/lib/log";

import { CATEGORIES, loadPenguins, NUMERICAL_FEATURES, SPECIES } from "./penguins";
import { seededRandom } from "./random";
import { DEMO_MODEL, type DemoStream, demoStream } from "./stream";
import { trainDemoModels } from "./versions";

/** One seed for the split, the training and the stream: the same demo every time. */
export const DEMO_SEED = 11;

const DAY_MS = 24 * 60 * 60 * 1000;

export interface DemoSummary {
  referenceRows: number;
  predictions: { accepted: number; duplicates: number; flagged: number; audited: number };
  outcomes: { accepted: number; unknown: number };
}

/**
 * Seeds the demo the way a model service would: trains its two versions,
 * registers regions and the model over the HTTP API, uploads the training
 * rows as the reference, then pushes a fortnight of predictions and outcomes.
 */
export async function seedDemo(
  client: TidelineClient,
  now = new Date(),
): Promise<DemoSummary> {
  const models = trainDemoModels(loadPenguins(), DEMO_SEED);
  const stream = demoStream(models, seededRandom(DEMO_SEED + 1), { now });
  log.info(
    { training: models.training.length, predictions: stream.predictions.length },
    "demo: trained two versions on the penguins",
  );

  // eu-west as the first-start walkthrough saves it, so either order agrees.
  await client.putRegion("eu-west", { name: "EU West", retentionDays: 365 });
  await client.putRegion("us-east", { name: "US East", retentionDays: 365 });
  await client.putModel(DEMO_MODEL, {
    name: "Penguin species",
    labels: [...SPECIES],
    features: [
      ...NUMERICAL_FEATURES.map((name) => ({ name, type: "numerical" as const })),
      ...Object.keys(CATEGORIES).map((name) => ({ name, type: "categorical" as const })),
    ],
    flagging: { strategy: "least_confidence", threshold: 0.3, auditRate: 0.05 },
  });
  log.info({ model: DEMO_MODEL }, "demo: regions and model registered");

  const reference = await client.uploadReference(
    DEMO_MODEL,
    models.training.map((penguin) => ({
      features: penguin.features,
      label: penguin.species,
    })),
    { replace: true },
  );
  log.info({ rows: reference.rows }, "demo: reference uploaded");

  const predictions = await pushByDay(client, stream);
  log.info(predictions, "demo: predictions pushed");

  const outcomes = await client.pushOutcomes(stream.outcomes);
  log.info(outcomes, "demo: outcomes pushed");

  // The changelog entries exist once a version has predictions.
  for (const { version, notes } of [models.first, models.second]) {
    await client.setVersionNotes(DEMO_MODEL, version, notes);
  }

  return { referenceRows: reference.rows, predictions, outcomes };
}

/** One request a day of predictions, as a service flushing a daily batch would. */
async function pushByDay(client: TidelineClient, stream: DemoStream) {
  // Node 20 has no Map.groupBy.
  const days = new Map<number, DemoStream["predictions"]>();
  for (const prediction of stream.predictions) {
    const day = Math.floor(Date.parse(prediction.timestamp!) / DAY_MS);
    const batch = days.get(day) ?? [];
    batch.push(prediction);
    days.set(day, batch);
  }

  const total = { accepted: 0, duplicates: 0, flagged: 0, audited: 0 };
  for (const batch of days.values()) {
    const result = await client.pushPredictions(batch);
    total.accepted += result.accepted;
    total.duplicates += result.duplicates;
    total.flagged += result.flagged;
    total.audited += result.audited;
  }
  return total;
}
