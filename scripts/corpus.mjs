// The fixed corpus of `npm run bench` and `npm run profile`: the 2,225 BBC News articles in
// ../shared/data/bbc-news when present (read, never copied into the repo), else the seed article
// repeated 200 times.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = fileURLToPath(new URL('..', import.meta.url));
export const BBC = join(REPO, '../shared/data/bbc-news');
const SEED = join(REPO, 'examples/articles/putin-istanbul-talks.txt');
const utf8 = new TextDecoder('utf-8', { fatal: true });

/** An extractor whose `run` adds its time (ms) to `spent` under the extractor's name (`npm run profile`, `npm run compare-builds`). */
export const timedExtractor = (e, spent) => ({
  ...e,
  async run(ctx) {
    const started = performance.now();
    try {
      await e.run(ctx);
    } finally {
      spent.set(e.name, (spent.get(e.name) ?? 0) + performance.now() - started);
    }
  },
});

/** Whitespace-separated words: the one count every tool's words/s is based on. */
export const countWords = (text) => text.split(/\s+/).filter(Boolean).length;

/** Bytes as UTF-8, or as Latin-1 when they are not valid UTF-8 (one BBC file has a Latin-1 byte). */
function decode(bytes) {
  try {
    return utf8.decode(bytes);
  } catch {
    return bytes.toString('latin1');
  }
}

/** `{ name, texts }`: the BBC corpus (optionally its first `limit` articles), or the seed ×200 when it is absent or `seed` is set. */
export function loadCorpus({ seed = false, limit } = {}) {
  if (!seed && existsSync(BBC)) {
    const texts = [];
    for (const topic of readdirSync(BBC).filter((d) => !d.includes('.')).sort()) {
      for (const f of readdirSync(join(BBC, topic)).filter((f) => f.endsWith('.txt')).sort()) texts.push(decode(readFileSync(join(BBC, topic, f))));
    }
    const limited = limit ? texts.slice(0, Number(limit)) : texts;
    return { name: `BBC News, ${limited.length.toLocaleString('en')} articles`, texts: limited };
  }
  const note = seed ? '' : ` (BBC News skipped: ${BBC} is absent)`;
  return { name: `seed article ×200${note}`, texts: Array(200).fill(readFileSync(SEED, 'utf8')) };
}
