import { describe, expect, it } from 'vitest';
import { spanOf, type Analysis, type AttributionId, type ClaimId, type EntityId, type MentionId } from '@presslens/node';
import { analyzeArticle, SEED_PATH } from './analyzeArticle.js';
import { summarize } from './summarize.js';

/** The lines of one section of the summary (from its heading to the next blank line). */
function sectionOf(summary: string, heading: string): string {
  const at = summary.indexOf(`\n${heading}`);
  if (at < 0) throw new Error(`no section "${heading}" in:\n${summary}`);
  const end = summary.indexOf('\n\n', at + 1);
  return summary.slice(at + 1, end < 0 ? summary.length : end);
}

describe('summarize (a hand-made analysis)', () => {
  const text = 'Minister Ana Ruiz said the deal was “a fair outcome”. Critics called it a disaster. The port employs 400 people.';
  const e1 = 'e1' as EntityId;
  const analysis: Analysis = {
    schemaVersion: '1',
    article: { id: 'tiny', text, title: null, byline: null, dateline: null, publishedAt: '2024-03-05', paragraphs: [spanOf(text, text)], sentences: [] },
    mentions: [{ ...spanOf(text, 'Ana Ruiz'), id: 'm1' as MentionId, type: 'PERSON', form: 'name', entity: e1 }],
    entities: [{ id: e1, type: 'PERSON', name: 'Ana Ruiz', aliases: [], titles: [spanOf(text, 'Minister')], mentions: ['m1' as MentionId], salience: 0.9 }],
    attributions: [
      {
        id: 'a1' as AttributionId,
        quoted: 'partial',
        source: { ...spanOf(text, 'Ana Ruiz'), entity: e1, kind: 'named' },
        cue: spanOf(text, 'said'),
        content: spanOf(text, 'the deal was “a fair outcome”'),
        confidence: 0.9,
        rule: 'test',
      },
      { id: 'a2' as AttributionId, quoted: 'none', source: { ...spanOf(text, 'Critics'), entity: null, kind: 'vague' }, cue: spanOf(text, 'called'), content: spanOf(text, 'it a disaster'), confidence: 0.7, rule: 'test' },
    ],
    claims: [
      { ...spanOf(text, 'The port employs 400 people'), id: 'c1' as ClaimId, kind: 'factual', claimant: { kind: 'author' }, attribution: null, modality: { hedged: false, negated: false, conditional: false }, checkworthiness: 0.8, entities: [], times: [], evidence: [] },
      { ...spanOf(text, 'it a disaster'), id: 'c2' as ClaimId, kind: 'opinion', claimant: { kind: 'vague', text: 'Critics' }, attribution: 'a2' as AttributionId, modality: { hedged: false, negated: false, conditional: false }, checkworthiness: 0.3, entities: [], times: [], evidence: [] },
    ],
    times: [],
    signals: { loaded: [{ ...spanOf(text, 'disaster'), reason: 'exaggeration' }], vagueSources: [spanOf(text, 'Critics')], hedges: [], summary: { attributedClaimShare: 0.5, namedSourceShare: 0.5, voices: [] } },
    messages: [],
  };
  const summary = summarize(analysis);

  it.each([
    { heading: 'People and organisations', line: 'Ana Ruiz (person) — 1 mention — Minister' },
    { heading: 'Who said what', line: 'Ana Ruiz → said → “the deal was “a fair outcome””' },
    { heading: 'Who said what', line: 'Critics (vague) → called → it a disaster' },
    { heading: 'Claims most worth checking', line: '0.80  factual    The port employs 400 people — the author' },
    { heading: 'Claims most worth checking', line: '0.30  opinion    it a disaster — Critics (vague)' },
    { heading: 'Vague sources', line: 'Critics' },
    { heading: 'Loaded words', line: 'disaster (exaggeration)' },
  ])('$heading lists "$line"', ({ heading, line }) => {
    expect(sectionOf(summary, heading)).toContain(`  ${line}`);
  });

  it('orders claims by check-worthiness and says when a section is empty', () => {
    const claims = sectionOf(summary, 'Claims most worth checking');
    expect(claims.indexOf('0.80')).toBeLessThan(claims.indexOf('0.30'));
    expect(summarize({ ...analysis, attributions: [] })).toContain('Who said what (source → cue → content)\n  (none found)');
  });
});

describe('summarize (the seed article, analysed with @presslens/node)', () => {
  it('names the six people in the article', async () => {
    const summary = summarize(await analyzeArticle(SEED_PATH, '2025-05-15'));
    const people = sectionOf(summary, 'People and organisations');
    for (const name of ['Vladimir Putin', 'Donald Trump', 'Volodymyr Zelensky', 'Marco Rubio', 'Vladimir Medinsky', 'Andriy Yermak']) {
      expect(people, name).toContain(name);
    }
    expect(summary.startsWith('Putin Pulls Shock Move on Trump-Backed Peace Talks (2025-05-15)')).toBe(true);
  });
});
