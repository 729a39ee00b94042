/**
 * Train the loaded-language models (token-level logistic regression, `loadedTokenFeatures`)
 * and write them to src/extractors/signals/loaded.generated.ts:
 *   - loaded: a word token inside a SemEval-2020 PTC Loaded_Language or Name_Calling,Labeling
 *     span (training articles: id mod 5 ≠ 0) is positive; BABE SG2 biased words (outside its
 *     held-out fifth) add positives at half weight, with the other words of their sentences;
 *   - name-calling: among the positive PTC tokens, Name_Calling vs Loaded_Language.
 * The threshold is chosen on the training articles with id mod 5 = 1 (overlap F1, after a
 * first model trained on the rest), then the final model is trained on all training data.
 *
 *   npx tsx packages/core/scripts/train-signals.ts [--epochs 4] [--l2 1e-2] [--min-count 3] [--no-babe] [--min 0.15] [--dry-run]
 *
 * Skips (exit 0) when ../shared/data/semeval2020-ptc is absent.
 */
import { resolve } from 'node:path';
import { loadLinearModel } from '../src/extractors/claims/linear.js';
import { findLoadedSpans, loadedTokenFeatures, type LoadedModel } from '../src/extractors/signals/loadedModel.js';
import { hasBabe, readBabe } from './lib/babe.js';
import { foldLexicons, loadLexicons, withLexicons } from './lib/linear-lexicons.js';
import { packModel, pct, topFeatures, trainLogistic, writeModelsModule, type Example } from './lib/linear.js';
import { REPO_ROOT } from './lib/newssd.js';
import { LOADED_TECHNIQUES, hasPtc, readPtc, scoreSpans, type PtcArticle } from './lib/semeval.js';
import { tokensOf } from './lib/semeval-tokens.js';

const argv = process.argv.slice(2);
const opt = (name: string, def: number): number => (argv.includes(`--${name}`) ? Number(argv[argv.indexOf(`--${name}`) + 1]) : def);
const EPOCHS = opt('epochs', 4);
const L2 = opt('l2', 1e-2);
const MIN = opt('min', 0.15);
const MIN_COUNT = opt('min-count', 3);
const OUT = resolve(REPO_ROOT, 'packages/core/src/extractors/signals/loaded.generated.ts');

if (!hasPtc()) {
  console.log('train-signals: skipped: ../shared/data/semeval2020-ptc absent.');
  process.exit(0);
}

const lexicons = loadLexicons();
const t0 = Date.now();
const secs = () => `${((Date.now() - t0) / 1000).toFixed(1)}s`;
const articles = readPtc().filter((a) => !a.heldOut);

interface TokenExample extends Example {
  nameCalling: boolean;
}

async function articleExamples(a: PtcArticle): Promise<TokenExample[]> {
  const spans = a.spans.filter((s) => LOADED_TECHNIQUES.has(s.technique));
  const { tokens, lower, raw, sentences } = await tokensOf(a.text);
  const out: TokenExample[] = [];
  for (const [from, to] of sentences) {
    for (let i = from; i < to; i++) {
      if (!/^[\p{L}\p{N}]/u.test(raw[i]!)) continue;
      const s = tokens.start[i]!;
      const e = tokens.end[i]!;
      const hit = spans.filter((x) => x.start < e && s < x.end);
      out.push({
        features: withLexicons(loadedTokenFeatures(lower, raw, i, from, to), lexicons),
        label: hit.length > 0 ? 1 : 0,
        nameCalling: hit.some((x) => x.technique.startsWith('Name')),
      });
    }
  }
  return out;
}

async function babeExamples(): Promise<TokenExample[]> {
  if (!hasBabe()) return [];
  const out: TokenExample[] = [];
  for (const s of readBabe()) {
    if (s.heldOut || s.biasedWords.length === 0) continue;
    const biased = new Set(s.biasedWords.flatMap((w) => w.toLowerCase().split(/\s+/)));
    const { lower, raw, sentences } = await tokensOf(s.text);
    for (const [from, to] of sentences)
      for (let i = from; i < to; i++) {
        if (!/^[\p{L}\p{N}]/u.test(raw[i]!)) continue;
        out.push({ features: withLexicons(loadedTokenFeatures(lower, raw, i, from, to), lexicons), label: biased.has(lower[i]!) ? 1 : 0, weight: 0.5, nameCalling: false });
      }
  }
  return out;
}

const byArticle = new Map<string, TokenExample[]>();
for (const a of articles) byArticle.set(a.id, await articleExamples(a));
const babe = argv.includes('--no-babe') ? [] : await babeExamples();
const all = [...[...byArticle.values()].flat(), ...babe];
console.error(`train-signals: ${articles.length} PTC training articles, ${[...byArticle.values()].flat().length} tokens (+${babe.length} BABE tokens), ${all.filter((x) => x.label === 1).length} positive [${secs()}]`);


function train(examples: TokenExample[]) {
  const loaded = trainLogistic(examples, { epochs: EPOCHS, l2: L2, minCount: MIN_COUNT });
  const positives = examples.filter((x) => x.label === 1 && x.weight === undefined).map((x) => ({ features: x.features, label: (x.nameCalling ? 1 : 0) as 0 | 1 }));
  const nameCalling = trainLogistic(positives, { epochs: EPOCHS, l2: L2, minCount: MIN_COUNT });
  return { loaded, nameCalling };
}

function pack(m: ReturnType<typeof train>) {
  return { loaded: packModel(foldLexicons(m.loaded, lexicons), 20, MIN), nameCalling: packModel(foldLexicons(m.nameCalling, lexicons), 20, MIN) };
}

// threshold: train on articles id mod 5 ≠ 1, pick the best overlap F1 on id mod 5 = 1
const inner = articles.filter((a) => Number(a.id) % 5 === 1);
const first = pack(train([...articles.filter((a) => Number(a.id) % 5 !== 1).flatMap((a) => byArticle.get(a.id)!), ...babe]));
let best = { threshold: 0.5, f1: -1 };
const innerTokens = await Promise.all(inner.map((a) => tokensOf(a.text)));
for (const threshold of [0.2, 0.25, 0.3, 0.35, 0.4, 0.45]) {
  const model: LoadedModel = { loaded: loadLinearModel(first.loaded.module), nameCalling: loadLinearModel(first.nameCalling.module), threshold };
  const docs = inner.map((a, k) => {
    const { tokens, lower, raw, sentences } = innerTokens[k]!;
    const predicted = sentences.flatMap(([from, to]) => findLoadedSpans(model, lower, raw, from, to)).map((s) => ({ start: tokens.start[s.start]!, end: tokens.end[s.end - 1]! }));
    return { gold: a.spans.filter((s) => LOADED_TECHNIQUES.has(s.technique)), predicted };
  });
  const sc = scoreSpans(docs);
  console.error(`  threshold ${threshold}: overlap P ${pct(sc.overlap.p)} R ${pct(sc.overlap.r)} F1 ${pct(sc.overlap.f1)} | exact F1 ${pct(sc.exact.f1)}`);
  if (sc.overlap.f1 > best.f1) best = { threshold, f1: sc.overlap.f1 };
}
console.error(`train-signals: threshold ${best.threshold} (inner overlap F1 ${pct(best.f1)}) [${secs()}]`);

const final = train(all);
console.error(topFeatures(final.loaded));
const packed = pack(final);
console.error(`train-signals: loaded ${packed.loaded.kept} weights, name-calling ${packed.nameCalling.kept} [${secs()}]`);
if (!argv.includes('--dry-run')) {
  writeModelsModule(
    OUT,
    'packages/core/scripts/train-signals.ts',
    `epochs ${EPOCHS}, l2 ${L2}, min count ${MIN_COUNT}, pruned under ${MIN}, int8, lexicon features folded into word weights; PTC training articles (id mod 5 ≠ 0) + BABE SG2 biased words`,
    { LOADED_MODEL: packed.loaded.module, NAME_CALLING_MODEL: packed.nameCalling.module },
    `\n/** Probability at or above which a token is loaded. */\nexport const LOADED_THRESHOLD = ${best.threshold};\n`,
  );
  console.error(`train-signals: wrote ${OUT}`);
}
