import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { PresslensError, type ArticleInput } from '@presslens/core';
import { articleIdFromPath } from './articleId.js';
import { decodeText } from './decodeText.js';
import { parseFrontMatter } from './frontMatter.js';
import { htmlToArticle } from './htmlToArticle.js';

/** File extensions presslens reads, lower case. `.jsonl` holds many articles (see `readArticles`). */
export const SUPPORTED_EXTENSIONS: readonly string[] = ['.txt', '.md', '.markdown', '.html', '.htm', '.jsonl'];

/** Default largest file read whole (32 MiB); a `.jsonl` file is streamed and has no such limit. */
export const DEFAULT_MAX_FILE_BYTES = 32 * 1024 * 1024;

export interface ReadOptions {
  /** Paths (and ids) are relative to this folder (default `process.cwd()`). */
  cwd?: string;
  /** Told about problems that do not stop the read (a Latin-1 file, a line without an id…). */
  onWarning?: (message: string) => void;
  /** Largest file read whole, in bytes (default 32 MiB). */
  maxFileBytes?: number;
}

const HEADING = /^#{1,6}[ \t]+/;
const LEADING_BLANK_LINES = /^(?:[ \t]*\r?\n)+/;

export function extensionOf(path: string): string {
  return extname(path).toLowerCase();
}

/** A Node file-system error as a `PresslensError` that names the file and says what to do. */
export function fileError(error: unknown, name: string): PresslensError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const reason =
    code === 'ENOENT'
      ? `${name}: no such file. Check the path.`
      : code === 'EISDIR'
        ? `${name} is a folder; give the folder itself as an input to read the files in it.`
        : code === 'EACCES' || code === 'EPERM'
          ? `${name}: permission denied. Check the file's permissions.`
          : `${name} could not be read: ${error instanceof Error ? error.message : String(error)}`;
  return new PresslensError('UNREADABLE', reason, { cause: error });
}

async function readTextFile(path: string, name: string, options: ReadOptions): Promise<string> {
  const max = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  let bytes: Buffer;
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
    if (info.size > max) {
      throw new PresslensError('INPUT_TOO_LARGE', `${name} is ${info.size} bytes, over the limit of ${max}. Split it, or put one article a line in a .jsonl file.`);
    }
    bytes = await readFile(path);
  } catch (error) {
    if (error instanceof PresslensError) throw error;
    throw fileError(error, name);
  }
  return decodeText(bytes, { name, onWarning: options.onWarning });
}

function requireText(text: string, name: string): void {
  if (text.trim() === '') throw new PresslensError('INVALID_INPUT', `${name} has no article text.`);
}

/**
 * Read one article from a `.txt`, `.md` or `.html`/`.htm` file.
 *
 * - The id is the path relative to `cwd` (see `articleIdFromPath`), unless Markdown front matter gives `id`.
 * - `.txt`: the text as it is; core finds the headline, byline and dateline in it.
 * - `.md`: optional front matter (`title`, `publishedAt`/`published`/`date`, `id`, `author`/`byline`, `url`) is
 *   removed; the Markdown text is kept as it is.
 * - `.html`: see `htmlToArticle`.
 *
 * Bytes are read as UTF-8, or as Latin-1 with a warning when they are not valid UTF-8. Throws a
 * `PresslensError`: `UNREADABLE` (missing, a folder, binary), `UNSUPPORTED_FORMAT`, `INPUT_TOO_LARGE`,
 * `INVALID_INPUT` (no text). A `.jsonl` file holds many articles: read it with `readArticles` or `readJsonl`.
 */
export async function readArticleFile(path: string, options: ReadOptions = {}): Promise<ArticleInput> {
  const cwd = options.cwd ?? process.cwd();
  const id = articleIdFromPath(path, cwd);
  const ext = extensionOf(path);
  if (ext === '.jsonl') {
    throw new PresslensError('UNSUPPORTED_FORMAT', `${id} holds one article a line; read it with readArticles() or readJsonl().`);
  }
  if (!SUPPORTED_EXTENSIONS.includes(ext)) {
    throw new PresslensError('UNSUPPORTED_FORMAT', `${id}: presslens reads ${SUPPORTED_EXTENSIONS.join(', ')} files, not "${ext || 'no extension'}". Rename a plain-text file to .txt.`);
  }
  const source = await readTextFile(path, id, options);
  if (ext === '.html' || ext === '.htm') {
    const article = htmlToArticle(source, { id });
    requireText(article.text, id);
    return article;
  }
  if (ext === '.md' || ext === '.markdown') {
    const { data, body } = parseFrontMatter(source);
    const text = body.replace(LEADING_BLANK_LINES, '');
    requireText(text, id);
    const article: ArticleInput = { id: data['id'] || id, text };
    const title = data['title'];
    const firstLine = text.slice(0, text.indexOf('\n') < 0 ? text.length : text.indexOf('\n')).trim();
    // a title that the first heading already shows is not put in front of the text again
    if (title && firstLine.replace(HEADING, '') !== title) article.title = title;
    const published = data['publishedat'] ?? data['published_at'] ?? data['published'] ?? data['date'];
    if (published) article.publishedAt = published;
    const byline = data['byline'] ?? data['author'];
    if (byline) article.byline = byline;
    if (data['url']) article.url = data['url'];
    return article;
  }
  requireText(source, id);
  return { id, text: source };
}
