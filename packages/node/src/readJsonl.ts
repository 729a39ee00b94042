import { SCHEMA_VERSION, type ArticleInput, type FailedAnalysis } from '@presslens/core';
import { decodeWindows1252 } from './decodeText.js';
import type { ArticleSource } from './failure.js';

export interface JsonlOptions {
  /** The file or stream name used in ids and messages (default `stdin`). */
  name?: string;
  /** Told when a line is not valid UTF-8 and was read as Latin-1. */
  onWarning?: (message: string) => void;
  /** A longer line becomes an `INPUT_TOO_LARGE` failure without being kept in memory (default 64 MiB). */
  maxLineBytes?: number;
}

/** Bytes or text chunks: a Node `Readable` (file, stdin, socket) or any async iterable. */
export type ByteSource = AsyncIterable<Uint8Array | string>;

export const DEFAULT_MAX_LINE_BYTES = 64 * 1024 * 1024;

const utf8 = new TextDecoder('utf-8', { fatal: true });
const encoder = new TextEncoder();
const BLANK = /^\s*$/;
/** The id of a line that is not valid JSON, when it can still be seen (bounded: no backtracking blow-up). */
const ID_IN_BROKEN_LINE = /"id"\s{0,20}:\s{0,20}(?:"((?:[^"\\\n]|\\.){1,200})"|(-?\d{1,20}))/;

interface RawLine {
  number: number;
  bytes: Uint8Array | null; // null: over the length limit
}

/**
 * Lines of a byte stream, split on `\n` (a `\r` before it is dropped), holding at most one line
 * in memory. Works on bytes, not text, so that each line can fall back to Latin-1 on its own.
 */
async function* splitLines(source: ByteSource, maxLineBytes: number): AsyncGenerator<RawLine> {
  let parts: Uint8Array[] = [];
  let size = 0;
  let tooLong = false;
  let number = 0;
  const finish = (): RawLine => {
    number++;
    if (tooLong) {
      tooLong = false;
      parts = [];
      size = 0;
      return { number, bytes: null };
    }
    let bytes: Uint8Array;
    if (parts.length === 1) bytes = parts[0]!;
    else {
      bytes = new Uint8Array(size);
      let at = 0;
      for (const p of parts) {
        bytes.set(p, at);
        at += p.length;
      }
    }
    if (bytes.length > 0 && bytes[bytes.length - 1] === 0x0d) bytes = bytes.subarray(0, bytes.length - 1);
    parts = [];
    size = 0;
    return { number, bytes };
  };
  const keep = (piece: Uint8Array): void => {
    if (tooLong || piece.length === 0) return;
    if (size + piece.length > maxLineBytes) {
      tooLong = true;
      parts = [];
      size = 0;
      return;
    }
    parts.push(piece);
    size += piece.length;
  };
  for await (const chunk of source) {
    const bytes = typeof chunk === 'string' ? encoder.encode(chunk) : chunk;
    let from = 0;
    for (;;) {
      const nl = bytes.indexOf(0x0a, from);
      if (nl < 0) break;
      keep(bytes.subarray(from, nl)); // a view: Node streams hand out a fresh buffer for every chunk
      yield finish();
      from = nl + 1;
    }
    if (from < bytes.length) keep(bytes.subarray(from));
  }
  if (size > 0 || tooLong) yield finish();
}

function failure(id: string, code: string, message: string): FailedAnalysis {
  return { schemaVersion: SCHEMA_VERSION, article: { id }, error: { code, message } };
}

function optionalString(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/**
 * Articles from JSON Lines, one object a line: `{"id", "text", "title"?, "publishedAt"?, "byline"?, "url"?}`.
 * Streams: memory holds one line at a time, however big the input. Blank lines are skipped.
 * A line that is not valid JSON, not an object, or has no `text` is not dropped: it yields a
 * `FailedAnalysis` (`PARSE_ERROR` or `INVALID_INPUT`) whose message gives the line number and
 * whose id is the line's id when it can be read, else `<name>:<line>`. A line without an id
 * gets the id `<name>:<line>` too. Lines that are not valid UTF-8 are read as Latin-1, with a warning.
 */
export async function* readJsonl(source: ByteSource, options: JsonlOptions = {}): AsyncGenerator<ArticleSource> {
  const name = options.name ?? 'stdin';
  const max = options.maxLineBytes ?? DEFAULT_MAX_LINE_BYTES;
  for await (const { number, bytes } of splitLines(source, max)) {
    const where = `line ${number} of ${name}`;
    const fallbackId = `${name}:${number}`;
    if (bytes === null) {
      yield failure(fallbackId, 'INPUT_TOO_LARGE', `The article on ${where} is over ${max} bytes. Split it.`);
      continue;
    }
    let line: string;
    try {
      line = utf8.decode(bytes);
    } catch {
      options.onWarning?.(`${where} is not valid UTF-8; read it as Latin-1 (windows-1252).`);
      line = decodeWindows1252(bytes);
    }
    if (BLANK.test(line)) continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      const m = ID_IN_BROKEN_LINE.exec(line);
      const id = m ? (m[1] !== undefined ? safeUnescape(m[1]) : m[2]!) : fallbackId;
      const reason = error instanceof Error ? error.message : String(error);
      yield failure(id, 'PARSE_ERROR', `${capitalise(where)} is not valid JSON (${reason}). Each line must be one JSON object.`);
      continue;
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      yield failure(fallbackId, 'INVALID_INPUT', `${capitalise(where)} is not a JSON object. Write {"id": …, "text": …}.`);
      continue;
    }
    const record = value as Record<string, unknown>;
    const rawId = record['id'];
    const id = typeof rawId === 'string' && rawId !== '' ? rawId : typeof rawId === 'number' && Number.isFinite(rawId) ? String(rawId) : fallbackId;
    if (rawId !== undefined && rawId !== null && id === fallbackId) {
      yield failure(fallbackId, 'INVALID_INPUT', `${capitalise(where)} has an "id" that is not a string or a number.`);
      continue;
    }
    const text = record['text'];
    if (typeof text !== 'string' || text.trim() === '') {
      const what = typeof text === 'string' ? 'an empty "text"' : text === undefined ? 'no "text" field' : 'a "text" that is not a string';
      yield failure(id, 'INVALID_INPUT', `${capitalise(where)} has ${what}; every line needs the article text.`);
      continue;
    }
    const article: ArticleInput = { id, text };
    const title = optionalString(record['title']);
    const publishedAt = optionalString(record['publishedAt']) ?? optionalString(record['published_at']) ?? optionalString(record['date']);
    const byline = optionalString(record['byline']);
    const url = optionalString(record['url']);
    if (title !== undefined) article.title = title;
    if (publishedAt !== undefined) article.publishedAt = publishedAt;
    if (byline !== undefined) article.byline = byline;
    if (url !== undefined) article.url = url;
    yield article;
  }
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function safeUnescape(jsonStringBody: string): string {
  try {
    return JSON.parse(`"${jsonStringBody}"`) as string;
  } catch {
    return jsonStringBody;
  }
}
