// End-to-end tests of the built command at scale: the HTTP API, fetching URLs, and the queue on a
// real redis-server (scripts/redis.mjs) with a worker process killed mid-run. `npm run build` first.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';

const REPO = resolve(__dirname, '../../../..');
const BIN = join(REPO, 'packages/cli/bin/presslens.js');
const PAGE = join(REPO, 'packages/node/test/fixtures/pages/harbour.html');

interface RedisHandle {
  url: string;
  stop(): Promise<void>;
}
const { hasRedisServer, startRedis } = (await import(pathToFileURL(join(REPO, 'scripts/redis.mjs')).href)) as { hasRedisServer: () => boolean; startRedis: () => Promise<RedisHandle> };
const redisInstalled = hasRedisServer();
if (!redisInstalled) console.warn('queue end-to-end test skipped: redis-server is not installed (apt-get install redis-server)');

function start(args: string[]): ChildProcessWithoutNullStreams & { err: () => string; out: () => string } {
  const child = spawn(process.execPath, [BIN, ...args], { cwd: REPO, stdio: ['pipe', 'pipe', 'pipe'] });
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  child.stdout.on('data', (c: Buffer) => out.push(c));
  child.stderr.on('data', (c: Buffer) => err.push(c));
  return Object.assign(child, { err: () => Buffer.concat(err).toString('utf8'), out: () => Buffer.concat(out).toString('utf8') });
}

async function presslens(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = start(args);
  child.stdin.end();
  const [code] = (await once(child, 'close')) as [number | null];
  return { code, stdout: child.out(), stderr: child.err() };
}

async function waitFor<T>(what: string, probe: () => Promise<T | undefined> | T | undefined, timeoutMs = 60_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'presslens-scale-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('presslens serve (built)', () => {
  it('serves the API on a free port and stops cleanly on SIGTERM', async () => {
    const server = start(['serve', '--port', '0', '-c', '2']);
    try {
      const port = await waitFor('the address', () => /listening on http:\/\/127\.0\.0\.1:(\d+)/.exec(server.err())?.[1]);
      const base = `http://127.0.0.1:${port}`;
      expect(await (await fetch(`${base}/health`)).json()).toMatchObject({ status: 'ok', workers: 2, allowFetch: false });
      const answers = await Promise.all(
        Array.from({ length: 20 }, (_, i) => fetch(`${base}/analyze?id=s${i}`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: `Mayor Tom Hale said on Monday that ${i} bridges would open.` })),
      );
      expect(answers.map((r) => r.status)).toEqual(Array(20).fill(200));
      const big = await fetch(`${base}/analyze`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'x'.repeat(6 * 1024 * 1024) });
      expect(big.status).toBe(413);
      expect((await fetch(`${base}/health`)).status).toBe(200);
    } catch (error) {
      server.kill('SIGKILL'); // never leave a server behind
      throw error;
    }
    server.kill('SIGTERM');
    const [code] = (await once(server, 'close')) as [number | null];
    expect(code).toBe(0);
    expect(server.err()).toContain('presslens: stopped.');
  });
});

describe('presslens analyze <url> (built)', () => {
  let page: Server;
  let base: string;
  beforeAll(async () => {
    const html = await readFile(PAGE);
    page = createServer((req, res) => {
      if (req.url === '/old') res.writeHead(301, { location: '/news/harbour' }).end();
      else res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
    });
    await new Promise<void>((done) => page.listen(0, '127.0.0.1', done));
    base = `http://127.0.0.1:${(page.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((done) => page.close(() => done())));

  it('fetches the page, follows a redirect, and analyses the article in it', async () => {
    const { code, stdout, stderr } = await presslens(['analyze', `${base}/old`]);
    expect([code, stderr]).toEqual([0, '']);
    const analysis = JSON.parse(stdout) as { article: { id: string; title: { text: string }; publishedAt: string; byline: { text: string } | null } };
    expect(analysis.article).toMatchObject({ id: `${base}/news/harbour`, title: { text: 'Harbour plan approved after long debate' }, publishedAt: expect.stringMatching(/^2024-03-12/) });
  });

  it('reports a URL that cannot be fetched with its reason, and exits 1', async () => {
    const { code, stdout, stderr } = await presslens(['analyze', 'http://127.0.0.1:1/nothing', `${base}/news/harbour`, '--format', 'jsonl']);
    expect(code).toBe(1);
    expect(stdout.trimEnd().split('\n').map((l) => (JSON.parse(l) as { error?: { code: string } }).error?.code ?? 'ok')).toEqual(['UNREADABLE', 'ok']);
    expect(stderr).toContain('http://127.0.0.1:1/nothing');
  });
});

describe.runIf(redisInstalled)('presslens enqueue / worker / collect on a real Redis (built)', () => {
  let redis: RedisHandle;
  beforeAll(async () => {
    redis = await startRedis();
  });
  afterAll(async () => {
    await redis?.stop();
  });

  it('1,000 articles, 2 worker processes, one killed mid-run: 1,000 results, no duplicates', async () => {
    const N = 1_000;
    const input = join(dir, 'queue.jsonl');
    await writeFile(input, `${Array.from({ length: N }, (_, i) => JSON.stringify({ id: `k${i}`, text: `Councillor Mara Lind said on Tuesday that ${i} homes in Oslo would get new windows, at a cost of $${i + 3} million.` })).join('\n')}\n`);
    const queue = ['--redis', redis.url, '--queue', 'kill'];
    expect(await presslens(['enqueue', input, ...queue])).toMatchObject({ code: 0, stderr: `presslens: queued ${N} articles\n` });

    const doomed = start(['worker', ...queue, '-c', '1', '--lock-ms', '2000']);
    const survivor = start(['worker', ...queue, '-c', '1', '--lock-ms', '2000']);
    onTestFinished(() => {
      // never leave a worker behind, whatever happened
      for (const child of [doomed, survivor]) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    });
    // kill one worker while both are working (some done, most still waiting)
    await waitFor('progress', async () => {
      const status = JSON.parse((await presslens(['queue', 'status', ...queue])).stdout) as { completed: number; workers: number; active: number };
      return status.workers === 2 && status.completed >= 50 ? status : undefined;
    });
    doomed.kill('SIGKILL');
    await once(doomed, 'close');

    const out = join(dir, 'results.jsonl');
    const collected = await presslens(['collect', ...queue, '--out', out, '--wait']);
    expect(collected.code).toBe(0);
    const again = await presslens(['collect', ...queue, '--out', out]);
    expect(again.stderr).toBe(`presslens: wrote 0 results to ${out}\n`);

    survivor.kill('SIGTERM');
    const [code] = (await once(survivor, 'close')) as [number | null];
    expect(code).toBe(0);

    const ids = (await readFile(out, 'utf8'))
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as { article: { id: string }; error?: unknown })
      .map((r) => (r.error ? `failed ${r.article.id}` : r.article.id));
    expect(ids).toHaveLength(N);
    expect(new Set(ids).size).toBe(N);
    expect(ids.sort()).toEqual(Array.from({ length: N }, (_, i) => `k${i}`).sort());
    const status = JSON.parse((await presslens(['queue', 'status', ...queue])).stdout) as Record<string, number>;
    expect(status).toMatchObject({ waiting: 0, active: 0, delayed: 0, completed: 0, failed: 0 });
  });
});
