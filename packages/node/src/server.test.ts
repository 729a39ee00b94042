import { readFile } from 'node:fs/promises';
import { createServer as createHttpServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '@presslens/core';
import { createPresslensServer, type PresslensServer } from './server.js';
import { createWorkerPool } from './workerPool.js';

// Real servers on free loopback ports; articles analysed in real worker threads.
const FIXTURE = new URL('../test/fixtures/crashingExtractors.ts', import.meta.url);
const PAGE = new URL('../test/fixtures/pages/harbour.html', import.meta.url);
const ARTICLE = { id: 'bridge', text: 'Bridge Opens\n\nMayor Tom Hale said on Monday that the new bridge would open in May. Critics said it might cost more.', publishedAt: '2024-04-01' };

async function call(base: string, method: string, path: string, body?: string | Buffer, type = 'application/json') {
  const response = await fetch(`${base}${path}`, { method, body, headers: body === undefined ? {} : { 'content-type': type } });
  const text = await response.text();
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- assertions index into whatever JSON came back
  return { status: response.status, headers: response.headers, text, json: () => JSON.parse(text) as Record<string, any> };
}

describe('createPresslensServer', () => {
  let api: PresslensServer;
  let base: string;
  let page: Server;
  let pageUrl: string;
  let pageHits = 0;
  const pool = createWorkerPool({ size: 2, extractors: FIXTURE });
  let fixtureApi: PresslensServer;
  let fixtureBase: string;

  beforeAll(async () => {
    api = createPresslensServer({ workers: 2, maxBodyBytes: 64 * 1024 });
    base = `http://127.0.0.1:${(await api.listen(0)).port}`;
    fixtureApi = createPresslensServer({ workers: pool, timeoutMs: 400, allowFetch: true });
    fixtureBase = `http://127.0.0.1:${(await fixtureApi.listen(0)).port}`;
    const html = await readFile(PAGE);
    page = createHttpServer((_req, res) => {
      pageHits++;
      res.writeHead(200, { 'content-type': 'text/html' }).end(html);
    });
    await new Promise<void>((done) => page.listen(0, '127.0.0.1', done));
    pageUrl = `http://127.0.0.1:${(page.address() as AddressInfo).port}/harbour`;
  });
  afterAll(async () => {
    await api.close();
    await fixtureApi.close();
    await pool.close();
    await new Promise<void>((done) => page.close(() => done()));
  });

  it('GET /health says it is up, with its threads', async () => {
    const r = await call(base, 'GET', '/health');
    expect([r.status, r.json()]).toEqual([200, { status: 'ok', schemaVersion: '1', workers: 2, pending: 0, allowFetch: false }]);
  });

  it('GET /openapi.json is an OpenAPI 3.1 description of every route', async () => {
    const doc = (await call(base, 'GET', '/openapi.json')).json();
    expect(doc['openapi']).toBe('3.1.0');
    expect(Object.keys(doc['paths']).sort()).toEqual(['/analyze', '/analyze/batch', '/health', '/openapi.json']);
    expect(Object.keys(doc['paths']['/analyze'].post.responses)).toEqual(['200', '400', '403', '413', '415', '503', '504']);
    expect(doc['components'].schemas.Analysis.definitions.analysis).toBeDefined();
  });

  it('POST /analyze with a JSON article answers the contract JSON, as analyze() does', async () => {
    const r = await call(base, 'POST', '/analyze', JSON.stringify(ARTICLE));
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(r.json()).toEqual(JSON.parse(JSON.stringify(await analyze(ARTICLE))));
  });

  it('POST /analyze reads text/plain (id and date from the query) and text/html', async () => {
    const text = await call(base, 'POST', '/analyze?id=t1&publishedAt=2024-04-01', ARTICLE.text, 'text/plain; charset=utf-8');
    expect(text.json()['article']).toMatchObject({ id: 't1', publishedAt: '2024-04-01' });
    const html = await call(base, 'POST', '/analyze', await readFile(PAGE), 'text/html');
    expect(html.status).toBe(200);
    expect(html.json()['article'].title.text).toBe('Harbour plan approved after long debate');
  });

  it.each([
    { case: 'JSON that does not parse', body: '{"text": "open', type: 'application/json', status: 400, code: 'PARSE_ERROR' },
    { case: 'a JSON array', body: '[1, 2]', type: 'application/json', status: 400, code: 'INVALID_INPUT' },
    { case: 'no text', body: '{"id": "x"}', type: 'application/json', status: 400, code: 'INVALID_INPUT' },
    { case: 'a title that is not a string', body: '{"text": "A text.", "title": 5}', type: 'application/json', status: 400, code: 'INVALID_INPUT' },
    { case: 'bytes that are not UTF-8', body: Buffer.from([0x43, 0x61, 0x66, 0xe9]), type: 'text/plain', status: 400, code: 'INVALID_INPUT' },
    { case: 'an image', body: 'GIF89a', type: 'image/gif', status: 415, code: 'UNSUPPORTED_FORMAT' },
    { case: 'a URL, on a server that does not fetch', body: '{"url": "http://127.0.0.1:9/secret"}', type: 'application/json', status: 403, code: 'FETCH_DISABLED' },
  ])('POST /analyze answers $status $code for $case', async ({ body, type, status, code }) => {
    const r = await call(base, 'POST', '/analyze', body, type);
    expect([r.status, r.json()['error'].code]).toEqual([status, code]);
  });

  it('answers 413 to an oversized body, and stays up', async () => {
    const big = JSON.stringify({ text: 'word '.repeat(20_000) });
    const r = await call(base, 'POST', '/analyze', big);
    expect([r.status, r.json()['error'].code]).toEqual([413, 'INPUT_TOO_LARGE']);
    expect((await call(base, 'GET', '/health')).status).toBe(200);
  });

  it('answers 413 to a chunked body that grows past the limit, and stays up', async () => {
    const { port } = new URL(base);
    const status = await new Promise<number>((done, fail) => {
      const req = request({ host: '127.0.0.1', port, method: 'POST', path: '/analyze', headers: { 'content-type': 'text/plain' } }, (res) => {
        res.resume();
        done(res.statusCode ?? 0);
      });
      req.on('error', fail);
      const chunk = 'x'.repeat(16 * 1024);
      for (let i = 0; i < 8; i++) req.write(chunk);
      req.end();
    });
    expect(status).toBe(413);
    expect((await call(base, 'GET', '/health')).status).toBe(200);
  });

  it.each([
    { method: 'GET', path: '/nowhere', status: 404 },
    { method: 'GET', path: '/analyze', status: 405 },
    { method: 'POST', path: '/health', status: 405 },
  ])('$method $path answers $status', async ({ method, path, status }) => {
    expect((await call(base, method, path)).status).toBe(status);
  });

  it('serves 100 concurrent requests, each its own article', async () => {
    const results = await Promise.all(
      Array.from({ length: 100 }, (_, i) => call(base, 'POST', '/analyze', JSON.stringify({ id: `r${i}`, text: `Minister Ana Ruiz said on Monday that ${i} new schools would open.` }))),
    );
    expect(results.map((r) => r.status)).toEqual(Array(100).fill(200));
    expect(results.map((r) => r.json()['article'].id)).toEqual(Array.from({ length: 100 }, (_, i) => `r${i}`));
  });

  it('POST /analyze/batch streams one JSON line per input line, in order, failures included', async () => {
    const lines = Array.from({ length: 30 }, (_, i) => (i === 7 ? '{"id": "broken", "text": ' : JSON.stringify({ id: `b${i}`, text: `Article ${i}: the council met on Tuesday.` })));
    const r = await call(base, 'POST', '/analyze/batch', `${lines.join('\n')}\n`, 'application/x-ndjson');
    expect(r.status).toBe(200);
    const out = r.text.trimEnd().split('\n').map((l) => JSON.parse(l) as { article: { id: string }; error?: { code: string } });
    expect(out.map((o) => o.article.id)).toEqual(lines.map((_, i) => (i === 7 ? 'broken' : `b${i}`)));
    expect(out.filter((o) => o.error).map((o) => o.error!.code)).toEqual(['PARSE_ERROR']);
  });

  it('answers 504 to an article that runs past the time limit, and goes on', async () => {
    const slow = await call(fixtureBase, 'POST', '/analyze', JSON.stringify({ id: 'h', text: 'HANG here.' }));
    expect([slow.status, slow.json()['error'].code]).toEqual([504, 'ABORTED']);
    expect((await call(fixtureBase, 'POST', '/analyze', JSON.stringify({ id: 'fine', text: 'Fine.' }))).status).toBe(200);
  });

  it('fetches a URL only when started with allowFetch', async () => {
    const before = pageHits;
    expect((await call(base, 'POST', '/analyze', JSON.stringify({ url: pageUrl }))).status).toBe(403);
    expect(pageHits).toBe(before);
    const r = await call(fixtureBase, 'POST', '/analyze', JSON.stringify({ url: pageUrl }));
    expect([r.status, r.json()['article'].id, pageHits]).toEqual([200, pageUrl, before + 1]);
  });

  it('reports only what someone said when started with attributionScheme quotes', async () => {
    const quotes = createPresslensServer({ workers: 1, attributionScheme: 'quotes' });
    try {
      const quotesBase = `http://127.0.0.1:${(await quotes.listen(0)).port}`;
      const article = JSON.stringify({ id: 'q', text: 'Mr Hale said the plan would cost $2 million. Mr Hale believes the deal is dead.' });
      const contents = async (at: string) => ((await call(at, 'POST', '/analyze', article)).json()['attributions'] as { content: { text: string } }[]).map((a) => a.content.text);
      expect(await contents(base)).toEqual(['the plan would cost $2 million', 'the deal is dead']);
      expect(await contents(quotesBase)).toEqual(['the plan would cost $2 million']);
    } finally {
      await quotes.close();
    }
  });

  it('on close, finishes the requests in progress and then stops listening', async () => {
    const own = createPresslensServer({ workers: pool });
    const ownBase = `http://127.0.0.1:${(await own.listen(0)).port}`;
    const inFlight = call(ownBase, 'POST', '/analyze', JSON.stringify({ id: 'last', text: 'SLOW but finished.' }));
    // (close once the article is in the pool: a fixed wait lost the race on a loaded machine)
    for (let waited = 0; pool.pending === 0 && waited < 5000; waited += 10) await new Promise((r) => setTimeout(r, 10));
    expect(pool.pending).toBeGreaterThan(0);
    await own.close();
    const r = await inFlight;
    expect([r.status, r.json()['article'].id]).toEqual([200, 'last']);
    await expect(fetch(`${ownBase}/health`)).rejects.toThrow();
  });
});
