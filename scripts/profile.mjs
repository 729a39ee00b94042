// npm run profile: where the time of the default pipeline goes, per extractor, on a fixed corpus
// (the BBC News corpus in ../shared/data when present, else the seed article ×200), using the
// built core (packages/core/dist). Each built-in extractor's `run` is wrapped with a timer in a
// pipeline made from defaultExtractors(); "pipeline" is what analyze() does around them (input
// checks, assembling the result, the span guard).
//   node scripts/profile.mjs [--limit <articles>] [--seed] [--hot [<count>]] [--inclusive <path part>] [--warm]
//   node --import tsx scripts/profile.mjs --source …   (the TypeScript sources: readable names in a --cpu-prof)
//   node scripts/profile.mjs --core <dir> …   (another build of core: a folder holding its index.js)
// --hot also samples the CPU with the inspector and prints the functions and source files with the
// most self time, mapped back to packages/core/src through the source maps. --inclusive <path part> (with --hot) also
// prints the functions whose source path contains <path part> (e.g. "attributions/") by inclusive time: their own
// time and that of everything they call, each sample counted once per function however deep the recursion. --warm runs
// the whole corpus once before the measured pass (every word then seen before: caches warm, as in a long-running service).
import { existsSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { findSourceMap } from 'node:module';
import { cpus, loadavg } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { REPO, countWords, loadCorpus, timedExtractor } from './corpus.mjs';

process.setSourceMapsEnabled(true);
const { values } = parseArgs({
  options: {
    limit: { type: 'string' },
    seed: { type: 'boolean', default: false },
    hot: { type: 'string' },
    source: { type: 'boolean', default: false },
    core: { type: 'string' },
    inclusive: { type: 'string' },
    warm: { type: 'boolean', default: false },
  },
  allowPositionals: false,
  strict: false,
});
if (process.argv.includes('--hot') && typeof values.hot !== 'string') values.hot = '25';

const corpus = () => loadCorpus({ seed: values.seed, limit: values.limit });

const builtCore = values.core ? resolve(values.core, 'index.js') : join(REPO, 'packages/core/dist/index.js');
if (!values.source && !existsSync(builtCore)) {
  console.error('Build core first: npx turbo run build --filter=@presslens/core');
  process.exit(1);
}
// --source: the TypeScript sources, unminified (run with `node --import tsx`)
const { createPipeline, defaultExtractors } = await import(values.source ? '../packages/core/src/index.ts' : pathToFileURL(builtCore).href);

const spent = new Map();
const pipeline = createPipeline(defaultExtractors().map((e) => timedExtractor(e, spent)));
const setupStart = performance.now();
await pipeline.ready();
const setupMs = performance.now() - setupStart;

const { name, texts } = corpus();
for (const t of values.warm ? texts : texts.slice(0, 20)) await pipeline.analyze(t); // warm up
spent.clear();

let session;
if (values.hot) {
  session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 200 });
  await session.post('Profiler.start');
}
const started = performance.now();
for (const t of texts) await pipeline.analyze(t);
const totalMs = performance.now() - started;
const profile = session ? (await session.post('Profiler.stop')).profile : null;

const totalWords = texts.reduce((n, t) => n + countWords(t), 0);
console.log(`presslens profile — ${name}, ${totalWords.toLocaleString('en')} words`);
console.log(`Node ${process.version}, ${cpus()[0]?.model ?? 'unknown CPU'} (${cpus().length} cores), load ${loadavg().map((l) => l.toFixed(2)).join(' ')}; setup (models, lexicons) ${setupMs.toFixed(0)} ms\n`);
const rows = [...spent].sort((a, b) => b[1] - a[1]);
const around = totalMs - rows.reduce((n, [, ms]) => n + ms, 0);
rows.push(['pipeline (around the extractors)', around]);
const header = `${'extractor'.padEnd(34)} ${'ms total'.padStart(10)} ${'% of pipeline'.padStart(14)} ${'µs/article'.padStart(11)}`;
console.log(header);
console.log('-'.repeat(header.length));
for (const [extractor, ms] of rows) {
  console.log(`${extractor.padEnd(34)} ${ms.toFixed(0).padStart(10)} ${((100 * ms) / totalMs).toFixed(1).padStart(13)}% ${((1000 * ms) / texts.length).toFixed(0).padStart(11)}`);
}
console.log('-'.repeat(header.length));
console.log(`${'total'.padEnd(34)} ${totalMs.toFixed(0).padStart(10)} ${'100.0%'.padStart(14)} ${((1000 * totalMs) / texts.length).toFixed(0).padStart(11)}`);
console.log(`\n${Math.round(totalWords / (totalMs / 1000)).toLocaleString('en')} words/s, ${(texts.length / (totalMs / 1000)).toFixed(1)} articles/s`);

if (profile) printHotSpots(profile, Number(values.hot) || 25);

/** Self time by function and by source line, mapped to packages/core/src where a source map says so. */
function printHotSpots(profile, top) {
  const dt = new Map(); // node id → sampled ms
  const deltas = profile.timeDeltas;
  for (let i = 0; i < profile.samples.length; i++) dt.set(profile.samples[i], (dt.get(profile.samples[i]) ?? 0) + (deltas[i] ?? 0) / 1000);
  const sampledMs = [...dt.values()].reduce((a, b) => a + b, 0);
  const where = (url, line, column) => {
    if (!url) return '(native)';
    const path = url.startsWith('file://') ? fileURLToPath(url) : url;
    const map = url.startsWith('file://') ? findSourceMap(path) : undefined;
    const entry = map?.findEntry(line, column);
    if (entry && entry.originalSource) {
      const original = entry.originalSource.startsWith('file://') ? fileURLToPath(entry.originalSource) : entry.originalSource;
      return `${relative(REPO, original)}:${entry.originalLine + 1}`;
    }
    return `${relative(REPO, path) || path}:${line + 1}`;
  };
  const byFunction = new Map();
  const byFile = new Map();
  for (const node of profile.nodes) {
    const ms = dt.get(node.id) ?? 0;
    if (ms === 0) continue;
    const { functionName, url, lineNumber, columnNumber } = node.callFrame;
    const at = where(url, lineNumber, columnNumber);
    const key = `${at}  ${functionName || '(anonymous)'}`;
    byFunction.set(key, (byFunction.get(key) ?? 0) + ms);
    const file = at.replace(/:\d+$/, '');
    byFile.set(file, (byFile.get(file) ?? 0) + ms);
  }
  const print = (title, map, what = 'self time') => {
    console.log(`\n${title} (${what}, of ${sampledMs.toFixed(0)} ms sampled)`);
    for (const [key, ms] of [...map].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${ms.toFixed(0).padStart(8)} ms ${((100 * ms) / sampledMs).toFixed(1).padStart(5)}%  ${key}`);
  };
  print(`hottest functions, at the line where each starts${values.source ? '' : ' (names are minified in dist)'}`, byFunction);
  print('hottest source files', byFile);
  if (values.inclusive) {
    const parent = new Map();
    const keyOf = new Map();
    for (const node of profile.nodes) {
      for (const child of node.children ?? []) parent.set(child, node.id);
      const { functionName, url, lineNumber, columnNumber } = node.callFrame;
      const at = where(url, lineNumber, columnNumber);
      if (at.includes(values.inclusive)) keyOf.set(node.id, `${at}  ${functionName || '(anonymous)'}`);
    }
    const inclusive = new Map();
    for (const [id, ms] of dt) {
      const seen = new Set();
      for (let n = id; n !== undefined; n = parent.get(n)) {
        const key = keyOf.get(n);
        if (key !== undefined && !seen.has(key)) seen.add(key);
      }
      for (const key of seen) inclusive.set(key, (inclusive.get(key) ?? 0) + ms);
    }
    print(`functions under "${values.inclusive}"`, inclusive, 'inclusive time');
  }
}
