// npm run linearity: time the built pipeline (packages/core/dist) on every bad input of
// scripts/bad-inputs.mjs at n and 10n characters and check time(10n) ≤ 12 × time(n), scaled by the
// exact lengths. Prints a table; exits 1 if any input grows faster. Not a test: time is noisy, so
// each size is run several times (small ones in batches) and the fastest counts, with a second
// try before an input is called too slow. Run it on a quiet machine; `node --expose-gc` collects
// garbage before each timing.
//   node scripts/linearity.mjs [--n 10000] [--factor 10] [--limit 12] [--repeat 5] [--only <name part>] [--huge] [--core <dir>]
// --core times another build of core (a folder holding its index.js) instead of packages/core/dist.
// --huge also times a 1 MB and a 10 MB news article (the limit raised for them; minutes).
import { parseArgs } from 'node:util';
import { cpus, loadavg } from 'node:os';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { SCALABLE_BAD_INPUTS, TEN_MB, newsArticle } from './bad-inputs.mjs';

const { values } = parseArgs({
  options: {
    n: { type: 'string', default: '10000' },
    factor: { type: 'string', default: '10' },
    limit: { type: 'string', default: '12' },
    repeat: { type: 'string', default: '5' },
    only: { type: 'string' },
    huge: { type: 'boolean', default: false },
    core: { type: 'string' },
  },
});
const { createPipeline, defaultExtractors } = await import(values.core ? pathToFileURL(resolve(values.core, 'index.js')).href : '../packages/core/dist/index.js');
const n = Number(values.n);
const factor = Number(values.factor);
const limit = Number(values.limit);
const repeat = Number(values.repeat);

const pipeline = createPipeline(defaultExtractors(), { maxTextLength: 2 * TEN_MB });
await pipeline.ready();
await pipeline.analyze(newsArticle(20_000)); // warm up the JIT

const gc = globalThis.gc ?? (() => {});

/** The fastest of `times` timings of one analysis; inputs under ~30 ms are run in batches so the clock can see them. */
async function fastest(text, times) {
  let started = performance.now();
  await pipeline.analyze(text);
  const inner = Math.max(1, Math.ceil(30 / Math.max(0.05, performance.now() - started)));
  let best = Infinity;
  for (let i = 0; i < times; i++) {
    gc();
    started = performance.now();
    for (let k = 0; k < inner; k++) await pipeline.analyze(text);
    best = Math.min(best, (performance.now() - started) / inner);
  }
  return best;
}

const cases = SCALABLE_BAD_INPUTS.filter((c) => !values.only || c.name.includes(values.only)).map((c) => ({ ...c, sizes: [n, n * factor] }));
if (values.huge) cases.push({ name: 'news prose, 1 MB and 10 MB', make: (size) => newsArticle(size), sizes: [TEN_MB / 10, TEN_MB] });

console.log(`presslens linearity — Node ${process.version}, ${cpus()[0]?.model ?? 'unknown CPU'} (${cpus().length} cores), load ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
console.log(`fastest of ${repeat} timings at each size${globalThis.gc ? ', garbage collected before each' : ''}; passes when time(${factor}n) ≤ ${limit} × time(n) × (length(${factor}n) / (${factor} × length(n)))\n`);
const header = `${'input'.padEnd(48)} ${'chars'.padStart(9)} ${'ms'.padStart(9)} ${'chars'.padStart(10)} ${'ms'.padStart(9)} ${'ratio'.padStart(7)}  verdict`;
console.log(header);
console.log('-'.repeat(header.length));
let failed = 0;
for (const c of cases) {
  const [small, large] = c.sizes.map((size) => c.make(size));
  let t1 = 0;
  let t10 = 0;
  let ratio = Infinity;
  // a second try before calling an input too slow: one busy moment should not fail it
  for (let attempt = 0; attempt < 2 && !(ratio <= limit); attempt++) {
    t1 = await fastest(small, repeat);
    t10 = await fastest(large, repeat);
    // the ratio as if the large input were exactly factor × the small one
    ratio = (t10 / Math.max(t1, 0.001)) * ((factor * small.length) / large.length);
  }
  const ok = ratio <= limit;
  if (!ok) failed++;
  console.log(
    `${c.name.slice(0, 48).padEnd(48)} ${small.length.toLocaleString('en').padStart(9)} ${t1.toFixed(1).padStart(9)} ${large.length.toLocaleString('en').padStart(10)} ${t10.toFixed(1).padStart(9)} ${ratio.toFixed(1).padStart(6)}×  ${ok ? 'ok' : 'TOO SLOW'}`,
  );
}
console.log(`\n${failed === 0 ? 'all inputs grow linearly' : `${failed} input(s) grow faster than ${limit}× per ${factor}× size`} — load ${loadavg()[0].toFixed(2)} at the end`);
process.exitCode = failed === 0 ? 0 : 1;
