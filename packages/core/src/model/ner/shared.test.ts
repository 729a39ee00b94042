import { describe, expect, it } from 'vitest';
import { tokenize } from '../../text/tokenize.js';
import { loadWordClusters } from '../../extractors/claims/clusters.js';
import { NER_WEIGHTS } from './weights.generated.js';
import { createNerModel, fromWeightsModule } from './NerModel.js';
import { loadNerModel } from './loadNerModel.js';
import { exportNerTables, installNerTables, loadNerLexicon, nerModelDataOf, type NerTables } from './shared.js';

/** Positions where two typed arrays differ (toEqual walks millions of elements far too slowly). */
function differences(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let n = Math.abs(a.length - b.length);
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) n++;
  return n;
}

function words(text: string): string[] {
  const raw = tokenize(text);
  const out: string[] = [];
  for (let i = 0; i < raw.count; i++) out.push(text.slice(raw.start[i]!, raw.end[i]!));
  return out;
}

const DOCUMENT = [
  'Russian President Vladimir Putin met Ukrainian President Volodymyr Zelensky in Istanbul.',
  'The Westbury Trust said on Friday it rejected French plans for farmers.',
  'Shares in Microsoft Corp rose 3 percent in New York on Monday, Reuters reported.',
  'Mr Putin later told the BBC that the Russia-Ukraine talks would go on.',
].map(words);

describe('exportNerTables / installNerTables', () => {
  it.each([{ shared: true }, { shared: false }])('exports the decoded rows (shared: $shared) without their base64 fields', async ({ shared }) => {
    const tables = await exportNerTables({ shared });
    const data = fromWeightsModule(NER_WEIGHTS);
    expect(tables.weights.length).toBeGreaterThan(100_000);
    expect(differences(tables.weights, data.weights)).toBe(0);
    expect(differences(tables.slotOf, data.slotOf)).toBe(0);
    expect(tables.weights.buffer instanceof SharedArrayBuffer).toBe(shared);
    expect(tables.slotOf.buffer instanceof SharedArrayBuffer).toBe(shared);
    expect(Object.keys(tables.lexicon)).not.toContain('values');
    expect(Object.keys(tables.lexicon)).not.toContain('rows');
    expect(tables.lexicon.clusterWords).toBe(NER_WEIGHTS.clusterWords);
  });

  it('a model made from the tables tags as the one made from the module', async () => {
    const fromModule = createNerModel(fromWeightsModule(NER_WEIGHTS));
    const fromTables = createNerModel(nerModelDataOf(await exportNerTables({ shared: true }), fromWeightsModule));
    const expected = fromModule.tagDocument(DOCUMENT);
    expect(expected.flat().length).toBeGreaterThan(8);
    expect(fromTables.tagDocument(DOCUMENT)).toEqual(expected);
  });

  it.each([
    { case: 'too few weights', change: (t: NerTables): NerTables => ({ ...t, weights: t.weights.subarray(16) }) },
    { case: 'a row table of another size', change: (t: NerTables): NerTables => ({ ...t, slotOf: t.slotOf.subarray(1) }) },
    { case: 'another bit count', change: (t: NerTables): NerTables => ({ ...t, lexicon: { ...t.lexicon, bits: t.lexicon.bits + 1 } }) },
  ])('refuses tables that do not fit their lexicon: $case', async ({ change }) => {
    const tables = await exportNerTables();
    expect(() => installNerTables(change(tables))).toThrow(/do not fit/);
  });

  it('the loaders wait for promised tables and use them (the model, the word clusters)', async () => {
    const tables = await exportNerTables({ shared: true });
    let give: (t: NerTables) => void = () => undefined;
    installNerTables(new Promise<NerTables>((resolve) => (give = resolve)));
    const lexicon = loadNerLexicon();
    const model = loadNerModel();
    const clusters = loadWordClusters();
    give(tables);
    expect(await lexicon).toBe(tables.lexicon);
    expect((await model).tagDocument(DOCUMENT)).toEqual(createNerModel(fromWeightsModule(NER_WEIGHTS)).tagDocument(DOCUMENT));
    expect((await clusters).of('Putin', 'putin')).toBeGreaterThanOrEqual(0);
    // exporting in a thread that has tables gives them back, decoded nothing again
    expect(await exportNerTables()).toBe(tables);
  });
});
