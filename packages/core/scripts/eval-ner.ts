/**
 * Evaluate the shipped NER model on CoNLL-2003 dev (conlleval-style exact match, P/R/F1 per
 * type and overall), two ways:
 *   1. on CoNLL's own tokens;
 *   2. through our text path: each document's tokens joined by spaces (sentences by
 *      newlines), re-tokenised by `tokenize`, tagged, spans mapped back to characters and
 *      scored against the gold character spans.
 *
 *   npx tsx packages/core/scripts/eval-ner.ts [--split dev]
 *
 * Skips (exit 0) when ../shared/data/conll2003 is absent.
 */
import { loadNerModel } from '../src/model/ner/loadNerModel.js';
import { tokenize } from '../src/text/tokenize.js';
import { Scorer, conllDocText, hasConll, readConll } from './lib/conll.js';

if (!hasConll()) {
  console.log('eval-ner: ../shared/data/conll2003 not found — skipping the NER evaluation.');
  process.exit(0);
}
const split = process.argv.includes('--split') ? (process.argv[process.argv.indexOf('--split') + 1] as 'dev' | 'train') : 'dev';
const docs = readConll(split);
const model = await loadNerModel();

// 1. CoNLL tokens
const onTokens = new Scorer();
for (const d of docs) {
  const pred = model.tagDocument(d.sentences.map((s) => s.words));
  d.sentences.forEach((s, i) => onTokens.add(s.spans, pred[i]!));
}
console.log(onTokens.report(`CoNLL-2003 ${split}, model on CoNLL tokens (exact match):`));

// 2. our text path
const onText = new Scorer();
let ourTokens = 0;
for (const d of docs) {
  const { text, gold } = conllDocText(d);
  const raw = tokenize(text);
  ourTokens += raw.count;
  // sentences: our tokens grouped by line
  const sentences: string[][] = [];
  const tokenIndex: number[][] = [];
  let line = -1;
  let lineEnd = -1;
  for (let t = 0; t < raw.count; t++) {
    const st = raw.start[t]!;
    if (st > lineEnd) {
      line++;
      lineEnd = text.indexOf('\n', st);
      if (lineEnd < 0) lineEnd = text.length;
      sentences.push([]);
      tokenIndex.push([]);
    }
    sentences[line]!.push(text.slice(st, raw.end[t]!));
    tokenIndex[line]!.push(t);
  }
  const pred = model.tagDocument(sentences);
  const predChars = pred.flatMap((spans, si) => spans.map((sp) => ({ start: raw.start[tokenIndex[si]![sp.start]!]!, end: raw.end[tokenIndex[si]![sp.end - 1]!]!, type: sp.type })));
  onText.add(gold, predChars);
}
console.log('');
console.log(onText.report(`CoNLL-2003 ${split}, through our tokenizer (${ourTokens} tokens), character spans (exact match):`));
