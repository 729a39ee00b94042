import { describe, expect, it } from 'vitest';
import { AGG_BASE, AGG_SLOTS, STATIC_SLOTS, sentenceAtoms, staticFeatures } from './features.js';
import { DocHistory, aggregateCounts, aggregateFeatures } from './decode.js';
import { sharedGazetteer } from './NerModel.js';
import { labelOf } from './labels.js';

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
