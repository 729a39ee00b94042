import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { PresslensError } from '@presslens/core';
import { glob, isDynamicPattern } from 'tinyglobby';
import { articleIdFromPath } from './articleId.js';
import { fileError, extensionOf, SUPPORTED_EXTENSIONS } from './readArticleFile.js';

export interface ExpandOptions {
  /** Relative paths and globs start here (default `process.cwd()`). */
  cwd?: string;
  /**
   * Told about each input that names nothing (a missing path, a glob without matches), after
   * which expansion goes on. Without it, the first such input throws.
   */
  onError?: (error: PresslensError) => void;
}

const IGNORE = ['**/node_modules/**', '**/.git/**'];

function supported(path: string): boolean {
  return SUPPORTED_EXTENSIONS.includes(extensionOf(path));
}

/**
 * The files named by paths, folders and globs, sorted and without duplicates, as paths relative
 * to `cwd` (see `articleIdFromPath`). A file path is kept whatever its extension (reading it
 * says if it is unsupported); a folder is searched recursively and a glob is matched, both keeping
 * only the extensions presslens reads (`.txt`, `.md`, `.markdown`, `.html`, `.htm`, `.jsonl`),
 * leaving out dot files, `node_modules` and `.git`. A path that does not exist, or a glob or folder
 * that gives no file, is an `UNREADABLE` `PresslensError` that names it (see `onError`).
 */
export async function expandInputs(patterns: readonly string[], options: ExpandOptions = {}): Promise<string[]> {
  const cwd = options.cwd ?? process.cwd();
  const found = new Map<string, string>(); // absolute path → shown path
  const add = (absolute: string): void => {
    if (!found.has(absolute)) found.set(absolute, articleIdFromPath(absolute, cwd));
  };
  const fail = (error: PresslensError): void => {
    if (options.onError) options.onError(error);
    else throw error;
  };

  for (const pattern of patterns) {
    const absolute = resolve(cwd, pattern);
    let info: Awaited<ReturnType<typeof stat>> | null = null;
    try {
      info = await stat(absolute);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (!isDynamicPattern(pattern)) {
        fail(code === 'ENOENT' || code === 'ENOTDIR' ? new PresslensError('UNREADABLE', `${pattern}: no such file or folder.`, { cause: error }) : fileError(error, pattern));
        continue;
      }
    }
    if (info?.isDirectory()) {
      const files = (await glob('**/*', { cwd: absolute, absolute: true, ignore: IGNORE, followSymbolicLinks: false })).filter(supported);
      if (files.length === 0) fail(new PresslensError('UNREADABLE', `${pattern}: the folder has no ${SUPPORTED_EXTENSIONS.join(', ')} files.`));
      files.forEach(add);
    } else if (info) {
      add(absolute);
    } else {
      const files = (await glob(pattern, { cwd, absolute: true, ignore: IGNORE })).filter(supported);
      if (files.length === 0) fail(new PresslensError('UNREADABLE', `${pattern}: no ${SUPPORTED_EXTENSIONS.join(', ')} files match.`));
      files.forEach(add);
    }
  }
  return [...found.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, shown]) => shown);
}
