import type { FinalSource, ItemStatus } from "@/db/schema";

export interface Resolution {
  status: ItemStatus;
  finalLabel: string | null;
  finalSource: FinalSource | null;
  disagreement: boolean;
}

/**
 * What an item's labels settle once it has all it needs: the same label from
 * everyone is agreed; a strict majority wins but is marked as a disagreement
 * a lead may revisit; a tie waits for a lead (disputed).
 */
export function resolveLabels(labels: readonly string[]): Resolution {
  const tally = new Map<string, number>();
  for (const label of labels) tally.set(label, (tally.get(label) ?? 0) + 1);

  const ranked = [...tally.entries()].sort((a, b) => b[1] - a[1]);
  const [top, runnerUp] = ranked;
  if (!top)
    return { status: "open", finalLabel: null, finalSource: null, disagreement: false };
  if (ranked.length === 1) {
    return {
      status: "done",
      finalLabel: top[0],
      finalSource: "agreed",
      disagreement: false,
    };
  }
  if (runnerUp && runnerUp[1] === top[1]) {
    return {
      status: "disputed",
      finalLabel: null,
      finalSource: null,
      disagreement: true,
    };
  }
  return {
    status: "done",
    finalLabel: top[0],
    finalSource: "majority",
    disagreement: true,
  };
}

/** The share of the labels equal to the final one; none when nothing is final. */
export function agreementOf(labels: readonly string[], finalLabel: string | null) {
  if (finalLabel === null || labels.length === 0) return null;
  return labels.filter((label) => label === finalLabel).length / labels.length;
}
