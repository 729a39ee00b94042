import { PresslensError } from '../../errors.js';
import { clusterTable, fromBase64, readVarints, type NerWeightsModule } from './codec.js';
import { DocHistory, ROW_STRIDE, addToHistory, aggregateCounts, aggregateFeatures, decodeOrder, decodeScratch, decodeTokens } from './decode.js';
import { AGG_SLOTS, atomArena, docInfo, sentenceAtoms, wordIdCache, type Lexicon, type SentenceAtoms, type WordCache } from './features.js';
import { GazType, buildGazetteer, extendGazetteer, type Gazetteer } from './gazetteer.js';
import { spansFromLabels, type NerSpan } from './labels.js';

/** Bump when features change: weights trained for another version are refused. */
export const FEATURE_VERSION = 6;


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
  tagDocument(sentences: readonly (readonly string[])[], ids?: NerWordIds): NerSpan[][];
  /** Number of weight rows, for diagnostics. */
  readonly rows: number;
}

/**
 * Integer ids of the words passed to `tagDocument` (optional, for speed): the same word
 * (string) always has the same id within one `generation`, and different words never share
 * one; -1 for a word without an id. The tags are the same with or without ids.
 */
export interface NerWordIds {
  /** per sentence, per word */
  readonly words: readonly ArrayLike<number>[];
  readonly generation: number;
}

/** Model weights and lexicon in memory. */
export interface NerModelData {
  bits: number;
  /** int16 rows of ROW_STRIDE weights, slot 0 all zeros */
  weights: Int16Array;
  /** hashed row → slot in `weights` (0 = the empty row) */
  slotOf: Uint32Array;
  lexicon: Lexicon | null;
  /** the gazetteer: the hand-written one (`sharedGazetteer`) when absent */
  gazetteer?: Gazetteer;
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
  const clusters = clusterTable(m.clusterWords, m.clusterIds);
  const coarse = new Uint16Array(fromBase64(m.coarse).buffer);
  const capWords = m.capWords.split('\n');
  const bins = fromBase64(m.capBins);
  const capBins = new Map<string, number>();
  for (let i = 0; i < capWords.length; i++) capBins.set(capWords[i]!, bins[i]!);
  const gazWords = m.gazWords === '' ? [] : m.gazWords.split('\n');
  const gazetteer = extendGazetteer(sharedGazetteer(), gazWords, fromBase64(m.gazTypes));
  return { bits: m.bits, weights, slotOf, lexicon: { clusters, coarse, capBins }, gazetteer };
}

const PLACE_BITS = (1 << GazType.Country) | (1 << GazType.City) | (1 << GazType.Region);
const NATIONALITY_BIT = 1 << GazType.Nationality;
const isPlace = (a: SentenceAtoms, i: number): boolean => {
  const g = a.ent[i]!.gaz;
  return g > 0 && (g & PLACE_BITS) !== 0 && (g & NATIONALITY_BIT) === 0;
};

/**
 * A MISC span of two places joined by a hyphen ("Russia - Ukraine", as our tokenizer splits
 * "Russia-Ukraine") is two places. The model learned hyphenated compounds as MISC from the
 * far more frequent "Anglo-Dutch", "German-Israeli"; CoNLL-2003 has 3 place pairs, 2 of
 * them LOC ("Croatia-Yugoslavia"), and none in dev.
 */
export function splitPlacePairs(a: SentenceAtoms, spans: NerSpan[]): NerSpan[] {
  for (let k = 0; k < spans.length; k++) {
    const sp = spans[k]!;
    if (sp.type !== 'MISC' || sp.end - sp.start !== 3 || a.lower[sp.start + 1] !== '-') continue;
    if (!isPlace(a, sp.start) || !isPlace(a, sp.start + 2)) continue;
    spans.splice(k, 1, { start: sp.start, end: sp.start + 1, type: 'LOC' }, { start: sp.start + 2, end: sp.end, type: 'LOC' });
    k++;
  }
  return spans;
}

/** Options of `createNerModel`. */
export interface NerModelOptions {
  /**
   * Label O, unscored, the tokens that cannot start a name (`gated` in features.ts). A
   * run-time rule: the weights are trained without it, and it adds ~0.1 F1 on dev while
   * making tagging ~2.5× faster. Default true; false is for ablations.
   */
  gate?: boolean;
}

/** Build a model from weights in memory (the loader and the training script use this). */
export function createNerModel(data: NerModelData, options: NerModelOptions = {}): NerModel {
  const mask = (1 << data.bits) - 1;
  const gate = options.gate ?? true;
  const gaz = data.gazetteer ?? sharedGazetteer();
  const cache: WordCache = new Map();
  let byId = wordIdCache();
  // the typed arrays of a document's atoms: read only while it is tagged
  const arena = atomArena();
  const scratch = decodeScratch();
  let aggBuf = new Int32Array(256 * AGG_SLOTS);

  // the labels of a document's tokens, sentence by sentence (views: one buffer, not one per sentence)
  let labelBuf = new Uint8Array(4096);

  const tagAtoms = (atoms: readonly SentenceAtoms[]): NerSpan[][] => {
    const info = docInfo(atoms);
    let tokens = 0;
    for (const a of atoms) tokens += a.n;
    if (labelBuf.length < tokens) labelBuf = new Uint8Array(2 * tokens);
    const labels: Uint8Array[] = [];
    for (let si = 0, at = 0; si < atoms.length; at += atoms[si]!.n, si++) labels.push(labelBuf.subarray(at, at + atoms[si]!.n));
    const order = decodeOrder(atoms);
    // pass 1: with the history of earlier readings
    let history = new DocHistory();
    for (const si of order) {
      const a = atoms[si]!;
      if (a.n > 0) decodeTokens(a, info, null, data.weights, data.slotOf, mask, history, labels[si]!, gate, scratch);
    }
    // pass 2: the same model, also told the first pass's readings of each word elsewhere in
    // the document (aggregateFeatures), for the sentences where those readings disagree with
    // the first pass; the other sentences keep their labels
    const counts = aggregateCounts(atoms, labels);
    history = new DocHistory();
    for (const si of order) {
      const a = atoms[si]!;
      if (a.n === 0) continue;
      if (aggBuf.length < a.n * AGG_SLOTS) aggBuf = new Int32Array((a.n + 64) * AGG_SLOTS);
      if (!aggregateFeatures(a, labels[si]!, counts, aggBuf, mask, AGG_SLOTS, 0)) {
        addToHistory(a, labels[si]!, history);
        continue;
      }
      decodeTokens(a, info, aggBuf, data.weights, data.slotOf, mask, history, labels[si]!, gate, scratch);
    }
    return labels.map((y, si) => splitPlacePairs(atoms[si]!, spansFromLabels(y, atoms[si]!.n)));
  };

  return {
    rows: 1 << data.bits,
    tag(words) {
      arena.used = 0;
      return tagAtoms([sentenceAtoms(words, data.lexicon, gaz, cache, null, null, arena)])[0]!;
    },
    tagDocument(sentences, ids) {
      arena.used = 0;
      if (!ids) return tagAtoms(sentences.map((s) => sentenceAtoms(s, data.lexicon, gaz, cache, null, null, arena)));
      if (ids.generation !== byId.generation) {
        byId = wordIdCache();
        byId.generation = ids.generation;
      }
      const atoms: SentenceAtoms[] = [];
      for (let si = 0; si < sentences.length; si++) atoms.push(sentenceAtoms(sentences[si]!, data.lexicon, gaz, cache, ids.words[si] ?? null, byId, arena));
      return tagAtoms(atoms);
    },
  };
}
