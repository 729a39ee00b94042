/** A gold item `g` and a predicted one `p` that overlap by `ratio`. */
export interface ScoredPair {
  g: number;
  p: number;
  ratio: number;
}

/**
 * One-to-one matching, best overlap first (ties: the earlier gold item, then the earlier prediction): gold index →
 * prediction index. Shared by the PolNeAR and the BBC quote scorers.
 */
export function bestPairs(pairs: ScoredPair[]): Map<number, number> {
  pairs.sort((a, b) => b.ratio - a.ratio || a.g - b.g || a.p - b.p);
  const out = new Map<number, number>();
  const used = new Set<number>();
  for (const x of pairs) {
    if (out.has(x.g) || used.has(x.p)) continue;
    out.set(x.g, x.p);
    used.add(x.p);
  }
  return out;
}
