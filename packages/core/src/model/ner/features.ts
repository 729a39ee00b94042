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
  C: Int32Array; // fine cluster (-1 unknown)
  CC: Int32Array; // coarse cluster
  CL: Int32Array; // cluster of the lower-case form
  CB: Uint8Array; // capitalisation bin of the lower-case form
  G: Uint32Array; // gazetteer hits: up to GAZ_SLOTS codes per token (0 = none)
  GM: Uint32Array; // gazetteer type bit mask per token
  cap: Uint8Array; // 1 if the token starts with an upper-case letter
  up: Uint8Array; // 1 if the token has an upper-case letter anywhere
  /** whether any token has an upper-case letter (text in lower case only is never gated) */
  anyUp: boolean;
  len: Uint8Array;
  /** the cached atoms of each word (they also carry the model's per-word partial scores) */
  ent: WordAtoms[];
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

function hasUpper(w: string): boolean {
  for (let i = 0; i < w.length; i++) if (isUpperC(w.charCodeAt(i))) return true;
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
    else if (lowerContent === 0 && isLowerC(c) && !TITLE_SMALL.has(w.toLowerCase())) lowerContent++;
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
  up: number;
  len: number;
  C: number;
  CC: number;
  CL: number;
  CB: number;
  /** 1 for a function word that opens sentences ("The", "In", "But"; `OPENERS`): before a lower-case word it starts no name */
  opener: number;
  /** gazetteer bits of the word alone (-1: not looked up yet, 0: none) */
  gaz: number;
  /** whether a multi-word gazetteer entry starts with this word (valid once `gaz` >= 0) */
  gazPrefix: boolean;
  /** the words that can follow this one in a multi-word gazetteer entry (`treeOf`; valid once `gaz` >= 0; null: none) */
  gazNext: Map<string, GazNode> | null;
  /**
   * The model's summed weights, filled lazily by the decoder, 16 each: the word-only
   * features for each style (blocks 0..2), the features that look at this word as the left
   * (block 3) and the right (block 4) neighbour of a token.
   */
  sums: Int32Array | null;
  /** bit k set: block k of `sums` is filled */
  sumsDone: number;
}

/**
 * A cache of word atoms, shared across sentences and documents, emptied when full. (Keeping the
 * full cache aside as a previous generation saved little CPU and, with each word's typed
 * arrays living outside the V8 heap, cost each worker thread ~20 MB of RSS on the BBC corpus.)
 */
export type WordCache = Map<string, WordAtoms>;
const WORD_CACHE_LIMIT = 10_000;

function cachedAtoms(cache: WordCache, key: string, raw: string, style: number, lex: Lexicon | null): WordAtoms {
  let e = cache.get(key);
  if (e !== undefined) return e;
  e = wordAtoms(raw, style, lex);
  if (cache.size >= WORD_CACHE_LIMIT) cache.clear();
  cache.set(key, e);
  return e;
}

/**
 * The cluster of word `w` (lowercased `lower`): of the title-case form first for a word in capitals
 * in an ALL CAPS sentence (`capsFirst`), then of the lower case, then of `w`; otherwise of `w`, the
 * lower case, then the title case. Each form is looked up once (most words are written in lower
 * case, and the lexicon is a large map: a look-up is a cache miss or two).
 */
function clusterOf(clusters: ReadonlyMap<string, number>, w: string, lower: string, cl: number | undefined, capsFirst: boolean): number | undefined {
  if (capsFirst) {
    const tc = titleCase(w);
    const ct = tc === lower ? cl : clusters.get(tc);
    if (ct !== undefined) return ct;
    if (cl !== undefined) return cl;
    return w === lower || w === tc ? undefined : clusters.get(w);
  }
  const cw = w === lower ? cl : clusters.get(w);
  if (cw !== undefined) return cw;
  if (cl !== undefined) return cl;
  const tc = titleCase(w);
  return tc === w || tc === lower ? undefined : clusters.get(tc);
}

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
    const cl = lex.clusters.get(lower);
    const c = clusterOf(lex.clusters, w, lower, cl, style === Style.Caps && isAllUpper(w));
    if (c !== undefined) {
      C = c;
      CC = lex.coarse[c]!;
    }
    CL = cl ?? -1;
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
    up: hasUpper(w) ? 1 : 0,
    len: Math.min(w.length, 12),
    C,
    CC,
    CL,
    CB,
    opener: OPENERS.has(lower) ? 1 : 0,
    gaz: -1,
    gazPrefix: false,
    gazNext: null,
    sums: null,
    sumsDone: 0,
  };
}

/**
 * For each gazetteer, the proper prefixes of its multi-token entries ("new" for "new york"),
 * so that the matcher stops extending a key as soon as no entry can start with it.
 */
const gazPrefixes = new WeakMap<Gazetteer, Set<string>>();
function prefixesOf(gaz: Gazetteer): Set<string> {
  let p = gazPrefixes.get(gaz);
  if (!p) {
    p = new Set<string>();
    for (const key of gaz.keys()) {
      let at = key.indexOf(' ');
      while (at > 0) {
        p.add(key.slice(0, at));
        at = key.indexOf(' ', at + 1);
      }
    }
    gazPrefixes.set(gaz, p);
  }
  return p;
}

/** Whether one of the words `i .. i + k` holds a space. */
function hasSpace(a: SentenceAtoms, i: number, k: number): boolean {
  for (let j = i; j <= i + k; j++) if (a.lower[j]!.indexOf(' ') >= 0) return true;
  return false;
}

/** The entries of 2+ words from `i` by joined keys, from the `from`-th word on (the words before it matched as a path). */
function gazByKeys(a: SentenceAtoms, i: number, from: number, gaz: Gazetteer, prefixes: Set<string>): void {
  let key = a.lower[i]!;
  for (let k = 1; k < from; k++) key += ' ' + a.lower[i + k]!;
  for (let k = from; k < GAZ_MAX_TOKENS && i + k < a.n; k++) {
    key += ' ' + a.lower[i + k]!;
    const bits = gaz.get(key);
    if (bits !== undefined) markGaz(a, i, k + 1, bits);
    if (!prefixes.has(key)) break;
  }
}

/**
 * The gazetteer's multi-word entries as a tree of words ("new" → "york" → "city"): a node is
 * what the space-joined words leading to it are, `bits` its types (0: not an entry itself),
 * `next` the words that can follow (null: no entry goes on). Walking it gives the same
 * matches as looking up the joined key at each step, without building the key, as long as
 * no word holds a space (such a word takes the key path, `gazByKeys`).
 */
interface GazNode {
  bits: number;
  next: Map<string, GazNode> | null;
}
const gazTrees = new WeakMap<Gazetteer, GazNode>();
function treeOf(gaz: Gazetteer): GazNode {
  let root = gazTrees.get(gaz);
  if (!root) {
    root = { bits: 0, next: new Map() };
    for (const key of gaz.keys()) {
      if (key.indexOf(' ') < 0) continue;
      const parts = key.split(' ');
      let node = root;
      let joined = '';
      for (let k = 0; k < parts.length; k++) {
        joined = k === 0 ? parts[0]! : joined + ' ' + parts[k]!;
        node.next ??= new Map();
        let child = node.next.get(parts[k]!);
        if (!child) {
          child = { bits: gaz.get(joined) ?? 0, next: null };
          node.next.set(parts[k]!, child);
        }
        node = child;
      }
    }
    gazTrees.set(gaz, root);
  }
  return root;
}

/** Mark a gazetteer match of `len` tokens from `i` with types `bits` in the atoms. */
function markGaz(a: SentenceAtoms, i: number, len: number, bits: number): void {
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

/**
 * Word atoms by integer word id (the caller's vocabulary, e.g. `text/wordIds.ts`): one array
 * read per token instead of a `Map` look-up of its string. Valid for one `generation` of ids.
 */
export interface WordIdCache {
  generation: number;
  /** per id: the word's atoms in a sentence of normal or Title style (null: not seen yet) */
  atoms: (WordAtoms | null)[];
  /** per id: its atoms in an ALL CAPS sentence */
  caps: (WordAtoms | null)[];
  /** entries filled (past WORD_CACHE_LIMIT the cache is thinned out, `thinOut`, which bounds the memory) */
  filled: number;
  /** per id: bit 1, its `atoms` entry was read again since the last thinning out; bit 2, its `caps` entry */
  hits: Uint8Array;
}

export function wordIdCache(): WordIdCache {
  return { generation: -1, atoms: [], caps: [], filled: 0, hits: new Uint8Array(1024) };
}

/** The most entries a thinning out keeps: the rest of the limit is room for new words. */
const WORD_CACHE_KEEP = WORD_CACHE_LIMIT / 2;

/**
 * Make room in a full cache: keep the entries read again since the last thinning out (up to
 * `WORD_CACHE_KEEP`: the words most articles use, "the", "said", "Mr", which emptying the whole
 * cache made every later article compute again), drop the others (mostly words seen once).
 * Which entries stay changes no tag: atoms and their sums depend on the word alone.
 */
function thinOut(c: WordIdCache): void {
  let kept = 0;
  for (let bit = 1; bit <= 2; bit++) {
    const arr = bit === 1 ? c.atoms : c.caps;
    for (let id = 0; id < arr.length; id++) {
      if (arr[id] === null) continue;
      if ((c.hits[id]! & bit) !== 0 && kept < WORD_CACHE_KEEP) kept++;
      else arr[id] = null;
    }
  }
  c.hits.fill(0);
  c.filled = kept;
}

/** Bytes of a sentence's typed arrays per token (`sentenceAtoms`). */
const ATOM_BYTES = 48;

/**
 * Memory for the typed arrays of sentence atoms, handed out sentence by sentence and taken back
 * whole (`used` = 0) when the atoms are no longer read: an `ArrayBuffer` per sentence lives outside
 * the V8 heap, and allocating and freeing it cost more than filling its arrays.
 */
export interface AtomArena {
  buf: ArrayBuffer;
  /** bytes handed out */
  used: number;
}

export function atomArena(): AtomArena {
  return { buf: new ArrayBuffer(ATOM_BYTES * 4096), used: 0 };
}

/**
 * Compute the atoms of one sentence (pass a cache to reuse the atoms of repeated words; with
 * `ids`, each word's id, -1 for none, and `byId`, the atoms of words seen before come by id;
 * with `arena`, the typed arrays are views of its memory, valid until its `used` is reset).
 */
export function sentenceAtoms(words: readonly string[], lex: Lexicon | null, gaz: Gazetteer, cache?: WordCache, ids?: ArrayLike<number> | null, byId?: WordIdCache | null, arena?: AtomArena | null): SentenceAtoms {
  const n = words.length;
  const style = sentenceStyle(words);
  // one buffer for all the arrays (one allocation instead of fifteen), or a part of the arena's
  let buf: ArrayBuffer;
  let at = 0;
  if (arena) {
    if (arena.used + ATOM_BYTES * n > arena.buf.byteLength) {
      // (the sentences before keep the old buffer alive as long as they need it)
      arena.buf = new ArrayBuffer(Math.max(2 * arena.buf.byteLength, ATOM_BYTES * n));
      arena.used = 0;
    }
    buf = arena.buf;
    at = arena.used;
    arena.used += ATOM_BYTES * n;
  } else buf = new ArrayBuffer(ATOM_BYTES * n);
  const a: SentenceAtoms = {
    n,
    style,
    lower: new Array<string>(n),
    W: new Uint32Array(buf, at, n),
    L: new Uint32Array(buf, at + 4 * n, n),
    S: new Uint32Array(buf, at + 8 * n, n),
    C: new Int32Array(buf, at + 12 * n, n),
    CC: new Int32Array(buf, at + 16 * n, n),
    CL: new Int32Array(buf, at + 20 * n, n),
    G: new Uint32Array(buf, at + 24 * n, n * GAZ_SLOTS),
    GM: new Uint32Array(buf, at + 40 * n, n),
    CB: new Uint8Array(buf, at + 44 * n, n),
    cap: new Uint8Array(buf, at + 45 * n, n),
    up: new Uint8Array(buf, at + 46 * n, n),
    anyUp: false,
    len: new Uint8Array(buf, at + 47 * n, n),
    ent: new Array<WordAtoms>(n),
  };
  // (the loop below writes every array but the gazetteer's, which start empty)
  if (arena) {
    a.G.fill(0);
    a.GM.fill(0);
  }
  for (let i = 0; i < n; i++) {
    const raw = words[i]!;
    const id = ids ? ids[i]! : -1;
    let e: WordAtoms | null = null;
    if (id >= 0 && byId) {
      const arr = style === Style.Caps ? byId.caps : byId.atoms;
      const bit = style === Style.Caps ? 2 : 1;
      if (id < arr.length) e = arr[id]!;
      if (e === null) {
        // not through the string-keyed cache too: a word kept alive by both would double the
        // cached atoms (and their sums, outside the V8 heap) a worker thread holds
        e = wordAtoms(raw, style, lex);
        if (byId.filled >= WORD_CACHE_LIMIT) thinOut(byId);
        byId.filled++;
        while (arr.length <= id) arr.push(null);
        arr[id] = e;
        if (id >= byId.hits.length) {
          const hits = new Uint8Array(Math.max(id + 1, 2 * byId.hits.length));
          hits.set(byId.hits);
          byId.hits = hits;
        }
      } else byId.hits[id]! |= bit;
    } else e = cache ? cachedAtoms(cache, style === Style.Caps ? '\u0001' + raw : raw, raw, style, lex) : wordAtoms(raw, style, lex);
    a.ent[i] = e;
    if (e.up === 1) a.anyUp = true;
  }
  // the atoms copied in a loop of their own: the words' atoms lie all over the heap, and the
  // loop above, short, has the CPU fetch many of them at once
  for (let i = 0; i < n; i++) {
    const e = a.ent[i]!;
    a.lower[i] = e.lower;
    a.W[i] = e.W;
    a.L[i] = e.L;
    a.S[i] = e.S;
    a.cap[i] = e.cap;
    a.up[i] = e.up;
    a.len[i] = e.len;
    a.C[i] = e.C;
    a.CC[i] = e.CC;
    a.CL[i] = e.CL;
    a.CB[i] = e.CB;
  }
  // gazetteer: longest match first from each start position; record type and BILOU position
  const prefixes = prefixesOf(gaz);
  const tree = treeOf(gaz).next!;
  for (let i = 0; i < n; i++) {
    const e = a.ent[i]!;
    if (e.gaz < 0) {
      e.gaz = gaz.get(e.lower) ?? 0;
      e.gazPrefix = prefixes.has(e.lower);
      // the word's node in the tree, looked up once per word, not at each of its tokens
      const node = e.gazPrefix ? tree.get(e.lower) : undefined;
      e.gazNext = node === undefined ? null : node.next;
    }
    if (e.gaz !== 0) markGaz(a, i, 1, e.gaz);
    if (!e.gazPrefix) continue;
    // longer entries: walk the tree of words (no key strings built)
    let next = e.gazNext;
    for (let k = 1; k < GAZ_MAX_TOKENS && i + k < n; k++) {
      const child = next === null ? undefined : next.get(a.lower[i + k]!);
      if (child === undefined) {
        if (hasSpace(a, i, k)) gazByKeys(a, i, k, gaz, prefixes);
        break;
      }
      if (child.bits !== 0) markGaz(a, i, k + 1, child.bits);
      next = child.next;
      if (next === null) break;
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
  /** lower-case words of capitalised runs that the document writes like a company somewhere ("Pirelli shares", "Pirelli SpA") */
  orgCue: Set<string>;
  /** lower-case words of capitalised runs that the document writes like a person somewhere ("Mr Pirelli", "Delgado , 34 ,") */
  perCue: Set<string>;
}

// Company cues around a run of capitalised words: the word after it, the word after its
// "'s", the word before it (with "of", "in", "at" between), or a legal suffix inside it.
const ORG_NEXT = new Set(['shares', 'share', 'stock', 'shareholders', 'stockholders']);
const ORG_POSS = new Set(['shares', 'share', 'board', 'chairman', 'shareholders', 'profit', 'profits', 'earnings', 'sales', 'revenue', 'revenues', 'subsidiary', 'stake', 'stock', 'turnover']);
const ORG_PREV = new Set(['shares', 'stake', 'subsidiary', 'unit', 'shareholders', 'analyst', 'analysts', 'chairman', 'executive', 'director', 'takeover', 'stakes']);
const ORG_LINK = new Set(['of', 'in', 'at']);
const ORG_LEGAL = new Set(['inc', 'inc.', 'corp', 'corp.', 'corporation', 'ltd', 'ltd.', 'plc', 'llc', 'ag', 'spa', 's.p.a.', 'nv', 'n.v.', 'gmbh', 'bv', 'oyj', 'bhd', 'holdings', 'bancorp']);

function markOrgCues(a: SentenceAtoms, out: Set<string>): void {
  const n = a.n;
  for (let s = 0; s < n; s++) {
    if (a.cap[s] === 0) continue;
    let e = s;
    while (e + 1 < n && a.cap[e + 1] === 1) e++;
    let cue = false;
    for (let k = s + 1; k <= e && !cue; k++) if (ORG_LEGAL.has(a.lower[k]!)) cue = true;
    if (!cue && e + 1 < n) {
      const next = a.lower[e + 1]!;
      if (ORG_NEXT.has(next) || (next === "'s" && e + 2 < n && ORG_POSS.has(a.lower[e + 2]!))) cue = true;
    }
    if (!cue && s >= 2 && ORG_LINK.has(a.lower[s - 1]!) && ORG_PREV.has(a.lower[s - 2]!)) cue = true;
    if (cue) for (let k = s; k <= e; k++) if (!ORG_LEGAL.has(a.lower[k]!) && a.lower[k] !== 'the') out.add(a.lower[k]!);
    s = e;
  }
}

// Person cues: an honorific or a role right before a run of capitalised words, or an age right after it.
const PER_PREV = new Set(['mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'dr', 'dr.', 'sir', 'dame', 'coach', 'striker', 'midfielder', 'defender', 'goalkeeper', 'forward', 'spokesman', 'spokeswoman', 'president', 'senator', 'sen.', 'rep.', 'gov.', 'judge', 'actor', 'actress', 'singer', 'pitcher', 'batsman', 'bowler', 'captain', 'premier', 'minister', 'chancellor', 'secretary', 'prosecutor', 'lawyer', 'leader']);

function isAge(w: string): boolean {
  return w.length === 2 && w.charCodeAt(0) >= 49 && w.charCodeAt(0) <= 57 && w.charCodeAt(1) >= 48 && w.charCodeAt(1) <= 57;
}

function markPerCues(a: SentenceAtoms, out: Set<string>): void {
  const n = a.n;
  for (let s = 0; s < n; s++) {
    if (a.cap[s] === 0) continue;
    let e = s;
    while (e + 1 < n && a.cap[e + 1] === 1) e++;
    // a capitalised honorific starts the run itself ("President Clinton"): skip over it
    let from = s;
    while (from <= e && PER_PREV.has(a.lower[from]!)) from++;
    const cue = (from > s && from <= e) || (s > 0 && PER_PREV.has(a.lower[s - 1]!)) || (e + 3 < n && a.lower[e + 1] === ',' && isAge(a.lower[e + 2]!) && a.lower[e + 3] === ',');
    if (cue) for (let k = from; k <= e; k++) out.add(a.lower[k]!);
    s = e;
  }
}

export function docInfo(sentences: readonly SentenceAtoms[]): DocInfo {
  const lowerSeen = new Set<string>();
  const capSeen = new Set<string>();
  const orgCue = new Set<string>();
  const perCue = new Set<string>();
  for (const a of sentences) {
    for (let i = 0; i < a.n; i++) {
      const lw = a.lower[i]!;
      if (a.cap[i] === 0) {
        if (lw.length > 1) lowerSeen.add(lw);
      } else if (i > 0 && a.style === Style.Normal) capSeen.add(lw);
    }
    if (a.style === Style.Normal) {
      markOrgCues(a, orgCue);
      markPerCues(a, perCue);
    }
  }
  return { lowerSeen, capSeen, orgCue, perCue };
}

// --- feature templates ----------------------------------------------------------------------

/** Number of static feature slots per token (unused slots hold -1). */
export const STATIC_SLOTS = 58;
/** First of the slots that the second, document-level pass fills (see `aggregateFeatures`). */
export const AGG_BASE = 54;
export const AGG_SLOTS = 4;
/** Number of history feature slots per token. */
export const DYNAMIC_SLOTS = 8;

/** Number of word-only static features (the first slots of each token; see `wordFeatures`). */
export const WORD_SLOTS = 21;

/**
 * The word-only static features: they depend on the word and the sentence style alone, so
 * the decoder sums their weights once per (word, style) and caches the sum (`WordAtoms.sums`).
 * Writes WORD_SLOTS rows (-1: none) into `out` at `o`.
 */
export function wordFeatures(e: WordAtoms, st: number, mask: number, out: Int32Array, o: number): void {
  const S0 = e.S;
  const C0 = e.C >>> 0;
  const CB0 = e.CB;
  out[o] = mix(1, 0) & mask;
  out[o + 1] = mix(2, e.W) & mask;
  out[o + 2] = mix(3, e.L) & mask;
  out[o + 3] = mix(4, S0) & mask;
  for (let k = 0; k < 4; k++) out[o + 4 + k] = e.P[k] === 0 ? -1 : mix(5 + k, e.P[k]!) & mask;
  for (let k = 0; k < 4; k++) out[o + 8 + k] = e.X[k] === 0 ? -1 : mix(9 + k, e.X[k]!) & mask;
  out[o + 12] = mix(13, C0) & mask;
  out[o + 13] = mix(14, e.CC >>> 0) & mask;
  out[o + 14] = mix(15, e.CL >>> 0) & mask;
  out[o + 15] = mix(16, CB0) & mask;
  out[o + 16] = mix3(17, CB0, S0) & mask;
  out[o + 17] = mix3(35, st, S0) & mask;
  out[o + 18] = mix3(37, st, C0) & mask;
  out[o + 19] = mix3(38, e.len, e.cap) & mask;
  out[o + 20] = mix3(44, st === Style.Normal ? 0 : 1, e.L) & mask;
}

/** An atom of token `j`, or a boundary value outside the sentence. */
function atom(arr: Uint32Array | Int32Array, j: number, n: number): number {
  return j < 0 || j >= n ? BOUNDARY + (j < 0 ? j : j - n + 100) : arr[j]! >>> 0;
}

/** Number of features that look at one neighbour word alone, per side (see `sideFeatures`). */
export const SIDE_SLOTS = 5;

/**
 * The features that look at the word left (`side` 0) or right (1) of a token alone: its
 * lower case, shape, cluster, coarse cluster and word. They depend on that word only, so
 * the decoder caches their summed weights per word and side. Writes SIDE_SLOTS rows.
 */
export function sideFeatures(side: number, L: number, S: number, C: number, CC: number, W: number, mask: number, out: Int32Array, o: number): void {
  out[o] = mix(side === 0 ? 18 : 20, L) & mask;
  out[o + 1] = mix(side === 0 ? 22 : 23, S) & mask;
  out[o + 2] = mix(side === 0 ? 26 : 27, C) & mask;
  out[o + 3] = mix(side === 0 ? 28 : 29, CC) & mask;
  out[o + 4] = mix(side === 0 ? 39 : 40, W) & mask;
}

/** The atoms `sideFeatures` reads for a position outside the sentence (`side` 0: before it). */
export function edgeAtom(side: number): number {
  return side === 0 ? BOUNDARY - 1 : BOUNDARY + 100;
}

/** Number of context static features besides the side ones (see `contextFeatures`). */
export const CONTEXT_SLOTS = 23;

/**
 * The static features of token `i` that look at its neighbours, its position, the
 * gazetteer matches and the document, besides the two neighbours' `sideFeatures`:
 * CONTEXT_SLOTS rows (-1: none) into `out` at `o`.
 */
export function contextFeatures(a: SentenceAtoms, i: number, doc: DocInfo | null, mask: number, out: Int32Array, o: number): void {
  const n = a.n;
  const st = a.style;
  const L0 = a.L[i]!;
  const S0 = a.S[i]!;
  const C0 = a.C[i]! >>> 0;
  const Lm1 = atom(a.L, i - 1, n);
  const Lp1 = atom(a.L, i + 1, n);
  const Lm2 = atom(a.L, i - 2, n);
  const Lp2 = atom(a.L, i + 2, n);
  const Sm1 = atom(a.S, i - 1, n);
  const Sp1 = atom(a.S, i + 1, n);
  const Cm1 = atom(a.C, i - 1, n);
  const Cp1 = atom(a.C, i + 1, n);
  const CB0 = a.CB[i]!;
  const first = i === 0 ? 1 : 0;
  out[o++] = mix(19, Lm2) & mask;
  out[o++] = mix(21, Lp2) & mask;
  out[o++] = mix3(24, Sm1, S0) & mask;
  out[o++] = mix3(25, S0, Sp1) & mask;
  out[o++] = mix3(30, Lm1, L0) & mask;
  out[o++] = mix3(31, L0, Lp1) & mask;
  out[o++] = mix3(32, Cm1, C0) & mask;
  out[o++] = mix3(33, C0, Cp1) & mask;
  out[o++] = mix3(34, first, S0) & mask;
  out[o++] = mix3(36, st * 16 + first, CB0) & mask;
  out[o++] = mix(41, atom(a.GM, i - 1, n)) & mask;
  out[o++] = mix(42, atom(a.GM, i + 1, n)) & mask;
  out[o++] = mix3(43, a.GM[i]!, S0) & mask;
  out[o++] = mix3(45, Lm1, Lm2) & mask;
  out[o++] = mix3(46, Lp1, Lp2) & mask;
  out[o++] = mix3(47, Sm1, atom(a.S, i - 2, n)) & mask;
  out[o++] = mix3(48, Sp1, atom(a.S, i + 2, n)) & mask;
  if (doc) {
    const lw = a.lower[i]!;
    const d = a.cap[i]! | ((doc.lowerSeen.has(lw) ? 1 : 0) << 1) | ((doc.capSeen.has(lw) ? 1 : 0) << 2) | ((first || st !== Style.Normal ? 1 : 0) << 3) | ((a.cap[i] === 1 && doc.orgCue.has(lw) ? 1 : 0) << 4) | ((a.cap[i] === 1 && doc.perCue.has(lw) ? 1 : 0) << 5);
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
}

/**
 * Static features of every token of a sentence, as row indices (`hash & mask`) into
 * `out` (length n * STATIC_SLOTS): the word-only ones, the context ones, then the
 * AGG_SLOTS second-pass slots, left -1 here (unused slots are -1). Training uses this;
 * the run-time decoder computes the same rows token by token, and only for the tokens it
 * scores (see `gated`).
 */
export function staticFeatures(a: SentenceAtoms, doc: DocInfo | null, mask: number, out: Int32Array): void {
  for (let i = 0; i < a.n; i++) {
    const o = i * STATIC_SLOTS;
    const n = a.n;
    wordFeatures(a.ent[i]!, a.style, mask, out, o);
    sideFeatures(0, atom(a.L, i - 1, n), atom(a.S, i - 1, n), atom(a.C, i - 1, n), atom(a.CC, i - 1, n), atom(a.W, i - 1, n), mask, out, o + WORD_SLOTS);
    sideFeatures(1, atom(a.L, i + 1, n), atom(a.S, i + 1, n), atom(a.C, i + 1, n), atom(a.CC, i + 1, n), atom(a.W, i + 1, n), mask, out, o + WORD_SLOTS + SIDE_SLOTS);
    contextFeatures(a, i, doc, mask, out, o + WORD_SLOTS + 2 * SIDE_SLOTS);
    for (let k = o + WORD_SLOTS + 2 * SIDE_SLOTS + CONTEXT_SLOTS; k < o + STATIC_SLOTS; k++) out[k] = -1;
  }
}

/** Labels after which a name is closed (O, L-x, U-x, BOS): the next token may start one or be O. */
/** Function words that open sentences, lower-cased: capitalised before a lower-case word they start no name. */
const OPENERS: ReadonlySet<string> = new Set(
  'the|a|an|in|on|at|by|for|from|of|to|with|as|but|and|or|so|yet|if|when|while|after|before|since|because|although|though|he|she|it|they|we|you|this|that|these|those|there|his|her|its|their|our|my|your|some|many|most|all|both|each|every|no|not|what|who|how|why|where|which|however|meanwhile|also|then|now|still|even|just|only|more|other|such|one|two|three|last|next|earlier|later|instead|despite|during|under|over|about|among|against|without|within|into|through'.split('|'),
);

const CLOSED: Uint8Array = (() => {
  const t = new Uint8Array(18);
  for (let y = 0; y <= 17; y++) t[y] = y === 0 || y === 17 || ((y - 1) & 3) >= 2 ? 1 : 0;
  return t;
})();

/**
 * The gate: a token that cannot start a name is labelled O without being scored. After a
 * closed label (O, L, U, or the start of the sentence), a token with no upper-case letter
 * and no gazetteer match, in a sentence with an upper-case letter somewhere, is O. On
 * CoNLL-2003 train that is 72 % of the tokens (146,376 of 203,621), of which 28 are part of
 * a name ("1,000 Guineas", "de", "van", "della"); on dev 37,236 of 51,362, 12 in a name.
 * Text written all in lower case is not gated (the model finds some names there).
 */
export function gated(a: SentenceAtoms, i: number, prev: number): boolean {
  if (CLOSED[prev] !== 1) return false;
  if (a.up[i] === 0) return a.GM[i] === 0 && a.anyUp;
  // a capitalised function word before a lower-case word or punctuation ("The talks", "In 2019", "But ,"): no name starts
  // there (as a one-word name the mentions step drops it anyway); unscored, as the model reads it O
  return a.ent[i]!.opener === 1 && a.GM[i] === 0 && (i + 1 >= a.n || a.up[i + 1] === 0);
}

/**
 * History features of token `i` given the previous two labels and the type the model gave
 * this word earlier in the document (`hist`: 0 none, 1 + type, 6 mixed), into `out` at `o`.
 */
export function dynamicFeatures(a: SentenceAtoms, i: number, p1: number, p2: number, hist: number, mask: number, out: Int32Array, o: number): void {
  const S0 = a.S[i]!;
  const cap = a.cap[i]!;
  if (p1 >= 0 && p1 < DYN_LABELS && p2 >= 0 && p2 < DYN_LABELS && hist >= 0 && hist < DYN_HIST && cap <= 1) {
    // the same hashes, with the parts that depend on labels and history alone from tables
    out[o] = DYN_100[p1]! & mask;
    out[o + 1] = DYN_101[p1 * DYN_LABELS + p2]! & mask;
    out[o + 2] = mix(DYN_102[p1]!, a.L[i]!) & mask;
    out[o + 3] = mix(DYN_103[p1]!, S0) & mask;
    out[o + 4] = mix(DYN_104[p1]!, a.C[i]! >>> 0) & mask;
    out[o + 5] = DYN_105[hist * 2 + cap]! & mask;
    out[o + 6] = mix(DYN_106[hist]!, S0) & mask;
    out[o + 7] = DYN_107[hist * DYN_LABELS + p1]! & mask;
    return;
  }
  out[o] = mix(100, p1) & mask;
  out[o + 1] = mix3(101, p1, p2) & mask;
  out[o + 2] = mix3(102, p1, a.L[i]!) & mask;
  out[o + 3] = mix3(103, p1, S0) & mask;
  out[o + 4] = mix3(104, p1, a.C[i]! >>> 0) & mask;
  out[o + 5] = mix3(105, hist, cap) & mask;
  out[o + 6] = mix3(106, hist, S0) & mask;
  out[o + 7] = mix3(107, hist, p1) & mask;
}

// Precomputed hashes of `dynamicFeatures` (labels 0..17 with BOS, history values 0..7).
const DYN_LABELS = 18;
const DYN_HIST = 8;
function dynTable(size: number, f: (k: number) => number): Uint32Array {
  const t = new Uint32Array(size);
  for (let k = 0; k < size; k++) t[k] = f(k);
  return t;
}
const DYN_100 = dynTable(DYN_LABELS, (p) => mix(100, p));
const DYN_101 = dynTable(DYN_LABELS * DYN_LABELS, (k) => mix3(101, Math.floor(k / DYN_LABELS), k % DYN_LABELS));
const DYN_102 = dynTable(DYN_LABELS, (p) => mix(102, p));
const DYN_103 = dynTable(DYN_LABELS, (p) => mix(103, p));
const DYN_104 = dynTable(DYN_LABELS, (p) => mix(104, p));
const DYN_105 = dynTable(DYN_HIST * 2, (k) => mix3(105, k >> 1, k & 1));
const DYN_106 = dynTable(DYN_HIST, (h) => mix(106, h));
const DYN_107 = dynTable(DYN_HIST * DYN_LABELS, (k) => mix3(107, Math.floor(k / DYN_LABELS), k % DYN_LABELS));
