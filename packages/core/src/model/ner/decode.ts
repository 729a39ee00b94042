import { AGG_BASE, AGG_SLOTS, CONTEXT_SLOTS, DYNAMIC_SLOTS, SIDE_SLOTS, STATIC_SLOTS, Style, WORD_SLOTS, contextFeatures, edgeAtom, sideFeatures, dynamicFeatures, gated, wordFeatures, type DocInfo, type SentenceAtoms, type WordAtoms } from './features.js';
import { mix, mix3 } from './hash.js';
import { ALLOWED, BOS_LABEL, LABEL_COUNT, typeOf } from './labels.js';

/**
 * Counts per word of one document, `width` of them a word, keyed by the word's `L` atom: an
 * open-addressing table of uint32 keys over typed arrays. (A `Map` from numbers to arrays boxed
 * most keys, hashes past the small-integer range, and allocated an array per word.)
 */
class WordCounts {
  readonly width: number;
  private keys: Uint32Array;
  /** per slot: 1 + the word's row; 0: an empty slot */
  private rows: Int32Array;
  /** the counts, `width` per row */
  counts: Int32Array;
  private size = 0;

  constructor(width: number, capacity = 256) {
    this.width = width;
    this.keys = new Uint32Array(capacity);
    this.rows = new Int32Array(capacity);
    this.counts = new Int32Array(width * (capacity >> 1));
  }

  /** The offset in `counts` of the word's counts, or -1 when it has none. */
  find(key: number): number {
    const mask = this.keys.length - 1;
    for (let p = slotOf(key, mask); ; p = (p + 1) & mask) {
      const r = this.rows[p]!;
      if (r === 0) return -1;
      if (this.keys[p] === key) return (r - 1) * this.width;
    }
  }

  /** The offset in `counts` of the word's counts, added (all 0) when new. */
  offset(key: number): number {
    const mask = this.keys.length - 1;
    let p = slotOf(key, mask);
    for (; ; p = (p + 1) & mask) {
      const r = this.rows[p]!;
      if (r === 0) break;
      if (this.keys[p] === key) return (r - 1) * this.width;
    }
    const row = this.size++;
    this.keys[p] = key;
    this.rows[p] = row + 1;
    if ((row + 1) * this.width > this.counts.length) {
      const counts = new Int32Array(this.counts.length * 2);
      counts.set(this.counts);
      this.counts = counts;
    }
    // at most half full: probes stay short
    if (2 * this.size > this.keys.length) this.grow();
    return row * this.width;
  }

  private grow(): void {
    const keys = this.keys;
    const rows = this.rows;
    this.keys = new Uint32Array(keys.length * 2);
    this.rows = new Int32Array(keys.length * 2);
    const mask = this.keys.length - 1;
    for (let q = 0; q < keys.length; q++) {
      if (rows[q] === 0) continue;
      let p = slotOf(keys[q]!, mask);
      while (this.rows[p] !== 0) p = (p + 1) & mask;
      this.keys[p] = keys[q]!;
      this.rows[p] = rows[q]!;
    }
  }
}

/** The first slot of a key (an FNV hash: its high bits folded into the low ones). */
function slotOf(key: number, mask: number): number {
  return (key ^ (key >>> 15)) & mask;
}

/**
 * What the model has said about each word earlier in the document ("extended prediction
 * history", Ratinov & Roth 2009): a name tagged PER in the first paragraph is likely PER
 * again later, even in a headline or at the start of a sentence.
 */
export class DocHistory {
  /** per word: how often each of the 4 types, then O (saturating at 65535) */
  private readonly counts = new WordCounts(5);

  /** 0: unseen; 1..4: the type given most often; 5: only ever outside a name. */
  get(word: number): number {
    const o = this.counts.find(word);
    if (o < 0) return 0;
    const c = this.counts.counts;
    let best = -1;
    let bestN = 0;
    for (let t = 0; t < 4; t++) {
      if (c[o + t]! > bestN) {
        bestN = c[o + t]!;
        best = t;
      }
    }
    return best < 0 ? 5 : best + 1;
  }

  add(word: number, type: number): void {
    const o = this.counts.offset(word) + (type < 0 ? 4 : type);
    const c = this.counts.counts;
    if (c[o]! < 65535) c[o]!++;
  }
}

/** Whether a token should feed the document history (words with a capital, not short). */
export function historyKey(a: SentenceAtoms, i: number): boolean {
  return a.cap[i] === 1 && a.len[i]! > 1;
}

/**
 * The order in which a document's sentences are decoded: ordinary sentences first, in
 * reading order, then headline-style ones (ALL CAPS, Title Case), so that a headline is
 * read in the light of what the body said about its words ("Putin Pulls Shock Move…").
 */
export function decodeOrder(atoms: readonly SentenceAtoms[]): number[] {
  const normal: number[] = [];
  const styled: number[] = [];
  atoms.forEach((a, i) => (a.style === Style.Normal ? normal : styled).push(i));
  return normal.concat(styled);
}

/** Weights per row in the shipped format: the 16 name labels; O is fixed at 0. */
export const ROW_STRIDE = LABEL_COUNT - 1;

/**
 * The reference decoder, over precomputed static rows (`staticFeatures`, the layout training
 * uses); tagging uses `decodeTokens`, which gives the same labels with the gate off.
 * Greedy left-to-right decoding with BILOU transition constraints. A label's score is the
 * sum of its weights in the rows of the token's static and history features. Rows are
 * int16, 16 per row (labels 1..16; O is the reference label with score 0, which loses
 * nothing: subtracting O's weights from every label leaves every argmax unchanged), and
 * addressed through `slotOf[row]` (slot 0 is all zeros). Writes labels into `labels` and
 * updates `history`.
 */
export function decodeSentence(
  a: SentenceAtoms,
  rows: Int32Array,
  weights: Int16Array,
  slotOf: Uint32Array,
  mask: number,
  history: DocHistory | null,
  labels: Uint8Array,
  scratch: Int32Array = new Int32Array(DYNAMIC_SLOTS),
  scores: Int32Array = new Int32Array(LABEL_COUNT),
): void {
  const L = LABEL_COUNT;
  const K = ROW_STRIDE;
  let p1 = BOS_LABEL;
  let p2 = BOS_LABEL;
  for (let i = 0; i < a.n; i++) {
    scores.fill(0);
    const base = i * STATIC_SLOTS;
    for (let k = 0; k < STATIC_SLOTS; k++) {
      const r = rows[base + k]!;
      if (r < 0) continue;
      const o = slotOf[r]! * K - 1;
      if (o < 0) continue;
      for (let y = 1; y < L; y++) scores[y] = scores[y]! + weights[o + y]!;
    }
    const hist = history ? history.get(a.L[i]!) : 0;
    dynamicFeatures(a, i, p1, p2, hist, mask, scratch, 0);
    for (let k = 0; k < DYNAMIC_SLOTS; k++) {
      const o = slotOf[scratch[k]!]! * K - 1;
      if (o < 0) continue;
      for (let y = 1; y < L; y++) scores[y] = scores[y]! + weights[o + y]!;
    }
    let best = 0;
    let bestScore = -2147483648;
    const allowedRow = p1 * L;
    for (let y = 0; y < L; y++) {
      if (ALLOWED[allowedRow + y] === 0) continue;
      if (scores[y]! > bestScore) {
        bestScore = scores[y]!;
        best = y;
      }
    }
    labels[i] = best;
    if (history && historyKey(a, i)) history.add(a.L[i]!, typeOf(best));
    p2 = p1;
    p1 = best;
  }
}

/**
 * The second, document-level pass (Krishnan & Manning 2006, "context aggregation" in
 * Ratinov & Roth 2009): after a first pass over the whole document, each capitalised word
 * gets features from what the first pass said about the same word *elsewhere* in the
 * document (its own reading left out): the majority type (or "only ever outside a name"),
 * whether that majority was unanimous, the most frequent (type, BILOU part) — "Washington"
 * read as the last word of a PER name elsewhere — and the majority types of its neighbours.
 * Writes slots `AGG_BASE..AGG_BASE + 3` of each sentence's static rows (the first pass
 * leaves them empty, -1), or, with `stride` and `base`, any other layout.
 */
export type AggCounts = WordCounts;

/** Count the first pass's readings ((type, part) or O) of every capitalised word of the document. */
export function aggregateCounts(atoms: readonly SentenceAtoms[], labels: readonly Uint8Array[]): AggCounts {
  // per word: 16 (type, part) readings + O at index 16
  const counts = new WordCounts(LABEL_COUNT);
  for (let s = 0; s < atoms.length; s++) {
    const a = atoms[s]!;
    const y = labels[s]!;
    for (let i = 0; i < a.n; i++) {
      if (!historyKey(a, i)) continue;
      const o = counts.offset(a.L[i]!);
      counts.counts[o + (y[i] === 0 ? 16 : y[i]! - 1)]!++;
    }
  }
  return counts;
}

const aggOther = new Int32Array(LABEL_COUNT);
let aggMaj = new Uint8Array(64);
let aggCode = new Uint16Array(64);

/**
 * Fill the second-pass slots of one sentence's static rows from the document's counts.
 * Returns whether the rest of the document disagrees with the first pass somewhere in this
 * sentence (a word read as another type, or as a name against O, elsewhere): only such
 * sentences are decoded again, which keeps the second pass cheap (training does the same).
 */
export function aggregateFeatures(a: SentenceAtoms, y: Uint8Array, counts: AggCounts, r: Int32Array, mask: number, stride = STATIC_SLOTS, base = AGG_BASE): boolean {
  let disagree = false;
  const other = aggOther;
  if (aggMaj.length < a.n) {
    aggMaj = new Uint8Array(a.n * 2);
    aggCode = new Uint16Array(a.n * 2);
  }
  const maj = aggMaj;
  const code = aggCode;
  for (let i = 0; i < a.n; i++) {
    maj[i] = 0;
    code[i] = 0;
    if (!historyKey(a, i)) continue;
    const o = counts.find(a.L[i]!);
    if (o < 0) continue;
    const c = counts.counts;
    for (let k = 0; k < LABEL_COUNT; k++) other[k] = c[o + k]!;
    other[y[i] === 0 ? 16 : y[i]! - 1]!--;
    let total = 0;
    let best = -1;
    let bestN = 0;
    let bestTP = -1;
    let bestTPN = 0;
    for (let t = 0; t < 4; t++) {
      let n = 0;
      for (let p = 0; p < 4; p++) {
        const k = other[t * 4 + p]!;
        n += k;
        if (k > bestTPN) {
          bestTPN = k;
          bestTP = t * 4 + p;
        }
      }
      total += n;
      if (n > bestN) {
        bestN = n;
        best = t;
      }
    }
    const outside = other[16]!;
    if (total + outside === 0) continue;
    maj[i] = best < 0 ? 5 : best + 1;
    if (maj[i] !== (y[i] === 0 ? 5 : typeOf(y[i]!) + 1)) disagree = true;
    // bits 0: unanimous, 1-3: majority, 4-8: 1 + most frequent (type, part) (0: never a name)
    code[i] = (maj[i]! << 1) | ((best < 0 ? outside : bestN) === total + outside ? 1 : 0) | ((bestTP + 1) << 4);
  }
  const st = a.style === Style.Normal ? 0 : 1;
  for (let i = 0; i < a.n; i++) {
    const o = i * stride + base;
    const m0 = maj[i]!;
    r[o] = mix3(60, code[i]! & 15, (a.cap[i]! << 2) | (st << 1) | (i === 0 ? 1 : 0)) & mask;
    r[o + 1] = mix3(61, m0, a.S[i]!) & mask;
    r[o + 2] = mix3(62, code[i]! >> 4, a.cap[i]!) & mask;
    r[o + 3] = mix(63, (m0 << 8) | ((i > 0 ? maj[i - 1]! : 7) << 4) | (i + 1 < a.n ? maj[i + 1]! : 7)) & mask;
  }
  return disagree;
}

/** Feed a sentence's labels to the document history without decoding it again. */
export function addToHistory(a: SentenceAtoms, y: Uint8Array, history: DocHistory): void {
  for (let i = 0; i < a.n; i++) if (historyKey(a, i)) history.add(a.L[i]!, typeOf(y[i]!));
}

/** Scratch space of `decodeTokens` (one per model: it also caches sums of the model's weights). */
export interface DecodeScratch {
  rows: Int32Array;
  scores: Int32Array;
  /** offsets in the weights of the rows one token adds up */
  offs: Int32Array;
  /** summed weights of the side features at the sentence's edges (laid out as `WordAtoms.sums`) */
  edge: Int32Array | null;
  /** `slotRanks` of `ranksOf` (null: not made yet, or `ranksOf` is not in row order) */
  ranks: Int32Array | null;
  ranksOf: Uint32Array | null;
}

export function decodeScratch(): DecodeScratch {
  return { rows: new Int32Array(WORD_SLOTS + CONTEXT_SLOTS + DYNAMIC_SLOTS), scores: new Int32Array(ROW_STRIDE), offs: new Int32Array(CONTEXT_SLOTS + DYNAMIC_SLOTS + AGG_SLOTS), edge: null, ranks: null, ranksOf: null };
}

/**
 * `slotOf` as a rank table, when its slots are numbered in row order (1 + the rows present
 * before, as the weights module stores them): per 32 rows, a bit for each present row and the
 * number of present rows before them, interleaved. 128 KB for 2^19 rows where `slotOf` takes
 * 2 MB: the decoder's random reads of a row's slot then mostly stay in the CPU cache. Null when
 * the slots are in another order.
 */
export function slotRanks(slotOf: Uint32Array): Int32Array | null {
  const ranks = new Int32Array(2 * Math.ceil(slotOf.length / 32));
  let present = 0;
  for (let w = 0; w < ranks.length; w += 2) {
    ranks[w + 1] = present;
    let bits = 0;
    for (let b = 0, r = 16 * w; b < 32 && r < slotOf.length; b++, r++) {
      if (slotOf[r] === 0) continue;
      if (slotOf[r] !== present + 1) return null;
      present++;
      bits |= 1 << b;
    }
    ranks[w] = bits;
  }
  return ranks;
}

/** The slot of row `r` (0: absent) from `slotRanks`: the present rows before it among its 32, counted, added to those before. */
function slotAt(ranks: Int32Array, r: number): number {
  const w = (r >>> 5) << 1;
  const bits = ranks[w]!;
  if ((bits & (1 << (r & 31))) === 0) return 0;
  // population count of the bits below r's
  let x = bits & ~(-1 << (r & 31));
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return ranks[w + 1]! + (Math.imul(x, 0x01010101) >>> 24) + 1;
}

/** The scratch's rank table of `slotOf`, made on first use. */
function ranksFor(scratch: DecodeScratch, slotOf: Uint32Array): Int32Array | null {
  if (scratch.ranksOf !== slotOf) {
    scratch.ranks = slotRanks(slotOf);
    scratch.ranksOf = slotOf;
  }
  return scratch.ranks;
}

/** Offsets of the non-empty rows `addRows` sums (WORD_SLOTS at most). */
const addOffs = new Int32Array(32);

/**
 * Add the weights of `count` rows of `rows` (-1: none) into `sums` at `at`: the offsets of
 * the non-empty rows first (independent reads of `slotOf`, which the CPU overlaps, or of its
 * rank table `ranks` when there is one), then one unrolled sum (int32 wrap-around, as adding row
 * by row into `sums`).
 */
function addRows(rows: Int32Array, count: number, weights: Int16Array, slotOf: Uint32Array, ranks: Int32Array | null, sums: Int32Array, at: number): void {
  const K = ROW_STRIDE;
  const offs = addOffs;
  let m = 0;
  for (let k = 0; k < count; k++) {
    const r = rows[k]!;
    if (r < 0) continue;
    const o = (ranks !== null ? slotAt(ranks, r) : slotOf[r]!) * K;
    if (o !== 0) offs[m++] = o;
  }
  addRows16(sums, at, offs, m, weights);
}

/** Blocks of 16 in `WordAtoms.sums`: 3 styles, then the left and right side. */
const SUM_BLOCKS = 5;
const SIDE_BLOCK = 3;

/** The summed weights of a word's word-only features for `style` (cached in the word's atoms, at style × 16). */
function wordSums(e: WordAtoms, style: number, weights: Int16Array, slotOf: Uint32Array, ranks: Int32Array | null, mask: number, rows: Int32Array): Int32Array {
  e.sums ??= new Int32Array(SUM_BLOCKS * ROW_STRIDE);
  if ((e.sumsDone & (1 << style)) === 0) {
    wordFeatures(e, style, mask, rows, 0);
    addRows(rows, WORD_SLOTS, weights, slotOf, ranks, e.sums, style * ROW_STRIDE);
    e.sumsDone |= 1 << style;
  }
  return e.sums;
}

/** The summed weights of the side features of a word as the left (0) or right (1) neighbour (cached, at (3 + side) × 16). */
function sideSums(e: WordAtoms, side: number, weights: Int16Array, slotOf: Uint32Array, ranks: Int32Array | null, mask: number, rows: Int32Array): Int32Array {
  e.sums ??= new Int32Array(SUM_BLOCKS * ROW_STRIDE);
  const block = SIDE_BLOCK + side;
  if ((e.sumsDone & (1 << block)) === 0) {
    sideFeatures(side, e.L, e.S, e.C >>> 0, e.CC >>> 0, e.W, mask, rows, 0);
    addRows(rows, SIDE_SLOTS, weights, slotOf, ranks, e.sums, block * ROW_STRIDE);
    e.sumsDone |= 1 << block;
  }
  return e.sums;
}

/** The summed weights of the side features at the sentence's edges (cached in the scratch, at the same offsets as `sideSums`). */
function edgeSums(scratch: DecodeScratch, weights: Int16Array, slotOf: Uint32Array, mask: number): Int32Array {
  if (!scratch.edge) {
    const edge = new Int32Array(SUM_BLOCKS * ROW_STRIDE);
    for (let side = 0; side < 2; side++) {
      const b = edgeAtom(side);
      sideFeatures(side, b, b, b, b, b, mask, scratch.rows, 0);
      addRows(scratch.rows, SIDE_SLOTS, weights, slotOf, null, edge, (SIDE_BLOCK + side) * ROW_STRIDE);
    }
    scratch.edge = edge;
  }
  return scratch.edge;
}

/**
 * Add the 16 weights of the rows at offsets `offs[0..count)` of `w` into `s` at `a` (the hot loop of
 * `decodeTokens`, unrolled, in local int32 sums: the same values as adding into `s` row by row).
 */
function addRows16(s: Int32Array, a: number, offs: Int32Array, count: number, w: Int16Array): void {
  // the first weight of each row first, in a loop of its own: the reads are independent, so the CPU
  // overlaps their cache misses (the rows lie at random in megabytes of weights), and the loop over
  // the other 15 finds the rows in the cache
  let s0 = s[a]!;
  for (let k = 0; k < count; k++) s0 = (s0 + w[offs[k]!]!) | 0;
  let s1 = s[a + 1]!, s2 = s[a + 2]!, s3 = s[a + 3]!, s4 = s[a + 4]!, s5 = s[a + 5]!, s6 = s[a + 6]!, s7 = s[a + 7]!, s8 = s[a + 8]!, s9 = s[a + 9]!, s10 = s[a + 10]!, s11 = s[a + 11]!, s12 = s[a + 12]!, s13 = s[a + 13]!, s14 = s[a + 14]!, s15 = s[a + 15]!;
  for (let k = 0; k < count; k++) {
    const o = offs[k]!;
    s1 = (s1 + w[o + 1]!) | 0;
    s2 = (s2 + w[o + 2]!) | 0;
    s3 = (s3 + w[o + 3]!) | 0;
    s4 = (s4 + w[o + 4]!) | 0;
    s5 = (s5 + w[o + 5]!) | 0;
    s6 = (s6 + w[o + 6]!) | 0;
    s7 = (s7 + w[o + 7]!) | 0;
    s8 = (s8 + w[o + 8]!) | 0;
    s9 = (s9 + w[o + 9]!) | 0;
    s10 = (s10 + w[o + 10]!) | 0;
    s11 = (s11 + w[o + 11]!) | 0;
    s12 = (s12 + w[o + 12]!) | 0;
    s13 = (s13 + w[o + 13]!) | 0;
    s14 = (s14 + w[o + 14]!) | 0;
    s15 = (s15 + w[o + 15]!) | 0;
  }
  s[a] = s0;
  s[a + 1] = s1;
  s[a + 2] = s2;
  s[a + 3] = s3;
  s[a + 4] = s4;
  s[a + 5] = s5;
  s[a + 6] = s6;
  s[a + 7] = s7;
  s[a + 8] = s8;
  s[a + 9] = s9;
  s[a + 10] = s10;
  s[a + 11] = s11;
  s[a + 12] = s12;
  s[a + 13] = s13;
  s[a + 14] = s14;
  s[a + 15] = s15;
}

/**
 * The run-time decoder: the same greedy BILOU decoding as `decodeSentence`, with the static
 * rows computed token by token: the word-only features' weights come summed from the word's
 * cache (one read instead of WORD_SLOTS), the context features are hashed only for the
 * tokens that are scored, and with `gate` the tokens that cannot start a name (`gated`) are
 * labelled O unscored. `agg` holds the second pass's AGG_SLOTS rows per token (null in the
 * first pass). Writes labels into `labels` and updates `history`.
 */
export function decodeTokens(
  a: SentenceAtoms,
  doc: DocInfo | null,
  agg: Int32Array | null,
  weights: Int16Array,
  slotOf: Uint32Array,
  mask: number,
  history: DocHistory | null,
  labels: Uint8Array,
  gate: boolean,
  scratch: DecodeScratch,
): void {
  const L = LABEL_COUNT;
  const K = ROW_STRIDE;
  const rows = scratch.rows;
  const scores = scratch.scores;
  const offs = scratch.offs;
  const ranks = ranksFor(scratch, slotOf);
  const st = a.style;
  let p1 = BOS_LABEL;
  let p2 = BOS_LABEL;
  for (let i = 0; i < a.n; i++) {
    if (gate && gated(a, i, p1)) {
      labels[i] = 0;
      // a capitalised word read O (a sentence's opening "The") counts in the history as scored ones do
      if (history && historyKey(a, i)) history.add(a.L[i]!, typeOf(0));
      p2 = p1;
      p1 = 0;
      continue;
    }
    // cached sums: the word's own features, and its neighbours' side features
    const sums = wordSums(a.ent[i]!, st, weights, slotOf, ranks, mask, rows);
    const left = i > 0 ? sideSums(a.ent[i - 1]!, 0, weights, slotOf, ranks, mask, rows) : edgeSums(scratch, weights, slotOf, mask);
    const right = i + 1 < a.n ? sideSums(a.ent[i + 1]!, 1, weights, slotOf, ranks, mask, rows) : edgeSums(scratch, weights, slotOf, mask);
    const lo = SIDE_BLOCK * K;
    const ro = (SIDE_BLOCK + 1) * K;
    for (let y = 0, o = st * K; y < K; y++) scores[y] = sums[o + y]! + left[lo + y]! + right[ro + y]!;
    contextFeatures(a, i, doc, mask, rows, 0);
    const hist = history ? history.get(a.L[i]!) : 0;
    dynamicFeatures(a, i, p1, p2, hist, mask, rows, CONTEXT_SLOTS);
    // the offsets of the non-empty rows, then their weights summed in one unrolled loop
    let m = 0;
    for (let k = 0; k < CONTEXT_SLOTS + DYNAMIC_SLOTS; k++) {
      const r = rows[k]!;
      if (r < 0) continue;
      const o = (ranks !== null ? slotAt(ranks, r) : slotOf[r]!) * K;
      if (o !== 0) offs[m++] = o;
    }
    if (agg) {
      for (let k = i * AGG_SLOTS; k < i * AGG_SLOTS + AGG_SLOTS; k++) {
        const o = (ranks !== null ? slotAt(ranks, agg[k]!) : slotOf[agg[k]!]!) * K;
        if (o !== 0) offs[m++] = o;
      }
    }
    addRows16(scores, 0, offs, m, weights);
    // O scores 0; labels 1..16 are scores[0..15]
    const allowedRow = p1 * L;
    let best = 0;
    let bestScore = ALLOWED[allowedRow] === 1 ? 0 : -2147483648;
    if (ALLOWED[allowedRow] === 0) best = -1;
    for (let y = 1; y < L; y++) {
      if (ALLOWED[allowedRow + y] === 0) continue;
      const sc = scores[y - 1]!;
      if (best < 0 || sc > bestScore) {
        bestScore = sc;
        best = y;
      }
    }
    labels[i] = best;
    if (history && historyKey(a, i)) history.add(a.L[i]!, typeOf(best));
    p2 = p1;
    p1 = best;
  }
}
