/**
 * Fleiss' kappa (Fleiss 1971) for a fixed number n of ratings per subject
 * over k nominal categories: κ = (P̄ − P̄e) / (1 − P̄e), where
 *
 * - P_i = (Σ_j n_ij² − n) / (n (n − 1)) is the share of agreeing rater pairs
 *   on subject i, and P̄ is its mean over the N subjects;
 * - p_j = Σ_i n_ij / (N n) is the share of all ratings in category j, and
 *   P̄e = Σ_j p_j².
 *
 * This is the original variant (`method="fleiss"` in statsmodels'
 * `fleiss_kappa`, not Randolph's free-marginal kappa). Raters need not be the
 * same people from subject to subject.
 *
 * `counts[i][j]` is how many raters put subject i in category j. Throws a
 * RangeError for an empty table, rows of different lengths or with no
 * column, a count that is not a non-negative integer, a row total below 2, or
 * rows whose totals differ.
 *
 * When P̄e = 1 the ratio is 0 / 0: every rating fell in one category, so
 * P̄ = 1 too, and we return 1 (full agreement), as `cohenKappa` does.
 */
export function fleissKappa(counts: readonly (readonly number[])[]): number {
  const first = counts[0];
  if (first === undefined) throw new RangeError("fleissKappa: the table has no subjects");

  const k = first.length;
  const n = sum(first);
  if (k === 0) throw new RangeError("fleissKappa: the table has no categories");
  for (const [i, row] of counts.entries()) {
    if (row.length !== k)
      throw new RangeError(
        `fleissKappa: row ${i} has ${row.length} categories, not ${k}`,
      );
    if (!row.every((c) => Number.isInteger(c) && c >= 0))
      throw new RangeError(
        `fleissKappa: row ${i} has a count that is not an integer ≥ 0`,
      );
    const total = sum(row);
    if (total < 2)
      throw new RangeError(`fleissKappa: row ${i} has ${total} ratings; each needs ≥ 2`);
    if (total !== n)
      throw new RangeError(`fleissKappa: row ${i} has ${total} ratings, row 0 has ${n}`);
  }

  const subjects = counts.length;
  const meanP =
    counts.reduce((acc, row) => acc + (sumOfSquares(row) - n) / (n * (n - 1)), 0) /
    subjects;

  const totals = first.map((_, j) => counts.reduce((acc, row) => acc + (row[j] ?? 0), 0));
  if (totals.filter((t) => t > 0).length === 1) return 1;
  const chance = sumOfSquares(totals.map((t) => t / (subjects * n)));

  return (meanP - chance) / (1 - chance);
}

/**
 * Builds the N×k table `fleissKappa` takes from each subject's labels: one
 * row per subject, one column per distinct label, in `categories` order
 * (sorted by UTF-16 code units, as `Array.prototype.sort` does). A subject
 * with no labels gets a row of zeros, which `fleissKappa` then refuses.
 */
export function fleissTable(labelsPerSubject: readonly (readonly string[])[]): {
  categories: string[];
  counts: number[][];
} {
  const categories = [...new Set(labelsPerSubject.flat())].sort();
  const counts = labelsPerSubject.map((labels) => {
    const tally = new Map<string, number>();
    for (const label of labels) tally.set(label, (tally.get(label) ?? 0) + 1);
    return categories.map((c) => tally.get(c) ?? 0);
  });

  return { categories, counts };
}

function sum(values: readonly number[]): number {
  return values.reduce((acc, v) => acc + v, 0);
}

function sumOfSquares(values: readonly number[]): number {
  return values.reduce((acc, v) => acc + v * v, 0);
}
