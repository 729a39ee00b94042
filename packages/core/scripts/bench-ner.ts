/**
 * Benchmark the NER step: model load time, and tokens per second of `tagDocument` on
 * CoNLL-2003 dev (or on synthetic text when the data is absent), one thread.
 *
 *   npx tsx packages/core/scripts/bench-ner.ts [--rounds 5]
 */
import { performance } from 'node:perf_hooks';
import { loadNerModel } from '../src/model/ner/loadNerModel.js';
import { hasConll, readConll } from './lib/conll.js';

const t0 = performance.now();
const model = await loadNerModel();
const loadMs = performance.now() - t0;

let docs: string[][][];
let corpus: string;
if (hasConll()) {
  docs = readConll('dev').map((d) => d.sentences.map((s) => s.words));
  corpus = 'CoNLL-2003 dev';
} else {
  const words = 'Russian President Vladimir Putin met Ukrainian President Volodymyr Zelensky in Istanbul on Wednesday , officials in Moscow and Kyiv said .'.split(' ');
  docs = Array.from({ length: 200 }, () => Array.from({ length: 12 }, () => words));
  corpus = 'synthetic sentences';
}
let tokens = 0;
for (const d of docs) for (const s of d) tokens += s.length;

const roundsArg = process.argv.indexOf('--rounds');
const rounds = roundsArg >= 0 ? Number(process.argv[roundsArg + 1]) : 5;
for (const d of docs) model.tagDocument(d); // warm-up
const rates: number[] = [];
for (let r = 0; r < rounds; r++) {
  const s = performance.now();
  for (const d of docs) model.tagDocument(d);
  rates.push(tokens / ((performance.now() - s) / 1000));
}
rates.sort((a, b) => a - b);
console.log(`NER model load (first call, includes importing and decoding the weights module): ${loadMs.toFixed(0)} ms`);
console.log(`NER tagDocument on ${corpus}: ${tokens} tokens, median ${Math.round(rates[rates.length >> 1]!).toLocaleString('en-US')} tokens/s (best ${Math.round(rates[rates.length - 1]!).toLocaleString('en-US')}), ${rounds} rounds, Node ${process.version}`);
