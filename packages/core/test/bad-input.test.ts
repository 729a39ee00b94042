// The bad-input suite: each input gets a typed error (a `PresslensError` code) or a correct,
// possibly empty, result: valid spans, consistent ids, schema-valid, no extractor error.
// The inputs themselves live in scripts/bad-inputs.mjs (shared with the linearity checks and the
// CLI's end-to-end test). Time is not asserted here: see linearity.test.ts and scripts/linearity.mjs.
import { describe, expect, it } from 'vitest';
import { SCALABLE_BAD_INPUTS, TEN_MB, latin1, newsArticle } from '../../../scripts/bad-inputs.mjs';
import { analyze, createPipeline, defaultExtractors, isPresslensError, type Analysis, type ArticleInput } from '../src/index.js';
import { problemsOf } from './invariants.js';

async function analyzeOk(input: string | ArticleInput, run = analyze): Promise<Analysis> {
  const result = await run(input);
  expect(problemsOf(result, typeof input === 'string' ? input : input.text)).toEqual([]);
  return result;
}

async function errorCodeOf(run: () => Promise<unknown>): Promise<string> {
  try {
    await run();
  } catch (error) {
    if (isPresslensError(error)) return error.code;
    throw error;
  }
  return 'no error';
}

const findingsOf = (r: Analysis) => r.mentions.length + r.times.length + r.entities.length + r.attributions.length + r.claims.length;

// The inputs the issue names, at the size it names; the others at 10,000 characters to keep CI quick.
const FULL_SIZE: ReadonlySet<string> = new Set(['one token', 'straight double quotes', 'curly double quotes', 'hyphens', 'en and em dashes', 'deeply nested quotes']);

describe('inputs that grow: a correct result at size (100,000 characters for the ones the issue names)', () => {
  it.each(SCALABLE_BAD_INPUTS.map((c) => ({ ...c, n: FULL_SIZE.has(c.name) ? 100_000 : 10_000 })))('$name ($n characters)', async ({ make, n }) => {
    const text = make(n);
    const result = await analyzeOk(text);
    expect(result.article.text).toBe(text);
  }, 120_000);
});

describe('empty and blank text', () => {
  it.each([
    { case: 'empty', text: '' },
    { case: 'whitespace only', text: '  \t \n\n \r\n \u00a0 \u2003 ' },
    { case: 'line breaks only', text: '\n\r\n\r\n\n' },
    { case: 'NUL bytes only', text: '\u0000\u0000\u0000' },
  ])('$case gives an empty result', async ({ text }) => {
    const result = await analyzeOk(text);
    expect(findingsOf(result)).toBe(0);
    expect(result.article.sentences.filter((s) => s.text.trim() !== '' && !/^\0+$/.test(s.text))).toEqual([]);
  });
});

describe('inputs refused with a typed error', () => {
  it.each([
    { case: 'null', input: null },
    { case: 'a number', input: 42 },
    { case: 'an array', input: ['text'] },
    { case: 'an object without text', input: { title: 'Headline' } },
    { case: 'an object whose text is not a string', input: { text: 5 } },
  ])('$case is INVALID_INPUT', async ({ input }) => {
    expect(await errorCodeOf(() => analyze(input as never))).toBe('INVALID_INPUT');
  });

  it('a 10 MB article is INPUT_TOO_LARGE, with a message that says what to do', async () => {
    const text = newsArticle(TEN_MB);
    expect(text.length).toBeGreaterThanOrEqual(TEN_MB);
    const error = await analyze(text).catch((e: unknown) => e);
    expect(isPresslensError(error) && error.code).toBe('INPUT_TOO_LARGE');
    expect((error as Error).message).toContain('maxTextLength');
  });

  it('the limit is configurable and exact, headline included', async () => {
    const pipeline = createPipeline(defaultExtractors(), { maxTextLength: 2000 });
    const text = newsArticle(2100).slice(0, 2000);
    expect(text).toHaveLength(2000);
    expect((await analyzeOk(text, pipeline.analyze)).article.text).toBe(text);
    expect(await errorCodeOf(() => pipeline.analyze(`${text}x`))).toBe('INPUT_TOO_LARGE');
    expect(await errorCodeOf(() => pipeline.analyze({ title: 'A headline that pushes it over', text }))).toBe('INPUT_TOO_LARGE');
  });
});

describe('line breaks of every convention give the same findings', () => {
  const lf = newsArticle(3000);
  it.each([
    { case: 'CRLF', text: lf.replaceAll('\n', '\r\n') },
    { case: 'lone CR', text: lf.replaceAll('\n', '\r') },
  ])('$case', async ({ text }) => {
    const [a, b] = [await analyzeOk(lf), await analyzeOk(text)];
    const shape = (r: Analysis) => ({
      paragraphs: r.article.paragraphs.map((p) => p.text.replace(/\s+/g, ' ')),
      sentences: r.article.sentences.map((s) => s.text.replace(/\s+/g, ' ')),
      mentions: r.mentions.map((m) => `${m.type}:${m.text}`),
      attributions: r.attributions.map((x) => `${x.source?.text}|${x.cue?.text}|${x.content.text}`),
      claims: r.claims.map((c) => `${c.kind}:${c.text.replace(/\s+/g, ' ')}`),
    });
    expect(shape(b)).toEqual(shape(a));
  });
});

describe('text decoded from bytes the way the Node reader does', () => {
  const sentence = 'Café owner José Núñez said on Monday that “prices will rise”.';
  it('Latin-1 bytes read one byte a character keep the accented names', async () => {
    const bytes = Uint8Array.from(sentence.replace(/[“”]/g, '"'), (c) => c.charCodeAt(0));
    const text = latin1(bytes);
    const result = await analyzeOk(text);
    expect(result.article.text).toContain('José Núñez');
    expect(result.mentions.some((m) => m.text.includes('Núñez'))).toBe(true);
  });

  it('UTF-8 bytes read as Latin-1 (mojibake) still give a valid result', async () => {
    const text = latin1(new TextEncoder().encode(sentence));
    expect(text).toContain('JosÃ©');
    await analyzeOk(text);
  });

  it('invalid UTF-8 decoded with replacement characters gives a valid result', async () => {
    const bytes = new TextEncoder().encode(sentence);
    const broken = Uint8Array.from(bytes, (b, i) => (i % 7 === 3 ? 0xc3 : b));
    const text = new TextDecoder('utf-8').decode(broken);
    expect(text).toContain('\ufffd');
    await analyzeOk(text);
  });
});

describe('names survive odd neighbours', () => {
  it.each([
    { case: 'NUL bytes', text: 'Mayor Tom Hale\u0000 said\u0000 the bridge would open.' },
    { case: 'emoji', text: 'Mayor Tom Hale 👍🏽 said the bridge would open 🇺🇦.' },
    { case: 'right-to-left text', text: 'Mayor Tom Hale said the bridge would open. قال الرئيس إن الجسر سيفتح.' },
    { case: 'a byte-order mark', text: '\ufeffMayor Tom Hale said the bridge would open.' },
    { case: 'zero-width spaces', text: 'Mayor\u200b Tom Hale said the bridge would open.' },
  ])('$case', async ({ text }) => {
    const result = await analyzeOk(text);
    expect(result.mentions.some((m) => m.type === 'PERSON' && m.text.endsWith('Hale'))).toBe(true);
  });
});
