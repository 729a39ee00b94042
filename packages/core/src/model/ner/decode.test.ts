import { describe, expect, it } from 'vitest';
import { AGG_BASE, AGG_SLOTS, STATIC_SLOTS, docInfo, gated, sentenceAtoms, staticFeatures, type WordCache } from './features.js';
import { DocHistory, ROW_STRIDE, aggregateCounts, aggregateFeatures, decodeScratch, decodeSentence, decodeTokens } from './decode.js';
import { sharedGazetteer } from './NerModel.js';
import { BOS_LABEL, labelOf } from './labels.js';

const PER = 0;
const LOC = 2;
const O = 0;
const B = 0;
const L = 2;
const U = 3;
const MASK = (1 << 19) - 1;

/** Sentences as words with first-pass labels (`null` = O). */
function doc(sentences: [string, number | null][][]) {
  const gaz = sharedGazetteer();
  const atoms = sentences.map((s) => sentenceAtoms(s.map(([w]) => w), null, gaz));
  const labels = sentences.map((s) => Uint8Array.from(s.map(([, y]) => y ?? O)));
  const rows = atoms.map((a) => {
    const r = new Int32Array(a.n * STATIC_SLOTS);
    staticFeatures(a, null, MASK, r);
    return r;
  });
  return { atoms, labels, rows };
}

describe('aggregateFeatures (second, document-level pass)', () => {
  it('leaves the aggregate slots empty in the first pass', () => {
    const d = doc([[['Washington', labelOf(LOC, U)]]]);
    for (let k = 0; k < AGG_SLOTS; k++) expect(d.rows[0]![AGG_BASE + k]).toBe(-1);
  });

  it.each([
    {
      name: 'a surname read as LOC here, as the end of a PER name elsewhere: decode again',
      sentences: [
        [['MaliVai', labelOf(PER, B)], ['Washington', labelOf(PER, L)], ['won', null]],
        [['Washington', labelOf(LOC, U)], ['lost', null]],
      ] as [string, number | null][][],
      at: 1,
      disagree: true,
    },
    {
      name: 'the same reading everywhere: the first pass stands',
      sentences: [
        [['Putin', labelOf(PER, U)], ['spoke', null]],
        [['Putin', labelOf(PER, U)], ['left', null]],
      ] as [string, number | null][][],
      at: 1,
      disagree: false,
    },
    {
      name: 'a word seen once: its own reading is left out, nothing to disagree with',
      sentences: [[['Istanbul', labelOf(LOC, U)], ['hosted', null]]] as [string, number | null][][],
      at: 0,
      disagree: false,
    },
  ])('$name', ({ sentences, at, disagree }) => {
    const d = doc(sentences);
    const counts = aggregateCounts(d.atoms, d.labels);
    expect(aggregateFeatures(d.atoms[at]!, d.labels[at]!, counts, d.rows[at]!, MASK)).toBe(disagree);
    for (let k = 0; k < AGG_SLOTS; k++) expect(d.rows[at]![AGG_BASE + k]).toBeGreaterThanOrEqual(0);
  });

  it('gives a different feature to a word the rest of the document reads otherwise', () => {
    const same = doc([[['Washington', labelOf(LOC, U)]], [['Washington', labelOf(LOC, U)]]]);
    const other = doc([[['Washington', labelOf(PER, U)]], [['Washington', labelOf(LOC, U)]]]);
    aggregateFeatures(same.atoms[1]!, same.labels[1]!, aggregateCounts(same.atoms, same.labels), same.rows[1]!, MASK);
    aggregateFeatures(other.atoms[1]!, other.labels[1]!, aggregateCounts(other.atoms, other.labels), other.rows[1]!, MASK);
    expect(other.rows[1]![AGG_BASE]).not.toBe(same.rows[1]![AGG_BASE]);
  });

  it('DocHistory reports the type given most often', () => {
    const h = new DocHistory();
    h.add(7, PER);
    h.add(7, LOC);
    h.add(7, LOC);
    expect(h.get(7)).toBe(LOC + 1);
    expect(h.get(8)).toBe(0);
  });
});

/** Seeded pseudo-random int16 weights over 2^bits rows, every row present (slot = row + 1). */
function randomWeights(bits: number, seed: number, bias: (row: number, label: number) => number = () => 0) {
  const rows = 1 << bits;
  const weights = new Int16Array((rows + 1) * ROW_STRIDE);
  let x = seed >>> 0;
  for (let i = ROW_STRIDE; i < weights.length; i++) {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    weights[i] = ((x >>> 16) % 61) - 30 + bias((i / ROW_STRIDE - 1) | 0, (i % ROW_STRIDE) + 1);
  }
  const slotOf = new Uint32Array(rows);
  for (let r = 0; r < rows; r++) slotOf[r] = r + 1;
  return { weights, slotOf, mask: rows - 1 };
}

describe('decodeTokens (the run-time decoder)', () => {
  const text = [
    ['Russian', 'President', 'Vladimir', 'Putin', 'met', 'officials', 'in', 'New', 'York', '.'],
    ['PUTIN', 'SNUBS', 'ZELENSKY'],
    ['Washington', 'beat', 'Washington', 'in', 'Washington', ',', 'Putin', 'said', '.'],
    ['x'],
  ];

  it.each([1, 2, 3])('gives the labels of the row-by-row decoder without the gate, both passes (weights %#)', (seed) => {
    const gaz = sharedGazetteer();
    const { weights, slotOf, mask } = randomWeights(10, seed);
    const cache: WordCache = new Map();
    const atoms = text.map((ws) => sentenceAtoms(ws, null, gaz, cache));
    const info = docInfo(atoms);
    const scratch = decodeScratch();
    const rowsOf = atoms.map((a) => {
      const r = new Int32Array(a.n * STATIC_SLOTS);
      staticFeatures(a, info, mask, r);
      return r;
    });
    // pass 1
    const h1 = new DocHistory();
    const h2 = new DocHistory();
    const first = atoms.map((a, s) => {
      const byRows = new Uint8Array(a.n);
      const byTokens = new Uint8Array(a.n);
      decodeSentence(a, rowsOf[s]!, weights, slotOf, mask, h1, byRows);
      decodeTokens(a, info, null, weights, slotOf, mask, h2, byTokens, false, scratch);
      expect(Array.from(byTokens)).toEqual(Array.from(byRows));
      return byRows;
    });
    // pass 2, with the aggregate rows
    const counts = aggregateCounts(atoms, first);
    atoms.forEach((a, s) => {
      const agg = new Int32Array(a.n * AGG_SLOTS);
      aggregateFeatures(a, first[s]!, counts, rowsOf[s]!, mask);
      aggregateFeatures(a, first[s]!, counts, agg, mask, AGG_SLOTS, 0);
      const byRows = new Uint8Array(a.n);
      const byTokens = new Uint8Array(a.n);
      decodeSentence(a, rowsOf[s]!, weights, slotOf, mask, null, byRows);
      decodeTokens(a, info, agg, weights, slotOf, mask, null, byTokens, false, scratch);
      expect(Array.from(byTokens)).toEqual(Array.from(byRows));
    });
  });

  it('with the gate, labels O the tokens that cannot start a name, even against the weights', () => {
    const gaz = sharedGazetteer();
    // every row pushes U-PER: unscored tokens are the only O ones
    const { weights, slotOf, mask } = randomWeights(10, 7, (_, y) => (y === labelOf(PER, U) ? 200 : 0));
    const ws = ['Officials', 'met', 'in', 'Geneva', 'on', '5', 'May', '.'];
    const a = sentenceAtoms(ws, null, gaz);
    const y = new Uint8Array(a.n);
    decodeTokens(a, docInfo([a]), null, weights, slotOf, mask, null, y, true, decodeScratch());
    expect(Array.from(y).map((l) => l !== O)).toEqual([true, false, false, true, false, false, true, false]);
    const none = new Uint8Array(a.n);
    decodeTokens(a, docInfo([a]), null, weights, slotOf, mask, null, none, false, decodeScratch());
    expect(Array.from(none).every((l) => l !== O)).toBe(true);
  });

  it.each([
    { name: 'a lower-case word after O', ws: ['Talks', 'failed'], i: 1, prev: O, gate: true },
    { name: 'a lower-case word inside a name', ws: ['Bank', 'of', 'England'], i: 1, prev: labelOf(2, B), gate: false },
    { name: 'a capitalised word', ws: ['in', 'Paris'], i: 1, prev: O, gate: false },
    { name: 'a lower-case gazetteer word ("april")', ws: ['In', 'april'], i: 1, prev: O, gate: false },
    { name: 'a word with a capital inside ("al-Aqsa")', ws: ['The', 'al-Aqsa'], i: 1, prev: O, gate: false },
    { name: 'the start of a sentence in lower case only', ws: ['putin', 'spoke'], i: 1, prev: BOS_LABEL, gate: false },
    { name: 'a capitalised function word before a lower-case word ("The talks")', ws: ['The', 'talks', 'failed'], i: 0, prev: BOS_LABEL, gate: true },
    { name: 'a capitalised function word before a capitalised one ("The Hague")', ws: ['The', 'Hague', 'ruled'], i: 0, prev: BOS_LABEL, gate: false },
    { name: 'a capitalised word that is no function word ("Officials said")', ws: ['Officials', 'said'], i: 0, prev: BOS_LABEL, gate: false },
  ])('gates $name: $gate', ({ ws, i, prev, gate }) => {
    expect(gated(sentenceAtoms(ws, null, sharedGazetteer()), i, prev)).toBe(gate);
  });
});
