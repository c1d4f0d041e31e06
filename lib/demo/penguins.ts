import fs from "node:fs";
import path from "node:path";

/**
 * The Palmer penguins (Gorman, Williams & Fraser 2014), as shipped by the
 * vega-datasets package: read from node_modules, never downloaded.
 */
export const SPECIES = ["Adelie", "Chinstrap", "Gentoo"] as const;
export type Species = (typeof SPECIES)[number];

export const NUMERICAL_FEATURES = [
  "bill_length_mm",
  "bill_depth_mm",
  "flipper_length_mm",
  "body_mass_g",
] as const;
export const CATEGORIES = {
  island: ["Biscoe", "Dream", "Torgersen"],
  sex: ["female", "male"],
} as const;

export type NumericalFeature = (typeof NUMERICAL_FEATURES)[number];
export type CategoricalFeature = keyof typeof CATEGORIES;
export type FeatureName = NumericalFeature | CategoricalFeature;

/** One penguin's measurements; null where a value is missing. */
export type PenguinFeatures = Record<NumericalFeature, number | null> &
  Record<CategoricalFeature, string | null>;

export interface Penguin {
  species: Species;
  features: PenguinFeatures;
}

interface RawPenguin {
  Species: string;
  Island: string;
  "Beak Length (mm)": number | null;
  "Beak Depth (mm)": number | null;
  "Flipper Length (mm)": number | null;
  "Body Mass (g)": number | null;
  Sex: string | null;
}

export function penguinsFile(cwd = process.cwd()) {
  return path.join(
    /* turbopackIgnore: true */ cwd,
    "node_modules/vega-datasets/data/penguins.json",
  );
}

/** The complete rows of the data set: 333 of its 344 have every value. */
export function loadPenguins(file = penguinsFile()): Penguin[] {
  const raw = JSON.parse(fs.readFileSync(file, "utf8")) as RawPenguin[];
  return raw.flatMap((row) => {
    const penguin = toPenguin(row);
    return penguin ? [penguin] : [];
  });
}

function toPenguin(row: RawPenguin): Penguin | null {
  const sex = row.Sex?.toLowerCase();
  const features = {
    bill_length_mm: row["Beak Length (mm)"],
    bill_depth_mm: row["Beak Depth (mm)"],
    flipper_length_mm: row["Flipper Length (mm)"],
    body_mass_g: row["Body Mass (g)"],
    island: row.Island,
    sex: sex ?? null,
  };

  const complete = Object.values(features).every((value) => value !== null);
  const known =
    SPECIES.includes(row.Species as Species) &&
    (CATEGORIES.island as readonly string[]).includes(row.Island) &&
    (CATEGORIES.sex as readonly string[]).includes(sex ?? "");
  return complete && known ? { species: row.Species as Species, features } : null;
}
