// The project's first promise: a good analysis of the seed article (the "done when" list of the
// foundation issue), checked through the default pipeline.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze, findSpanProblems, type Analysis, type Entity } from '../src/index.js';

const text = readFileSync(new URL('../../../examples/articles/putin-istanbul-talks.txt', import.meta.url), 'utf8');
let result: Analysis;
beforeAll(async () => {
  result = await analyze({ id: 'seed', text, publishedAt: '2025-05-15' });
});

const entityNamed = (name: string): Entity => {
  const found = result.entities.filter((e) => e.name === name);
  expect(found, `one entity named ${name}`).toHaveLength(1);
  return found[0]!;
};
const entityOf = (surface: string): Entity | undefined => {
  const m = result.mentions.find((x) => x.text === surface && x.form === 'name');
  return result.entities.find((e) => e.id === m?.entity);
};

describe('the seed article', () => {
  it.each([
    { name: 'Vladimir Putin', variants: ['Vladimir Putin', 'Putin'] },
    { name: 'Donald Trump', variants: ['Donald Trump', 'Trump'] },
    { name: 'Volodymyr Zelensky', variants: ['Volodymyr Zelensky', 'Zelensky'] },
    { name: 'Marco Rubio', variants: ['Marco Rubio', 'Rubio'] },
    { name: 'Vladimir Medinsky', variants: ['Vladimir Medinsky'] },
    { name: 'Andriy Yermak', variants: ['Andriy Yermak'] },
  ])('$name is one PERSON entity with every name mention merged', ({ name, variants }) => {
    const entity = entityNamed(name);
    expect(entity.type).toBe('PERSON');
    const nameMentions = result.mentions.filter((m) => variants.includes(m.text) && m.form === 'name');
    expect(nameMentions.length).toBeGreaterThan(0);
    for (const m of nameMentions) expect(m.entity, `${m.text} at ${m.start}`).toBe(entity.id);
    // every occurrence of the surname in the text (possessives included) is a mention of the entity
    const surname = name.split(' ').at(-1)!;
    const occurrences = text.split(surname).length - 1;
    expect(result.mentions.filter((m) => m.entity === entity.id && m.text.endsWith(surname))).toHaveLength(occurrences);
  });

  it.each([
    { surface: 'Russia', type: 'LOC' },
    { surface: 'Ukraine', type: 'LOC' },
    { surface: 'Turkey', type: 'LOC' },
    { surface: 'Istanbul', type: 'LOC' },
    { surface: 'Qatar', type: 'LOC' },
    { surface: 'U.S.', type: 'LOC' },
    { surface: 'America', type: 'LOC' },
    { surface: 'Kremlin', type: 'ORG' },
    { surface: 'White House', type: 'ORG' },
  ])('$surface is found as $type', ({ surface, type }) => {
    expect(entityOf(surface)?.type).toBe(type);
  });

  it('merges U.S. and America into one entity', () => {
    expect(entityOf('U.S.')).toBeDefined();
    expect(entityOf('U.S.')).toBe(entityOf('America'));
  });

  it.each([
    { name: 'Marco Rubio', title: 'Secretary of State' },
    { name: 'Vladimir Putin', title: 'Russian President' },
    { name: 'Volodymyr Zelensky', title: 'Ukrainian President' },
    { name: 'Andriy Yermak', title: 'chief of staff' },
    { name: 'Vladimir Medinsky', title: 'presidential aide' },
  ])('"$title" is attached to $name', ({ name, title }) => {
    expect(entityNamed(name).titles.map((t) => t.text)).toContain(title);
    for (const e of result.entities.filter((x) => x.name !== name)) expect(e.titles.map((t) => t.text)).not.toContain(title);
  });

  it.each([
    { source: 'Donald Trump', cue: 'said', quoted: 'direct', content: 'I know he would like me to be there, and that’s a possibility' },
    { source: 'Andriy Yermak', cue: 'emphasized', quoted: 'partial', content: 'anything that contributes to long and lasting peace' },
    { source: 'Vladimir Putin', cue: 'announced', quoted: 'none', content: 'he will not attend crucial peace talks' },
    { source: 'Kremlin', cue: 'announced', quoted: 'none', content: 'Putin would not attend' },
    { source: 'Donald Trump', cue: 'asserting', quoted: 'none', content: 'direct dialogue remains crucial' },
  ])('$source → $cue → “$content” ($quoted)', ({ source, cue, quoted, content }) => {
    const entity = entityNamed(source);
    const match = result.attributions.find((a) => a.content.text.includes(content));
    expect(match, `an attribution containing “${content}”`).toBeDefined();
    expect(match!.source?.entity).toBe(entity.id);
    expect(match!.cue?.text).toBe(cue);
    expect(match!.quoted).toBe(quoted);
  });

  it('gives no attribution to a source that cannot speak (a place, a passive "was seen as")', () => {
    const places = new Set(result.entities.filter((e) => e.type === 'LOC').map((e) => e.id));
    expect(result.attributions.filter((a) => a.source?.entity && places.has(a.source.entity)).map((a) => `${a.source!.text} ${a.cue?.text}`)).toEqual([]);
    expect(result.attributions.find((a) => a.cue?.text === 'seen')).toBeUndefined();
  });

  it('resolves “Wednesday” against the publication date', () => {
    expect(result.times.find((t) => t.text === 'Wednesday')?.value).toBe('2025-05-14');
    expect(result.times.find((t) => t.text === 'December 2019')?.value).toBe('2019-12');
  });

  it('flags the vague sources and the loaded words', () => {
    const vague = result.signals.vagueSources.map((s) => s.text);
    expect(vague).toContain('observers');
    expect(vague).toContain('Conservative voices');
    const loaded = result.signals.loaded.map((s) => s.text);
    expect(loaded).toContain('Shock');
    expect(loaded).toContain('brutal');
  });

  it('finds the checkable claim and the opinion in the author’s voice', () => {
    const met = result.claims.find((c) => c.text.startsWith('Putin and Zelensky last met in person in December 2019'));
    expect(met).toMatchObject({ kind: 'factual', claimant: { kind: 'author' } });
    expect(met!.checkworthiness).toBeGreaterThanOrEqual(0.7);
    const opinion = result.claims.find((c) => c.text.startsWith('Only through continued strong leadership'));
    expect(opinion).toMatchObject({ kind: 'opinion', claimant: { kind: 'author' } });
    expect(opinion!.checkworthiness).toBeLessThan(met!.checkworthiness);
  });

  it('keeps every span true to the text and every reference resolvable', () => {
    expect(findSpanProblems(result)).toEqual([]);
    expect(result.messages).toEqual([]);
  });
});
