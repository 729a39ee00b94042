import { isAbsolute, relative, resolve, sep } from 'node:path';

/**
 * The id (and display name) of an article read from a file: its path relative to `cwd`, with
 * forward slashes (`news/a.txt`, `../other/b.txt`); the absolute path only when no relative path
 * exists (another drive on Windows). Unlike a base name it stays unique across folders, and unlike
 * an absolute path it is the same on every machine that runs from the same folder.
 */
export function articleIdFromPath(path: string, cwd: string = process.cwd()): string {
  const absolute = resolve(cwd, path);
  const rel = relative(cwd, absolute);
  const shown = rel === '' || isAbsolute(rel) ? absolute : rel;
  return sep === '/' ? shown : shown.split(sep).join('/');
}
