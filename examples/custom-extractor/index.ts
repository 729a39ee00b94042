// Run: npm start -w @presslens/example-custom-extractor   (or: npx tsx examples/custom-extractor/index.ts)
import { readFile } from 'node:fs/promises';
import { createPipeline, defaultExtractors } from '@presslens/core';
import { watchlist } from './watchlist.js';

const text = await readFile(new URL('../articles/putin-istanbul-talks.txt', import.meta.url), 'utf8');

const pipeline = createPipeline([...defaultExtractors(), watchlist(['Kremlin', 'White House', 'NATO'])]);
console.log(`plan: ${pipeline.plan.join(' → ')}\n`);

const analysis = await pipeline.analyze({ id: 'seed', text, publishedAt: '2025-05-15' });
const hits = analysis.extensions?.watchlist ?? []; // typed: WatchlistHit[]
for (const hit of hits) {
  const entity = analysis.entities.find((e) => e.id === hit.entity);
  console.log(`${hit.name.padEnd(12)} [${hit.start}, ${hit.end}) "${hit.text}" via ${hit.via}${entity ? ` → ${entity.name} (${entity.id})` : ''}`);
}
const unseen = ['Kremlin', 'White House', 'NATO'].filter((name) => !hits.some((h) => h.name === name));
if (unseen.length > 0) console.log(`\nnot mentioned: ${unseen.join(', ')}`);
