import { readFileSync } from 'node:fs';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { createPipeline, defaultExtractors, defineExtractor, findSpanProblems, isPresslensError, segmentation, spanOf, type EntityId, type Mention, type Signals } from '@presslens/core';
import { watchlist, type WatchlistHit } from './watchlist.js';

const seed = readFileSync(new URL('../articles/putin-istanbul-talks.txt', import.meta.url), 'utf8');
const analyzeSeed = (extractors = [...defaultExtractors(), watchlist(['Kremlin', 'White House'])]) =>
  createPipeline(extractors).analyze({ id: 'seed', text: seed, publishedAt: '2025-05-15' });

describe('watchlist: a new typed layer', () => {
  it('finds the watched names in the seed, with exact spans', async () => {
    const analysis = await analyzeSeed();
    const named = analysis.extensions?.watchlist?.filter((h) => h.via === 'name') ?? [];
    expect(named.map(({ start, end, text, name }) => ({ start, end, text, name }))).toEqual([
      { ...spanOf(seed, 'Kremlin', 0), name: 'Kremlin' }, // "the Kremlin announced Putin would not attend"
      { ...spanOf(seed, 'Kremlin', 1), name: 'Kremlin' }, // "The sudden Kremlin pivot"
      { ...spanOf(seed, 'White House'), name: 'White House' },
    ]);
    expect(findSpanProblems(analysis)).toEqual([]);
  });

  it('links each hit to the mention and entity the pipeline found there, consistently', async () => {
    const analysis = await analyzeSeed();
    const hits = analysis.extensions?.watchlist ?? [];
    const mentions = new Map(analysis.mentions.map((m) => [m.id, m]));
    for (const hit of hits) {
      expect(seed.slice(hit.start, hit.end)).toBe(hit.text);
      if (hit.mention) {
        const m = mentions.get(hit.mention);
        expect(m, hit.mention).toBeDefined();
        expect(m!.start <= hit.start && hit.end <= m!.end).toBe(true);
        expect(hit.entity).toBe(m!.entity);
      }
      if (hit.via === 'coreference') expect(hit.entity).not.toBeNull();
    }
  });

  it('tags the other mentions of a watched entity via coreference', async () => {
    const text = 'The Kremlin said it would not attend. Kremlin aides agreed, and Moscow stayed silent.';
    // stand-ins for the built-in mentions and entities, so the test does not depend on their models
    const mentions = defineExtractor({
      name: 'mentions',
      needs: ['segments'],
      provides: ['mentions'],
      run(ctx) {
        const entity = 'e1' as EntityId;
        const at = (needle: string, nth: number, form: Mention['form']): Mention => ({ ...spanOf(text, needle, nth), id: ctx.mint('mention'), type: 'ORG', form, entity });
        ctx.set('mentions', [at('Kremlin', 0, 'name'), at('it', 0, 'pronoun'), at('Kremlin', 1, 'name'), { ...at('Moscow', 0, 'name'), entity: null, type: 'LOC' }]);
      },
    });
    const entities = defineExtractor({
      name: 'entities',
      needs: ['mentions'],
      provides: ['entities'],
      run(ctx) {
        const own = ctx.get('mentions').filter((m) => m.entity === 'e1');
        ctx.set('entities', [{ id: 'e1' as EntityId, type: 'ORG', name: 'Kremlin', aliases: [], titles: [], mentions: own.map((m) => m.id), salience: 1 }]);
      },
    });
    const analysis = await createPipeline([segmentation(), mentions, entities, watchlist(['Kremlin'])]).analyze(text);
    expect(analysis.extensions?.watchlist).toEqual([
      { ...spanOf(text, 'Kremlin', 0), name: 'Kremlin', via: 'name', mention: 'm1', entity: 'e1' },
      { ...spanOf(text, 'it', 0), name: 'Kremlin', via: 'coreference', mention: 'm2', entity: 'e1' },
      { ...spanOf(text, 'Kremlin', 1), name: 'Kremlin', via: 'name', mention: 'm3', entity: 'e1' },
    ]);
  });

  it.each([
    { case: 'whole words only', text: 'NATOS and SNATO are not NATO.', names: ['NATO'], found: ['NATO'], options: {} },
    { case: 'the longest name wins', text: 'The White House Office said so.', names: ['White House', 'White House Office'], found: ['White House Office'], options: {} },
    { case: 'possessives still match', text: 'NATO’s summit and the Kremlin’s reply.', names: ['NATO', 'Kremlin'], found: ['NATO', 'Kremlin'], options: {} },
    { case: 'case matters by default', text: 'nato met NATO.', names: ['NATO'], found: ['NATO'], options: {} },
    { case: 'ignoreCase', text: 'nato met NATO.', names: ['NATO'], found: ['nato', 'NATO'], options: { ignoreCase: true } },
    { case: 'regex characters are literal', text: 'U.S. and USA and U$S.', names: ['U.S.', 'U$S'], found: ['U.S.', 'U$S'], options: {} },
  ])('$case', async ({ text, names, found, options }) => {
    const analysis = await createPipeline([...defaultExtractors(), watchlist(names, options)]).analyze(text);
    expect(analysis.extensions?.watchlist?.filter((h) => h.via === 'name').map((h) => h.text)).toEqual(found);
  });

  it('an empty watchlist is a usage error', () => {
    let caught: unknown;
    try {
      watchlist([' ', '']);
    } catch (error) {
      caught = error;
    }
    expect(isPresslensError(caught) && caught.code).toBe('INVALID_EXTRACTOR');
  });

  it('its type reaches the result', async () => {
    const analysis = await analyzeSeed();
    expectTypeOf(analysis.extensions?.watchlist).toEqualTypeOf<WatchlistHit[] | undefined>();
    expectTypeOf<WatchlistHit['via']>().toEqualTypeOf<'name' | 'coreference'>();
    // and a wrong layer value does not compile
    defineExtractor({
      name: 'typed',
      needs: [],
      provides: ['watchlist'],
      run(ctx) {
        // @ts-expect-error — the watchlist layer holds WatchlistHit[], not strings
        ctx.set('watchlist', ['Kremlin']);
      },
    });
  });
});

describe('replacing a built-in', () => {
  it('replaces: "signals" runs in place of the built-in signals extractor', async () => {
    /** Flags only the words of a newsroom's own list, instead of the built-in lexicon. */
    const houseStyleSignals = (words: readonly string[]) =>
      defineExtractor({
        name: 'house-style-signals',
        replaces: 'signals',
        needs: ['segments'],
        provides: ['signals'],
        run(ctx) {
          const loaded: Signals['loaded'] = [];
          for (const word of words) {
            for (let at = ctx.text.indexOf(word); at >= 0; at = ctx.text.indexOf(word, at + word.length)) {
              loaded.push({ ...ctx.span(at, at + word.length), reason: 'emotive' });
            }
          }
          loaded.sort((a, b) => a.start - b.start);
          ctx.set('signals', { loaded, vagueSources: [], hedges: [], summary: { attributedClaimShare: 0, namedSourceShare: 0, voices: [] } });
        },
      });
    const pipeline = createPipeline([...defaultExtractors(), houseStyleSignals(['Shock', 'relentless'])]);
    expect(pipeline.plan).toContain('house-style-signals');
    expect(pipeline.plan).not.toContain('signals');
    const analysis = await pipeline.analyze({ text: seed, publishedAt: '2025-05-15' });
    expect(analysis.signals.loaded).toEqual([
      { ...spanOf(seed, 'Shock'), reason: 'emotive' },
      { ...spanOf(seed, 'relentless'), reason: 'emotive' },
    ]);
  });
});

describe('an extractor that throws', () => {
  it('becomes an error message, and the rest of the pipeline still runs', async () => {
    const broken = defineExtractor({
      name: 'broken',
      needs: ['mentions'],
      provides: [],
      run() {
        throw new Error('lexicon file is corrupt');
      },
    });
    const analysis = await analyzeSeed([segmentation(), broken, ...defaultExtractors().slice(1), watchlist(['Kremlin'])]);
    expect(analysis.messages).toContainEqual(
      expect.objectContaining({ severity: 'error', rule: 'extractor-failed', producer: 'broken', text: expect.stringContaining('lexicon file is corrupt') }),
    );
    expect(analysis.article.sentences.length).toBeGreaterThan(10);
    expect(analysis.extensions?.watchlist?.map((h) => h.text)).toContain('Kremlin');
  });

  it('a failing watchlist leaves the built-in layers intact', async () => {
    const failing = { ...watchlist(['Kremlin']), run: () => Promise.reject(new Error('boom')) };
    const analysis = await analyzeSeed([...defaultExtractors(), failing]);
    expect(analysis.extensions?.watchlist).toBeUndefined();
    expect(analysis.article.paragraphs.length).toBeGreaterThan(5);
    expect(analysis.messages).toContainEqual(expect.objectContaining({ severity: 'error', rule: 'extractor-failed', producer: 'watchlist' }));
    expect(analysis.messages.filter((m) => m.severity === 'error')).toHaveLength(1);
  });
});
