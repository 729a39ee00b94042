import { GAZ_MAX_TOKENS, GAZ_TYPE_COUNT, type Gazetteer } from './gazetteer.js';
import { hashString, mix, mix3 } from './hash.js';

/**
 * Feature extraction for the NER model. Every feature is a hashed 32-bit integer: a
 * template id mixed with "atoms" (hashes of the word, its lower-case form, its shape, its
 * word cluster, …) of the token and its neighbours. The model maps `hash & mask` to a
 * row of per-label weights. Static features (independent of the labels being predicted)
 * are computed once per sentence; the few history features (previous labels, labels the
 * model gave the same word earlier in the document) are computed while decoding.
 */

/** Distributional lexicon derived from unlabeled text (see scripts/lib/clusters.ts). */
export interface Lexicon {
  /** cased word → fine cluster id */
  readonly clusters: ReadonlyMap<string, number>;
  /** fine cluster id → coarse cluster id */
  readonly coarse: Uint16Array;
  /** lower-case word → capitalisation bin (1..CAP_BINS), from non-initial positions */
  readonly capBins: ReadonlyMap<string, number>;
}

export const CAP_BINS = 6;

/** Sentence style: normal prose, ALL CAPS, or Title Case (headlines). */
export const Style = { Normal: 0, Caps: 1, Title: 2 } as const;

/** The atoms of one sentence (parallel arrays over tokens). */
export interface SentenceAtoms {
  n: number;
  style: number;
  lower: string[];
  W: Uint32Array; // normalised word
  L: Uint32Array; // lower case, digits → 0
  S: Uint32Array; // collapsed shape
  P: Uint32Array; // prefixes 1..4 (4 per token)
  X: Uint32Array; // suffixes 1..4 (4 per token)
  C: Int32Array; // fine cluster (-1 unknown)
  CC: Int32Array; // coarse cluster
  CL: Int32Array; // cluster of the lower-case form
  CB: Uint8Array; // capitalisation bin of the lower-case form
  G: Uint32Array; // gazetteer hits: up to GAZ_SLOTS codes per token (0 = none)
  GM: Uint32Array; // gazetteer type bit mask per token
  cap: Uint8Array; // 1 if the token starts with an upper-case letter
  len: Uint8Array;
}

export const GAZ_SLOTS = 4;

// --- character classes and normalisation -------------------------------------------

function normaliseChar(c: number): number {
  if (c === 0x2019 || c === 0x2018 || c === 0x201b || c === 0x2032) return 39; // ’ ‘ → '
  if (c === 0x201c || c === 0x201d || c === 0x201e || c === 0x201f || c === 0xab || c === 0xbb) return 34; // “ ” → "
  if (c >= 0x2010 && c <= 0x2013) return 45; // hyphens and en dash → -
  return c;
}

/** Normalise typographic quotes and dashes so "Zelensky’s" and "Zelensky's" look the same. */
export function normaliseWord(w: string): string {
  // an em dash is a break in the sentence, written "--" in CoNLL, not a hyphen
  if (w === '\u2014' || w === '\u2015') return '--';
  let changed = false;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (normaliseChar(c) !== c) {
      changed = true;
      break;
    }
  }
  if (!changed) return w;
  let out = '';
  for (let i = 0; i < w.length; i++) out += String.fromCharCode(normaliseChar(w.charCodeAt(i)));
  return out;
}

function isUpperC(c: number): boolean {
  if (c < 128) return c >= 65 && c <= 90;
  const s = String.fromCharCode(c);
  return s !== s.toLowerCase() && s === s.toUpperCase();
}
function isLowerC(c: number): boolean {
  if (c < 128) return c >= 97 && c <= 122;
  const s = String.fromCharCode(c);
  return s !== s.toUpperCase() && s === s.toLowerCase();
}
function isDigitC(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Collapsed word shape: "Putin" → "Xx", "U.S." → "X.X.", "1,200" → "d,d", "McDonald" → "XxXx". */
export function shapeOf(w: string): string {
  let out = '';
  let last = '';
  const n = Math.min(w.length, 40);
  for (let i = 0; i < n; i++) {
    const c = w.charCodeAt(i);
    const k = isUpperC(c) ? 'X' : isLowerC(c) ? 'x' : isDigitC(c) ? 'd' : c < 128 ? String.fromCharCode(c) : c >= 0xc0 ? 'x' : '~';
    if (k !== last) out += k;
    last = k;
  }
  return out;
}

function lowerDigits(lower: string): string {
  let has = false;
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    if (c >= 49 && c <= 57) {
      has = true;
      break;
    }
  }
  return has ? lower.replace(DIGITS, '0') : lower;
}
const DIGITS = /[1-9]/g;

function titleCase(w: string): string {
  return w.length === 0 ? w : w[0]!.toUpperCase() + w.slice(1).toLowerCase();
}

function hasLetter(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (isUpperC(c) || isLowerC(c)) return true;
  }
  return false;
}

function isAllUpper(w: string): boolean {
  let letters = 0;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (isLowerC(c)) return false;
    if (isUpperC(c)) letters++;
  }
  return letters > 0;
}

// Lower-case function words that stay lower in Title Case headlines ("Talks on Peace").
const TITLE_SMALL = new Set(['a', 'an', 'the', 'and', 'or', 'but', 'of', 'in', 'on', 'at', 'to', 'for', 'by', 'with', 'from', 'as', 'vs', 'v', 'over', 'into', 'after', 'is', 'are', "'s"]);

/** Classify a sentence's casing style. */
export function sentenceStyle(words: readonly string[]): number {
  let letters = 0;
  let upper = 0;
  let capInitial = 0;
  let lowerContent = 0;
  for (const w of words) {
    if (w.length < 2 || !hasLetter(w)) continue;
    letters++;
    if (isAllUpper(w)) upper++;
    const c = w.charCodeAt(0);
    if (isUpperC(c)) capInitial++;
    else if (isLowerC(c) && !TITLE_SMALL.has(w.toLowerCase())) lowerContent++;
  }
  if (letters >= 2 && upper >= 0.7 * letters) return Style.Caps;
  if (letters >= 3 && lowerContent === 0 && capInitial >= 3) return Style.Title;
  return Style.Normal;
}

// --- atoms ------------------------------------------------------------------------------

const BOUNDARY = 0x5eed0001;

/** The atoms of one word (independent of its neighbours). */
export interface WordAtoms {
  lower: string;
  W: number;
  L: number;
  S: number;
  P: Uint32Array;
  X: Uint32Array;
  cap: number;
  len: number;
  C: number;
  CC: number;
  CL: number;
  CB: number;
}

/** A cache of word atoms, shared across sentences and documents (cleared when full). */
export type WordCache = Map<string, WordAtoms>;
const WORD_CACHE_LIMIT = 100_000;

export function wordAtoms(raw: string, style: number, lex: Lexicon | null): WordAtoms {
  const w = normaliseWord(raw.length > 64 ? raw.slice(0, 64) : raw);
  const lower = w.toLowerCase();
  const ld = lowerDigits(lower);
  const P = new Uint32Array(4);
  const X = new Uint32Array(4);
  // prefixes and suffixes of the lower-case form, incrementally hashed
  let h = 0x3456789;
  for (let k = 0; k < 4 && k < ld.length; k++) {
    h ^= ld.charCodeAt(k);
    h = Math.imul(h, 0x01000193) >>> 0;
    P[k] = h;
  }
  h = 0x456789a;
  for (let k = 0; k < 4 && k < ld.length; k++) {
    h ^= ld.charCodeAt(ld.length - 1 - k);
    h = Math.imul(h, 0x01000193) >>> 0;
    X[k] = h;
  }
  let C = -1;
  let CC = -1;
  let CL = -1;
  let CB = 0;
  if (lex) {
    let c: number | undefined;
    if (style === Style.Caps && isAllUpper(w)) c = lex.clusters.get(titleCase(w)) ?? lex.clusters.get(lower) ?? lex.clusters.get(w);
    else c = lex.clusters.get(w) ?? lex.clusters.get(lower) ?? lex.clusters.get(titleCase(w));
    if (c !== undefined) {
      C = c;
      CC = lex.coarse[c]!;
    }
    CL = lex.clusters.get(lower) ?? -1;
    CB = lex.capBins.get(lower) ?? 0;
  }
  return {
    lower,
    W: hashString(w),
    L: hashString(ld, 0x1234567),
    S: hashString(shapeOf(w), 0x2345678),
    P,
    X,
    cap: isUpperC(w.charCodeAt(0)) ? 1 : 0,
    len: Math.min(w.length, 12),
    C,
    CC,
    CL,
    CB,
  };
}

/** Compute the atoms of one sentence (pass a cache to reuse the atoms of repeated words). */
export function sentenceAtoms(words: readonly string[], lex: Lexicon | null, gaz: Gazetteer, cache?: WordCache): SentenceAtoms {
  const n = words.length;
  const style = sentenceStyle(words);
  const a: SentenceAtoms = {
    n,
    style,
    lower: new Array<string>(n),
    W: new Uint32Array(n),
    L: new Uint32Array(n),
    S: new Uint32Array(n),
    P: new Uint32Array(n * 4),
    X: new Uint32Array(n * 4),
    C: new Int32Array(n).fill(-1),
    CC: new Int32Array(n).fill(-1),
    CL: new Int32Array(n).fill(-1),
    CB: new Uint8Array(n),
    G: new Uint32Array(n * GAZ_SLOTS),
    GM: new Uint32Array(n),
    cap: new Uint8Array(n),
    len: new Uint8Array(n),
  };
  for (let i = 0; i < n; i++) {
    const raw = words[i]!;
    const key = style === Style.Caps ? '\u0001' + raw : raw;
    let e = cache?.get(key);
    if (e === undefined) {
      e = wordAtoms(raw, style, lex);
      if (cache) {
        if (cache.size >= WORD_CACHE_LIMIT) cache.clear();
        cache.set(key, e);
      }
    }
    a.lower[i] = e.lower;
    a.W[i] = e.W;
    a.L[i] = e.L;
    a.S[i] = e.S;
    a.P.set(e.P, i * 4);
    a.X.set(e.X, i * 4);
    a.cap[i] = e.cap;
    a.len[i] = e.len;
    a.C[i] = e.C;
    a.CC[i] = e.CC;
    a.CL[i] = e.CL;
    a.CB[i] = e.CB;
  }
  // gazetteer: longest match first from each start position; record type and BILOU position
  for (let i = 0; i < n; i++) {
    let key = '';
    for (let k = 0; k < GAZ_MAX_TOKENS && i + k < n; k++) {
      key = k === 0 ? a.lower[i]! : key + ' ' + a.lower[i + k]!;
      const bits = gaz.get(key);
      if (bits === undefined) continue;
      const len = k + 1;
      for (let t = 0; t < GAZ_TYPE_COUNT; t++) {
        if ((bits & (1 << t)) === 0) continue;
        for (let j = i; j < i + len; j++) {
          const pos = len === 1 ? 3 : j === i ? 0 : j === i + len - 1 ? 2 : 1;
          const code = (t << 4) | (pos << 2) | 1 | (len > 1 ? 2 : 0);
          a.GM[j]! |= 1 << t;
          for (let s = 0; s < GAZ_SLOTS; s++) {
            const at = j * GAZ_SLOTS + s;
            if (a.G[at] === 0) {
              a.G[at] = code;
              break;
            }
            if (a.G[at] === code) break;
          }
        }
      }
    }
  }
  return a;
}

// --- document-level information ------------------------------------------------------------

/** What the whole document says about each word, gathered before tagging. */
export interface DocInfo {
  /** lower-case words seen in lower case somewhere in the document */
  lowerSeen: Set<string>;
  /** lower-case words seen capitalised in a non-initial position of a normal sentence */
  capSeen: Set<string>;
}

export function docInfo(sentences: readonly SentenceAtoms[]): DocInfo {
  const lowerSeen = new Set<string>();
  const capSeen = new Set<string>();
  for (const a of sentences) {
    for (let i = 0; i < a.n; i++) {
      const lw = a.lower[i]!;
      if (a.cap[i] === 0) {
        if (lw.length > 1) lowerSeen.add(lw);
      } else if (i > 0 && a.style === Style.Normal) capSeen.add(lw);
    }
  }
  return { lowerSeen, capSeen };
}

// --- feature templates ----------------------------------------------------------------------

/** Number of static feature slots per token (unused slots hold -1). */
export const STATIC_SLOTS = 58;
/** First of the slots that the second, document-level pass fills (see `aggregateFeatures`). */
export const AGG_BASE = 54;
export const AGG_SLOTS = 4;
/** Number of history feature slots per token. */
export const DYNAMIC_SLOTS = 8;

/**
 * Static features of every token of a sentence, as row indices (`hash & mask`) into
 * `out` (length n * STATIC_SLOTS); unused slots are -1.
 */
export function staticFeatures(a: SentenceAtoms, doc: DocInfo | null, mask: number, out: Int32Array): void {
  const n = a.n;
  const at = (arr: Uint32Array | Int32Array, i: number): number => (i < 0 || i >= n ? BOUNDARY + (i < 0 ? i : i - n + 100) : arr[i]! >>> 0);
  const st = a.style;
  for (let i = 0; i < n; i++) {
    let o = i * STATIC_SLOTS;
    const end = o + STATIC_SLOTS;
    const W0 = a.W[i]!;
    const L0 = a.L[i]!;
    const S0 = a.S[i]!;
    const C0 = a.C[i]! >>> 0;
    const Lm1 = at(a.L, i - 1);
    const Lp1 = at(a.L, i + 1);
    const Sm1 = at(a.S, i - 1);
    const Sp1 = at(a.S, i + 1);
    const Cm1 = at(a.C, i - 1);
    const Cp1 = at(a.C, i + 1);
    const CB0 = a.CB[i]!;
    const first = i === 0 ? 1 : 0;
    out[o++] = mix(1, 0) & mask;
    out[o++] = mix(2, W0) & mask;
    out[o++] = mix(3, L0) & mask;
    out[o++] = mix(4, S0) & mask;
    for (let k = 0; k < 4; k++) out[o++] = a.P[i * 4 + k] === 0 ? -1 : mix(5 + k, a.P[i * 4 + k]!) & mask;
    for (let k = 0; k < 4; k++) out[o++] = a.X[i * 4 + k] === 0 ? -1 : mix(9 + k, a.X[i * 4 + k]!) & mask;
    out[o++] = mix(13, C0) & mask;
    out[o++] = mix(14, a.CC[i]! >>> 0) & mask;
    out[o++] = mix(15, a.CL[i]! >>> 0) & mask;
    out[o++] = mix(16, CB0) & mask;
    out[o++] = mix3(17, CB0, S0) & mask;
    out[o++] = mix(18, Lm1) & mask;
    out[o++] = mix(19, at(a.L, i - 2)) & mask;
    out[o++] = mix(20, Lp1) & mask;
    out[o++] = mix(21, at(a.L, i + 2)) & mask;
    out[o++] = mix(22, Sm1) & mask;
    out[o++] = mix(23, Sp1) & mask;
    out[o++] = mix3(24, Sm1, S0) & mask;
    out[o++] = mix3(25, S0, Sp1) & mask;
    out[o++] = mix(26, Cm1) & mask;
    out[o++] = mix(27, Cp1) & mask;
    out[o++] = mix(28, at(a.CC, i - 1)) & mask;
    out[o++] = mix(29, at(a.CC, i + 1)) & mask;
    out[o++] = mix3(30, Lm1, L0) & mask;
    out[o++] = mix3(31, L0, Lp1) & mask;
    out[o++] = mix3(32, Cm1, C0) & mask;
    out[o++] = mix3(33, C0, Cp1) & mask;
    out[o++] = mix3(34, first, S0) & mask;
    out[o++] = mix3(35, st, S0) & mask;
    out[o++] = mix3(36, st * 16 + first, CB0) & mask;
    out[o++] = mix3(37, st, C0) & mask;
    out[o++] = mix3(38, a.len[i]!, a.cap[i]!) & mask;
    out[o++] = mix(39, at(a.W, i - 1)) & mask;
    out[o++] = mix(40, at(a.W, i + 1)) & mask;
    out[o++] = mix(41, at(a.GM, i - 1)) & mask;
    out[o++] = mix(42, at(a.GM, i + 1)) & mask;
    out[o++] = mix3(43, a.GM[i]!, S0) & mask;
    out[o++] = mix3(44, st === Style.Normal ? 0 : 1, L0) & mask;
    out[o++] = mix3(45, Lm1, at(a.L, i - 2)) & mask;
    out[o++] = mix3(46, Lp1, at(a.L, i + 2)) & mask;
    out[o++] = mix3(47, Sm1, at(a.S, i - 2)) & mask;
    out[o++] = mix3(48, Sp1, at(a.S, i + 2)) & mask;
    if (doc) {
      const lw = a.lower[i]!;
      const d = a.cap[i]! | ((doc.lowerSeen.has(lw) ? 1 : 0) << 1) | ((doc.capSeen.has(lw) ? 1 : 0) << 2) | ((first || st !== Style.Normal ? 1 : 0) << 3);
      out[o++] = mix(49, d) & mask;
      out[o++] = mix3(50, d, S0) & mask;
    } else {
      out[o++] = -1;
      out[o++] = -1;
    }
    for (let s = 0; s < GAZ_SLOTS; s++) {
      const g = a.G[i * GAZ_SLOTS + s]!;
      out[o++] = g === 0 ? -1 : mix3(51, g, a.cap[i]!) & mask;
    }
    while (o < end) out[o++] = -1;
  }
}

/**
 * History features of token `i` given the previous two labels and the type the model gave
 * this word earlier in the document (`hist`: 0 none, 1 + type, 6 mixed), into `out` at `o`.
 */
export function dynamicFeatures(a: SentenceAtoms, i: number, p1: number, p2: number, hist: number, mask: number, out: Int32Array, o: number): void {
  const S0 = a.S[i]!;
  out[o] = mix(100, p1) & mask;
  out[o + 1] = mix3(101, p1, p2) & mask;
  out[o + 2] = mix3(102, p1, a.L[i]!) & mask;
  out[o + 3] = mix3(103, p1, S0) & mask;
  out[o + 4] = mix3(104, p1, a.C[i]! >>> 0) & mask;
  out[o + 5] = mix3(105, hist, a.cap[i]!) & mask;
  out[o + 6] = mix3(106, hist, S0) & mask;
  out[o + 7] = mix3(107, hist, p1) & mask;
}
