import { cohenKappa } from "@/lib/stats/cohen-kappa";
import { fleissKappa, fleissTable } from "@/lib/stats/fleiss-kappa";

export type Agreement = {
  method: "cohen" | "fleiss" | "none";
  kappa: number | null;
  /** How many items the kappa was computed over. */
  items: number;
  /** Labels per item in that computation (2 for Cohen, n for Fleiss). */
  raters: number;
};

/**
 * Chance-corrected agreement between the labels that several annotators gave
 * the same items. `labelsPerItem[i]` lists item i's labels in the order they
 * were given. Items with fewer than 2 labels are left out; then:
 *
 * - no item left → method "none", kappa null, items 0, raters 0;
 * - every item left has exactly 2 labels → `cohenKappa` over the
 *   (first, second) label of each item;
 * - otherwise → `fleissKappa` over the items whose label count is the most
 *   common among the items with ≥ 3 labels (a tie goes to the larger count).
 *
 * LIMITATION: Fleiss needs the same number of labels on every subject, so
 * items with another count (2-label items included) are left out rather than
 * cut down or weighted; and under Cohen the two "raters" are the first and
 * second label positions, not two fixed people.
 */
export function agreement(labelsPerItem: readonly (readonly string[])[]): Agreement {
  const rated = labelsPerItem.filter((labels) => labels.length >= 2);
  if (rated.length === 0) return { method: "none", kappa: null, items: 0, raters: 0 };

  if (rated.every((labels) => labels.length === 2)) {
    const pairs = rated.map((labels) => [labels[0], labels[1]] as [string, string]);
    return { method: "cohen", kappa: cohenKappa(pairs), items: pairs.length, raters: 2 };
  }

  const n = modalCount(rated.map((labels) => labels.length).filter((c) => c >= 3));
  const subjects = rated.filter((labels) => labels.length === n);
  const { counts } = fleissTable(subjects);
  return {
    method: "fleiss",
    kappa: fleissKappa(counts),
    items: subjects.length,
    raters: n,
  };
}

// The most frequent value; among equally frequent ones, the largest.
function modalCount(values: readonly number[]): number {
  const frequency = new Map<number, number>();
  for (const v of values) frequency.set(v, (frequency.get(v) ?? 0) + 1);

  let best = 0;
  let bestFrequency = 0;
  for (const [v, f] of frequency) {
    if (f > bestFrequency || (f === bestFrequency && v > best)) {
      best = v;
      bestFrequency = f;
    }
  }
  return best;
}
