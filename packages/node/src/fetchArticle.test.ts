import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze, spanOf } from '@presslens/core';
import { fetchArticle, isHttpUrl } from './fetchArticle.js';

// A real HTTP server on a free loopback port, serving pages saved in test/fixtures/pages.
const PAGES = new URL('../test/fixtures/pages/', import.meta.url);
let server: Server;
const brokenOnce = new Set<string>();
let base: string;

beforeAll(async () => {
  const harbour = await readFile(new URL('harbour.html', PAGES));
  const latin1 = await readFile(new URL('latin1.txt', PAGES));
  server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const hops = /^\/hop\/(\d+)$/.exec(path);
    if (hops) {
      const n = Number(hops[1]);
      res.writeHead(302, { location: n === 0 ? '/news/harbour' : `/hop/${n - 1}` }).end();
      return;
    }
    const broken = /^\/broken\/(once|always)\/(\d+)$/.exec(path);
    if (broken) {
      // the connection breaks before any answer: once for each key, or every time
      const key = `${broken[1]}/${broken[2]}`;
      if (broken[1] === 'always' || !brokenOnce.has(key)) {
        brokenOnce.add(key);
        req.socket.destroy();
        return;
      }
      res.writeHead(302, { location: '/news/harbour' }).end();
      return;
    }
    switch (path) {
      case '/news/harbour':
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(harbour);
        return;
      case '/latin1':
        res.writeHead(200, { 'content-type': 'text/plain; charset=ISO-8859-1' }).end(latin1);
        return;
      case '/to-file':
        res.writeHead(301, { location: 'file:///etc/passwd' }).end();
        return;
      case '/huge':
        res.writeHead(200, { 'content-type': 'text/html' });
        res.end(`<p>${'word '.repeat(50_000)}</p>`); // chunked: no content-length to trust
        return;
      case '/slow':
        res.writeHead(200, { 'content-type': 'text/html' });
        res.write('<p>Start');
        setTimeout(() => res.end('</p>'), 2_000).unref();
        return;
      case '/image':
        res.writeHead(200, { 'content-type': 'image/png' }).end(Buffer.from([0x89, 0x50, 0x4e, 0x47]));
        return;
      default:
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not here');
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((done) => server.close(() => done())));

describe('fetchArticle', () => {
  it('reads a news page: title, byline and date from its metadata and JSON-LD, the body from Readability', async () => {
    const article = await fetchArticle(`${base}/news/harbour`);
    expect(article).toMatchObject({ id: `${base}/news/harbour`, title: 'Harbour plan approved after long debate', byline: 'Ana Ruiz', publishedAt: '2024-03-12T09:30:00Z', url: 'https://herald.example/news/harbour-plan' });
    expect(article.text).toContain('said Mayor Tom Hale');
    expect(article.text).not.toContain('Sport');
    const result = await analyze(article);
    expect(result.article.publishedAt).toMatch(/^2024-03-12/);
    expect(result.mentions.map((m) => m.text)).toContain('Tom Hale');
    expect(result.article.title).toEqual(spanOf(result.article.text, 'Harbour plan approved after long debate'));
  });

  it('follows up to 5 redirects and names the final URL', async () => {
    await expect(fetchArticle(`${base}/hop/4`)).resolves.toMatchObject({ id: `${base}/news/harbour` });
  });

  it.each([
    { case: 'more than 5 redirects', path: '/hop/5', code: 'INVALID_INPUT', message: /redirects more than 5 times/ },
    { case: 'a redirect to file:', path: '/to-file', code: 'INVALID_INPUT', message: /only http and https URLs, not file/ },
    { case: 'a page over the size limit', path: '/huge', code: 'INPUT_TOO_LARGE', message: /over the limit of 100000 bytes/ },
    { case: 'a page slower than the time-out', path: '/slow', code: 'ABORTED', message: /took longer than 300 ms/ },
    { case: 'an HTTP error', path: '/missing', code: 'UNREADABLE', message: /answered HTTP 404 Not Found/ },
    { case: 'an image', path: '/image', code: 'UNSUPPORTED_FORMAT', message: /is image\/png, not an HTML page or plain text/ },
  ])('refuses $case with $code', async ({ path, code, message }) => {
    await expect(fetchArticle(`${base}${path}`, { maxBytes: 100_000, timeoutMs: 300 })).rejects.toMatchObject({ code, message: expect.stringMatching(message) });
  });

  it.each([
    { case: 'ftp', url: 'ftp://127.0.0.1/x' },
    { case: 'file', url: 'file:///etc/passwd' },
    { case: 'not a URL', url: 'http//nope' },
  ])('refuses a $case URL before any request', async ({ url }) => {
    await expect(fetchArticle(url)).rejects.toMatchObject({ code: 'INVALID_INPUT' });
  });

  it('tries a GET once more when the connection breaks before an answer (a kept-alive socket the server closed)', async () => {
    await expect(fetchArticle(`${base}/broken/once/1`)).resolves.toMatchObject({ id: `${base}/news/harbour` });
    await expect(fetchArticle(`${base}/broken/always/1`)).rejects.toMatchObject({ code: 'UNREADABLE', message: expect.stringContaining('could not be fetched') });
  });

  it('says so when nothing listens', async () => {
    const closed = createServer();
    await new Promise<void>((done) => closed.listen(0, '127.0.0.1', done));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((done) => closed.close(() => done()));
    await expect(fetchArticle(`http://127.0.0.1:${port}/`)).rejects.toMatchObject({ code: 'UNREADABLE', message: expect.stringContaining('ECONNREFUSED') });
  });

  it('reads a plain-text page in its declared charset', async () => {
    await expect(fetchArticle(`${base}/latin1`)).resolves.toMatchObject({ text: expect.stringMatching(/^Café owners/) });
  });

  it.each([
    ['https://example.com/a', true],
    ['HTTP://example.com', true],
    ['news/a.html', false],
    ['ftp://example.com', false],
  ])('isHttpUrl(%s) is %s', (value, expected) => {
    expect(isHttpUrl(value)).toBe(expected);
  });
});
