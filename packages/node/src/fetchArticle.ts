import { PresslensError, type ArticleInput } from '@presslens/core';
import { decodeText, decodeWindows1252 } from './decodeText.js';
import { htmlToArticle } from './htmlToArticle.js';

export interface FetchArticleOptions {
  /** Whole download, redirects included, in ms (default 15 s). */
  timeoutMs?: number;
  /** Largest page read, in bytes (default 10 MiB). */
  maxBytes?: number;
  /** Redirects followed (default 5, at most 5… or what you set); one more is an error. */
  maxRedirects?: number;
  /** The article id (default: the final URL). */
  id?: string;
  /** Told about problems that do not stop the fetch (a page that is not valid UTF-8…). */
  onWarning?: (message: string) => void;
  /** The `fetch` to use (default: the global one). */
  fetch?: typeof fetch;
}

export const DEFAULT_FETCH_TIMEOUT_MS = 15_000;
export const DEFAULT_FETCH_MAX_BYTES = 10 * 1024 * 1024;
export const DEFAULT_MAX_REDIRECTS = 5;

const HTML_TYPES = ['text/html', 'application/xhtml+xml'];
const CHARSET = /charset\s{0,5}=\s{0,5}"?([\w.:-]{1,40})/i;

/** True for a string that is an http(s) URL (what `presslens analyze` fetches instead of reading a file). */
export function isHttpUrl(value: string): boolean {
  return /^https?:\/\//i.test(value);
}

function parseUrl(value: string | URL, from?: URL): URL {
  let url: URL;
  try {
    url = new URL(value, from);
  } catch (error) {
    throw new PresslensError('INVALID_INPUT', `"${String(value)}" is not a URL.`, { cause: error });
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new PresslensError('INVALID_INPUT', `${url.href}: presslens fetches only http and https URLs, not ${url.protocol.replace(/:$/, '')}.`);
  }
  return url;
}

async function readBody(response: Response, url: string, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    throw new PresslensError('INPUT_TOO_LARGE', `${url} is ${declared} bytes, over the limit of ${maxBytes}.`);
  }
  if (!response.body) return new Uint8Array(0);
  const parts: Uint8Array[] = [];
  let size = 0;
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw new PresslensError('INPUT_TOO_LARGE', `${url} is over the limit of ${maxBytes} bytes; it was not read further.`);
    }
    parts.push(value);
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const p of parts) {
    bytes.set(p, at);
    at += p.length;
  }
  return bytes;
}

function decode(bytes: Uint8Array, contentType: string, name: string, onWarning?: (message: string) => void): string {
  const charset = CHARSET.exec(contentType)?.[1]?.toLowerCase();
  if (!charset || charset === 'utf-8' || charset === 'utf8') return decodeText(bytes, { name, onWarning });
  if (charset === 'iso-8859-1' || charset === 'latin1' || charset === 'windows-1252' || charset === 'us-ascii') return decodeWindows1252(bytes);
  try {
    return new TextDecoder(charset).decode(bytes);
  } catch {
    onWarning?.(`${name} says its charset is "${charset}", which presslens cannot read; read it as UTF-8.`);
    return decodeText(bytes, { name, onWarning });
  }
}

/**
 * Fetch a news page and read the article in it (see `htmlToArticle`: title, byline and date from
 * the page's metadata and JSON-LD, the body from Readability); a `text/plain` page is the text.
 * Only http and https, also for every redirect; at most `maxRedirects` redirects; a time limit on
 * the whole download and a size limit on the page. Throws a `PresslensError`: `INVALID_INPUT` (not
 * an http(s) URL, too many redirects), `UNREADABLE` (network error, HTTP error status),
 * `UNSUPPORTED_FORMAT` (not HTML or text), `INPUT_TOO_LARGE`, `ABORTED` (time-out).
 */
export async function fetchArticle(url: string | URL, options: FetchArticleOptions = {}): Promise<ArticleInput> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_FETCH_TIMEOUT_MS;
  const maxBytes = options.maxBytes ?? DEFAULT_FETCH_MAX_BYTES;
  const maxRedirects = options.maxRedirects ?? DEFAULT_MAX_REDIRECTS;
  const doFetch = options.fetch ?? fetch;
  const signal = AbortSignal.timeout(timeoutMs);
  let current = parseUrl(url);
  const first = current.href;
  try {
    for (let redirects = 0; ; redirects++) {
      const response = await fetchOnce(doFetch, current, signal);
      if (response.status >= 300 && response.status < 400 && response.headers.has('location')) {
        await response.body?.cancel().catch(() => undefined);
        if (redirects >= maxRedirects) throw new PresslensError('INVALID_INPUT', `${first} redirects more than ${maxRedirects} times; stopped at ${current.href}.`);
        current = parseUrl(response.headers.get('location')!, current);
        continue;
      }
      if (!response.ok) {
        await response.body?.cancel().catch(() => undefined);
        throw new PresslensError('UNREADABLE', `${current.href} answered HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}.`);
      }
      const contentType = response.headers.get('content-type') ?? '';
      const mediaType = contentType.split(';')[0]!.trim().toLowerCase();
      const html = mediaType === '' || HTML_TYPES.includes(mediaType);
      if (!html && mediaType !== 'text/plain') {
        await response.body?.cancel().catch(() => undefined);
        throw new PresslensError('UNSUPPORTED_FORMAT', `${current.href} is ${mediaType}, not an HTML page or plain text.`);
      }
      const text = decode(await readBody(response, current.href, maxBytes), contentType, current.href, options.onWarning);
      const id = options.id ?? current.href;
      if (!html) {
        if (text.trim() === '') throw new PresslensError('INVALID_INPUT', `${current.href} has no text.`);
        return { id, text, url: current.href };
      }
      const article = htmlToArticle(text, { id });
      if (article.text.trim() === '') throw new PresslensError('INVALID_INPUT', `${current.href} has no article text that presslens can find.`);
      article.url ??= current.href;
      return article;
    }
  } catch (error) {
    if (error instanceof PresslensError) throw error;
    if (signal.aborted) throw new PresslensError('ABORTED', `${first} took longer than ${timeoutMs} ms to fetch; gave up.`, { cause: error });
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    const reason = cause?.code ?? cause?.message ?? (error instanceof Error ? error.message : String(error));
    throw new PresslensError('UNREADABLE', `${current.href} could not be fetched (${reason}).`, { cause: error });
  }
}

const REQUEST_HEADERS = { accept: 'text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.1', 'user-agent': 'presslens (+https://github.com/presslens/presslens)' };
/** Socket errors of a kept-alive connection the server closed as it was reused: worth one more try. */
const RETRIED_CODES = new Set(['UND_ERR_SOCKET', 'ECONNRESET', 'EPIPE']);

/**
 * One GET, tried a second time when the connection broke before an answer came (a server closing
 * an idle kept-alive connection just as it is reused: browsers retry such a GET too).
 */
async function fetchOnce(doFetch: typeof fetch, url: URL, signal: AbortSignal): Promise<Response> {
  const init: RequestInit = { redirect: 'manual', signal, headers: REQUEST_HEADERS };
  try {
    return await doFetch(url, init);
  } catch (error) {
    const code = (error as { cause?: { code?: string } }).cause?.code;
    if (signal.aborted || code === undefined || !RETRIED_CODES.has(code)) throw error;
    return doFetch(url, init);
  }
}
