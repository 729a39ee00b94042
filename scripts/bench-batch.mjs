// npm run bench:batch — presslens at scale, through the built CLI (build first: npm run build).
// Corpus: the 2,225 BBC News articles of ../shared/data/bbc-news as .tmp/bbc.jsonl (made by
// scripts/bbc-to-jsonl.mjs when missing); skipped with a message when the corpus is absent.
// Measures, each in its own process: batch throughput with -c 1 (one worker thread) and -c 2 (two
// worker threads), the same 2 threads through the HTTP API (POST /analyze/batch, and POST /analyze
// with 16 clients), and through the queue (enqueue, 2 worker processes of 1 thread, collect --wait)
// on a real redis-server. Peak RSS of each presslens process; every result counted. For the batch
// runs also the CPU time (per article, and split between the main thread, the worker threads and
// V8's helper threads — JIT compilation, concurrent GC — read from /proc on Linux) and the load
// average: the machine is often shared, and wall time alone then says little about scaling.
// `--only pool` drives the worker pool directly (packages/node/dist, no CLI) to see where a
// second thread's time goes: -c 1 and -c 2, each with the NER tables shared and without, interleaved
// (`--runs N` rounds), each with its CPU per article by thread over the whole run and over the
// second half only (after the JIT warm-up), the garbage collections of each worker thread, the
// time to the first result and peak RSS; `--young MB` / `--old MB` set the threads' heap limits.
//   node scripts/bench-batch.mjs [--only batch|http|queue|pool] [--limit N] [--runs N] [--young MB] [--old MB] [--v8 "--flag …"]
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { createReadStream, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath, pathToFileURL } from 'node:url';

const REPO = resolve(fileURLToPath(new URL('..', import.meta.url)));
const BIN = join(REPO, 'packages/cli/bin/presslens.js');
const BBC = resolve(REPO, '../shared/data/bbc-news');
const args = process.argv.slice(2);
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : null;
const limit = args.includes('--limit') ? Number(args[args.indexOf('--limit') + 1]) : null;
const numberArg = (name, fallback) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : fallback);
// --v8 "--flag …": V8 / Node flags for every presslens process (to compare V8 settings)
const nodeFlags = args.includes('--v8') ? args[args.indexOf('--v8') + 1].split(' ').filter(Boolean) : [];

if (!existsSync(BBC)) {
  console.log(`skipped: ${BBC} is absent (the BBC News corpus is not part of a fresh clone).`);
  process.exit(0);
}
if (!existsSync(join(REPO, 'packages/cli/dist/index.js')) || !existsSync(join(REPO, 'packages/node/dist/analyzeWorker.js'))) {
  console.error('Build first: npm run build');
  process.exit(1);
}
let corpus = join(REPO, '.tmp/bbc.jsonl');
if (!existsSync(corpus)) spawnSync(process.execPath, [join(REPO, 'scripts/bbc-to-jsonl.mjs'), corpus], { stdio: 'inherit', cwd: REPO });
const work = mkdtempSync(join(tmpdir(), 'presslens-bench-'));
if (limit) {
  const lines = readFileSync(corpus, 'utf8').split('\n').filter(Boolean).slice(0, limit);
  corpus = join(work, 'corpus.jsonl');
  writeFileSync(corpus, `${lines.join('\n')}\n`);
}
const articles = readFileSync(corpus, 'utf8').split('\n').filter(Boolean).length;

// every presslens process reports its peak RSS (worker threads included) and its CPU time when it
// exits; on Linux also the CPU time of each of its threads (sampled from /proc every 200 ms, so a
// worker thread's last moments before it stops may be missed: they count as "other")
const preload = join(work, 'rss.cjs');
writeFileSync(
  preload,
  `const fs = require('fs');
const { isMainThread } = require('worker_threads');
const base = process.env.PRESSLENS_RSS_FILE + '.' + process.pid;
let tid = null;
try { tid = fs.readlinkSync('/proc/thread-self').split('/').pop(); } catch {}
if (!isMainThread) {
  // the pool's short-lived thread that decodes the NER tables is not one of its workers
  const maker = require('worker_threads').workerData?.exportNerTables === true;
  if (tid) fs.writeFileSync(base + (maker ? '.maker.' : '.worker.') + tid, '');
  if (process.env.PRESSLENS_GC_STATS && tid && !maker) {
    // each worker's garbage collections (count and pause time, by kind) and its largest heap
    const { PerformanceObserver } = require('perf_hooks');
    const v8 = require('v8');
    const gc = { scavenges: 0, scavengeMs: 0, markCompacts: 0, markCompactMs: 0, otherGc: 0, maxHeapMb: 0 };
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        const kind = e.detail ? e.detail.kind : 0;
        if (kind === 1) { gc.scavenges++; gc.scavengeMs += e.duration; }
        else if (kind === 4) { gc.markCompacts++; gc.markCompactMs += e.duration; }
        else gc.otherGc++;
      }
    }).observe({ entryTypes: ['gc'] });
    setInterval(() => {
      gc.maxHeapMb = Math.max(gc.maxHeapMb, v8.getHeapStatistics().total_heap_size / 1048576);
      fs.writeFileSync(base + '.gc.' + tid, JSON.stringify(gc));
    }, 250).unref();
  }
}
else {
  const threads = {};
  const sample = () => {
    try {
      for (const t of fs.readdirSync('/proc/self/task')) {
        const st = fs.readFileSync('/proc/self/task/' + t + '/stat', 'utf8');
        const f = st.slice(st.lastIndexOf(')') + 2).split(' ');
        threads[t] = (Number(f[11]) + Number(f[12])) / 100;
      }
    } catch {}
  };
  setInterval(sample, 200).unref();
  process.on('exit', () => {
    sample();
    const cpu = process.cpuUsage();
    const files = fs.readdirSync(require('path').dirname(base));
    const tids = (kind) => files.filter((f) => f.startsWith(require('path').basename(base) + kind)).map((f) => f.split('.').pop());
    const workers = tids('.worker.');
    const makers = tids('.maker.');
    fs.writeFileSync(base, JSON.stringify({ maxRSS: process.resourceUsage().maxRSS, cpu: (cpu.user + cpu.system) / 1e6, main: threads[String(process.pid)] ?? null, workers: workers.reduce((sum, t) => sum + (threads[t] ?? 0), 0), maker: makers.reduce((sum, t) => sum + (threads[t] ?? 0), 0), workerCount: workers.length, linux: tid !== null }));
  });
}
`,
);
const rssBase = join(work, 'rss');
// --only pool: the child that drives the pool (packages/node/dist) over the corpus, and reads the
// CPU time of its threads from /proc when half of the articles are done and at the end
const poolChild = join(work, 'pool.mjs');
writeFileSync(
  poolChild,
  `import { createWriteStream, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';
const [dist, size, share, corpus, outPath, young, old] = process.argv.slice(2);
const node = await import(dist);
const base = process.env.PRESSLENS_RSS_FILE + '.' + process.pid;
const snap = () => {
  const files = readdirSync(dirname(base));
  const workers = files.filter((f) => f.startsWith(basename(base) + '.worker.')).map((f) => f.split('.').pop());
  const r = { main: 0, workers: 0, other: 0, wall: performance.now() / 1000 };
  try {
    for (const t of readdirSync('/proc/self/task')) {
      const st = readFileSync('/proc/self/task/' + t + '/stat', 'utf8');
      const f = st.slice(st.lastIndexOf(')') + 2).split(' ');
      const s = (Number(f[11]) + Number(f[12])) / 100;
      if (t === String(process.pid)) r.main += s;
      else if (workers.includes(t)) r.workers += s;
      else r.other += s;
    }
  } catch {}
  return r;
};
const resourceLimits = {};
if (young !== '-') resourceLimits.maxYoungGenerationSizeMb = Number(young);
if (old !== '-') resourceLimits.maxOldGenerationSizeMb = Number(old);
const started = performance.now();
const pool = node.createWorkerPool({ size: Number(size), shareNerModel: share === 'shared', resourceLimits });
const out = createWriteStream(outPath);
const total = readFileSync(corpus, 'utf8').split('\\n').filter(Boolean).length;
const half = Math.floor(total / 2);
let n = 0;
let first = 0;
let mid = null;
for await (const o of node.analyzeStreamLines(node.readArticles(await node.expandInputs([corpus])), { workers: pool })) {
  if (n++ === 0) first = performance.now() - started;
  await node.writeChunk(out, o.jsonl);
  if (n === half) mid = snap();
}
out.end();
const end = snap();
await pool.close();
const second = mid ? Object.fromEntries(['main', 'workers', 'other', 'wall'].map((k) => [k, ((end[k] - mid[k]) * 1000) / (n - half)])) : null;
console.log(JSON.stringify({ n, seconds: (performance.now() - started) / 1000, first, second }));
`,
);

function presslens(argv, options = {}) {
  return spawn(process.execPath, [...nodeFlags, '-r', preload, BIN, ...argv], { cwd: REPO, env: { ...process.env, PRESSLENS_RSS_FILE: rssBase }, stdio: options.stdio ?? ['ignore', 'pipe', 'pipe'] });
}
const usageOf = (pid) => {
  const file = `${rssBase}.${pid}`;
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null;
};
const peakMb = (pid) => {
  const usage = usageOf(pid);
  return usage ? Math.round(usage.maxRSS / 1024) : NaN;
};
async function finished(child) {
  const err = [];
  child.stderr?.on('data', (c) => err.push(c));
  const [code] = await once(child, 'close');
  return { code, stderr: Buffer.concat(err).toString('utf8') };
}
async function countLines(path) {
  const ids = new Set();
  let lines = 0;
  let failed = 0;
  for await (const line of createInterface({ input: createReadStream(path) })) {
    if (!line) continue;
    lines++;
    const r = JSON.parse(line);
    ids.add(r.article.id);
    if (r.error) failed++;
  }
  return { lines, unique: ids.size, failed };
}

const rows = [];
function report(name, seconds, counted, rss, note = '') {
  const row = { name, seconds, rate: counted.lines / seconds, ...counted, rss, note };
  rows.push(row);
  console.log(`${name.padEnd(44)} ${String(counted.lines).padStart(5)} results (${counted.unique} ids, ${counted.failed} failed)  ${seconds.toFixed(1).padStart(6)} s  ${row.rate.toFixed(1).padStart(6)} articles/s  peak RSS ${rss} MB${note ? `  ${note}` : ''}`);
}

console.log(`presslens bench:batch — ${articles} BBC News articles (${corpus}), Node ${process.version}, ${cpus()[0]?.model ?? 'unknown CPU'} × ${cpus().length}, load average before ${loadavg()[0].toFixed(1)}\n`);

async function batch(concurrency) {
  const out = join(work, `batch-${concurrency}.jsonl`);
  const load = loadavg()[0];
  const started = performance.now();
  const child = presslens(['analyze', corpus, '-c', String(concurrency), '--quiet', '--out', out]);
  const { code, stderr } = await finished(child);
  const seconds = (performance.now() - started) / 1000;
  if (code !== 0) console.error(stderr);
  const counted = await countLines(out);
  report(`analyze -c ${concurrency} (${concurrency} worker thread${concurrency === 1 ? '' : 's'})`, seconds, counted, peakMb(child.pid));
  const usage = usageOf(child.pid);
  if (usage) {
    const ms = (s) => `${((s * 1000) / counted.lines).toFixed(1)} ms`;
    const split = usage.linux
      ? `: main thread ${ms(usage.main)} (${((usage.main / usage.cpu) * 100).toFixed(1)}%), ${usage.workerCount} worker thread${usage.workerCount === 1 ? '' : 's'} ${ms(usage.workers)}, ${usage.maker ? `, the thread that decoded the NER tables ${ms(usage.maker)}` : ''}, other threads (V8 JIT and GC helpers) ${ms(usage.cpu - usage.main - usage.workers - (usage.maker ?? 0))}`
      : '';
    const busy = usage.linux ? `; worker threads busy ${((usage.workers / (seconds * usage.workerCount)) * 100).toFixed(0)}% of the wall time` : '';
    console.log(`${''.padEnd(44)} CPU ${usage.cpu.toFixed(1)} s = ${ms(usage.cpu)}/article${split}${busy}; load average ${load.toFixed(1)} → ${loadavg()[0].toFixed(1)}`);
  }
  return { seconds, cpu: usage?.cpu ?? NaN };
}

async function poolRuns() {
  const dist = pathToFileURL(join(REPO, 'packages/node/dist/index.js')).href;
  const young = numberArg('--young', null);
  const old = numberArg('--old', null);
  const runs = numberArg('--runs', 1);
  // shared: the default (one NER model for all threads); own: each thread imports the model;
  // both with the default 8 / 80 MB heaps unless --young / --old say otherwise
  const variants = [
    { name: '-c 1, NER tables shared', size: 1, share: 'shared' },
    { name: '-c 1, its own NER model', size: 1, share: 'own' },
    { name: '-c 2, NER tables shared', size: 2, share: 'shared' },
    { name: '-c 2, each thread its own NER model', size: 2, share: 'own' },
  ];
  console.log(`pool runs (packages/node/dist directly)${young || old ? `, young generation ${young ?? 'default'} MB, old ${old ?? 'default'} MB` : ''}; ms of CPU per article`);
  for (let round = 0; round < runs; round++) {
    for (const v of round % 2 ? [...variants].reverse() : variants) {
      for (const f of readdirSync(work)) if (/^rss\.\d/.test(f)) rmSync(join(work, f));
      const load = loadavg()[0];
      const child = spawn(process.execPath, [...nodeFlags, '-r', preload, poolChild, dist, String(v.size), v.share, corpus, join(work, 'pool.jsonl'), String(young ?? '-'), String(old ?? '-')], {
        cwd: REPO,
        env: { ...process.env, PRESSLENS_RSS_FILE: rssBase, PRESSLENS_GC_STATS: '1' },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      const chunks = [];
      child.stdout.on('data', (c) => chunks.push(c));
      const { code, stderr } = await finished(child);
      if (code !== 0) {
        console.error(stderr);
        continue;
      }
      const result = JSON.parse(Buffer.concat(chunks).toString('utf8').trim().split('\n').pop());
      const usage = usageOf(child.pid);
      const ms = (s) => ((s * 1000) / result.n).toFixed(2);
      const gcs = readdirSync(work).filter((f) => f.startsWith(`rss.${child.pid}.gc.`)).map((f) => JSON.parse(readFileSync(join(work, f), 'utf8')));
      const gc = gcs.map((g) => `${g.scavenges} scavenges ${Math.round(g.scavengeMs)} ms, ${g.markCompacts} mark-compacts ${Math.round(g.markCompactMs)} ms, heap ≤ ${Math.round(g.maxHeapMb)} MB`).join('; ');
      const s = result.second;
      console.log(
        `${v.name.padEnd(38)} ${result.n} articles ${result.seconds.toFixed(1)} s ${(result.n / result.seconds).toFixed(1)} art/s, first result ${Math.round(result.first)} ms, peak RSS ${Math.round(usage.maxRSS / 1024)} MB, load ${load.toFixed(1)}\n` +
          `${''.padEnd(38)} CPU ${ms(usage.cpu)} = main ${ms(usage.main)} + workers ${ms(usage.workers)} + NER table thread ${ms(usage.maker)} + other (V8 JIT, GC helpers) ${ms(usage.cpu - usage.main - usage.workers - usage.maker)}\n` +
          (s ? `${''.padEnd(38)} second half: CPU ${(s.main + s.workers + s.other).toFixed(2)} = main ${s.main.toFixed(2)} + workers ${s.workers.toFixed(2)} + other ${s.other.toFixed(2)}; wall ${s.wall.toFixed(2)} ms/article\n` : '') +
          `${''.padEnd(38)} GC per worker: ${gc}`,
      );
    }
  }
}

async function http() {
  const loud = presslens(['serve', '--port', '0', '-c', '2']);
  let err = '';
  const port = await new Promise((done, fail) => {
    loud.stderr.on('data', (c) => {
      err += c;
      const m = /listening on http:\/\/127\.0\.0\.1:(\d+)/.exec(err);
      if (m) done(Number(m[1]));
    });
    loud.on('close', () => fail(new Error(`serve stopped: ${err}`)));
  });
  const base = `http://127.0.0.1:${port}`;
  // warm the threads
  await fetch(`${base}/analyze`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'Warm up. The mayor said so on Monday.' }).then((r) => r.text());

  let started = performance.now();
  const response = await fetch(`${base}/analyze/batch`, { method: 'POST', headers: { 'content-type': 'application/x-ndjson' }, body: createReadStream(corpus), duplex: 'half' });
  const out = join(work, 'http-batch.jsonl');
  writeFileSync(out, Buffer.from(await response.arrayBuffer()));
  report('HTTP POST /analyze/batch (2 threads)', (performance.now() - started) / 1000, await countLines(out), NaN);

  const lines = readFileSync(corpus, 'utf8').split('\n').filter(Boolean);
  const results = [];
  let next = 0;
  started = performance.now();
  await Promise.all(
    Array.from({ length: 16 }, async () => {
      while (next < lines.length) {
        const line = lines[next++];
        const r = await fetch(`${base}/analyze`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: line });
        results.push(r.status === 200 ? JSON.stringify(await r.json()) : JSON.stringify({ article: { id: JSON.parse(line).id }, error: { code: String(r.status) } }));
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const outOne = join(work, 'http-one.jsonl');
  writeFileSync(outOne, `${results.join('\n')}\n`);
  loud.kill('SIGTERM');
  await once(loud, 'close');
  report('HTTP POST /analyze × 16 clients (2 threads)', seconds, await countLines(outOne), peakMb(loud.pid), '(RSS: the server, both runs)');
}

async function queue() {
  const { hasRedisServer, startRedis } = await import(pathToFileURL(join(REPO, 'scripts/redis.mjs')).href);
  if (!hasRedisServer()) {
    console.log('queue: skipped (redis-server is not installed)');
    return;
  }
  const redis = await startRedis();
  try {
    const q = ['--redis', redis.url, '--queue', 'bench'];
    const enqueue = presslens(['enqueue', corpus, ...q, '--quiet']);
    if ((await finished(enqueue)).code !== 0) throw new Error('enqueue failed');
    const started = performance.now();
    const workers = [presslens(['worker', ...q, '-c', '1', '--quiet']), presslens(['worker', ...q, '-c', '1', '--quiet'])];
    const out = join(work, 'queue.jsonl');
    const collect = presslens(['collect', ...q, '--out', out, '--wait', '--quiet']);
    await finished(collect);
    const seconds = (performance.now() - started) / 1000;
    for (const w of workers) w.kill('SIGTERM');
    await Promise.all(workers.map((w) => once(w, 'close')));
    report('queue: 2 worker processes × 1 thread', seconds, await countLines(out), Math.max(...workers.map((w) => peakMb(w.pid))), `(RSS: largest worker; collect ${peakMb(collect.pid)} MB)`);
  } finally {
    await redis.stop();
  }
}

try {
  if (!only || only === 'batch') {
    const one = await batch(1);
    const two = await batch(2);
    console.log(`\nspeed-up of -c 2 over -c 1: ${(one.seconds / two.seconds).toFixed(2)}× wall time (target ~1.9× on 2 free cores); CPU time -c 2 / -c 1: ${(two.cpu / one.cpu).toFixed(2)}×\n`);
  }
  if (only === 'pool') await poolRuns();
  if (!only || only === 'http') await http();
  if (!only || only === 'queue') await queue();
  console.log(`\nload average after ${loadavg()[0].toFixed(1)} (figures are only comparable on an otherwise idle machine)`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
