import { open } from 'node:fs/promises';
import { resolve } from 'node:path';
import { PresslensError } from '@presslens/core';
import { articleIdFromPath } from './articleId.js';
import { BINARY_SNIFF_BYTES, looksBinary } from './decodeText.js';
import { isArticleFailure, toFailedAnalysis, type ArticleSource } from './failure.js';
import { extensionOf, fileError, readArticleFile, type ReadOptions } from './readArticleFile.js';
import { readJsonl, type JsonlOptions } from './readJsonl.js';

export interface ReadArticlesOptions extends ReadOptions, Pick<JsonlOptions, 'maxLineBytes'> {
  /** Publication date for articles that do not give one (`YYYY-MM-DD`). */
  publishedAt?: string;
}

async function* readJsonlFile(path: string, name: string, options: ReadArticlesOptions): AsyncGenerator<ArticleSource> {
  let handle;
  try {
    handle = await open(path, 'r');
    const head = Buffer.alloc(BINARY_SNIFF_BYTES);
    const { bytesRead } = await handle.read(head, 0, BINARY_SNIFF_BYTES, 0);
    if (looksBinary(head.subarray(0, bytesRead))) {
      await handle.close();
      yield toFailedAnalysis(name, new PresslensError('UNREADABLE', `${name} looks like a binary file (it has NUL bytes), not JSON Lines.`));
      return;
    }
  } catch (error) {
    await handle?.close().catch(() => undefined);
    yield toFailedAnalysis(name, fileError(error, name));
    return;
  }
  // a stream of the handle itself (not of its fd number): the handle alone closes the file, once
  const stream = handle.createReadStream({ autoClose: false, start: 0 });
  try {
    yield* readJsonl(stream, { name, onWarning: options.onWarning, maxLineBytes: options.maxLineBytes });
  } catch (error) {
    // a read error part way: what was read is kept, and the file gets one failure line
    yield toFailedAnalysis(name, fileError(error, name));
  } finally {
    stream.destroy();
    await handle.close().catch(() => undefined);
  }
}

/**
 * Every article in the given files, in order, as a stream: one per `.txt`/`.md`/`.html` file,
 * one per line of a `.jsonl` file (streamed, never read whole). A file or line that cannot be
 * read yields a `FailedAnalysis` naming it instead of stopping the stream. Give the files from
 * `expandInputs`.
 */
export async function* readArticles(files: Iterable<string> | AsyncIterable<string>, options: ReadArticlesOptions = {}): AsyncGenerator<ArticleSource> {
  const cwd = options.cwd ?? process.cwd();
  const withDefaults = (item: ArticleSource): ArticleSource => {
    if (options.publishedAt && !isArticleFailure(item) && (item.publishedAt == null || item.publishedAt === '')) {
      return { ...item, publishedAt: options.publishedAt };
    }
    return item;
  };
  for await (const file of files) {
    const path = resolve(cwd, file);
    const name = articleIdFromPath(path, cwd);
    if (extensionOf(path) === '.jsonl') {
      for await (const item of readJsonlFile(path, name, options)) yield withDefaults(item);
      continue;
    }
    let item: ArticleSource;
    try {
      item = await readArticleFile(path, { ...options, cwd });
    } catch (error) {
      item = toFailedAnalysis(name, error);
    }
    yield withDefaults(item);
  }
}
