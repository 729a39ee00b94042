import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { analysisSchema, analyze, findSpanProblems, type Analysis } from '../src/index.js';

const seed = readFileSync(new URL('../../../examples/articles/putin-istanbul-talks.txt', import.meta.url), 'utf8');
const validate = new Ajv({ allErrors: true, strict: false }).compile(analysisSchema);

describe('the JSON Schema of the output contract', () => {
  it('accepts real output for the seed article, with and without a publication date', async () => {
    for (const input of [seed, { id: 'seed', text: seed, publishedAt: '2025-05-15' }]) {
      const result = await analyze(input);
      expect(validate(JSON.parse(JSON.stringify(result))), JSON.stringify(validate.errors)).toBe(true);
      expect(findSpanProblems(result)).toEqual([]);
    }
  });

  it('accepts the failure line of a batch', () => {
    expect(validate({ schemaVersion: '1', article: { id: 'x' }, error: { code: 'INVALID_INPUT', message: 'no text' } })).toBe(true);
  });

  it.each([
    { case: 'a wrong schema version', edit: (a: Analysis) => Object.assign(a, { schemaVersion: '2' }) },
    { case: 'a negative offset', edit: (a: Analysis) => Object.assign(a.article, { paragraphs: [{ start: -1, end: 2, text: 'x' }] }) },
    { case: 'an unknown mention type', edit: (a: Analysis) => a.mentions.push({ ...(a.mentions[0] ?? { id: 'm1' as never, start: 0, end: 1, text: 'P', form: 'name' as const, entity: null }), type: 'THING' as never }) },
    { case: 'a missing layer', edit: (a: Analysis) => delete (a as Partial<Analysis>).claims },
    { case: 'a check-worthiness over 1', edit: (a: Analysis) => a.claims.push({ ...a.claims[0]!, checkworthiness: 1.5 }) },
  ])('rejects $case', async ({ edit }) => {
    const result = structuredClone(await analyze({ text: seed, publishedAt: '2025-05-15' }));
    if (result.claims.length === 0) result.claims.push({ id: 'c1' as never, start: 0, end: 1, text: 'P', kind: 'factual', claimant: { kind: 'author' }, attribution: null, modality: { hedged: false, negated: false, conditional: false }, checkworthiness: 0.5, entities: [], times: [], evidence: [] });
    edit(result);
    expect(validate(result)).toBe(false);
  });
});
