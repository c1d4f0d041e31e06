import {
  CATEGORIES,
  type CategoricalFeature,
  type FeatureName,
  NUMERICAL_FEATURES,
  type PenguinFeatures,
} from "./penguins";

/** One numeric column the tree splits on: a measurement, or one category as 0/1. */
export interface Column {
  feature: FeatureName;
  category?: string;
}

// The tree library splits numbers only, so each category becomes its own
// 0/1 column (one-hot) and a split on it reads "island == Biscoe".
export const COLUMNS: readonly Column[] = [
  ...NUMERICAL_FEATURES.map((feature) => ({ feature })),
  ...(Object.keys(CATEGORIES) as CategoricalFeature[]).flatMap((feature) =>
    CATEGORIES[feature].map((category) => ({ feature, category })),
  ),
];

/** The row of numbers the tree reads, or null when a value is missing. */
export function encode(features: PenguinFeatures): number[] | null {
  const row: number[] = [];
  for (const column of COLUMNS) {
    const value = features[column.feature];
    if (value === null) return null;

    row.push(
      column.category === undefined ? Number(value) : value === column.category ? 1 : 0,
    );
  }
  return row;
}

/** The condition a row met at a split, as a reviewer reads it. */
export function describeSplit(
  column: Column,
  threshold: number,
  wentRight: boolean,
): string {
  if (column.category !== undefined) {
    return `${column.feature} ${wentRight ? "==" : "!="} ${column.category}`;
  }
  // The tree sends values below the threshold left and the rest right.
  const rounded = Math.round(threshold * 100) / 100;
  return `${column.feature} ${wentRight ? ">=" : "<"} ${rounded}`;
}
