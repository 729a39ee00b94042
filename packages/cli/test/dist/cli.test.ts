import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const REPO = resolve(__dirname, '../../../..');
const BIN = join(REPO, 'packages/cli/bin/presslens.js');
const SEED = 'examples/articles/putin-istanbul-talks.txt';
const HEADLINE = 'Putin Pulls Shock Move on Trump-Backed Peace Talks';
const LINES = 2000;
const BAD_JSON_LINE = 700; // 1-based
const NO_TEXT_LINE = 1500;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  ms: number;
}

/** Run the built command, feeding `stdin`, and collect everything. */
function presslens(args: string[], options: { cwd?: string; stdin?: string } = {}): Promise<Run> {
  return new Promise((done, fail) => {
    const started = Date.now();
    const child = spawn(process.execPath, [BIN, ...args], { cwd: options.cwd ?? REPO, stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => out.push(c));
    child.stderr.on('data', (c: Buffer) => err.push(c));
    child.on('error', fail);
    child.on('close', (code) => done({ code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8'), ms: Date.now() - started }));
    child.stdin.end(options.stdin ?? '');
  });
}

const PEOPLE = ['Ana Ruiz', 'Tom Hale', 'Li Wen', 'Mara Lind', 'Jonas Berg', 'Pia Holm', 'Sam Okafor', 'Ines Moreau'];
const PLACES = ['Lisbon', 'Oslo', 'Nairobi', 'Hanoi', 'Quito', 'Tallinn', 'Perth', 'Accra'];
const TOPICS = ['the harbour plan', 'a new rail line', 'the school budget', 'flood defences', 'a housing scheme', 'the water tariff'];
const VERBS = ['said', 'told reporters', 'warned', 'claimed', 'argued'];

/** A made-up article that differs from line to line (length, names, quotes, numbers). */
function syntheticArticle(i: number): string {
  const person = PEOPLE[i % PEOPLE.length]!;
  const other = PEOPLE[(i * 3 + 1) % PEOPLE.length]!;
  const place = PLACES[(i * 7) % PLACES.length]!;
  const topic = TOPICS[i % TOPICS.length]!;
  const verb = VERBS[i % VERBS.length]!;
  const parts = [
    `${place} Council Delays Vote on ${topic.replace(/^(the|a) /, '')} (${i})`,
    `${place} officials postponed a vote on ${topic} on Tuesday after ${(i % 90) + 10} residents filed objections.`,
    `"We need more time to get this right," ${person} ${verb}, adding that the cost had risen by ${(i % 40) + 2} percent.`,
  ];
  for (let k = 0; k < i % 4; k++) parts.push(`Critics say ${other} might block the plan, though some observers believe a deal is likely before ${2020 + (k % 6)}.`);
  return parts.join('\n\n');
}

let dir: string;
let jsonlPath: string;

beforeAll(async () => {
  if (!existsSync(join(REPO, 'packages/cli/dist/index.js'))) throw new Error('Build first: npx turbo run build --filter=@presslens/cli...');
  dir = await mkdtemp(join(tmpdir(), 'presslens-e2e-'));
  const lines: string[] = [];
  for (let n = 1; n <= LINES; n++) {
    if (n === BAD_JSON_LINE) lines.push(`{"id":"art-${n}","text":"an unterminated string`);
    else if (n === NO_TEXT_LINE) lines.push(JSON.stringify({ id: `art-${n}`, title: 'No body' }));
    else lines.push(JSON.stringify({ id: `art-${n}`, text: syntheticArticle(n), ...(n % 2 ? { publishedAt: `2024-0${(n % 9) + 1}-1${n % 10}` } : {}) }));
  }
  jsonlPath = join(dir, 'batch.jsonl');
  await writeFile(jsonlPath, `${lines.join('\n')}\n`);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('presslens (built) on the seed article', () => {
  it('prints valid JSON of the output contract', async () => {
    const { code, stdout, stderr } = await presslens(['analyze', SEED, '--published', '2025-05-15']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const analysis = JSON.parse(stdout);
    expect(analysis.schemaVersion).toBe('1');
    expect(analysis.article).toMatchObject({ id: SEED, publishedAt: '2025-05-15', title: { text: HEADLINE } });
  });

  it('prints a Markdown report with the headline', async () => {
    const { code, stdout } = await presslens(['analyze', SEED, '--format', 'md']);
    expect(code).toBe(0);
    expect(stdout).toContain(`# ${HEADLINE}`);
  });

  it('reads the seed from stdin', async () => {
    const seed = spawnSync('cat', [join(REPO, SEED)]).stdout.toString('utf8');
    const { code, stdout } = await presslens(['analyze', '-'], { stdin: seed });
    expect(code).toBe(0);
    expect(JSON.parse(stdout).article).toMatchObject({ id: 'stdin', title: { text: HEADLINE } });
  });
});

describe(`presslens (built) on ${LINES} JSONL articles`, () => {
  it('writes exactly one line per input line, in order, failures included, and exits 1', async () => {
    const { code, stdout, stderr, ms } = await presslens(['analyze', jsonlPath, '--format', 'jsonl']);
    console.log(`${LINES} articles: ${ms} ms wall (node ${process.version})`);
    expect(code).toBe(1);
    const lines = stdout.split('\n');
    expect(lines.pop()).toBe('');
    expect(lines).toHaveLength(LINES);
    const parsed = lines.map((l) => JSON.parse(l) as { schemaVersion: string; article: { id: string }; error?: { code: string; message: string } });
    expect(parsed.map((p) => p.article.id)).toEqual(Array.from({ length: LINES }, (_, i) => `art-${i + 1}`));
    expect(parsed.every((p) => p.schemaVersion === '1')).toBe(true);
    const failures = parsed.filter((p) => p.error);
    expect(failures.map((f) => [f.article.id, f.error!.code])).toEqual([
      [`art-${BAD_JSON_LINE}`, 'PARSE_ERROR'],
      [`art-${NO_TEXT_LINE}`, 'INVALID_INPUT'],
    ]);
    expect(failures[0]!.error!.message).toContain(`Line ${BAD_JSON_LINE} of`);
    expect(Object.keys(failures[1]!)).toEqual(['schemaVersion', 'article', 'error']);
    expect(stderr.trimEnd().split('\n')).toEqual([expect.stringContaining(`art-${BAD_JSON_LINE}: Line ${BAD_JSON_LINE}`), expect.stringContaining(`art-${NO_TEXT_LINE}: Line ${NO_TEXT_LINE}`)]);
  });

  it('survives a reader that goes away (| head -1) without a stack trace', () => {
    const result = spawnSync('bash', ['-c', `set -o pipefail; "${process.execPath}" "${BIN}" analyze "${jsonlPath}" | head -1`], { cwd: REPO, encoding: 'utf8' });
    expect(JSON.parse(result.stdout).article.id).toBe('art-1');
    expect(result.stderr).not.toMatch(/at |Error:|EPIPE/);
    expect([0, 1]).toContain(result.status);
  });
});

describe('presslens (built) usage', () => {
  it.each([[['analyze']], [['frobnicate']], [['analyze', SEED, '--format', 'pdf']], [['analyze', SEED, '--published', 'yesterday']]])('%j exits 2 with the usage on stderr', async (args) => {
    const { code, stdout, stderr } = await presslens(args);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('Usage:');
  });

  it('prints the version and the plan', async () => {
    expect((await presslens(['--version'])).stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
    const plan = await presslens(['plan']);
    expect(plan.code).toBe(0);
    expect(plan.stdout.split('\n')[0]).toMatch(/^1\. segmentation /);
  });

  it('names a missing file and exits 1 without a stack trace', async () => {
    const { code, stderr } = await presslens(['analyze', 'no/such/file.txt']);
    expect(code).toBe(1);
    expect(stderr).toBe('presslens: no/such/file.txt: no such file or folder.\n');
  });
});
