// Turns the BBC News corpus in ../shared/data/bbc-news into one JSONL file of articles
// ({"id","text"} per line) for batch and robustness runs. Usage: node scripts/bbc-to-jsonl.mjs [out.jsonl]
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const root = new URL('../../shared/data/bbc-news/', import.meta.url).pathname;
if (!existsSync(root)) {
  console.error(`skipped: ${root} is absent (the BBC News corpus is not part of a fresh clone).`);
  process.exit(0);
}
const out = process.argv[2] ?? '.tmp/bbc.jsonl';
const lines = [];
for (const topic of readdirSync(root).filter((d) => !d.includes('.')).sort()) {
  for (const file of readdirSync(join(root, topic)).filter((f) => f.endsWith('.txt')).sort()) {
    const bytes = readFileSync(join(root, topic, file));
    const utf8 = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
    // one file has a Latin-1 byte: decode such files as windows-1252 instead of losing characters
    const text = utf8.includes('\uFFFD') ? new TextDecoder('windows-1252').decode(bytes) : utf8;
    lines.push(JSON.stringify({ id: `${topic}/${file}`, text }));
  }
}
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, `${lines.join('\n')}\n`);
console.error(`wrote ${lines.length} articles to ${out}`);
