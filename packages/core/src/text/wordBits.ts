/**
 * Bits per word for the per-token loops that look every token up in a short word list and
 * nearly always find nothing (the time grammar's opening words, the loaded and hedge
 * lexicons, the vague-source grammar). `wordBitsOf` fills one article's array in one loop:
 * a bit filter over the list (three code units and the length, no hashing of the whole
 * string) passes over most words without a map look-up, and is never false for a word of
 * the list. The same idea as a Bloom filter with one hash.
 */

export interface WordBits {
  /** The bits of each word of the list (non-zero). */
  readonly bits: ReadonlyMap<string, number>;
  /** One bit per filter slot (`slot`), set for the slots of the list's words. */
  readonly filter: Uint32Array;
}

/** Filter slots: `1 << 14` bits (2 KiB); a few hundred words leave a few per cent of other words passing. */
const FILTER_WORDS = 512;

/** The filter slot of a word: the top 14 bits of a hash of its first, second and last code units and its length. */
function slot(w: string): number {
  const n = w.length;
  if (n === 0) return 0;
  let h = Math.imul(w.charCodeAt(0), 0x9e3779b1) ^ Math.imul(w.charCodeAt(n - 1), 0x85ebca6b) ^ Math.imul(n, 0xc2b2ae35);
  if (n > 2) h ^= Math.imul(w.charCodeAt(1), 0x27d4eb2f);
  h ^= h >>> 15;
  return Math.imul(h, 0x2c1b3c6d) >>> 18;
}

/** The table of a word → bits map (made once, at module load). Words with no bits are left out. */
export function wordBits(bits: ReadonlyMap<string, number>): WordBits {
  const filter = new Uint32Array(FILTER_WORDS);
  const kept = new Map<string, number>();
  for (const [w, b] of bits) {
    if (b === 0) continue;
    kept.set(w, b);
    const k = slot(w);
    filter[k >>> 5]! |= 1 << (k & 31);
  }
  return { bits: kept, filter };
}

/**
 * `out[i]` = the bits of `words[i]` (0 when it is not in the list), for every word. The slot
 * is computed inline (this loop runs over every token of an article).
 */
export function wordBitsOf(table: WordBits, words: readonly string[], out: Uint8Array | Int32Array): void {
  const { bits, filter } = table;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const n = w.length;
    let k = 0;
    if (n > 0) {
      let h = Math.imul(w.charCodeAt(0), 0x9e3779b1) ^ Math.imul(w.charCodeAt(n - 1), 0x85ebca6b) ^ Math.imul(n, 0xc2b2ae35);
      if (n > 2) h ^= Math.imul(w.charCodeAt(1), 0x27d4eb2f);
      h ^= h >>> 15;
      k = Math.imul(h, 0x2c1b3c6d) >>> 18;
    }
    out[i] = (filter[k >>> 5]! & (1 << (k & 31))) === 0 ? 0 : (bits.get(w) ?? 0);
  }
}
