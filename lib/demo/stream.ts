import type { OutcomeInput, PredictionInput } from "@/clients/typescript/tideline-client";

import { NUMERICAL_FEATURES, type NumericalFeature, type Penguin } from "./penguins";
import type { Random } from "./random";
import type { DemoModels, DeployedVersion } from "./versions";

export const DEMO_MODEL = "penguins";

const HOUR_MS = 60 * 60 * 1000;
const DAY_MS = 24 * HOUR_MS;

/** Measurement noise, about a tenth of each feature's spread in the data set. */
const NOISE_SD: Record<NumericalFeature, number> = {
  bill_length_mm: 0.6,
  bill_depth_mm: 0.25,
  flipper_length_mm: 1.5,
  body_mass_g: 80,
};

/**
 * The drift at full strength, as after a change of measuring protocol at the
 * stations: flippers read longer and birds weigh heavier, and more of the
 * sightings come from Biscoe. Enough to cross the trees' splits.
 */
const DRIFT_SHIFT: Partial<Record<NumericalFeature, number>> = {
  body_mass_g: 500,
  flipper_length_mm: 15,
};
const DRIFT_ISLAND_WEIGHT: Record<string, number> = {
  Biscoe: 2.5,
  Dream: 1,
  Torgersen: 0.4,
};

const CLIENTS = [
  { key: "acme", region: "eu-west", share: 0.45, station: "Acme field station" },
  { key: "globex", region: "us-east", share: 0.35, station: "Globex survey boat" },
  { key: "initech", region: "us-east", share: 0.2, station: "Initech camera trap" },
];

const FAILED_READ =
  "feature store timeout: body_mass_g unavailable, answered the class prior";

const SIGHTINGS = [
  "banded at the nest",
  "photographed foraging at the shoreline",
  "weighed at the station",
  "seen with a chick",
  "measured after moult",
  "resighted on the beach",
];

export interface StreamOptions {
  /** The end of the stream; it covers the `days` before it. */
  now: Date;
  count?: number;
  days?: number;
  /** When the drift starts, before `now`; it reaches full strength a day later. */
  driftDaysAgo?: number;
  /** When the second version replaces the first, before `now`. */
  secondVersionDaysAgo?: number;
  /** The share of predictions whose true species becomes known. */
  outcomeShare?: number;
}

export interface DemoStream {
  predictions: PredictionInput[];
  outcomes: OutcomeInput[];
}

/**
 * What a model service would have pushed over the last days: penguins drawn
 * from the data set with measurement noise, predicted by the version deployed
 * at the time, some with their true species reported later.
 */
export function demoStream(
  models: DemoModels,
  random: Random,
  options: StreamOptions,
): DemoStream {
  const { now, count = 2_000, days = 14, outcomeShare = 0.3 } = options;
  const end = now.getTime();
  const start = end - days * DAY_MS;
  const driftStart = end - (options.driftDaysAgo ?? 5) * DAY_MS;
  const secondFrom = end - (options.secondVersionDaysAgo ?? 8) * DAY_MS;
  const population = [...models.training, ...models.holdout];

  const bands = new Map(
    population.map((p, i) => [p, `band-${String(i + 1).padStart(4, "0")}`]),
  );

  const predictions: PredictionInput[] = [];
  const outcomes: OutcomeInput[] = [];
  for (let index = 0; index < count; index += 1) {
    const ts = start + ((index + random.next()) * (end - start)) / count;
    const drift = Math.min(1, Math.max(0, (ts - driftStart) / DAY_MS));
    const source = random.weighted(population, (p) => islandWeight(p, drift));

    const sighting: Sighting = {
      id: `penguin-obs-${String(index + 1).padStart(5, "0")}`,
      ts,
      source,
      band: bands.get(source)!,
      deployed: ts < secondFrom ? models.first : models.second,
      drift,
    };
    predictions.push(observe(sighting, random));

    const observedAt = ts + (2 + random.next() * 70) * HOUR_MS;
    if (random.next() < outcomeShare && observedAt <= end) {
      outcomes.push({
        model: DEMO_MODEL,
        predictionId: sighting.id,
        label: source.species,
        observedAt: new Date(observedAt).toISOString(),
      });
    }
  }
  return { predictions, outcomes };
}

function islandWeight(penguin: Penguin, drift: number) {
  const weight = DRIFT_ISLAND_WEIGHT[penguin.features.island ?? ""] ?? 1;
  return 1 + (weight - 1) * drift;
}

interface Sighting {
  id: string;
  ts: number;
  source: Penguin;
  band: string;
  deployed: DeployedVersion;
  /** 0 before the drift, rising to 1 at full strength. */
  drift: number;
}

/** One prediction as the service sends it; about 1 % fail to read a feature. */
function observe(sighting: Sighting, random: Random): PredictionInput {
  const { source, deployed, drift } = sighting;
  const client = random.weighted(CLIENTS, (c) => c.share);

  const features = { ...source.features };
  for (const name of NUMERICAL_FEATURES) {
    const shift = (DRIFT_SHIFT[name] ?? 0) * drift;
    const noise = random.normal() * NOISE_SD[name];
    features[name] = roundFor(name, source.features[name]! + shift + noise);
  }

  const failed = random.next() < 0.01;
  if (failed) features.body_mass_g = null;
  const answer = failed ? null : deployed.classifier.predict(features);
  const probabilities = answer?.probabilities ?? deployed.classifier.prior;

  // Log-normal around the version's typical latency; a failed read waits for its timeout.
  const latencyMs = failed
    ? 250 + random.next() * 150
    : deployed.typicalLatencyMs * Math.exp(0.35 * random.normal());
  const { island, sex } = source.features;

  return {
    id: sighting.id,
    model: DEMO_MODEL,
    modelVersion: deployed.version,
    region: client.region,
    client: client.key,
    timestamp: new Date(sighting.ts).toISOString(),
    features,
    text: `${client.station} on ${island}: ${sex} adult, ${random.pick(SIGHTINGS)}.`,
    output: { label: answer?.label ?? mostLikely(probabilities), probabilities },
    latencyMs: Math.round(latencyMs * 10) / 10,
    error: failed ? FAILED_READ : null,
    explanation: answer
      ? { decisionPath: answer.decisionPath, attributions: answer.attributions }
      : null,
    subjectId: sighting.band,
  };
}

function roundFor(name: NumericalFeature, value: number) {
  if (name === "body_mass_g") return Math.round(value / 5) * 5;
  if (name === "flipper_length_mm") return Math.round(value);
  return Math.round(value * 10) / 10;
}

function mostLikely(probabilities: Record<string, number>) {
  return Object.entries(probabilities).reduce((best, entry) =>
    entry[1] > best[1] ? entry : best,
  )[0];
}
