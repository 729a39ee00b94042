/**
 * Hashing for the NER features: FNV-1a over UTF-16 code units for strings and a
 * murmur3-style finaliser to combine integers. Both are stable across platforms and
 * versions (plain 32-bit integer arithmetic), which the committed weights rely on.
 */

/** FNV-1a (32-bit) of a string's UTF-16 code units, seeded. */
export function hashString(s: string, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Combine two 32-bit values into one well-mixed 32-bit value. */
export function mix(a: number, b: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ b;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** Combine three 32-bit values. */
export function mix3(a: number, b: number, c: number): number {
  return mix(mix(a, b), c);
}
