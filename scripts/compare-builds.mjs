// npm run compare-builds -- <dist A> <dist B> [--passes N] [--limit N]: time two builds of core against each other,
// interleaved in one process: both pipelines load, each warms up on the whole corpus, then every article is analysed
// by both in turn (the order alternating per article), and the time of each extractor is summed per build. On a
// shared or noisy host, runs in separate processes minutes apart can differ by ±40 %; interleaving gives both builds
// the same conditions, so only the ratio between them is read. A dist is a folder holding core's index.js (build
// another commit in a worktree: `git worktree add /tmp/x <rev> && cd /tmp/x/packages/core && npx tsup`).
// Corpus: the BBC News articles of `npm run bench` (corpus.mjs), or the seed article ×200 when they are absent.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { loadCorpus, timedExtractor } from './corpus.mjs';

const { values, positionals } = parseArgs({
  options: { passes: { type: 'string', default: '1' }, limit: { type: 'string' } },
  allowPositionals: true,
});
if (positionals.length < 2) {
  console.error('usage: node scripts/compare-builds.mjs <dist A> <dist B> [--passes N] [--limit N]');
  process.exit(2);
}

/** A build's pipeline with each extractor's `run` timed into `spent`. */
async function loadBuild(dir) {
  const core = await import(pathToFileURL(resolve(dir, 'index.js')).href);
  const spent = new Map();
  const pipeline = core.createPipeline(core.defaultExtractors().map((e) => timedExtractor(e, spent)));
  await pipeline.ready();
  return { dir, pipeline, spent, total: 0 };
}

const builds = [];
for (const dir of positionals.slice(0, 2)) builds.push(await loadBuild(dir));
const { name, texts } = loadCorpus({ limit: values.limit });
for (const b of builds) for (const t of texts) await b.pipeline.analyze(t); // warm up: every word seen once
for (const b of builds) b.spent.clear();
const passes = Number(values.passes);
for (let pass = 0; pass < passes; pass++) {
  for (let i = 0; i < texts.length; i++) {
    const order = (i + pass) % 2 === 1 ? [builds[1], builds[0]] : builds;
    for (const b of order) {
      const started = performance.now();
      await b.pipeline.analyze(texts[i]);
      b.total += performance.now() - started;
    }
  }
}

const [a, b] = builds;
console.log(`compare-builds — ${name}, ${passes} pass(es), interleaved\n  A: ${a.dir}\n  B: ${b.dir}\n`);
console.log(`${'extractor'.padEnd(16)}${'A ms'.padStart(10)}${'B ms'.padStart(10)}${'B / A'.padStart(9)}`);
const row = (label, x, y) => console.log(`${label.padEnd(16)}${x.toFixed(0).padStart(10)}${y.toFixed(0).padStart(10)}${(y / x).toFixed(3).padStart(9)}`);
for (const [extractor, ms] of a.spent) row(extractor, ms, b.spent.get(extractor) ?? 0);
row('total', a.total, b.total);
