import { describe, expect, it } from "vitest";

import { agreement } from "@/lib/stats/agreement";
import { cohenKappa } from "@/lib/stats/cohen-kappa";
import { fleissKappa, fleissTable } from "@/lib/stats/fleiss-kappa";

// Reference values were also checked with Python 3.11.2, scikit-learn 1.2.1 and
// statsmodels 0.13.5 (Debian bookworm packages):
//   sklearn.metrics.cohen_kappa_score(a, b)
//   statsmodels.stats.inter_rater.fleiss_kappa(table, method="fleiss")

/** Expands a contingency table (rows: rater A, columns: rater B) into pairs. */
function pairsFrom(table: number[][], categories: string[]): [string, string][] {
  return table.flatMap((row, i) =>
    row.flatMap((count, j) =>
      Array.from(
        { length: count },
        () => [categories[i], categories[j]] as [string, string],
      ),
    ),
  );
}

describe("cohenKappa", () => {
  it("gives 0.4 on Wikipedia's 50-proposal example", () => {
    // Wikipedia, "Cohen's kappa", simple example: 20 yes/yes, 5 yes/no,
    // 10 no/yes, 15 no/no. p_o = 35/50 = 0.7; A says yes 25/50, B 30/50, so
    // p_e = 0.5·0.6 + 0.5·0.4 = 0.5; κ = (0.7 − 0.5)/(1 − 0.5) = 0.4.
    // sklearn: 0.4. Computed from integer counts, so exact.
    const pairs = pairsFrom(
      [
        [20, 5],
        [10, 15],
      ],
      ["yes", "no"],
    );
    expect(cohenKappa(pairs)).toBe(0.4);
  });

  it("gives 0.5 on a three-category table with different marginals", () => {
    // 50 items; rows are A (a 25, b 15, c 10), columns B (a 20, b 20, c 10).
    // p_o = (16 + 12 + 6)/50 = 0.68;
    // p_e = 0.5·0.4 + 0.3·0.4 + 0.2·0.2 = 0.36; κ = 0.32/0.64 = 0.5.
    // sklearn: 0.5. (Scott's π, with pooled marginals, would give ≈ 0.496.)
    const pairs = pairsFrom(
      [
        [16, 6, 3],
        [2, 12, 1],
        [2, 2, 6],
      ],
      ["a", "b", "c"],
    );
    expect(cohenKappa(pairs)).toBeCloseTo(0.5, 12);
  });

  it("takes p_e over the union of both raters' categories", () => {
    // p_o = 2/4; A: a ½, b ¼, c ¼; B: a ¼, b ¾, c 0 → p_e = 5/16;
    // κ = (1/2 − 5/16)/(11/16) = 3/11. sklearn: 0.2727272727272727.
    const pairs: [string, string][] = [
      ["a", "a"],
      ["a", "b"],
      ["b", "b"],
      ["c", "b"],
    ];
    expect(cohenKappa(pairs)).toBeCloseTo(3 / 11, 12);
  });

  it("gives 1 for perfect agreement and −1 for systematic disagreement", () => {
    expect(
      cohenKappa([
        ["x", "x"],
        ["y", "y"],
        ["x", "x"],
      ]),
    ).toBe(1);
    // p_o = 0, p_e = ½ → κ = −1. sklearn: -1.0.
    expect(
      cohenKappa([
        ["x", "y"],
        ["y", "x"],
      ]),
    ).toBe(-1);
  });

  it("gives 1, not NaN, when both raters used one and the same category", () => {
    // sklearn returns nan here (0/0); see the doc comment for why we return 1.
    expect(
      cohenKappa([
        ["x", "x"],
        ["x", "x"],
      ]),
    ).toBe(1);
  });

  it("refuses an empty input", () => {
    expect(() => cohenKappa([])).toThrow(RangeError);
  });
});

describe("fleissKappa", () => {
  it("gives 0.210 on Fleiss (1971) as reproduced on Wikipedia", () => {
    // Wikipedia, "Fleiss' kappa", worked example: 10 subjects, 14 raters,
    // 5 categories; P̄ = 0.378, P̄e = 0.213, κ = 0.210 (published to 3 decimals,
    // so toBeCloseTo(…, 3): |Δ| < 0.0005). statsmodels: 0.20993070442195522.
    const table = [
      [0, 0, 0, 0, 14],
      [0, 2, 6, 4, 2],
      [0, 0, 3, 5, 6],
      [0, 3, 9, 2, 0],
      [2, 2, 8, 1, 1],
      [7, 7, 0, 0, 0],
      [3, 2, 6, 3, 0],
      [2, 5, 3, 2, 2],
      [6, 5, 2, 1, 0],
      [0, 2, 2, 3, 7],
    ];
    expect(fleissKappa(table)).toBeCloseTo(0.21, 3);
    expect(fleissKappa(table)).toBeCloseTo(0.20993070442195522, 12);
  });

  it("gives 0.55 on a small table checked by hand", () => {
    // n = 3: P_i = 1, 1, 1/3 → P̄ = 7/9; p = (5/9, 4/9) → P̄e = 41/81;
    // κ = (63 − 41)/(81 − 41) = 0.55. statsmodels: 0.55.
    expect(
      fleissKappa([
        [3, 0],
        [0, 3],
        [2, 1],
      ]),
    ).toBeCloseTo(0.55, 12);
  });

  it("gives 1 for perfect agreement, also when one category took every rating", () => {
    expect(
      fleissKappa([
        [3, 0],
        [0, 3],
      ]),
    ).toBe(1);
    expect(
      fleissKappa([
        [4, 0],
        [4, 0],
      ]),
    ).toBe(1);
  });

  it.each([
    ["an empty table", [], /no subjects/],
    ["a table with no categories", [[]], /no categories/],
    [
      "rows of different lengths",
      [
        [1, 1],
        [1, 1, 0],
      ],
      /row 1 has 3 categories/,
    ],
    ["a negative count", [[3, -1]], /not an integer/],
    ["a fractional count", [[1.5, 0.5]], /not an integer/],
    [
      "fewer than 2 ratings on a subject",
      [
        [1, 0],
        [0, 1],
      ],
      /needs ≥ 2/,
    ],
    [
      "rows with different totals",
      [
        [2, 1],
        [1, 1],
      ],
      /row 1 has 2 ratings, row 0 has 3/,
    ],
  ])("refuses %s", (_, table, message) => {
    expect(() => fleissKappa(table)).toThrow(RangeError);
    expect(() => fleissKappa(table)).toThrow(message);
  });
});

describe("fleissTable", () => {
  it("counts each subject's labels over the sorted categories", () => {
    expect(
      fleissTable([
        ["b", "a", "b"],
        ["c", "c", "c"],
        ["a", "b", "c"],
      ]),
    ).toEqual({
      categories: ["a", "b", "c"],
      counts: [
        [1, 2, 0],
        [0, 0, 3],
        [1, 1, 1],
      ],
    });
  });

  it("gives a table fleissKappa accepts and the same kappa as the counts", () => {
    const { counts } = fleissTable([
      ["y", "y", "y"],
      ["n", "n", "n"],
      ["y", "y", "n"],
    ]);
    expect(fleissKappa(counts)).toBeCloseTo(0.55, 12);
  });
});

describe("agreement", () => {
  it("says none when no item has two labels", () => {
    expect(agreement([[], ["a"], ["b"]])).toEqual({
      method: "none",
      kappa: null,
      items: 0,
      raters: 0,
    });
  });

  it("uses Cohen on the first two labels when every rated item has two", () => {
    const labels = [["yes", "yes"], ["yes", "no"], ["no", "no"], ["no", "no"], ["x"]];
    const result = agreement(labels);
    expect(result).toMatchObject({ method: "cohen", items: 4, raters: 2 });
    expect(result.kappa).toBe(
      cohenKappa([
        ["yes", "yes"],
        ["yes", "no"],
        ["no", "no"],
        ["no", "no"],
      ]),
    );
    // p_o = 3/4; first: yes ½, no ½; second: yes ¼, no ¾ → p_e = ½; κ = 0.5.
    expect(result.kappa).toBeCloseTo(0.5, 12);
  });

  it("uses Fleiss over the items with the most common count of ≥ 3 labels", () => {
    const labels = [
      ["y", "y", "y"],
      ["n", "n", "n"],
      ["y", "y", "n"],
      ["y", "n"],
      ["y", "y", "y", "y"],
    ];
    // The three 3-label items are the table of "gives 0.55 …" above.
    const result = agreement(labels);
    expect(result).toMatchObject({ method: "fleiss", items: 3, raters: 3 });
    expect(result.kappa).toBeCloseTo(0.55, 12);
  });

  it("breaks a tie between label counts toward the larger one", () => {
    const labels = [
      ["a", "a", "a"],
      ["a", "b", "b", "b"],
    ];
    expect(agreement(labels)).toMatchObject({ method: "fleiss", items: 1, raters: 4 });
  });
});
