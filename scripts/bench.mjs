// npm run bench: throughput of the full built-in pipeline (built core) on a fixed corpus.
// Corpus: the seed article (always), and the BBC News corpus in ../shared/data when present.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { analyze } from '../packages/core/dist/index.js';

const words = (text) => text.split(/\s+/).filter(Boolean).length;

async function run(name, texts, rounds) {
  for (const t of texts.slice(0, 20)) await analyze(t); // warm up
  const totalWords = texts.reduce((n, t) => n + words(t), 0) * rounds;
  const started = performance.now();
  for (let r = 0; r < rounds; r++) for (const t of texts) await analyze(t);
  const seconds = (performance.now() - started) / 1000;
  const articles = texts.length * rounds;
  console.log(`${name.padEnd(28)} ${String(articles).padStart(6)} articles  ${(articles / seconds).toFixed(1).padStart(8)} articles/s  ${Math.round(totalWords / seconds).toLocaleString('en').padStart(9)} words/s`);
}

console.log(`presslens bench — Node ${process.version}, ${cpus()[0]?.model ?? 'unknown CPU'} (${cpus().length} cores), one thread, default pipeline\n`);
const seed = readFileSync(new URL('../examples/articles/putin-istanbul-talks.txt', import.meta.url), 'utf8');
await run('seed article ×200', [seed], 200);

const bbc = new URL('../../shared/data/bbc-news/', import.meta.url).pathname;
if (existsSync(bbc)) {
  const texts = [];
  for (const topic of readdirSync(bbc).filter((d) => !d.includes('.')).sort()) {
    for (const f of readdirSync(join(bbc, topic)).filter((f) => f.endsWith('.txt')).sort()) texts.push(readFileSync(join(bbc, topic, f), 'utf8'));
  }
  await run(`BBC News (${texts.length})`, texts, 1);
} else {
  console.log(`BBC News: skipped (${bbc} is absent)`);
}
console.log(`\npeak RSS ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`);
