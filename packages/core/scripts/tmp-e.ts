import { readFileSync } from 'node:fs';
import { createPipeline } from '../src/pipeline/createPipeline.js';
import { defaultExtractors } from '../src/extractors/index.js';
const p = createPipeline(defaultExtractors());
const files = new Set<string>();
for (const n of ['', '-2', '-4', '-6', '-7', '-8', '-10', '-12', '-13', '-14', '-17', '-18']) for (const a of JSON.parse(readFileSync(`packages/core/scripts/data/bbc-quotes${n}.json`, 'utf8')).articles) files.add(a.file);
for (const it of JSON.parse(readFileSync('packages/core/scripts/data/bbc-nominals.json', 'utf8')).items) files.add(it.file);
for (const f of files) {
  const buf = readFileSync(`../shared/data/bbc-news/${f}`);
  let t: string; try { t = new TextDecoder('utf-8', { fatal: true }).decode(buf); } catch { t = buf.toString('latin1'); }
  const a = await p.analyze({ id: f, text: t });
  for (const m of a.mentions) if (m.form === 'name') console.log(f, m.type, JSON.stringify(t.slice(m.start, m.end)));
}
