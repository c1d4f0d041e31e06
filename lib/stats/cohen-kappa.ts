/**
 * Cohen's kappa for two raters who each put the same items into nominal
 * categories: κ = (p_o − p_e) / (1 − p_e), where
 *
 * - p_o is the share of items both raters put in the same category, and
 * - p_e = Σ_k a_k · b_k, with a_k and b_k the shares of items rater A and
 *   rater B put in category k, over the union of the categories either used.
 *
 * This is the unweighted variant with each rater's own marginals (not Scott's
 * π, which pools them), as `sklearn.metrics.cohen_kappa_score(a, b)`. It is
 * computed from counts as (N·agree − Σ A_k·B_k) / (N² − Σ A_k·B_k), which is
 * exact while N² < 2⁵³.
 *
 * `pairs[i]` is [rater A's label, rater B's label] for item i; labels are
 * compared as exact strings. Throws a RangeError on an empty input.
 *
 * When p_e = 1 the ratio is 0 / 0 (sklearn returns NaN). That happens only
 * when both raters put every item in one and the same category, so p_o = 1
 * too; we return 1 there, because the raters agreed on every item and a
 * caller that stores or averages κ is better served by a number than by NaN.
 */
export function cohenKappa(pairs: readonly (readonly [string, string])[]): number {
  if (pairs.length === 0) throw new RangeError("cohenKappa: needs at least one item");

  const countsA = new Map<string, number>();
  const countsB = new Map<string, number>();
  let agree = 0;
  for (const [a, b] of pairs) {
    countsA.set(a, (countsA.get(a) ?? 0) + 1);
    countsB.set(b, (countsB.get(b) ?? 0) + 1);
    if (a === b) agree += 1;
  }

  const categories = new Set([...countsA.keys(), ...countsB.keys()]);
  if (categories.size === 1) return 1;

  let chance = 0;
  for (const category of categories) {
    chance += (countsA.get(category) ?? 0) * (countsB.get(category) ?? 0);
  }

  const n = pairs.length;
  return (n * agree - chance) / (n * n - chance);
}
