// npm run bench: throughput of the full built-in pipeline (built core, packages/core/dist) and, side
// by side in the same run on the same corpus, two dev-only baselines: compromise's name extraction
// (nlp(text).people() / .organizations() / .places()) and wink-nlp's tokenise + part-of-speech tagging.
// Corpus: the 2,225 BBC News articles in ../shared/data/bbc-news when present, else the seed
// article repeated 200 times. Each tool runs in its own child process (so one's JIT, heap and RSS
// do not colour another's), one thread, after a short warm-up; words are counted the same way for
// all (whitespace-separated). "whole process" includes loading the library and its model.
//   node scripts/bench.mjs [--only presslens,compromise,wink] [--limit <articles>] [--seed] [--core <dir>]
// --core times another build of core (a folder holding its index.js, e.g. a copy built elsewhere to
// compare two versions A/B without touching packages/core/dist).
// --seed times the seed article ×200 instead of the BBC corpus. Node flags given to this script
// (--cpu-prof, --max-old-space-size…) are passed on to each tool's process.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { countWords, loadCorpus } from './corpus.mjs';

const TOOLS = ['presslens', 'compromise', 'wink'];
const { values } = parseArgs({
  options: {
    only: { type: 'string', default: TOOLS.join(',') },
    limit: { type: 'string' },
    seed: { type: 'boolean', default: false },
    core: { type: 'string' },
    child: { type: 'string' }, // internal: run one tool and print its figures as JSON
  },
});

const coreUrl = values.core ? pathToFileURL(resolve(values.core, 'index.js')) : new URL('../packages/core/dist/index.js', import.meta.url);
const corpus = () => loadCorpus({ seed: values.seed, limit: values.limit });

/** Load a tool and return its per-article function (the loading is timed as part of the whole process). */
async function load(tool) {
  if (tool === 'presslens') {
    const { getDefaultPipeline } = await import(coreUrl.href);
    const pipeline = getDefaultPipeline();
    await pipeline.ready();
    return (text) => pipeline.analyze(text);
  }
  if (tool === 'compromise') {
    const nlp = (await import('compromise')).default;
    return (text) => {
      const doc = nlp(text);
      return [doc.people().out('array'), doc.organizations().out('array'), doc.places().out('array')];
    };
  }
  if (tool === 'wink') {
    const winkNLP = (await import('wink-nlp')).default;
    const model = (await import('wink-eng-lite-web-model')).default;
    const nlp = winkNLP(model);
    const its = nlp.its;
    return (text) => nlp.readDoc(text).tokens().out(its.pos);
  }
  throw new Error(`unknown tool ${tool}`);
}

async function child(tool) {
  const processStart = performance.now();
  const { texts } = corpus();
  const totalWords = texts.reduce((n, t) => n + countWords(t), 0);
  const readMs = performance.now() - processStart;
  const loadStart = performance.now();
  const run = await load(tool);
  const loadMs = performance.now() - loadStart;
  for (const t of texts.slice(0, 20)) await run(t); // warm up
  const started = performance.now();
  for (const t of texts) await run(t);
  const ms = performance.now() - started;
  console.log(JSON.stringify({ tool, articles: texts.length, words: totalWords, readMs, loadMs, ms, rssMB: Math.round(process.resourceUsage().maxRSS / 1024) }));
}

if (values.child) {
  await child(values.child);
} else {
  const tools = values.only.split(',').map((t) => t.trim()).filter(Boolean);
  for (const t of tools) if (!TOOLS.includes(t)) throw new Error(`--only: unknown tool "${t}" (one of ${TOOLS.join(', ')})`);
  if (tools.includes('presslens') && !existsSync(coreUrl)) {
    console.error(values.core ? `--core: no index.js in ${values.core}` : 'Build core first: npx turbo run build --filter=@presslens/core');
    process.exit(1);
  }
  const { name } = corpus();
  const load0 = loadavg();
  console.log(`presslens bench — ${name}`);
  console.log(`Node ${process.version}, ${cpus()[0]?.model ?? 'unknown CPU'} (${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GB), load average ${load0.map((l) => l.toFixed(2)).join(' ')} at start`);
  console.log('each tool in its own process, one thread; presslens: the default pipeline (all built-in extractors)\n');
  const header = `${'tool'.padEnd(44)} ${'words/s'.padStart(9)} ${'articles/s'.padStart(10)} ${'load ms'.padStart(8)} ${'whole-process words/s'.padStart(22)} ${'peak RSS'.padStart(9)}`;
  console.log(header);
  console.log('-'.repeat(header.length));
  const figures = {};
  const labels = {
    presslens: 'presslens (full pipeline)',
    compromise: 'compromise (people, organizations, places)',
    wink: 'wink-nlp (tokenise + POS)',
  };
  for (const tool of tools) {
    const out = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), '--child', tool, ...(values.limit ? ['--limit', values.limit] : []), ...(values.seed ? ['--seed'] : []), ...(values.core ? ['--core', values.core] : [])], {
      encoding: 'utf8',
      maxBuffer: 1 << 20,
    });
    if (out.status !== 0) {
      console.log(`${labels[tool].padEnd(44)} failed: ${(out.stderr || out.stdout).trim().split('\n').at(-1)}`);
      continue;
    }
    const f = JSON.parse(out.stdout.trim().split('\n').at(-1));
    figures[tool] = f;
    const wps = f.words / (f.ms / 1000);
    const whole = f.words / ((f.readMs + f.loadMs + f.ms) / 1000);
    console.log(
      `${labels[tool].padEnd(44)} ${Math.round(wps).toLocaleString('en').padStart(9)} ${(f.articles / (f.ms / 1000)).toFixed(1).padStart(10)} ${Math.round(f.loadMs).toLocaleString('en').padStart(8)} ${Math.round(whole).toLocaleString('en').padStart(22)} ${`${f.rssMB} MB`.padStart(9)}`,
    );
  }
  const wps = (tool) => figures[tool].words / (figures[tool].ms / 1000);
  console.log('');
  if (figures.presslens && figures.compromise) {
    const r = wps('presslens') / wps('compromise');
    console.log(`presslens / compromise  ${r.toFixed(2)}×  (target ≥ 5×, stretch 10×: ${r >= 10 ? 'stretch met' : r >= 5 ? 'met' : 'NOT met'})`);
  }
  if (figures.presslens && figures.wink) {
    const r = wps('wink') / wps('presslens');
    console.log(`wink-nlp / presslens    ${r.toFixed(2)}×  (target ≤ 3×: ${r <= 3 ? 'met' : 'NOT met'})`);
  }
  if (figures.presslens) console.log(`presslens peak RSS      ${figures.presslens.rssMB} MB  (this one process, V8's default heap sizing; the ≤ 300 MB target is for the CLI's batch: npm run bench:batch)`);
  console.log(`load average ${loadavg().map((l) => l.toFixed(2)).join(' ')} at end`);
}
