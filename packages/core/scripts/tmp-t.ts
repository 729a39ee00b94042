import { createPipeline } from '../src/pipeline/createPipeline.js';
import { defaultExtractors } from '../src/extractors/index.js';
const p = createPipeline(defaultExtractors({ attributions: { scheme: (process.argv[3] ?? 'parc') as 'parc' } }));
const a = await p.analyze(process.argv[2]!);
const name = new Map(a.entities.map((e) => [e.id, `${e.name}/${e.type}`]));
for (const x of a.attributions) console.log(x.rule, '|', x.source?.text, '|', (x.source as any)?.kind, '→', x.source?.entity ? name.get(x.source.entity) : '-', '|', x.cue?.text, '|', x.content.text.slice(0, 60));
if (process.argv.includes('--ents')) for (const e of a.entities) console.log('  ENT', e.type, e.name, e.aliases.join("; "));
