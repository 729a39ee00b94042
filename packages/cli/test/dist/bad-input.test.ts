// End-to-end: the built command on a folder of bad files (binary, Latin-1, UTF-16, empty, blank,
// broken HTML, 10 MB, pathological punctuation…) next to good ones. One line per article, each
// failure named with its file and reason on stderr, exit 1 only because something failed, never a
// crash. Build first: npx turbo run build --filter=@presslens/cli...
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { findSpanProblems, type Analysis } from '@presslens/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCALABLE_BAD_INPUTS, TEN_MB, newsArticle, pseudoRandomBytes } from '../../../../scripts/bad-inputs.mjs';

const REPO = resolve(__dirname, '../../../..');
const BIN = join(REPO, 'packages/cli/bin/presslens.js');

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

function presslens(args: string[]): Promise<Run> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: REPO, stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => out.push(c));
    child.stderr.on('data', (c: Buffer) => err.push(c));
    child.on('error', fail);
    child.on('close', (code, signal) => done({ code, signal, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }));
  });
}

const utf16le = (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
const pathological = (name: string, n = 100_000) => SCALABLE_BAD_INPUTS.find((c) => c.name === name)!.make(n);
const LATIN1_SENTENCE = 'Café owner José Núñez said on Monday that prices would rise.';

/** The files of the folder and what each must give: 'ok' (an analysis) or the code of its failure. */
const FILES: { name: string; bytes: () => Uint8Array | string; expect: 'ok' | string }[] = [
  { name: 'good.txt', bytes: () => newsArticle(2000), expect: 'ok' },
  { name: 'good.md', bytes: () => `---\ntitle: Council Delays Vote\npublishedAt: 2024-03-05\n---\n\n${newsArticle(1500)}`, expect: 'ok' },
  {
    name: 'good.html',
    bytes: () => `<!doctype html><html><head><title>Council Delays Vote</title></head><body><article><h1>Council Delays Vote</h1>${newsArticle(1500).split('\n\n').slice(1).map((p) => `<p>${p}</p>`).join('')}</article></body></html>`,
    expect: 'ok',
  },
  { name: 'crlf.txt', bytes: () => newsArticle(2000, '\r\n'), expect: 'ok' },
  { name: 'lone-cr.txt', bytes: () => newsArticle(2000, '\r'), expect: 'ok' },
  { name: 'latin1.txt', bytes: () => Buffer.from(LATIN1_SENTENCE, 'latin1'), expect: 'ok' },
  { name: 'invalid-utf8.txt', bytes: () => Buffer.concat([Buffer.from('Mayor Tom Hale said '), Buffer.from([0xc3, 0x28, 0xa0, 0xa1]), Buffer.from(' the bridge would open.')]), expect: 'ok' },
  { name: 'utf16.txt', bytes: () => utf16le('Mayor Tom Hale said on Monday that the bridge would open.'), expect: 'ok' },
  { name: 'late-nul.txt', bytes: () => `${newsArticle(1500)}\u0000 and after the NUL byte, Tom Hale said more.`, expect: 'ok' },
  { name: 'quotes.txt', bytes: () => pathological('straight double quotes'), expect: 'ok' },
  { name: 'curly-quotes.txt', bytes: () => pathological('curly double quotes'), expect: 'ok' },
  { name: 'dashes.txt', bytes: () => pathological('en and em dashes'), expect: 'ok' },
  { name: 'one-token.txt', bytes: () => pathological('one token'), expect: 'ok' },
  { name: 'nested-quotes.txt', bytes: () => pathological('deeply nested quotes'), expect: 'ok' },
  { name: 'mixed-scripts.txt', bytes: () => pathological('right-to-left and mixed scripts', 20_000), expect: 'ok' },
  { name: 'emoji.txt', bytes: () => pathological('emoji', 20_000), expect: 'ok' },
  { name: 'broken-tags.html', bytes: () => '<html><head><title>Bridge to open</title></head><body><article><h1>Bridge to open</h1><p>Mayor Tom Hale said on Monday that <b>the bridge</i> would open next year.<p>Critics say the cost has doubled. <div><span>Unclosed', expect: 'ok' },
  { name: 'photo.txt', bytes: () => pseudoRandomBytes(4096).map((b, i) => (i % 97 === 0 ? 0 : b)), expect: 'UNREADABLE' },
  { name: 'empty.txt', bytes: () => '', expect: 'INVALID_INPUT' },
  { name: 'blank.md', bytes: () => ' \n\t\r\n  \n', expect: 'INVALID_INPUT' },
  { name: 'no-body.html', bytes: () => '<html><head><title>Only a title</title></head></html>', expect: 'INVALID_INPUT' },
  { name: 'fragment.html', bytes: () => '<p>Mayor Tom Hale said on Monday that the bridge would open next year.</p><p>Critics say the cost has doubled.</p>', expect: 'ok' },
  { name: 'huge.txt', bytes: () => newsArticle(TEN_MB), expect: 'INPUT_TOO_LARGE' },
];

type Line = Analysis & { error?: { code: string; message: string } };

let dir: string;
let run: Run;
let lines: Line[];
beforeAll(async () => {
  if (!existsSync(join(REPO, 'packages/cli/dist/index.js'))) throw new Error('Build first: npx turbo run build --filter=@presslens/cli...');
  dir = await mkdtemp(join(tmpdir(), 'presslens-bad-'));
  await mkdir(join(dir, 'in'));
  for (const f of FILES) await writeFile(join(dir, 'in', f.name), f.bytes());
  run = await presslens(['analyze', join(dir, 'in'), '--format', 'jsonl', '-c', '2']);
  lines = run.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l) as Line);
});
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('presslens analyze <folder of bad and good files> (built)', () => {
  it('ends normally with exit code 1, because some articles failed', () => {
    expect(run.signal).toBeNull();
    expect(run.code).toBe(1);
    expect(run.stderr).not.toMatch(/^\s+at /m); // no stack trace without --debug
  });

  it('writes one line per file', () => {
    expect(lines.map((l) => basename(l.article.id)).sort()).toEqual(FILES.map((f) => f.name).sort());
  });

  it.each(FILES)('$name → $expect', ({ name, expect: expected }) => {
    const line = lines.find((l) => basename(l.article.id) === name)!;
    expect(line, `a line for ${name}`).toBeDefined();
    if (expected === 'ok') {
      expect(line.error, JSON.stringify(line.error)).toBeUndefined();
      expect(findSpanProblems(line)).toEqual([]);
      expect(line.messages.filter((m) => m.severity === 'error')).toEqual([]);
    } else {
      expect(line.error?.code).toBe(expected);
      expect(line.error?.message.length).toBeGreaterThan(10);
      // the failure is also told on stderr, with the file and the reason
      expect(run.stderr).toMatch(new RegExp(`${name.replace('.', '\\.')}.*\\[${expected}\\]`));
    }
  });

  it('reads Latin-1 and UTF-16 text right, and says when it guessed the encoding', () => {
    expect(lines.find((l) => l.article.id.endsWith('latin1.txt'))!.article.text).toContain('José Núñez');
    expect(lines.find((l) => l.article.id.endsWith('utf16.txt'))!.article.text).toContain('Mayor Tom Hale said');
    expect(run.stderr).toMatch(/latin1\.txt is not valid UTF-8/);
  });

  it('keeps the text of broken HTML', () => {
    expect(lines.find((l) => l.article.id.endsWith('broken-tags.html'))!.article.text).toContain('Mayor Tom Hale said on Monday that the bridge would open');
  });

  it('exits 0 on the good files alone', async () => {
    const good = FILES.filter((f) => f.expect === 'ok').map((f) => join(dir, 'in', f.name));
    const again = await presslens(['analyze', ...good, '--format', 'jsonl', '-c', '2']);
    expect(again.code).toBe(0);
    expect(again.stdout.split('\n').filter(Boolean)).toHaveLength(good.length);
  });
});
