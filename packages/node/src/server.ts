import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SCHEMA_VERSION, isPresslensError, type ArticleInput, type AttributionScheme, type PresslensErrorCode } from '@presslens/core';
import { analyzeStreamLines } from './analyzeStream.js';
import { fetchArticle, type FetchArticleOptions } from './fetchArticle.js';
import { htmlToArticle } from './htmlToArticle.js';
import { openApiDocument } from './openapi.js';
import { readJsonl } from './readJsonl.js';
import { createWorkerPool, type WorkerPool } from './workerPool.js';

export interface ServerOptions {
  /** Threads that analyse (default: the number of cores), or a pool of your own (left open on close). */
  workers?: number | WorkerPool;
  /** Largest body of `POST /analyze`, in bytes (default 5 MiB); more gets 413. */
  maxBodyBytes?: number;
  /** Largest body of `POST /analyze/batch`, in bytes (default 256 MiB). */
  maxBatchBytes?: number;
  /** Longest time one article may take, in ms (default 30 s): `POST /analyze` answers 504, a batch line fails. */
  timeoutMs?: number;
  /** Most articles waiting for a thread before `POST /analyze` answers 503 (default 1,000). */
  maxQueue?: number;
  /**
   * Let clients send `{"url": …}` for the server to fetch (default false: the server never makes a
   * request for a client, so it cannot be used to reach the machines behind it).
   */
  allowFetch?: boolean;
  /** Which attributions the built-in extractors report: `parc` (default) or `quotes` (see `AttributionsOptions.scheme`). Ignored with a pool of your own. */
  attributionScheme?: AttributionScheme;
  /** Limits on those fetches. */
  fetch?: Omit<FetchArticleOptions, 'id'>;
  /** Longest wait for requests in progress on `close()` before their connections are cut, in ms (default 10 s). */
  shutdownGraceMs?: number;
  /** Told about each request that failed inside the server (500s), for logs. */
  onError?: (error: unknown) => void;
}

export interface PresslensServer {
  /** The Node HTTP server (not listening until `listen`). */
  readonly server: Server;
  /** Start listening (port 0: a free port); resolves with the address. */
  listen(port?: number, host?: string): Promise<AddressInfo>;
  /** Stop taking requests, finish those in progress (up to `shutdownGraceMs`), then stop the threads. */
  close(): Promise<void>;
}

export const DEFAULT_MAX_BODY_BYTES = 5 * 1024 * 1024;
export const DEFAULT_MAX_BATCH_BYTES = 256 * 1024 * 1024;
export const DEFAULT_REQUEST_TIMEOUT_MS = 30_000;

const STATUS: Partial<Record<PresslensErrorCode, number>> = {
  INVALID_INPUT: 400,
  PARSE_ERROR: 400,
  UNREADABLE: 400,
  INPUT_TOO_LARGE: 413,
  UNSUPPORTED_FORMAT: 415,
  ABORTED: 504,
};

class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

function mediaTypeOf(req: IncomingMessage): string {
  return (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
}

function sendJson(res: ServerResponse, status: number, body: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body), ...headers });
  res.end(body);
}

function sendError(res: ServerResponse, status: number, code: string, message: string, headers: Record<string, string> = {}): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  sendJson(res, status, `${JSON.stringify({ error: { code, message } })}\n`, headers);
}

/**
 * The body, up to `max` bytes; more is a 413. The stream is not destroyed on a 413 (the client
 * would see a broken pipe instead of the answer): the rest is read and dropped, see `discardBody`.
 */
function readBody(req: IncomingMessage, max: number): Promise<Buffer> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > max) {
    return Promise.reject(new HttpError(413, 'INPUT_TOO_LARGE', `The body is ${declared} bytes, over the limit of ${max}. Send a smaller article, or use POST /analyze/batch.`));
  }
  return new Promise((done, fail) => {
    const parts: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer): void => {
      size += chunk.length;
      if (size > max) {
        req.off('data', onData).off('end', onEnd).off('error', fail);
        req.pause();
        fail(new HttpError(413, 'INPUT_TOO_LARGE', `The body is over the limit of ${max} bytes. Send a smaller article, or use POST /analyze/batch.`));
        return;
      }
      parts.push(chunk);
    };
    const onEnd = (): void => done(Buffer.concat(parts));
    req.on('data', onData).on('end', onEnd).on('error', fail);
  });
}

/** Read and drop what is left of a request we answered early, up to `limit` bytes; past that, cut the connection. */
function discardBody(req: IncomingMessage, limit: number): void {
  let dropped = 0;
  req.on('data', (chunk: Buffer) => {
    dropped += chunk.length;
    if (dropped > limit) req.socket.destroy();
  });
  req.on('error', () => undefined);
  req.resume();
}

function utf8Body(bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new HttpError(400, 'INVALID_INPUT', 'The body is not valid UTF-8.');
  }
}

function articleFromJson(value: unknown): ArticleInput | { url: string; id?: string } {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new HttpError(400, 'INVALID_INPUT', 'The body must be one JSON object: {"text": …, "id"?, "title"?, "publishedAt"?, "byline"?, "url"?}.');
  const record = value as Record<string, unknown>;
  if (record['text'] === undefined && typeof record['url'] === 'string') {
    return typeof record['id'] === 'string' ? { url: record['url'], id: record['id'] } : { url: record['url'] };
  }
  if (typeof record['text'] !== 'string' || record['text'].trim() === '') throw new HttpError(400, 'INVALID_INPUT', 'The article needs a non-empty string "text".');
  const article: ArticleInput = { text: record['text'] };
  for (const key of ['id', 'title', 'publishedAt', 'byline', 'url'] as const) {
    const v = record[key];
    if (v === undefined || v === null) continue;
    if (typeof v === 'number' && key === 'id') article.id = String(v);
    else if (typeof v !== 'string') throw new HttpError(400, 'INVALID_INPUT', `"${key}" must be a string.`);
    else article[key] = v;
  }
  return article;
}

/**
 * The presslens HTTP API on `node:http`: `POST /analyze` (a JSON article, or a text/plain or
 * text/html body), `POST /analyze/batch` (JSON Lines in, JSON Lines out, streamed),
 * `GET /health`, `GET /openapi.json`. Articles are analysed by a worker pool, so requests run in
 * parallel on every core. Limits: body size (413), malformed input (400), time per article (504),
 * a full queue or a server shutting down (503). It never fetches a URL for a client unless
 * `allowFetch` is set.
 */
export function createPresslensServer(options: ServerOptions = {}): PresslensServer {
  const ownPool = typeof options.workers === 'object' ? null : createWorkerPool({ ...(options.workers === undefined ? {} : { size: options.workers }), ...(options.attributionScheme ? { attributionScheme: options.attributionScheme } : {}) });
  const pool = ownPool ?? (options.workers as WorkerPool);
  const maxBody = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const maxBatch = options.maxBatchBytes ?? DEFAULT_MAX_BATCH_BYTES;
  const timeoutMs = options.timeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS;
  const maxQueue = options.maxQueue ?? 1_000;
  let closing = false;
  let closed: Promise<void> | null = null;
  const active = new Set<ServerResponse>();

  async function analyzeOne(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const type = mediaTypeOf(req);
    const body = await readBody(req, maxBody);
    const id = url.searchParams.get('id') ?? undefined;
    const publishedAt = url.searchParams.get('publishedAt') ?? undefined;
    let article: ArticleInput;
    if (type === 'application/json' || type === '') {
      let value: unknown;
      try {
        value = JSON.parse(utf8Body(body));
      } catch (error) {
        if (error instanceof HttpError) throw error;
        throw new HttpError(400, 'PARSE_ERROR', `The body is not valid JSON (${error instanceof Error ? error.message : String(error)}).`);
      }
      const given = articleFromJson(value);
      if ('text' in given) article = given;
      else {
        if (!options.allowFetch) {
          throw new HttpError(403, 'FETCH_DISABLED', 'This server does not fetch URLs for clients; send the article text or HTML (or start it with --allow-fetch).');
        }
        article = await fetchArticle(given.url, { ...options.fetch, ...(given.id === undefined ? {} : { id: given.id }) });
      }
    } else if (type === 'text/plain') {
      article = { text: utf8Body(body) };
    } else if (type === 'text/html' || type === 'application/xhtml+xml') {
      article = htmlToArticle(utf8Body(body));
    } else {
      throw new HttpError(415, 'UNSUPPORTED_FORMAT', `Content-Type "${type}" is not read here; send application/json, text/plain or text/html.`);
    }
    if (id !== undefined) article.id = id;
    if (publishedAt !== undefined && (article.publishedAt == null || article.publishedAt === '')) article.publishedAt = publishedAt;
    if (article.text.trim() === '') throw new HttpError(400, 'INVALID_INPUT', 'The article has no text.');
    if (pool.pending >= maxQueue) throw new HttpError(503, 'BUSY', `${pool.pending} articles are waiting; try again shortly.`, { 'retry-after': '1' });
    const controller = new AbortController();
    const onClose = (): void => {
      if (!res.writableFinished) controller.abort();
    };
    res.on('close', onClose);
    try {
      // the thread serialises the result: the main thread only passes the bytes on
      const line = await pool.analyzeToLine(article, { timeoutMs, signal: controller.signal });
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': line.jsonl.byteLength });
      res.end(line.jsonl);
    } finally {
      res.off('close', onClose);
    }
  }

  async function analyzeBatch(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const type = mediaTypeOf(req);
    if (!['application/x-ndjson', 'application/jsonl', 'application/json-lines', 'application/jsonlines', 'text/plain', ''].includes(type)) {
      throw new HttpError(415, 'UNSUPPORTED_FORMAT', `Content-Type "${type}" is not read here; send JSON Lines (application/x-ndjson), one {"id","text"} a line.`);
    }
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > maxBatch) throw new HttpError(413, 'INPUT_TOO_LARGE', `The body is ${declared} bytes, over the batch limit of ${maxBatch}.`);
    let size = 0;
    let tooLarge = false;
    async function* limited(): AsyncGenerator<Buffer> {
      for await (const chunk of req as AsyncIterable<Buffer>) {
        size += chunk.length;
        if (size > maxBatch) {
          tooLarge = true;
          return;
        }
        yield chunk;
      }
    }
    res.writeHead(200, { 'content-type': 'application/x-ndjson; charset=utf-8' });
    // the threads write the JSON lines; this thread passes their bytes on
    for await (const outcome of analyzeStreamLines(readJsonl(limited(), { name: 'body', maxLineBytes: maxBody }), { workers: pool, timeoutMs })) {
      if (res.destroyed) return;
      if (!res.write(outcome.jsonl)) await Promise.race([once(res, 'drain'), once(res, 'close')]);
    }
    if (tooLarge) {
      res.write(`${JSON.stringify({ schemaVersion: SCHEMA_VERSION, article: { id: 'body' }, error: { code: 'INPUT_TOO_LARGE', message: `The body is over the batch limit of ${maxBatch} bytes; the lines after it were not read.` } })}\n`);
    }
    res.end();
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const route = `${req.method ?? 'GET'} ${url.pathname}`;
    if (closing) throw new HttpError(503, 'SHUTTING_DOWN', 'The server is shutting down.', { connection: 'close' });
    switch (route) {
      case 'GET /health':
        sendJson(res, 200, `${JSON.stringify({ status: 'ok', schemaVersion: SCHEMA_VERSION, workers: pool.size, pending: pool.pending, allowFetch: options.allowFetch === true })}\n`);
        return;
      case 'GET /openapi.json':
        sendJson(res, 200, `${JSON.stringify(openApiDocument({ allowFetch: options.allowFetch === true, maxBodyBytes: maxBody, maxBatchBytes: maxBatch }))}\n`);
        return;
      case 'POST /analyze':
        return analyzeOne(req, res, url);
      case 'POST /analyze/batch':
        return analyzeBatch(req, res);
      default: {
        const known = ['/health', '/openapi.json', '/analyze', '/analyze/batch'].includes(url.pathname);
        if (known) throw new HttpError(405, 'METHOD_NOT_ALLOWED', `${req.method} is not allowed on ${url.pathname}.`, { allow: url.pathname.startsWith('/analyze') ? 'POST' : 'GET' });
        throw new HttpError(404, 'NOT_FOUND', `No route ${url.pathname}. See GET /openapi.json.`);
      }
    }
  }

  const server = createServer((req, res) => {
    if (closing) res.shouldKeepAlive = false;
    active.add(res);
    res.on('close', () => active.delete(res));
    handle(req, res).catch((error: unknown) => {
      let status = 500;
      let code = 'INTERNAL';
      let message = 'The server failed on this request.';
      let headers: Record<string, string> = {};
      if (error instanceof HttpError) ({ status, code, message, headers } = error);
      else if (isPresslensError(error)) {
        code = error.code;
        message = error.message;
        status = STATUS[error.code] ?? 500;
      }
      if (status === 500) options.onError?.(error);
      // an unread body (413, 415…): answered at once, the rest read and dropped (bounded), so the client sees the answer
      if (!req.readableEnded) discardBody(req, Math.max(64 * 1024 * 1024, maxBody * 4));
      sendError(res, status, code, message, headers);
    });
  });
  server.requestTimeout = Math.max(60_000, timeoutMs * 2);
  server.headersTimeout = 30_000;

  return {
    server,
    async listen(port = 0, host = '127.0.0.1') {
      server.listen(port, host);
      await Promise.race([once(server, 'listening'), once(server, 'error').then(([e]) => Promise.reject(e as Error))]);
      return server.address() as AddressInfo;
    },
    close() {
      closed ??= (async () => {
        closing = true;
        // answers still to come close their connection, so that the server can stop
        for (const res of active) if (!res.headersSent) res.shouldKeepAlive = false;
        const stopped = new Promise<void>((done) => server.close(() => done()));
        server.closeIdleConnections();
        const grace = new Promise<void>((done) => setTimeout(done, options.shutdownGraceMs ?? 10_000).unref());
        await Promise.race([stopped, grace]);
        server.closeAllConnections();
        await stopped;
        await ownPool?.close();
      })();
      return closed;
    },
  };
}
