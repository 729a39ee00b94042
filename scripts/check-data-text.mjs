// No text of the shared data in the project. Every run of eight words (lower-cased letters and digits) in a
// file git tracks is looked for in the texts of ../shared/data (BBC News, PolNeAR, CoNLL-2003, the unlabeled
// corpora …); a run found there is printed with its file and line, and the check fails. The data stays outside
// the repository: tests and comments use invented sentences. Skips, and passes, when ../shared/data is absent.
//
//   node scripts/check-data-text.mjs [--n 8] [--data DIR] [path …]
//
// Paths limit the check to tracked files under them. Not read: the seed article (ours, not the data's), generated
// model files (weights and lexicons learned from the data), our BBC quote sets (offsets and the speakers' names we
// annotated; a long organisation's name is a name, not text), the lockfile, and the NLTK gazetteers (lists of
// country and place names, which the gazetteers derive from on purpose). A run counts when at least three of its
// words have three letters or more ("a b c d e f g h" in code is nobody's text).
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(name);
  if (at < 0) return fallback;
  const value = args[at + 1];
  args.splice(at, 2);
  return value;
};
const n = Number(option('--n', '8'));
const dataDir = resolve(root, option('--data', '../shared/data'));
const only = args.map((p) => relative(root, resolve(p)));
if (!Number.isInteger(n) || n < 4) {
  console.error('check-data-text: --n takes a whole number of words, 4 or more');
  process.exit(2);
}
if (!existsSync(dataDir)) {
  console.log(`check-data-text: skipped, ${relative(root, dataDir)} is absent`);
  process.exit(0);
}

// (the gold quote sets, `bbc-*.json` and `news-*.json`, hold offsets and the speakers' names: an organisation's full name can run to
// eight words, "Center for … Study of the … Economy")
const SKIP_PROJECT = /(^|\/)(package-lock\.json|putin-istanbul-talks\.txt|(bbc|news)-[a-z0-9-]+\.json)$|\.generated\.(ts|js)$|\.(png|jpe?g|gif|ico|gz|bin|woff2?)$/;
const SKIP_DATA = /(^|\/)gazetteers_nltk\/|\.(xlsx|xls|zip|gz|pdf|png)$/;
const WORD = /[a-z0-9]+/g;

/** 32-bit FNV-1a of a word. */
function wordHash(w) {
  let h = 0x811c9dc5;
  for (let i = 0; i < w.length; i++) h = Math.imul(h ^ w.charCodeAt(i), 0x01000193);
  return h >>> 0;
}
/** The hash of the n words from `i` (word hashes mixed in order). */
function runHash(hashes, i) {
  let h = 0;
  for (let k = 0; k < n; k++) h = (Math.imul(h, 0x9e3779b1) ^ hashes[i + k]) >>> 0;
  return h;
}
/** Whether the n words from `i` have three of three letters or more. */
function isText(w, i) {
  let long = 0;
  for (let k = 0; k < n; k++) if (w[i + k].length >= 3) long++;
  return long >= 3;
}
const words = (text) => text.toLowerCase().match(WORD) ?? [];

// every run of n words in the project, by hash: where it is
const tracked = execFileSync('git', ['ls-files', '-z'], { cwd: root, encoding: 'utf8' })
  .split('\0')
  .filter((f) => f && !SKIP_PROJECT.test(f) && (only.length === 0 || only.some((p) => p === '' || f === p || f.startsWith(`${p}/`))));
const runs = new Map();
for (const file of tracked) {
  let text;
  try {
    text = readFileSync(join(root, file), 'utf8');
  } catch {
    continue; // (deleted in the working tree)
  }
  if (text.includes('\0')) continue;
  text.split('\n').forEach((line, at) => {
    const w = words(line);
    const hashes = w.map(wordHash);
    for (let i = 0; i + n <= w.length; i++) {
      if (!isText(w, i)) continue;
      const h = runHash(hashes, i);
      let list = runs.get(h);
      if (!list) runs.set(h, (list = []));
      list.push({ file, line: at + 1, run: w.slice(i, i + n).join(' ') });
    }
  });
}

/** The text of a data file: CoNLL files are one token a line, so their first column is joined back into sentences. */
function dataText(path) {
  const text = readFileSync(path, 'utf8');
  if (!path.includes('conll')) return text;
  return text.split('\n').map((l) => (l.trim() ? l.split(/[ \t]/)[0] : '\n')).join(' ');
}
function* dataFiles(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* dataFiles(path);
    else if (!SKIP_DATA.test(relative(dataDir, path))) yield path;
  }
}

const found = new Map();
let scanned = 0;
for (const path of dataFiles(dataDir)) {
  scanned++;
  const w = words(dataText(path));
  const hashes = w.map(wordHash);
  for (let i = 0; i + n <= w.length; i++) {
    const list = runs.get(runHash(hashes, i));
    if (!list) continue;
    const run = w.slice(i, i + n).join(' ');
    for (const at of list) if (at.run === run && !found.has(`${at.file}:${at.line}`)) found.set(`${at.file}:${at.line}`, { ...at, data: relative(dataDir, path) });
  }
}

if (found.size === 0) {
  console.log(`check-data-text: ok, no run of ${n} words from ${relative(root, dataDir)} (${scanned} files) in ${tracked.length} tracked files`);
  process.exit(0);
}
const sorted = [...found.values()].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
for (const hit of sorted) console.log(`${hit.file}:${hit.line}: "${hit.run}" (${hit.data})`);
console.error(`check-data-text: ${found.size} lines hold text of ${relative(root, dataDir)}: write invented text instead`);
process.exit(1);
