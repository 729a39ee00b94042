import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { progressLine } from './analyze.js';
import { main } from './index.js';

const REPO = resolve(__dirname, '../../..');
const SEED = 'examples/articles/putin-istanbul-talks.txt';
const HEADLINE = 'Putin Pulls Shock Move on Trump-Backed Peace Talks';
let dir: string;

class Sink extends Writable {
  chunks: string[] = [];
  constructor(readonly isTTY = false) {
    super();
  }
  override _write(chunk: Buffer, _enc: BufferEncoding, done: () => void): void {
    this.chunks.push(chunk.toString('utf8'));
    done();
  }
  get text(): string {
    return this.chunks.join('');
  }
}

async function run(argv: string[], options: { stdin?: string | Uint8Array; cwd?: string; tty?: boolean; stdout?: Writable } = {}) {
  const stdout = new Sink();
  const stderr = new Sink(options.tty ?? false);
  const stdin = options.stdin === undefined ? Readable.from([]) : Readable.from([Buffer.from(options.stdin)]);
  const code = await main(argv, { stdout: options.stdout ?? stdout, stderr, stdin, cwd: options.cwd ?? REPO });
  return { code, stdout: stdout.text, stderr: stderr.text };
}

const jsonLines = (text: string) => text.trimEnd().split('\n').map((l) => JSON.parse(l) as { article: { id: string; publishedAt?: string }; error?: { code: string } });

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'presslens-cli-'));
  await writeFile(join(dir, 'a.txt'), 'Town Votes On Budget\n\nThe town council voted on Monday to pass the budget.');
  await writeFile(join(dir, 'b.md'), '---\ntitle: Rail Line Opens\ndate: 2024-04-04\n---\nThe new rail line opened on Thursday, officials said.\n');
  await writeFile(join(dir, 'latin1.txt'), new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x70, 0x65, 0x6e, 0x73, 0x2e]));
  await writeFile(join(dir, 'bin.txt'), new Uint8Array([0, 1, 2, 3, 0, 0]));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('progressLine', () => {
  it.each([
    { case: 'known total', done: 50, total: 200, failed: 0, ms: 10_000, line: 'presslens: [#####...............] 50/200 (25%) · 5.0/s · ETA 0:30' },
    { case: 'with failures', done: 3, total: 4, failed: 1, ms: 1_000, line: 'presslens: [###############.....] 3/4 (75%) · 3.0/s · ETA 0:00 · 1 failed' },
    { case: 'a long batch', done: 1, total: 7201, failed: 0, ms: 1_000, line: 'presslens: [....................] 1/7201 (0%) · 1.0/s · ETA 2:00:00' },
    { case: 'unknown total (stdin)', done: 7, total: null, failed: 0, ms: 2_000, line: 'presslens: 7 analysed · 3.5/s' },
  ])('$case', ({ done, total, failed, ms, line }) => {
    expect(progressLine(done, total, failed, ms)).toBe(line);
  });
});

describe('presslens: usage errors exit with 2 and print the usage on stderr', () => {
  it.each([
    { case: 'no command', argv: [], message: 'Give a command.' },
    { case: 'an unknown command', argv: ['analyse', 'x.txt'], message: 'Unknown command "analyse".' },
    { case: 'an unknown top-level option', argv: ['--colour'], message: 'Unknown option "--colour".' },
    { case: 'an unknown option', argv: ['analyze', SEED, '--fast'], message: 'Unknown option "--fast".' },
    { case: 'an unknown format', argv: ['analyze', SEED, '--format', 'xml'], message: 'Unknown format "xml". Use one of: json, jsonl, md, html, jsonld.' },
    { case: 'a format without a value', argv: ['analyze', SEED, '--format'], message: 'Option "--format" needs a value.' },
    { case: 'no inputs', argv: ['analyze', '--format', 'md'], message: 'Give at least one file, folder, glob or http(s) URL to analyse, or - for stdin.' },
    { case: 'a published date that is not a date', argv: ['analyze', SEED, '--published', '2025-02-30'], message: '--published "2025-02-30" is not a date. Use YYYY-MM-DD, e.g. 2025-05-15.' },
    { case: 'a published date in another format', argv: ['analyze', SEED, '--published=15/05/2025'], message: '--published "15/05/2025" is not a date. Use YYYY-MM-DD, e.g. 2025-05-15.' },
    { case: 'a bad concurrency', argv: ['analyze', SEED, '-c', '0'], message: '--concurrency "0" is not a whole number from 1 to 1024.' },
    { case: 'a port out of range', argv: ['serve', '--port', '70000'], message: '--port "70000" is not a whole number from 0 to 65535.', usage: 'Usage: presslens serve' },
    { case: 'arguments to serve', argv: ['serve', 'now'], message: 'serve takes no arguments, got "now".', usage: 'Usage: presslens serve' },
    { case: 'a worker without Redis', argv: ['worker'], message: 'Give the Redis URL: --redis redis://host:port.', usage: 'Usage: presslens worker' },
    { case: 'a Redis URL that is not one', argv: ['worker', '--redis', 'localhost:6379'], message: '--redis "localhost:6379" is not a Redis URL. Write redis://host:port, e.g. redis://127.0.0.1:6379.', usage: 'Usage: presslens worker' },
    { case: 'collect without --out', argv: ['collect', '--redis', 'redis://127.0.0.1:1'], message: 'Give the results file: --out results.jsonl.', usage: 'Usage: presslens collect' },
    { case: 'enqueue without inputs', argv: ['enqueue', '--redis', 'redis://127.0.0.1:1'], message: 'Give at least one file, folder, glob or http(s) URL to enqueue, or - for stdin.', usage: 'Usage: presslens enqueue' },
    { case: 'an unknown queue command', argv: ['queue', 'purge', '--redis', 'redis://127.0.0.1:1'], message: 'Unknown queue command "purge". Use: status.', usage: 'Usage: presslens queue status' },
    { case: 'an unknown stdin mode', argv: ['analyze', '-', '--input', 'csv'], message: 'Unknown input "csv". Use one of: auto, text, jsonl.' },
    { case: 'stdin twice', argv: ['analyze', '-', '-'], message: 'Give - (stdin) only once.' },
    { case: 'an unknown attribution scheme', argv: ['analyze', SEED, '--attributions', 'gossip'], message: 'Unknown attribution scheme "gossip". Use one of: parc, quotes.' },
    { case: 'an unknown attribution scheme to serve', argv: ['serve', '--attributions', 'all'], message: 'Unknown attribution scheme "all". Use one of: parc, quotes.', usage: 'Usage: presslens serve' },
    { case: 'an unknown attribution scheme to a worker', argv: ['worker', '--redis', 'redis://127.0.0.1:1', '--attributions', 'all'], message: 'Unknown attribution scheme "all". Use one of: parc, quotes.', usage: 'Usage: presslens worker' },
    { case: 'a value for a switch', argv: ['analyze', SEED, '--quiet=yes'], message: 'Option "--quiet" takes no value.' },
    { case: 'arguments to plan', argv: ['plan', 'extra'], message: 'plan takes no arguments, got "extra".' },
  ])('$case', async ({ argv, message, ...rest }) => {
    const { code, stdout, stderr } = await run(argv);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.split('\n')[0]).toBe(`presslens: ${message}`);
    expect(stderr).toContain('usage' in rest ? rest.usage : 'Usage:');
  });
});

describe('presslens: help, version, plan', () => {
  it.each([
    { argv: ['--help'], expected: 'presslens analyze <file|folder|glob|url|->... [options]' },
    { argv: ['serve', '--help'], expected: 'Usage: presslens serve [options]' },
    { argv: ['help', 'worker'], expected: 'Usage: presslens worker --redis <url> [options]' },
    { argv: ['collect', '-h'], expected: 'Usage: presslens collect --redis <url> --out <file> [options]' },
    { argv: ['help', 'analyze'], expected: '--published <YYYY-MM-DD>' },
    { argv: ['analyze', '--help'], expected: 'Exit codes: 0 every article analysed' },
    { argv: ['plan', '-h'], expected: 'Usage: presslens plan' },
  ])('$argv prints help on stdout', async ({ argv, expected }) => {
    const { code, stdout, stderr } = await run(argv);
    expect(code).toBe(0);
    expect(stdout).toContain(expected);
    expect(stderr).toBe('');
  });

  it('prints the version', async () => {
    const { code, stdout } = await run(['--version']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });

  it('prints the extractor order of the default pipeline', async () => {
    const { code, stdout } = await run(['plan']);
    expect(code).toBe(0);
    const names = stdout.trimEnd().split('\n').map((l) => /^\d+\. (\S+)/.exec(l)?.[1]);
    expect(names[0]).toBe('segmentation');
    expect(names).toContain('claims');
    expect(names.indexOf('mentions')).toBeLessThan(names.indexOf('entities'));
  });
});

describe('presslens analyze', () => {
  it('prints one JSON document for one article', async () => {
    const { code, stdout, stderr } = await run(['analyze', SEED, '--published', '2025-05-15']);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const analysis = JSON.parse(stdout);
    expect(analysis).toMatchObject({ schemaVersion: '1', article: { id: SEED, publishedAt: '2025-05-15', title: { text: HEADLINE } } });
  });

  it('prints the Markdown report', async () => {
    const { code, stdout } = await run(['analyze', SEED, '--format', 'md']);
    expect(code).toBe(0);
    expect(stdout).toContain(HEADLINE);
  });

  it('prints JSON Lines for several articles, sorted, and a JSON array with --format json', async () => {
    const lines = await run(['analyze', 'b.md', 'a.txt'], { cwd: dir });
    expect(lines.code).toBe(0);
    expect(jsonLines(lines.stdout).map((o) => o.article.id)).toEqual(['a.txt', 'b.md']);
    const array = await run(['analyze', '*.{txt,md}', '--format=json', '-q'], { cwd: dir });
    const parsed = JSON.parse(array.stdout) as Array<{ article: { id: string } }>;
    expect(parsed.map((o) => o.article.id)).toEqual(['a.txt', 'b.md', 'bin.txt', 'latin1.txt']);
    expect(array.code).toBe(1);
  });

  it('separates Markdown reports with ---', async () => {
    const { stdout } = await run(['analyze', 'a.txt', 'b.md', '-f', 'md'], { cwd: dir });
    expect(stdout.split('\n---\n')).toHaveLength(2);
    expect(stdout).toContain('Rail Line Opens');
  });

  it('reads one text article from stdin, and JSON Lines when it starts with {', async () => {
    const text = await run(['analyze', '-', '--published', '2024-01-31'], { stdin: 'Storm Hits Coast\n\nA storm hit the coast on Tuesday.' });
    expect(text.code).toBe(0);
    expect(JSON.parse(text.stdout)).toMatchObject({ article: { id: 'stdin', publishedAt: '2024-01-31' } });

    const jsonl = await run(['analyze', '-', '--published', '2024-01-31'], { stdin: '\n{"id":"x1","text":"One.","publishedAt":"2020-01-01"}\n{"id":"x2","text":"Two."}\n' });
    expect(jsonl.code).toBe(0);
    expect(jsonLines(jsonl.stdout).map((o) => [o.article.id, o.article.publishedAt])).toEqual([['x1', '2020-01-01'], ['x2', '2024-01-31']]);

    const forcedText = await run(['analyze', '-', '--input', 'text'], { stdin: '{"id":"x1","text":"One."}' });
    expect(JSON.parse(forcedText.stdout)).toMatchObject({ article: { id: 'stdin' } });
  });

  it('writes a failure line for a bad JSONL line, says so on stderr, and exits 1', async () => {
    const { code, stdout, stderr } = await run(['analyze', '-', '--format', 'jsonl'], { stdin: '{"id":"g1","text":"Good."}\n{"id":"b1", oops\n{"id":"g2","text":"Good too."}\n' });
    expect(code).toBe(1);
    const lines = jsonLines(stdout);
    expect(lines.map((l) => [l.article.id, l.error?.code ?? 'ok'])).toEqual([['g1', 'ok'], ['b1', 'PARSE_ERROR'], ['g2', 'ok']]);
    expect(stderr).toMatch(/^presslens: b1: Line 2 of stdin is not valid JSON .*\[PARSE_ERROR\]\n$/);
  });

  it('names a missing file, still analyses the others, and exits 1', async () => {
    const { code, stdout, stderr } = await run(['analyze', 'a.txt', 'nope.txt', 'gone/*.md'], { cwd: dir });
    expect(code).toBe(1);
    expect(JSON.parse(stdout)).toMatchObject({ article: { id: 'a.txt' } });
    expect(stderr).toBe('presslens: nope.txt: no such file or folder.\npresslens: gone/*.md: no .txt, .md, .markdown, .html, .htm, .jsonl files match.\n');
  });

  it('exits 1 with only missing files and prints nothing on stdout', async () => {
    const { code, stdout, stderr } = await run(['analyze', 'nope.txt'], { cwd: dir });
    expect([code, stdout]).toEqual([1, '']);
    expect(stderr).toContain('nope.txt');
  });

  it('turns a binary file into a failure that names it', async () => {
    const { code, stdout, stderr } = await run(['analyze', 'bin.txt', 'a.txt'], { cwd: dir });
    expect(code).toBe(1);
    expect(jsonLines(stdout)[1]).toMatchObject({ article: { id: 'bin.txt' }, error: { code: 'UNREADABLE' } });
    expect(stderr).toContain('presslens: bin.txt: bin.txt looks like a binary file');
  });

  it('warns about a Latin-1 file unless --quiet', async () => {
    const loud = await run(['analyze', 'latin1.txt'], { cwd: dir });
    expect(loud.code).toBe(0);
    expect(JSON.parse(loud.stdout).article.text).toBe('Café opens.');
    expect(loud.stderr).toMatch(/^presslens: warning: latin1\.txt is not valid UTF-8/);
    const quiet = await run(['analyze', 'latin1.txt', '--quiet'], { cwd: dir });
    expect(quiet.stderr).toBe('');
  });

  it('writes to --out and nothing to stdout', async () => {
    const { code, stdout } = await run(['analyze', 'a.txt', '--out', 'out/../result.json'], { cwd: dir });
    expect([code, stdout]).toEqual([0, '']);
    expect(JSON.parse(await readFile(join(dir, 'result.json'), 'utf8'))).toMatchObject({ article: { id: 'a.txt' } });
  });

  it.each([
    { label: 'html', format: 'html', files: ['a.html', 'b.html', 'sub_a.html'], check: (text: string) => expect(text).toMatch(/^<!doctype html>/) },
    { label: 'md', format: 'md', files: ['a.md', 'b.md', 'sub_a.md'], check: (text: string) => expect(text).toMatch(/^# /) },
    { label: 'json (the default)', format: undefined, files: ['a.json', 'b.json', 'sub_a.json'], check: (text: string) => expect(JSON.parse(text)).toHaveProperty('article') },
  ])('writes one $label file per article into --out-dir, named after the article', async ({ format, files, check }) => {
    await mkdir(join(dir, 'sub'), { recursive: true });
    await writeFile(join(dir, 'sub', 'a.txt'), 'A second a.txt, in a folder.');
    const out = await mkdtemp(join(tmpdir(), 'presslens-out-'));
    try {
      const { code, stdout } = await run(['analyze', 'a.txt', 'b.md', 'sub/a.txt', '--out-dir', join(out, 'pages'), ...(format ? ['-f', format] : []), '-c', '1'], { cwd: dir });
      expect([code, stdout]).toEqual([0, '']);
      expect((await readdir(join(out, 'pages'))).sort()).toEqual(files);
      for (const file of files) check(await readFile(join(out, 'pages', file), 'utf8'));
    } finally {
      await rm(out, { recursive: true, force: true });
      await rm(join(dir, 'sub'), { recursive: true, force: true });
    }
  });

  it.each([
    { case: 'html for several articles without --out-dir', argv: ['analyze', 'a.txt', 'b.md', '-f', 'html'], message: '--format html makes one page per article: for several articles give --out-dir <folder>.' },
    { case: '--out with --out-dir', argv: ['analyze', 'a.txt', '--out', 'x.json', '--out-dir', 'x'], message: 'Give --out (one file) or --out-dir (a file per article), not both.' },
  ])('refuses $case (exit 2)', async ({ argv, message }) => {
    const { code, stdout, stderr } = await run(argv, { cwd: dir });
    expect([code, stdout]).toEqual([2, '']);
    expect(stderr.split('\n')[0]).toBe(`presslens: ${message}`);
  });

  it('says when --out cannot be written', async () => {
    const { code, stderr } = await run(['analyze', 'a.txt', '--out', join(dir, 'no-such-dir', 'x.json')], { cwd: dir });
    expect(code).toBe(1);
    expect(stderr).toMatch(/^presslens: cannot write to .*x\.json: ENOENT/);
  });

  it('prints a summary only when stderr is a terminal', async () => {
    const tty = await run(['analyze', 'a.txt', 'b.md'], { cwd: dir, tty: true });
    expect(tty.stderr).toMatch(/presslens: 2 articles in \d+\.\d+s \(\d+\.\d\/s\), 0 failed\n$/);
    const quiet = await run(['analyze', 'a.txt', 'b.md', '-q'], { cwd: dir, tty: true });
    expect(quiet.stderr).toBe('');
  });

  it.each([
    {
      format: 'jsonld',
      check: (out: string) =>
        expect(out.trimEnd().split('\n').map((l) => (JSON.parse(l) as { '@graph': { '@type': string }[] })['@graph'][0]!['@type'])).toEqual(['NewsArticle', 'NewsArticle']),
    },
  ])('prints --format $format for each article of a batch', async ({ format, check }) => {
    const { code, stdout } = await run(['analyze', 'a.txt', 'b.md', '--format', format, '-c', '1'], { cwd: dir });
    expect(code).toBe(0);
    check(stdout);
  });

  it('gives the same JSONL on two worker threads (-c 2) as on one (-c 1), and every result with --unordered', async () => {
    const lines = Array.from({ length: 12 }, (_, i) => JSON.stringify({ id: `w${i}`, text: `Minister ${['Ana Ruiz', 'Tom Hale'][i % 2]} said on Monday that the plan would cost $${i + 2} million.` })).join('\n');
    const one = await run(['analyze', '-', '-c', '1'], { stdin: lines });
    const two = await run(['analyze', '-', '-c', '2'], { stdin: lines });
    const loose = await run(['analyze', '-', '-c', '2', '--unordered'], { stdin: lines });
    expect([one.code, two.code, loose.code]).toEqual([0, 0, 0]);
    expect(jsonLines(one.stdout).map((r) => r.article.id)).toEqual(Array.from({ length: 12 }, (_, i) => `w${i}`));
    expect(two.stdout).toBe(one.stdout);
    expect(loose.stdout.trimEnd().split('\n').sort()).toEqual(one.stdout.trimEnd().split('\n').sort());
  });

  it('reports only what someone said with --attributions quotes, in this thread and on worker threads', async () => {
    type Line = { attributions: { rule: string; content: { text: string } }[] };
    const text = 'Mr Hale said the plan would cost $2 million. Mr Hale believes the deal is dead.';
    const contents = (out: string): string[][] => out.trimEnd().split('\n').map((l) => (JSON.parse(l) as Line).attributions.map((a) => a.content.text));
    const parc = await run(['analyze', '-', '--input', 'text', '-f', 'jsonl'], { stdin: text });
    const quotes = await run(['analyze', '-', '--input', 'text', '-f', 'jsonl', '--attributions', 'quotes'], { stdin: text });
    expect(contents(parc.stdout)).toEqual([['the plan would cost $2 million', 'the deal is dead']]);
    expect(contents(quotes.stdout)).toEqual([['the plan would cost $2 million']]);
    const batch = [0, 1].map((i) => JSON.stringify({ id: `q${i}`, text })).join('\n');
    const pooled = await run(['analyze', '-', '-c', '2', '--attributions', 'quotes'], { stdin: batch });
    expect([parc.code, quotes.code, pooled.code]).toEqual([0, 0, 0]);
    expect(contents(pooled.stdout)).toEqual([['the plan would cost $2 million'], ['the plan would cost $2 million']]);
  });

  it('stops quietly when the reader goes away (broken pipe)', async () => {
    let writes = 0;
    const pipe = new Writable({
      write(_chunk, _enc, done) {
        writes++;
        if (writes === 1) done();
        else done(Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }));
      },
    });
    const lines = Array.from({ length: 50 }, (_, i) => JSON.stringify({ id: `p${i}`, text: `Article ${i}.` })).join('\n');
    const { code, stderr } = await run(['analyze', '-'], { stdin: lines, stdout: pipe });
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(writes).toBeLessThan(50);
  });
});
