import { describe, expect, it } from 'vitest';
import { STATIC_SLOTS, Style, docInfo, normaliseWord, sentenceAtoms, sentenceStyle, shapeOf, staticFeatures } from './features.js';
import { GazType, buildGazetteer, extendGazetteer } from './gazetteer.js';
import { hashString, mix } from './hash.js';
import { labelsFromSpans, spansFromLabels } from './labels.js';

describe('hashing', () => {
  // pinned values: the committed weights depend on these never changing
  it.each([
    { s: '', h: 0x811c9dc5 },
    { s: 'a', h: 0xe40c292c },
    { s: 'Putin', h: 996287889 },
  ])('hashString("$s") is stable', ({ s, h }) => {
    expect(hashString(s)).toBe(h);
  });

  it('mix is pinned and order-sensitive', () => {
    expect(mix(1, 2)).toBe(mix(1, 2));
    expect(mix(1, 2)).not.toBe(mix(2, 1));
    expect(mix(0, 0)).toBe(2287948138);
  });
});

describe('word features', () => {
  it.each([
    { w: 'Putin', shape: 'Xx' },
    { w: 'U.S.', shape: 'X.X.' },
    { w: '1,200', shape: 'd,d' },
    { w: 'McDonald', shape: 'XxXx' },
    { w: 'NATO', shape: 'X' },
  ])('shape of $w is $shape', ({ w, shape }) => {
    expect(shapeOf(w)).toBe(shape);
  });

  it.each([
    { w: 'Zelensky’s', n: "Zelensky's" },
    { w: '“', n: '"' },
    { w: '–', n: '-' },
    { w: '—', n: '--' },
    { w: 'plain', n: 'plain' },
  ])('normalises $w', ({ w, n }) => {
    expect(normaliseWord(w)).toBe(n);
  });

  it.each([
    { ws: ['PUTIN', 'SNUBS', 'TALKS', 'IN', 'ISTANBUL'], style: Style.Caps },
    { ws: ['Putin', 'Pulls', 'Shock', 'Move', 'on', 'Peace', 'Talks'], style: Style.Title },
    { ws: ['Putin', 'will', 'not', 'attend', 'the', 'talks', '.'], style: Style.Normal },
  ])('sentence style of "$ws"', ({ ws, style }) => {
    expect(sentenceStyle(ws)).toBe(style);
  });
});

describe('feature extraction', () => {
  const gaz = buildGazetteer();
  const ws = ['Russian', 'President', 'Vladimir', 'Putin', 'met', 'officials', 'in', 'New', 'York', '.'];

  it('is deterministic', () => {
    const run = (): Int32Array => {
      const a = sentenceAtoms(ws, null, gaz);
      const out = new Int32Array(a.n * STATIC_SLOTS);
      staticFeatures(a, docInfo([a]), (1 << 19) - 1, out);
      return out;
    };
    expect(Array.from(run())).toEqual(Array.from(run()));
  });

  it('marks gazetteer entries, multi-word ones included', () => {
    const a = sentenceAtoms(ws, null, gaz);
    expect(a.GM[0]).not.toBe(0); // Russian: nationality
    expect(a.GM[7]).not.toBe(0); // New York
    expect(a.GM[8]).not.toBe(0);
    expect(a.GM[5]).toBe(0); // officials
  });

  it('marks the entries of an extended gazetteer, and leaves the base gazetteer as it was', () => {
    const more = extendGazetteer(gaz, ['akron', 'cedar rapids'], [GazType.City, GazType.City]);
    const text = ['Akron', 'and', 'Cedar', 'Rapids'];
    const a = sentenceAtoms(text, null, more);
    expect([a.GM[0], a.GM[1], a.GM[2], a.GM[3]]).toEqual([1 << GazType.City, 0, 1 << GazType.City, 1 << GazType.City]);
    expect(sentenceAtoms(text, null, gaz).GM[0]).toBe(0);
    expect(gaz.has('akron')).toBe(false);
  });

  it.each([
    { name: 'one word a token', text: ['Near', 'Cedar', 'Rapids', 'Iowa', 'today'], GM: [0, 1, 1, 1, 0] },
    { name: 'a token holding a space, first', text: ['Near', 'Cedar Rapids', 'Iowa', 'today'], GM: [0, 1, 1, 0] },
    { name: 'a token holding a space, second', text: ['Near', 'Cedar', 'Rapids Iowa', 'today'], GM: [0, 1, 1, 0] },
    { name: 'a prefix that goes nowhere', text: ['Cedar', 'Falls', 'Rapids'], GM: [0, 0, 0] },
  ])('matches multi-word entries word by word: $name', ({ text, GM }) => {
    const more = extendGazetteer(gaz, ['cedar rapids iowa'], [GazType.City]);
    const a = sentenceAtoms(text, null, more);
    expect(Array.from(a.GM, (m) => (m === 0 ? 0 : 1))).toEqual(GM);
  });

  it('keeps the feature rows within the mask', () => {
    const a = sentenceAtoms(ws, null, gaz);
    const out = new Int32Array(a.n * STATIC_SLOTS);
    const mask = (1 << 12) - 1;
    staticFeatures(a, null, mask, out);
    for (const r of out) expect(r === -1 || (r >= 0 && r <= mask)).toBe(true);
  });
});

describe('docInfo company cues', () => {
  const gaz = buildGazetteer();
  it.each([
    { text: 'Pirelli shares fell 3 percent .', cued: ['pirelli'] },
    { text: 'He bought shares in Magna International on Monday .', cued: ['magna', 'international'] },
    { text: 'The board of Pirelli SpA met .', cued: ['pirelli'] },
    { text: 'Analysts at Morgan Stanley said so .', cued: ['morgan', 'stanley'] },
    { text: "Fiat 's board approved the plan .", cued: ['fiat'] },
    { text: "Russia 's president met Putin in Moscow .", cued: [] },
    { text: 'PIRELLI SHARES FALL', cued: [] },
  ])('$text → $cued', ({ text, cued }) => {
    const info = docInfo([sentenceAtoms(text.split(' '), null, gaz)]);
    expect([...info.orgCue].sort()).toEqual([...cued].sort());
  });
});

describe('docInfo person cues', () => {
  const gaz = buildGazetteer();
  it.each([
    { text: 'Mr Pirelli said no .', cued: ['pirelli'] },
    { text: 'Hector Camacho , 34 , won .', cued: ['hector', 'camacho'] },
    { text: 'President Bill Clinton spoke .', cued: ['bill', 'clinton'] },
    { text: 'coach Dan Reeves quit .', cued: ['dan', 'reeves'] },
    { text: 'The Kremlin said on Monday .', cued: [] },
    { text: 'MR PIRELLI SAID NO', cued: [] },
  ])('$text → $cued', ({ text, cued }) => {
    const info = docInfo([sentenceAtoms(text.split(' '), null, gaz)]);
    expect([...info.perCue].sort()).toEqual([...cued].sort());
  });
});

describe('BILOU labels', () => {
  it.each([
    { spans: [{ start: 0, end: 1, type: 'PER' as const }] },
    { spans: [{ start: 1, end: 4, type: 'ORG' as const }, { start: 4, end: 5, type: 'LOC' as const }] },
  ])('round-trips spans %#', ({ spans }) => {
    expect(spansFromLabels(labelsFromSpans(spans, 6))).toEqual(spans);
  });

  it('closes an unfinished name where it breaks', () => {
    // B-PER followed by O
    expect(spansFromLabels([1, 0, 0])).toEqual([{ start: 0, end: 1, type: 'PER' }]);
  });
});
