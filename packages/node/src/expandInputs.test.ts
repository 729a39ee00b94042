import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PresslensError } from '@presslens/core';
import { expandInputs } from './expandInputs.js';

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'presslens-expand-'));
  const files = ['a.txt', 'b.md', 'notes.csv', 'news/z.html', 'news/deep/y.jsonl', 'news/deep/x.TXT', 'news/.hidden.txt', 'node_modules/pkg/readme.md', 'empty/.keep'];
  for (const f of files) {
    await mkdir(join(dir, f, '..'), { recursive: true });
    await writeFile(join(dir, f), 'text');
  }
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('expandInputs', () => {
  it.each([
    { case: 'a folder, recursively, only supported files', patterns: ['news'], files: ['news/deep/x.TXT', 'news/deep/y.jsonl', 'news/z.html'] },
    { case: 'a glob', patterns: ['*.{txt,md,csv}'], files: ['a.txt', 'b.md'] },
    { case: 'a recursive glob', patterns: ['**/*.txt'], files: ['a.txt'] },
    { case: 'a file is kept whatever its extension', patterns: ['notes.csv'], files: ['notes.csv'] },
    { case: 'sorted and without duplicates', patterns: ['news/z.html', 'a.txt', './a.txt', 'news', join('news', 'z.html')], files: ['a.txt', 'news/deep/x.TXT', 'news/deep/y.jsonl', 'news/z.html'] },
    { case: 'the current folder skips node_modules and dot files', patterns: ['.'], files: ['a.txt', 'b.md', 'news/deep/x.TXT', 'news/deep/y.jsonl', 'news/z.html'] },
  ])('$case', async ({ patterns, files }) => {
    expect(await expandInputs(patterns, { cwd: dir })).toEqual(files);
  });

  it.each([
    { case: 'a missing path', pattern: 'missing.txt', message: 'missing.txt: no such file or folder.' },
    { case: 'a glob with no match', pattern: 'nothing/*.txt', message: 'nothing/*.txt: no .txt, .md, .markdown, .html, .htm, .jsonl files match.' },
    { case: 'a folder with no article', pattern: 'empty', message: 'empty: the folder has no .txt, .md, .markdown, .html, .htm, .jsonl files.' },
  ])('throws a typed error naming $case', async ({ pattern, message }) => {
    await expect(expandInputs(['a.txt', pattern], { cwd: dir })).rejects.toMatchObject({ name: 'PresslensError', code: 'UNREADABLE', message });
  });

  it('reports every missing input to onError and keeps the rest', async () => {
    const errors: PresslensError[] = [];
    const files = await expandInputs(['gone.txt', 'b.md', 'also-gone'], { cwd: dir, onError: (e) => errors.push(e) });
    expect(files).toEqual(['b.md']);
    expect(errors.map((e) => e.message)).toEqual(['gone.txt: no such file or folder.', 'also-gone: no such file or folder.']);
  });
});
