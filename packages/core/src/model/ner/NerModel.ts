import { PresslensError } from '../../errors.js';
import { fromBase64, readVarints, type NerWeightsModule } from './codec.js';
import { DocHistory, ROW_STRIDE, addToHistory, aggregateCounts, aggregateFeatures, decodeOrder, decodeSentence, type AggCounts } from './decode.js';
import { DYNAMIC_SLOTS, STATIC_SLOTS, docInfo, sentenceAtoms, staticFeatures, type Lexicon, type SentenceAtoms, type WordCache } from './features.js';
import { buildGazetteer, type Gazetteer } from './gazetteer.js';
import { LABEL_COUNT, spansFromLabels, type NerSpan } from './labels.js';

/** Bump when features change: weights trained for another version are refused. */
export const FEATURE_VERSION = 3;

/** Documents up to this many tokens keep their first-pass feature rows for the second pass (~14 MB). */
const KEEP_ROWS_LIMIT = 60_000;


/**
 * A loaded NER model: an averaged perceptron over hashed features, greedy BILOU decoding.
 * Stateless between calls; safe to share.
 */
export interface NerModel {
  /** Tag one sentence (its words, in order). Spans are token indices `[start, end)`. */
  tag(words: readonly string[]): NerSpan[];
  /**
   * Tag a whole document at once (sentences in reading order, title first). Uses
   * document-level features: how each word is written elsewhere in the document and the
   * types the model gave it earlier. Returns the spans of each sentence.
   */
  tagDocument(sentences: readonly (readonly string[])[]): NerSpan[][];
  /** Number of weight rows, for diagnostics. */
  readonly rows: number;
}

/** Model weights and lexicon in memory. */
export interface NerModelData {
  bits: number;
  /** int16 rows of ROW_STRIDE weights, slot 0 all zeros */
  weights: Int16Array;
  /** hashed row → slot in `weights` (0 = the empty row) */
  slotOf: Uint32Array;
  lexicon: Lexicon | null;
}

let gazetteer: Gazetteer | null = null;
/** The hand-written gazetteer, built once. */
export function sharedGazetteer(): Gazetteer {
  gazetteer ??= buildGazetteer();
  return gazetteer;
}

/** Decode the generated weights module into memory. */
export function fromWeightsModule(m: NerWeightsModule): NerModelData {
  if (m.version !== FEATURE_VERSION) throw new PresslensError('UNREADABLE', `NER weights are version ${m.version}, the code expects ${FEATURE_VERSION}: retrain with scripts/train-ner.ts`);
  const slotOf = new Uint32Array(1 << m.bits);
  const idx = readVarints(fromBase64(m.rows), m.rowCount);
  // slot 0 is the all-zero row that every absent feature points to
  if (m.labels !== ROW_STRIDE) throw new PresslensError('UNREADABLE', `NER weights have ${m.labels} weights a row, the code expects ${ROW_STRIDE}: retrain with scripts/train-ner.ts`);
  const weights = new Int16Array((m.rowCount + 1) * m.labels);
  weights.set(new Int16Array(fromBase64(m.values).buffer), m.labels);
  let row = 0;
  for (let i = 0; i < m.rowCount; i++) {
    row += idx[i]!;
    slotOf[row] = i + 1;
  }
  const words = m.clusterWords.split('\n');
  const ids = new Uint16Array(fromBase64(m.clusterIds).buffer);
  const clusters = new Map<string, number>();
  for (let i = 0; i < words.length; i++) clusters.set(words[i]!, ids[i]!);
  const coarse = new Uint16Array(fromBase64(m.coarse).buffer);
  const capWords = m.capWords.split('\n');
  const bins = fromBase64(m.capBins);
  const capBins = new Map<string, number>();
  for (let i = 0; i < capWords.length; i++) capBins.set(capWords[i]!, bins[i]!);
  return { bits: m.bits, weights, slotOf, lexicon: { clusters, coarse, capBins } };
}

/** Build a model from weights in memory (the loader and the training script use this). */
export function createNerModel(data: NerModelData): NerModel {
  const mask = (1 << data.bits) - 1;
  const gaz = sharedGazetteer();
  const cache: WordCache = new Map();
  const scratch = new Int32Array(DYNAMIC_SLOTS);
  const scores = new Int32Array(LABEL_COUNT);
  let rowBuf = new Int32Array(256 * STATIC_SLOTS);

  const tagAtoms = (atoms: readonly SentenceAtoms[], doc: boolean): NerSpan[][] => {
    const info = doc ? docInfo(atoms) : null;
    let total = 0;
    let longest = 0;
    for (const a of atoms) {
      total += a.n;
      if (a.n > longest) longest = a.n;
    }
    // the first pass's static rows are kept for the second unless the document is huge
    const keep = total <= KEEP_ROWS_LIMIT;
    const need = keep ? total : longest;
    if (rowBuf.length < need * STATIC_SLOTS) rowBuf = new Int32Array((need + 64) * STATIC_SLOTS);
    const labels = atoms.map((a) => new Uint8Array(a.n));
    const starts = new Int32Array(atoms.length);
    for (let si = 1; si < atoms.length; si++) starts[si] = keep ? starts[si - 1]! + atoms[si - 1]!.n : 0;
    const rowsOf = (si: number): Int32Array => rowBuf.subarray(starts[si]! * STATIC_SLOTS, (starts[si]! + atoms[si]!.n) * STATIC_SLOTS);
    const order = decodeOrder(atoms);
    // pass 1: with the history of earlier readings; pass 2: the same model, also told the
    // first pass's readings of each word elsewhere in the document (aggregateFeatures), for
    // the sentences where those readings disagree with the first pass
    let counts: AggCounts | null = null;
    for (let pass = 0; pass < 2; pass++) {
      const history = doc ? new DocHistory() : null;
      for (const si of order) {
        const a = atoms[si]!;
        if (a.n === 0) continue;
        const rows = rowsOf(si);
        if (pass === 0 || !keep) staticFeatures(a, info, mask, rows);
        if (counts && !aggregateFeatures(a, labels[si]!, counts, rows, mask)) {
          if (history) addToHistory(a, labels[si]!, history);
          continue;
        }
        decodeSentence(a, rows, data.weights, data.slotOf, mask, history, labels[si]!, scratch, scores);
      }
      if (pass === 0) counts = aggregateCounts(atoms, labels);
    }
    return labels.map((y, si) => spansFromLabels(y, atoms[si]!.n));
  };

  return {
    rows: 1 << data.bits,
    tag(words) {
      return tagAtoms([sentenceAtoms(words, data.lexicon, gaz, cache)], true)[0]!;
    },
    tagDocument(sentences) {
      return tagAtoms(
        sentences.map((s) => sentenceAtoms(s, data.lexicon, gaz, cache)),
        true,
      );
    },
  };
}
