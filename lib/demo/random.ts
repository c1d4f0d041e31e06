/**
 * A seeded pseudo-random source (mulberry32: 32-bit state, fast, good enough
 * for sampling), so the demo data are the same on every database.
 */
export interface Random {
  /** Uniform in [0, 1). */
  next(): number;
  /** Standard normal, by the Box–Muller transform. */
  normal(): number;
  pick<T>(items: readonly T[]): T;
  /** A draw from items weighted by weight(item); weights need not sum to 1. */
  weighted<T>(items: readonly T[], weight: (item: T) => number): T;
  shuffled<T>(items: readonly T[]): T[];
}

export function seededRandom(seed: number): Random {
  let state = seed >>> 0;

  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };

  const normal = () => {
    // 1 − next() is in (0, 1], so the logarithm is finite.
    const radius = Math.sqrt(-2 * Math.log(1 - next()));
    return radius * Math.cos(2 * Math.PI * next());
  };

  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;

  const weighted = <T>(items: readonly T[], weight: (item: T) => number): T => {
    const total = items.reduce((sum, item) => sum + weight(item), 0);
    let draw = next() * total;
    for (const item of items) {
      draw -= weight(item);
      if (draw < 0) return item;
    }
    return items[items.length - 1]!;
  };

  const shuffled = <T>(items: readonly T[]): T[] => {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i -= 1) {
      const j = Math.floor(next() * (i + 1));
      [copy[i], copy[j]] = [copy[j]!, copy[i]!];
    }
    return copy;
  };

  return { next, normal, pick, weighted, shuffled };
}
