// Writes the JSON Schema of the output contract next to core's build (dist/schema.json).
import { writeFileSync } from 'node:fs';
import { analysisSchema } from '../packages/core/dist/index.js';

writeFileSync(new URL('../packages/core/dist/schema.json', import.meta.url), `${JSON.stringify(analysisSchema, null, 2)}\n`);
