// npm run fuzz:nightly: the property-based tests of packages/core/test/fuzz.test.ts, many more
// times and with a fresh seed each night (CI runs ~11,750 cases with fixed seeds).
//   node scripts/fuzz-nightly.mjs [--runs 250000] [--seed <n>]
// A failure prints fast-check's counterexample (shrunk) with its seed and path; rerun it with the
// command printed at the end. Exit code: 0 when every property held, 1 otherwise.
import { spawnSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const CI_CASES = 11_750; // the cases fuzz.test.ts runs at scale 1
const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '250000' },
    seed: { type: 'string' },
  },
});
const runs = Number(values.runs);
const seed = values.seed === undefined ? (Date.now() ^ Math.floor(Math.random() * 0x7fffffff)) | 0 : Number(values.seed);
if (!Number.isFinite(runs) || runs <= 0 || !Number.isInteger(seed)) {
  console.error('usage: node scripts/fuzz-nightly.mjs [--runs <cases>] [--seed <integer>]');
  process.exit(2);
}
const scale = runs / CI_CASES;
const core = fileURLToPath(new URL('../packages/core/', import.meta.url));

console.log(`presslens fuzz — ${Math.round(runs).toLocaleString('en')} cases (scale ${scale.toFixed(2)}), seed ${seed}`);
console.log(`Node ${process.version}, ${cpus()[0]?.model ?? 'unknown CPU'} (${cpus().length} cores), load ${loadavg().map((l) => l.toFixed(2)).join(' ')}\n`);
const started = Date.now();
const result = spawnSync('npx', ['vitest', 'run', 'test/fuzz.test.ts', '--project', 'core', '--testTimeout', '0'], {
  cwd: core,
  stdio: 'inherit',
  env: { ...process.env, PRESSLENS_FUZZ_SCALE: String(scale), PRESSLENS_FUZZ_SEED: String(seed) },
});
const minutes = ((Date.now() - started) / 60_000).toFixed(1);
if (result.status === 0) {
  console.log(`\nfuzz: all properties held on ${Math.round(runs).toLocaleString('en')} cases, seed ${seed} (${minutes} min)`);
} else {
  console.log(`\nfuzz: FAILED with seed ${seed} (${minutes} min). Reproduce:\n  node scripts/fuzz-nightly.mjs --runs ${values.runs} --seed ${seed}`);
  console.log('or, for one property, put its `seed` and `path` from the report above into fc.assert in packages/core/test/fuzz.test.ts.');
}
process.exitCode = result.status === 0 ? 0 : 1;
