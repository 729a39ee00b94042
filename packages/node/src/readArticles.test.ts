import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findSpanProblems, isFailedAnalysis, type Analysis } from '@presslens/core';
import { analyzeFiles } from './analyzeFiles.js';
import type { ArticleSource } from './failure.js';
import { readArticles } from './readArticles.js';

let dir: string;
const SEED = resolve(__dirname, '../../../examples/articles/putin-istanbul-talks.txt');

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'presslens-articles-'));
  await writeFile(join(dir, 'one.txt'), 'Mayor Opens Library\n\nThe mayor opened the library on Monday.');
  await writeFile(join(dir, 'batch.jsonl'), '{"id":"j1","text":"First line article.","publishedAt":"2020-02-02"}\n\n{bad\n{"id":"j3","text":"Third."}\n');
  await writeFile(join(dir, 'fake.jsonl'), new Uint8Array([0x7b, 0, 0, 1, 2, 0x0a]));
  await writeFile(join(dir, 'bin.txt'), new Uint8Array([1, 0, 2, 0, 3]));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function collect(iterable: AsyncIterable<ArticleSource>): Promise<ArticleSource[]> {
  const out: ArticleSource[] = [];
  for await (const item of iterable) out.push(item);
  return out;
}

describe('readArticles', () => {
  it('streams files in order: one article per file, one per JSONL line, failures in place', async () => {
    const items = await collect(readArticles(['one.txt', 'batch.jsonl', 'bin.txt', 'fake.jsonl', 'missing.md'], { cwd: dir, publishedAt: '2024-05-05' }));
    expect(items.map((i) => ('error' in i ? `${i.article.id}!${i.error.code}` : `${i.id}@${i.publishedAt}`))).toEqual([
      'one.txt@2024-05-05',
      'j1@2020-02-02',
      'batch.jsonl:3!PARSE_ERROR',
      'j3@2024-05-05',
      'bin.txt!UNREADABLE',
      'fake.jsonl!UNREADABLE',
      'missing.md!UNREADABLE',
    ]);
  });
});

describe('analyzeFiles', () => {
  it('analyses the seed article from its folder', async () => {
    const [outcome, ...rest] = await analyzeFiles(resolve(SEED, '..'), { cwd: resolve(SEED, '../..') });
    expect(rest).toHaveLength(0);
    expect(isFailedAnalysis(outcome!)).toBe(false);
    const analysis = outcome as Analysis;
    expect(analysis.schemaVersion).toBe('1');
    expect(analysis.article.id).toBe('articles/putin-istanbul-talks.txt');
    expect(analysis.article.title?.text).toBe('Putin Pulls Shock Move on Trump-Backed Peace Talks');
    expect(analysis.article.paragraphs.length).toBeGreaterThan(5);
    expect(findSpanProblems(analysis)).toEqual([]);
  });

  it('throws for a missing input unless told where to report it', async () => {
    await expect(analyzeFiles(['nothing-here.txt'], { cwd: dir })).rejects.toMatchObject({ code: 'UNREADABLE', message: 'nothing-here.txt: no such file or folder.' });
    const missing: string[] = [];
    const outcomes = await analyzeFiles(['nothing-here.txt', 'one.txt'], { cwd: dir, onMissing: (e) => missing.push(e.message) });
    expect(outcomes.map((o) => o.article.id)).toEqual(['one.txt']);
    expect(missing).toHaveLength(1);
  });
});
