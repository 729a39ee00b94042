import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isPresslensError } from '@presslens/core';
import { readArticleFile } from './readArticleFile.js';

let dir: string;
const write = (name: string, content: string | Uint8Array) => writeFile(join(dir, name), content);

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'presslens-read-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const PAGE = `<!doctype html>
<html lang="en"><head>
<title>Ferry strike ends | The Harbour Post</title>
<meta property="og:site_name" content="The Harbour Post">
<meta name="author" content="Wrong Name">
<meta property="article:published_time" content="2024-06-03T07:30:00Z">
<link rel="canonical" href="https://example.org/news/ferry-strike">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"Ferry strike ends after three days","datePublished":"2024-06-03","author":[{"@type":"Person","name":"Ines Moreau"}]}]}</script>
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></nav>
<article>
<h1>Ferry strike ends after three days</h1>
<p>Ferry workers on the island routes returned to work on Monday after the union and the operator agreed a new pay deal, ending a strike that had stranded hundreds of travellers.</p>
<p>"We are glad the boats are running again," said Paul Dane, the union's regional secretary, adding that the   deal was   "fair but overdue".</p>
<p>The operator said timetables would return to normal by Wednesday, though some evening sailings could still be cancelled while crews catch up on maintenance.</p>
<script>trackPageView();</script>
</article>
<footer>© The Harbour Post</footer>
</body></html>`;

describe('readArticleFile', () => {
  it('reads a .txt file as it is, with its path as the id', async () => {
    await write('plain.txt', 'Council Backs New Park\n\nThe council voted on Tuesday to build a park.\n');
    const article = await readArticleFile(join(dir, 'plain.txt'), { cwd: dir });
    expect(article).toEqual({ id: 'plain.txt', text: 'Council Backs New Park\n\nThe council voted on Tuesday to build a park.\n' });
  });

  it('gives a path relative to cwd as the id, also outside cwd', async () => {
    await write('rel.txt', 'Some text.');
    const article = await readArticleFile(join(dir, 'rel.txt'), { cwd: join(dir, 'sub') });
    expect(article.id).toBe('../rel.txt');
  });

  it('drops a UTF-8 byte-order mark', async () => {
    await write('bom.txt', new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('Héllo world.')]));
    expect((await readArticleFile(join(dir, 'bom.txt'), { cwd: dir })).text).toBe('Héllo world.');
  });

  it('reads Markdown front matter and keeps the Markdown text', async () => {
    await write(
      'story.md',
      '---\ntitle: "Bridge Reopens: Traffic Returns"\ndate: 2024-02-10\nid: bridge-2024\nauthor: Sam Okafor\n---\n\nThe **bridge** reopened on Friday.\n\n- Lanes: two\n',
    );
    const article = await readArticleFile(join(dir, 'story.md'), { cwd: dir });
    expect(article).toEqual({
      id: 'bridge-2024',
      text: 'The **bridge** reopened on Friday.\n\n- Lanes: two\n',
      title: 'Bridge Reopens: Traffic Returns',
      publishedAt: '2024-02-10',
      byline: 'Sam Okafor',
    });
  });

  it('does not repeat a front-matter title that the first heading shows, and reads Markdown without front matter', async () => {
    await write('heading.md', '---\ntitle: Rain Returns\npublishedAt: 2023-09-01\n---\n# Rain Returns\n\nIt rained.\n');
    const withHeading = await readArticleFile(join(dir, 'heading.md'), { cwd: dir });
    expect(withHeading.title).toBeUndefined();
    expect(withHeading.text).toBe('# Rain Returns\n\nIt rained.\n');
    expect(withHeading.publishedAt).toBe('2023-09-01');

    await write('bare.md', '---not front matter\nText.\n');
    expect(await readArticleFile(join(dir, 'bare.md'), { cwd: dir })).toEqual({ id: 'bare.md', text: '---not front matter\nText.\n' });
  });

  it('reads an HTML page: JSON-LD headline and author, meta date, readable paragraphs', async () => {
    await write('page.html', PAGE);
    const article = await readArticleFile(join(dir, 'page.html'), { cwd: dir });
    expect(article.id).toBe('page.html');
    expect(article.title).toBe('Ferry strike ends after three days');
    expect(article.byline).toBe('Ines Moreau');
    expect(article.publishedAt).toBe('2024-06-03T07:30:00Z');
    expect(article.url).toBe('https://example.org/news/ferry-strike');
    const paragraphs = article.text.split('\n\n');
    expect(paragraphs[0]).toBe('By Ines Moreau');
    expect(paragraphs).toContain('"We are glad the boats are running again," said Paul Dane, the union\'s regional secretary, adding that the deal was "fair but overdue".');
    expect(article.text).not.toMatch(/Home|trackPageView|©/);
  });

  it.each([
    { case: 'a fragment with no <html> or <body>', html: '<p>Mayor Tom Hale said the bridge would reopen.</p><p>Work ends in May.</p>' },
    { case: 'a page with <html> but no <body>', html: '<html><p>Mayor Tom Hale said the bridge would reopen.</p><p>Work ends in May.</p></html>' },
  ])('reads $case as the body of a page', async ({ html }) => {
    await write('fragment.html', html);
    const article = await readArticleFile(join(dir, 'fragment.html'), { cwd: dir });
    expect(article.text.split('\n\n')).toEqual(['Mayor Tom Hale said the bridge would reopen.', 'Work ends in May.']);
  });

  it('falls back to Latin-1 with a warning when a file is not UTF-8', async () => {
    // "Café “Zoë” – €5" in windows-1252
    await write('latin1.txt', new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x93, 0x5a, 0x6f, 0xeb, 0x94, 0x20, 0x96, 0x20, 0x80, 0x35]));
    const warnings: string[] = [];
    const article = await readArticleFile(join(dir, 'latin1.txt'), { cwd: dir, onWarning: (w) => warnings.push(w) });
    expect(article.text).toBe('Café “Zoë” – €5');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/latin1\.txt is not valid UTF-8; read it as Latin-1/);
  });

  it('reads UTF-16 with a byte-order mark', async () => {
    const text = 'Grüße aus Köln.';
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) bytes[2 + 2 * i] = text.charCodeAt(i);
    await write('utf16.txt', bytes);
    expect((await readArticleFile(join(dir, 'utf16.txt'), { cwd: dir })).text).toBe(text);
  });

  it.each([
    { case: 'a binary file', name: 'image.txt', content: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), code: 'UNREADABLE', message: /image\.txt looks like a binary file/ },
    { case: 'a missing file', name: 'nope.txt', content: null, code: 'UNREADABLE', message: /nope\.txt: no such file/ },
    { case: 'an unsupported extension', name: 'data.csv', content: 'a,b', code: 'UNSUPPORTED_FORMAT', message: /data\.csv: presslens reads \.txt/ },
    { case: 'a JSONL file', name: 'many.jsonl', content: '{"text":"a"}', code: 'UNSUPPORTED_FORMAT', message: /readArticles/ },
    { case: 'an empty file', name: 'empty.txt', content: ' \n\n', code: 'INVALID_INPUT', message: /empty\.txt has no article text/ },
    { case: 'a page without text', name: 'blank.html', content: '<html><body><script>x()</script></body></html>', code: 'INVALID_INPUT', message: /blank\.html has no article text/ },
    { case: 'a file over the size limit', name: 'big.txt', content: 'x'.repeat(2000), code: 'INPUT_TOO_LARGE', message: /big\.txt is 2000 bytes, over the limit of 1000/ },
  ])('throws a typed error for $case', async ({ name, content, code, message }) => {
    if (content !== null) await write(name, content);
    const error = await readArticleFile(join(dir, name), { cwd: dir, maxFileBytes: 1000 }).catch((e: unknown) => e);
    expect(isPresslensError(error)).toBe(true);
    expect(error).toMatchObject({ code });
    expect((error as Error).message).toMatch(message);
  });
});
