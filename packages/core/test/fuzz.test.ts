// Property-based tests of the default pipeline: for any string, analyze() returns a result whose
// every span matches the text, whose ids are consistent and unique, that fits the JSON Schema,
// with no extractor error, and nothing throws. About 11,750 cases in all; the seeds are fixed so
// a CI failure reproduces. `npm run fuzz:nightly` runs the same properties many more times with a
// fresh seed (PRESSLENS_FUZZ_SCALE multiplies the runs, PRESSLENS_FUZZ_SEED sets the seed).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, isPresslensError, type Analysis, type ArticleInput } from '../src/index.js';
import { problemsOf } from './invariants.js';

const SCALE = Number(process.env.PRESSLENS_FUZZ_SCALE ?? 1);
const SEED = process.env.PRESSLENS_FUZZ_SEED === undefined ? undefined : Number(process.env.PRESSLENS_FUZZ_SEED);

async function holdsFor(input: string | ArticleInput): Promise<boolean> {
  const text = typeof input === 'string' ? input : input.text;
  let result: Analysis;
  try {
    result = await analyze(input);
  } catch (error) {
    // only an object input may be refused, and only with a typed error
    if (typeof input !== 'string' && isPresslensError(error)) return true;
    throw error;
  }
  const problems = problemsOf(result, text);
  if (problems.length > 0) throw new Error(problems.slice(0, 5).join('\n'));
  return true;
}

/** `n` runs scaled by PRESSLENS_FUZZ_SCALE. */
const scaled = (n: number) => Math.max(1, Math.round(n * SCALE));
/** The seed of a property: its own fixed one, or PRESSLENS_FUZZ_SEED. */
const seedOf = (seed: number) => SEED ?? seed;

/** One UTF-16 code unit, lone surrogates included. */
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));

/** Pieces of news text, chosen for the places extractors look hardest: names, quotes, dashes, numbers, line breaks. */
const FRAGMENTS = [
  'Vladimir Putin', 'Putin', 'Mr.', 'Mrs. Ana Ruiz', 'Dr. Li Wen', 'U.S.', 'the United States', 'America', 'Trump-Backed', 'the Kremlin',
  'White House', 'Reuters', 'LONDON (Reuters) -', 'By Jane Holt', 'Secretary of State Marco Rubio', 'Russian President', 'St. Petersburg',
  'he', 'she', 'they', 'his', 'It', 'observers', 'Critics', 'officials', 'a source close to', 'according to', 'said', 'told reporters',
  'warned', 'claimed', 'says', 'might', 'could', 'would', 'not', 'if', 'Wednesday', 'last week', 'on Monday', 'in December 2019', '2025-05-15',
  'Shock', 'brutal', 'slammed', '“', '”', '"', "'", '‘', '’', '«', '»', '„', '-', '–', '—', '―', '--', '...', '…', '.', ',', '?', '!',
  ':', ';', '(', ')', '[', ']', '/', '&', '%', '$', '£3bn', '$3.5 billion', '45%', '12:30', '1,200', '3.14', '2019', '1st', 'one', '0',
  ' ', ' ', '  ', '\t', '\n', '\n\n', '\r\n', '\r', '\r\r', '\u0000', '\u00a0', '\u200b', '\u200d', '\ufeff', '\u2028', '\u2029',
  'e\u0301', 'ﬁ', 'İstanbul', 'ß', 'مرحبا', 'שלום', 'Привет', '東京', '👍🏽', '👨‍👩‍👧', '🇺🇦', '\ud800', '\udfff', 'a\ud83d', '#', '@', '<p>', '&amp;',
];
const fragment = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...FRAGMENTS) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme-ascii', maxLength: 6 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 3 }) },
);
const newsLike = (maxFragments: number) =>
  fc.array(fc.tuple(fragment, fc.constantFrom(' ', ' ', ' ', '', '\n')), { maxLength: maxFragments, size: 'max' }).map((parts) => parts.map(([f, sep]) => f + sep).join(''));

/** Sentences shaped like reported speech, with news-like noise inside and around: they reach attributions, claims and entities. */
const NAMES = ['Vladimir Putin', 'Putin', 'Mr. Hale', 'Ana Ruiz', 'the Kremlin', 'A spokesman', 'Officials', 'He', 'She', 'They', 'Critics', 'The U.S. State Department'];
const CUES = ['said', 'says', 'told reporters', 'warned', 'claimed', 'added', 'according to', 'believes', 'insisted on Monday'];
const speechLike = fc
  .array(
    fc.tuple(fc.constantFrom(...NAMES), fc.constantFrom(...CUES), fc.constantFrom('“', '"', '‘', "'", '', '«', '„'), newsLike(6), fc.constantFrom('”', '"', '’', "'", '', '»', '“'), fc.constantFrom('.', ',', '?', '!', '', ' —', '\n', '\r\n'), fc.boolean()),
    { minLength: 1, maxLength: 5 },
  )
  .map((parts) =>
    parts.map(([who, cue, open, what, close, end, before]) => (before ? `${open}${what}${close}${end} ${who} ${cue}. ` : `${who} ${cue} ${open}${what}${close}${end} `)).join(''),
  );

describe('any string gives valid spans, consistent ids, a schema-valid result and no extractor error', () => {
  it.each([
    { case: 'short grapheme strings', arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }), n: 1500, seed: 101 },
    { case: 'short composite-grapheme strings', arbitrary: fc.string({ unit: 'grapheme-composite', maxLength: 30 }), n: 1000, seed: 102 },
    { case: 'short full-code-point strings', arbitrary: fc.string({ unit: 'binary', maxLength: 30 }), n: 1500, seed: 103 },
    { case: 'short UTF-16 strings with lone surrogates', arbitrary: fc.string({ unit: codeUnit, maxLength: 30 }), n: 1000, seed: 104 },
    { case: 'short ASCII strings', arbitrary: fc.string({ unit: 'binary-ascii', maxLength: 40 }), n: 1000, seed: 105 },
    { case: 'short news-like text', arbitrary: newsLike(12), n: 4000, seed: 106 },
    { case: 'reported-speech-like text', arbitrary: speechLike, n: 1000, seed: 110 },
    { case: 'longer news-like text', arbitrary: newsLike(300), n: 300, seed: 107 },
    { case: 'longer full-code-point strings', arbitrary: fc.string({ unit: 'binary', minLength: 200, maxLength: 2000, size: 'max' }), n: 150, seed: 108 },
  ].map((c) => ({ ...c, n: scaled(c.n) })))('$case ($n runs)', async ({ arbitrary, n, seed }) => {
    await fc.assert(fc.asyncProperty(arbitrary, holdsFor), { numRuns: n, seed: seedOf(seed) });
  }, 600_000);

  it(`article objects with any title, id and publication date give a valid result or a typed error (${scaled(300)} runs)`, async () => {
    const input = fc.record(
      {
        text: newsLike(20),
        title: fc.oneof(newsLike(4), fc.string({ unit: 'grapheme', maxLength: 20 })),
        id: fc.oneof(fc.string({ maxLength: 8 }), fc.integer()),
        publishedAt: fc.oneof(fc.constantFrom('2025-05-15', '2025-05-15T10:00:00Z', 'yesterday', '', '2025-02-30'), fc.string({ maxLength: 12 })),
      },
      { requiredKeys: ['text'] },
    ) as fc.Arbitrary<ArticleInput>;
    await fc.assert(fc.asyncProperty(input, holdsFor), { numRuns: scaled(300), seed: seedOf(109) });
  }, 600_000);

  it('checks what it claims to check: a result with a broken span or a dangling id fails', async () => {
    const result = structuredClone(await analyze('Tom Hale said on Monday that "the bridge will open," and he smiled.'));
    expect(problemsOf(result, result.article.text)).toEqual([]);
    const broken = structuredClone(result);
    broken.article.sentences.push({ start: 0, end: 3, text: 'Tim' });
    expect(problemsOf(broken, broken.article.text).join('\n')).toContain('is "Tom", not "Tim"');
    const dangling = structuredClone(result);
    dangling.mentions[0]!.entity = 'e99' as never;
    expect(problemsOf(dangling, dangling.article.text).join('\n')).toContain('missing entity e99');
  });
});
