/**
 * Runtime of the small linear models (logistic regression over hashed sparse features) used
 * by the claims and signals extractors. A model is stored in a generated module as base64:
 * the sorted hash buckets of its non-zero weights (varint deltas) and one int8 weight each,
 * times a scale. Feature strings are hashed (FNV-1a, 32 bits, masked), so the module holds no
 * word list; the evidence of a score is the feature strings that fired, known at run time.
 */

/** A linear model as written by `scripts/lib/linear.ts`. */
export interface LinearModelModule {
  /** Number of hash bits: buckets are `hash & (2^bits - 1)`. */
  bits: number;
  bias: number;
  scale: number;
  /** Count of non-zero weights. */
  count: number;
  /** Base64 of the varint deltas of the sorted buckets. */
  buckets: string;
  /** Base64 of the int8 weights, in bucket order. */
  weights: string;
}

export interface LinearModel {
  readonly bias: number;
  /** The weight of a feature (0 when the model does not know it). */
  weight(feature: string): number;
  /** The logit of a feature list (each feature counted once per occurrence). */
  logit(features: readonly string[]): number;
  /** The weight of a feature given its `hashFeature` (hash once, ask several models). */
  weightOfHash(hash: number): number;
  /** The logit of features given their hashes: the same sum, in the same order, as `logit`. */
  logitOfHashes(hashes: ArrayLike<number>): number;
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DECODE = (() => {
  const t = new Int16Array(128).fill(-1);
  for (let i = 0; i < ALPHABET.length; i++) t[ALPHABET.charCodeAt(i)] = i;
  return t;
})();

/** Decode standard base64 (padding optional). */
export function decodeBase64(s: string): Uint8Array {
  let n = s.length;
  while (n > 0 && s.charCodeAt(n - 1) === 61) n--;
  const out = new Uint8Array((n * 3) >> 2);
  let o = 0;
  let acc = 0;
  let bits = 0;
  for (let i = 0; i < n; i++) {
    const v = DECODE[s.charCodeAt(i)] ?? -1;
    if (v < 0) continue;
    acc = (acc << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (acc >> bits) & 0xff;
    }
  }
  return o === out.length ? out : out.subarray(0, o);
}

/** Encode bytes as standard base64 (for the training scripts). */
export function encodeBase64(bytes: Uint8Array): string {
  let s = '';
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const v = (bytes[i]! << 16) | (bytes[i + 1]! << 8) | bytes[i + 2]!;
    s += ALPHABET[v >> 18]! + ALPHABET[(v >> 12) & 63]! + ALPHABET[(v >> 6) & 63]! + ALPHABET[v & 63]!;
  }
  if (i < bytes.length) {
    const v = (bytes[i]! << 16) | ((bytes[i + 1] ?? 0) << 8);
    s += ALPHABET[v >> 18]! + ALPHABET[(v >> 12) & 63]! + (i + 1 < bytes.length ? ALPHABET[(v >> 6) & 63]! : '=') + '=';
  }
  return s;
}

/** The FNV-1a offset basis: the state before any code unit (`hashFeature('')`). */
export const FNV_OFFSET = 0x811c9dc5;

/** FNV-1a over UTF-16 code units, as an unsigned 32-bit number. */
export function hashFeature(feature: string): number {
  return continueHash(FNV_OFFSET, feature);
}

/**
 * Go on hashing from the state `h` (an earlier `hashFeature` or `continueHash`):
 * `continueHash(hashFeature(a), b) === hashFeature(a + b)`, without building `a + b`.
 */
export function continueHash(h: number, s: string): number {
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** `continueHash` over one code unit. */
export function continueHashCode(h: number, code: number): number {
  return Math.imul(h ^ code, 0x01000193) >>> 0;
}

/** Hashes of a feature list, for `weightOfHash` / `logitOfHashes` of one or more models. */
export function hashFeatures(features: readonly string[]): Uint32Array {
  const out = new Uint32Array(features.length);
  for (let i = 0; i < features.length; i++) out[i] = hashFeature(features[i]!);
  return out;
}

/**
 * Build the scorer of a stored model (once, in setup or on first use). The weights are kept as
 * their int8 values in typed arrays (times `scale` on lookup, the very same doubles as
 * `q * scale` stored): one byte per bucket when the buckets are dense enough, else an open
 * addressing table (int32 bucket + int8 weight, at most half full), smaller and faster than a
 * `Map` of doubles.
 */
export function loadLinearModel(m: LinearModelModule): LinearModel {
  const deltas = decodeBase64(m.buckets);
  const raw = decodeBase64(m.weights);
  const mask = m.bits >= 32 ? 0xffffffff : (1 << m.bits) - 1;
  const scale = m.scale;
  const bias = m.bias;
  let capacity = 16;
  while (capacity < m.count * 2) capacity *= 2;
  const dense = m.bits <= 24 && 2 ** m.bits <= capacity * 5;
  const open = !dense && m.bits <= 30;
  const denseValues = dense ? new Int8Array(2 ** m.bits) : null;
  const keys = open ? new Int32Array(capacity).fill(-1) : null;
  const values = open ? new Int8Array(capacity) : null;
  const table = dense || open ? null : new Map<number, number>();
  const slot = capacity - 1;
  let bucket = 0;
  let p = 0;
  for (let k = 0; k < m.count; k++) {
    let v = 0;
    let shift = 0;
    for (;;) {
      const b = deltas[p++]!;
      v += (b & 0x7f) * 2 ** shift;
      if (b < 0x80) break;
      shift += 7;
    }
    bucket += v;
    const q = raw[k]! > 127 ? raw[k]! - 256 : raw[k]!;
    if (denseValues) denseValues[bucket] = q;
    else if (keys && values) {
      let i = bucket & slot;
      while (keys[i] !== -1 && keys[i] !== bucket) i = (i + 1) & slot;
      keys[i] = bucket;
      values[i] = q;
    } else table!.set(bucket, q * scale);
  }
  let weightOfHash: (h: number) => number;
  if (denseValues) {
    weightOfHash = (h) => {
      const q = denseValues[(h & mask) >>> 0]!;
      return q === 0 ? 0 : q * scale;
    };
  } else if (keys && values) {
    weightOfHash = (h) => {
      const b = h & mask;
      let i = b & slot;
      for (;;) {
        const key = keys[i]!;
        if (key === b) return values[i]! * scale;
        if (key === -1) return 0;
        i = (i + 1) & slot;
      }
    };
  } else {
    weightOfHash = (h) => table!.get((h & mask) >>> 0) ?? 0;
  }
  const weight = (f: string) => weightOfHash(hashFeature(f));
  return {
    bias,
    weight,
    weightOfHash,
    logit(features) {
      let sum = bias;
      for (let i = 0; i < features.length; i++) sum += weightOfHash(hashFeature(features[i]!));
      return sum;
    },
    logitOfHashes(hashes) {
      let sum = bias;
      for (let i = 0; i < hashes.length; i++) sum += weightOfHash(hashes[i]!);
      return sum;
    },
  };
}

export function sigmoid(x: number): number {
  return 1 / (1 + Math.exp(-x));
}
