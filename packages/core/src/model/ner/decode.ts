import { DYNAMIC_SLOTS, STATIC_SLOTS, Style, dynamicFeatures, type SentenceAtoms } from './features.js';
import { ALLOWED, BOS_LABEL, LABEL_COUNT, typeOf } from './labels.js';

/**
 * What the model has said about each word earlier in the document ("extended prediction
 * history", Ratinov & Roth 2009): a name tagged PER in the first paragraph is likely PER
 * again later, even in a headline or at the start of a sentence.
 */
export class DocHistory {
  private readonly counts = new Map<number, Uint16Array>();

  /** 0: unseen; 1..4: the type given most often; 5: only ever outside a name. */
  get(word: number): number {
    const c = this.counts.get(word);
    if (!c) return 0;
    let best = -1;
    let bestN = 0;
    for (let t = 0; t < 4; t++) {
      if (c[t]! > bestN) {
        bestN = c[t]!;
        best = t;
      }
    }
    return best < 0 ? 5 : best + 1;
  }

  add(word: number, type: number): void {
    let c = this.counts.get(word);
    if (!c) {
      c = new Uint16Array(5);
      this.counts.set(word, c);
    }
    const k = type < 0 ? 4 : type;
    if (c[k]! < 65535) c[k]!++;
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
