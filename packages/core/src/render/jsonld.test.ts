import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../pipeline/analyze.js';
import { spanOf } from '../testing/index.js';
import type { Analysis, Claim, Claimant, Entity } from '../types/analysis.js';
import type { ClaimId, EntityId } from '../types/ids.js';
import { toJsonLd, type JsonLdClaim, type JsonLdOptions } from './jsonld.js';

const SEED = readFileSync(new URL('../../../../examples/articles/putin-istanbul-talks.txt', import.meta.url), 'utf8');

const TEXT = 'Tax Rise Looms\n\nBy Ana Ruiz\n\nMayor Jane Doe said taxes rose 5% in 2024. Critics say it will hurt. Acme Corp agreed.';

function entity(id: string, type: Entity['type'], name: string): Entity {
  return { id: id as EntityId, type, name, aliases: [], titles: [], mentions: [], salience: 0.5 };
}

function claim(id: string, needle: string, claimant: Claimant, checkworthiness = 0.5, entities: string[] = []): Claim {
  return {
    ...spanOf(TEXT, needle),
    id: id as ClaimId,
    kind: 'factual',
    claimant,
    attribution: null,
    modality: { hedged: needle.includes('will'), negated: false, conditional: false },
    checkworthiness,
    entities: entities as EntityId[],
    times: [],
    evidence: ['a number'],
  };
}

function fixture(byline: boolean): Analysis {
  return {
    schemaVersion: '1',
    article: {
      id: 'tax/1',
      text: TEXT,
      title: spanOf(TEXT, 'Tax Rise Looms'),
      byline: byline ? spanOf(TEXT, 'By Ana Ruiz') : null,
      dateline: null,
      publishedAt: '2025-01-02',
      paragraphs: [],
      sentences: [],
    },
    mentions: [],
    entities: [
      { ...entity('e1', 'PERSON', 'Jane Doe'), aliases: ['Doe'], titles: [spanOf(TEXT, 'Mayor')] },
      entity('e2', 'ORG', 'Acme Corp'),
      entity('e3', 'LOC', 'Springfield'),
      entity('e4', 'NORP', 'Spanish'),
    ],
    attributions: [],
    claims: [
      claim('c1', 'taxes rose 5% in 2024', { kind: 'entity', entity: 'e1' as EntityId }, 0.9, ['e1']),
      claim('c2', 'it will hurt', { kind: 'vague', text: 'Critics' }, 0.3),
      claim('c3', 'Tax Rise Looms', { kind: 'author' }, 0.4),
      claim('c4', 'Acme Corp agreed', { kind: 'entity', entity: 'e2' as EntityId }, 0.6, ['e2', 'e9']),
    ],
    times: [],
    signals: { loaded: [], vagueSources: [], hedges: [], summary: { attributedClaimShare: 0, namedSourceShare: 0, voices: [] } },
    messages: [],
  };
}

const claimsOf = (doc: ReturnType<typeof toJsonLd>): JsonLdClaim[] => doc['@graph'].slice(1) as JsonLdClaim[];

describe('toJsonLd', () => {
  it('describes the article as a NewsArticle that mentions its people, organisations and places', () => {
    const [article] = toJsonLd(fixture(true))['@graph'];
    expect(article).toEqual({
      '@type': 'NewsArticle',
      '@id': 'urn:presslens:article:tax%2F1',
      identifier: 'tax/1',
      headline: 'Tax Rise Looms',
      datePublished: '2025-01-02',
      author: { '@type': 'Person', name: 'Ana Ruiz' },
      articleBody: TEXT,
      mentions: [
        { '@type': 'Person', '@id': 'urn:presslens:article:tax%2F1#e1', name: 'Jane Doe', alternateName: ['Doe'], jobTitle: 'Mayor' },
        { '@type': 'Organization', '@id': 'urn:presslens:article:tax%2F1#e2', name: 'Acme Corp' },
        { '@type': 'Place', '@id': 'urn:presslens:article:tax%2F1#e3', name: 'Springfield' },
        { '@type': 'Thing', '@id': 'urn:presslens:article:tax%2F1#e4', name: 'Spanish', description: 'nationality, religious or political group' },
      ],
    });
  });

  it.each([
    { case: 'an entity claimant (Person)', id: 'c1', byline: true, options: {}, author: { '@type': 'Person', '@id': 'urn:presslens:article:tax%2F1#e1', name: 'Jane Doe' } },
    { case: 'an entity claimant (Organization)', id: 'c4', byline: true, options: {}, author: { '@type': 'Organization', '@id': 'urn:presslens:article:tax%2F1#e2', name: 'Acme Corp' } },
    { case: 'a vague claimant', id: 'c2', byline: true, options: {}, author: { '@type': 'Person', name: 'Critics', description: expect.stringContaining('vague') } },
    { case: 'the article itself, with a byline', id: 'c3', byline: true, options: {}, author: { '@type': 'Person', name: 'Ana Ruiz' } },
    { case: 'the article itself, with a publisher only', id: 'c3', byline: false, options: { publisher: 'Daily Bugle' }, author: { '@type': 'Organization', name: 'Daily Bugle' } },
    { case: 'the article itself, author unknown', id: 'c3', byline: false, options: {}, author: undefined },
  ])('gives the claim author for $case', ({ id, byline, options, author }) => {
    const found = claimsOf(toJsonLd(fixture(byline), options as JsonLdOptions)).find((c) => c.identifier === id);
    expect(found?.author).toEqual(author);
  });

  it('makes one Claim per claim, appearing in the article, with its date, subjects and check-worthiness', () => {
    const claims = claimsOf(toJsonLd(fixture(true)));
    expect(claims.map((c) => c.identifier)).toEqual(['c1', 'c2', 'c3', 'c4']);
    expect(claims[0]).toMatchObject({
      '@type': 'Claim',
      '@id': 'urn:presslens:article:tax%2F1#c1',
      text: 'taxes rose 5% in 2024',
      appearance: { '@type': 'NewsArticle', '@id': 'urn:presslens:article:tax%2F1', headline: 'Tax Rise Looms' },
      datePublished: '2025-01-02',
      about: [{ '@id': 'urn:presslens:article:tax%2F1#e1' }],
      description: 'factual claim; check-worthiness 0.90; a number',
    });
    expect(claims[1]!.description).toBe('factual claim (hedged); check-worthiness 0.30; a number');
    // a reference to an entity that is not in the result is left out
    expect(claims[3]!.about).toEqual([{ '@id': 'urn:presslens:article:tax%2F1#e2' }]);
  });

  it.each([
    { options: { url: 'https://news.example/tax' }, check: (d: ReturnType<typeof toJsonLd>) => [d['@graph'][0]['@id'], d['@graph'][0].url, claimsOf(d)[0]!.appearance.url], want: ['https://news.example/tax', 'https://news.example/tax', 'https://news.example/tax'] },
    { options: { articleBody: false }, check: (d: ReturnType<typeof toJsonLd>) => ['articleBody' in d['@graph'][0]], want: [false] },
    { options: { minCheckworthiness: 0.5 }, check: (d: ReturnType<typeof toJsonLd>) => claimsOf(d).map((c) => c.identifier), want: ['c1', 'c4'] },
  ])('options $options', ({ options, check, want }) => {
    expect(check(toJsonLd(fixture(true), options))).toEqual(want);
  });

  it('on the seed article: the six people as Persons, Kremlin as an Organization, Istanbul as a Place, and claims by Trump', async () => {
    const analysis = await analyze({ id: 'seed', text: SEED, publishedAt: '2025-05-15' });
    const doc = toJsonLd(analysis);
    const [article] = doc['@graph'];
    expect(article.headline).toBe('Putin Pulls Shock Move on Trump-Backed Peace Talks');
    expect(article.datePublished).toBe('2025-05-15');
    const names = (type: string) => article.mentions.filter((m) => m['@type'] === type).map((m) => m.name);
    expect(names('Person')).toEqual(expect.arrayContaining(['Donald Trump', 'Vladimir Putin', 'Volodymyr Zelensky', 'Vladimir Medinsky', 'Marco Rubio', 'Andriy Yermak']));
    expect(names('Organization')).toContain('Kremlin');
    expect(names('Place')).toContain('Istanbul');
    expect(claimsOf(doc)).toHaveLength(analysis.claims.length);
    expect(claimsOf(doc).some((c) => c.author?.name === 'Donald Trump')).toBe(true);
    // plain data: survives JSON unchanged
    expect(JSON.parse(JSON.stringify(doc))).toEqual(doc);
  });

  it('carries hostile text as data, exactly', async () => {
    const text = 'Breaking </script><script>alert(1)</script> "news" & more.\n\nOfficials said <img src=x onerror=alert(1)> nothing.';
    const doc = toJsonLd(await analyze({ id: '<id>', text }));
    expect(doc['@graph'][0].articleBody).toBe(text);
    expect(doc['@graph'][0]['@id']).toBe('urn:presslens:article:%3Cid%3E');
  });
});
