/**
 * The compact weight format: sparse rows of int16 weights, varint-delta row indices,
 * everything base64 in a generated module (portable: no fs, no fetch, no binary loader;
 * any bundler or runtime can import it lazily).
 */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DECODE = (() => {
  const t = new Int16Array(128).fill(-1);
  for (let i = 0; i < ALPHABET.length; i++) t[ALPHABET.charCodeAt(i)] = i;
  return t;
})();

export function toBase64(bytes: Uint8Array): string {
  const parts: string[] = [];
  let chunk = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i]!;
    const b = i + 1 < bytes.length ? bytes[i + 1]! : 0;
    const c = i + 2 < bytes.length ? bytes[i + 2]! : 0;
    chunk += ALPHABET[a >> 2]! + ALPHABET[((a & 3) << 4) | (b >> 4)]! + (i + 1 < bytes.length ? ALPHABET[((b & 15) << 2) | (c >> 6)]! : '=') + (i + 2 < bytes.length ? ALPHABET[c & 63]! : '=');
    if (chunk.length >= 8192) {
      parts.push(chunk);
      chunk = '';
    }
  }
  parts.push(chunk);
  return parts.join('');
}

export function fromBase64(s: string): Uint8Array {
  let len = s.length;
  while (len > 0 && s.charCodeAt(len - 1) === 61) len--;
  const out = new Uint8Array((len * 3) >> 2);
  let o = 0;
  let i = 0;
  for (; i + 4 <= len; i += 4) {
    const n = (DECODE[s.charCodeAt(i)]! << 18) | (DECODE[s.charCodeAt(i + 1)]! << 12) | (DECODE[s.charCodeAt(i + 2)]! << 6) | DECODE[s.charCodeAt(i + 3)]!;
    out[o++] = n >> 16;
    out[o++] = (n >> 8) & 255;
    out[o++] = n & 255;
  }
  const rest = len - i;
  if (rest >= 2) {
    const n = (DECODE[s.charCodeAt(i)]! << 18) | (DECODE[s.charCodeAt(i + 1)]! << 12) | (rest === 3 ? DECODE[s.charCodeAt(i + 2)]! << 6 : 0);
    out[o++] = n >> 16;
    if (rest === 3) out[o] = (n >> 8) & 255;
  }
  return out;
}

/** Unsigned LEB128 varints. */
export function writeVarints(values: ArrayLike<number>): Uint8Array {
  const out: number[] = [];
  for (let i = 0; i < values.length; i++) {
    let v = values[i]! >>> 0;
    while (v >= 128) {
      out.push((v & 127) | 128);
      v >>>= 7;
    }
    out.push(v);
  }
  return Uint8Array.from(out);
}

export function readVarints(bytes: Uint8Array, count: number): Uint32Array {
  const out = new Uint32Array(count);
  let p = 0;
  for (let i = 0; i < count; i++) {
    let v = 0;
    let shift = 0;
    let b: number;
    do {
      b = bytes[p++]!;
      v |= (b & 127) << shift;
      shift += 7;
    } while (b >= 128 && shift < 35);
    out[i] = v >>> 0;
  }
  return out;
}

/** The generated weights module's shape. */
export interface NerWeightsModule {
  /** format and feature-set version: must match FEATURE_VERSION */
  version: number;
  /** log2 of the number of weight rows */
  bits: number;
  labels: number;
  /** int16 weight × scale = float weight (decoding only compares scores, so it is informational) */
  scale: number;
  /** number of non-empty rows */
  rowCount: number;
  /** varint deltas of the non-empty row indices */
  rows: string;
  /** rowCount × labels int16 weights, little-endian */
  values: string;
  /** cluster lexicon: words joined by "\n" */
  clusterWords: string;
  /** uint16 fine cluster per word */
  clusterIds: string;
  /** uint16 coarse cluster per fine cluster */
  coarse: string;
  /** derived gazetteer entries (lower-case, tokens space-joined) joined by "\n" (FEATURE_VERSION 6) */
  gazWords: string;
  /** uint8 GazType per entry of `gazWords` */
  gazTypes: string;
  /** capitalisation lexicon: lower-case words joined by "\n" */
  capWords: string;
  /** uint8 bin per word */
  capBins: string;
}

/** The last cluster table made, with the two fields it was made from (see `clusterTable`). */
let lastClusters: { words: string; ids: string; table: ReadonlyMap<string, number> } | null = null;

/**
 * The word → cluster id table of a weights module's `clusterWords` (words by line) and
 * `clusterIds` (base64 uint16, little-endian). The NER model and the claims' word clusters read the
 * same table: the last one made is kept and given again for the same fields (50k words, ~3.5 MB of
 * heap each time otherwise, per thread).
 */
export function clusterTable(clusterWords: string, clusterIds: string): ReadonlyMap<string, number> {
  if (lastClusters !== null && lastClusters.words === clusterWords && lastClusters.ids === clusterIds) return lastClusters.table;
  const words = clusterWords.split('\n');
  const bytes = fromBase64(clusterIds);
  const table = new Map<string, number>();
  for (let i = 0; i < words.length && 2 * i + 1 < bytes.length; i++) table.set(words[i]!, bytes[2 * i]! | (bytes[2 * i + 1]! << 8));
  lastClusters = { words: clusterWords, ids: clusterIds, table };
  return table;
}
