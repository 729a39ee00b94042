/**
 * Train the loaded-language models (token-level logistic regression, `loadedTokenFeatures`)
 * and write them to src/extractors/signals/loaded.generated.ts:
 *   - loaded: a word token inside a SemEval-2020 PTC Loaded_Language or Name_Calling,Labeling
 *     span (training articles: id mod 5 ≠ 0) is positive; BABE SG2 biased words (outside its
 *     held-out fifth) add positives at half weight, with the other words of their sentences;
 *   - name-calling: among the positive PTC tokens, Name_Calling vs Loaded_Language.
 * Lexicons (../shared/data/lexicons, AFINN-165, Pattern subjectivity, ML-SentiCon) are training
 * features folded into word weights. The threshold and the lexicon floor are chosen by 4-fold
 * cross-validation over the training articles (fold = id mod 5, 1..4; pooled overlap F1), then
 * the final model is trained on all training data.
 *
 *   npx tsx packages/core/scripts/train-signals.ts [--epochs 4] [--l2 1e-2] [--min-count 3] [--no-babe] [--no-senticon] [--min 0.15] [--bits 22] [--dry-run]
 *
 * Skips (exit 0) when ../shared/data/semeval2020-ptc is absent.
 */
import { resolve } from 'node:path';
import { loadLinearModel, sigmoid } from '../src/extractors/claims/linear.js';
import { loadedAt } from '../src/extractors/signals/loaded.js';
import type { LoadedReason } from '../src/types/analysis.js';
import { findLoadedSpans, keepsLexiconWord, loadedTokenFeatures, type LoadedModel } from '../src/extractors/signals/loadedModel.js';
import { hasBabe, readBabe } from './lib/babe.js';
import { foldLexicons, loadLexicons, withLexicons } from './lib/linear-lexicons.js';
import { packModel, pct, topFeatures, trainLogistic, writeModelsModule, type Example } from './lib/linear.js';
import { REPO_ROOT } from './lib/newssd.js';
import { LOADED_TECHNIQUES, hasPtc, readPtc, scoreSpans, type PtcArticle, type PtcSpan } from './lib/semeval.js';
import { tokensOf } from './lib/semeval-tokens.js';

const argv = process.argv.slice(2);
const opt = (name: string, def: number): number => (argv.includes(`--${name}`) ? Number(argv[argv.indexOf(`--${name}`) + 1]) : def);
const EPOCHS = opt('epochs', 4);
const L2 = opt('l2', 1e-2);
const MIN = opt('min', 0.15);
const MIN_COUNT = opt('min-count', 3);
const BITS = opt('bits', 22);
const OUT = resolve(REPO_ROOT, 'packages/core/src/extractors/signals/loaded.generated.ts');

if (!hasPtc()) {
  console.log('train-signals: skipped: ../shared/data/semeval2020-ptc absent.');
  process.exit(0);
}

const lexicons = loadLexicons({ senticon: !argv.includes('--no-senticon') });
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
  return { loaded: packModel(foldLexicons(m.loaded, lexicons), BITS, MIN), nameCalling: packModel(foldLexicons(m.nameCalling, lexicons), BITS, MIN) };
}

// threshold and lexicon floor: 4-fold cross-validation over the training articles (fold =
// id mod 5, 1..4): a model trained on the other three folds (+ BABE) scores each fold, the
// spans of all four folds are pooled, and the pair with the best overlap F1 is kept
const THRESHOLDS = [0.25, 0.275, 0.3, 0.325, 0.35, 0.375, 0.4, 0.425, 0.45];
const FLOORS = [0, 0.05, 0.1, 0.15, 0.2, 0.25, 1.01];
type Doc = { gold: PtcSpan[]; predicted: { start: number; end: number }[] };
const pooled = new Map<string, Doc[]>();
const tokenCache = new Map<string, Awaited<ReturnType<typeof tokensOf>>>();
for (const a of articles) tokenCache.set(a.id, await tokensOf(a.text));
for (const fold of [1, 2, 3, 4]) {
  const m = pack(train([...articles.filter((a) => Number(a.id) % 5 !== fold).flatMap((a) => byArticle.get(a.id)!), ...babe]));
  for (const threshold of THRESHOLDS) {
    const model: LoadedModel = { loaded: loadLinearModel(m.loaded.module), nameCalling: loadLinearModel(m.nameCalling.module), threshold, lexiconFloor: 0 };
    for (const a of articles.filter((x) => Number(x.id) % 5 === fold)) {
      const gold = a.spans.filter((x) => LOADED_TECHNIQUES.has(x.technique));
      const byFloor = decodeArticle(model, tokenCache.get(a.id)!, FLOORS);
      FLOORS.forEach((floor, k) => {
        const key = `${threshold}:${floor}`;
        const list = pooled.get(key) ?? [];
        list.push({ gold, predicted: byFloor[k]! });
        pooled.set(key, list);
      });
    }
  }
  console.error(`  fold ${fold} scored [${secs()}]`);
}
let best = { threshold: 0.3, floor: 0, f1: -1 };
for (const threshold of THRESHOLDS) {
  const row = FLOORS.map((floor) => {
    const sc = scoreSpans(pooled.get(`${threshold}:${floor}`)!);
    if (floor <= 1 && sc.overlap.f1 > best.f1) best = { threshold, floor, f1: sc.overlap.f1 };
    return `${floor > 1 ? 'off' : floor.toFixed(2)}: ${pct(sc.overlap.p)}/${pct(sc.overlap.r)}/${pct(sc.overlap.f1)}`;
  });
  console.error(`  threshold ${threshold.toFixed(3)} | lexicon floor → overlap P/R/F1  ${row.join('  ')}`);
}
console.error(`train-signals: threshold ${best.threshold}, lexicon floor ${best.floor} (4-fold overlap F1 ${pct(best.f1)}) [${secs()}]`);

/** Model spans plus the lexicon words no model span covers, for each lexicon floor (character offsets). */
function decodeArticle(model: LoadedModel, t: Awaited<ReturnType<typeof tokensOf>>, floors: readonly number[]): { start: number; end: number }[][] {
  const { tokens, lower, raw, sentences } = t;
  const logits = new Float32Array(tokens.count);
  const spans: { start: number; end: number }[] = [];
  const covered = new Uint8Array(tokens.count);
  const lex: { from: number; to: number; p: number; reason: LoadedReason }[] = [];
  for (const [from, to] of sentences) {
    for (const s of findLoadedSpans(model, lower, raw, from, to, logits)) {
      spans.push({ start: tokens.start[s.start]!, end: tokens.end[s.end - 1]! });
      covered.fill(1, s.start, s.end);
    }
    for (let i = from; i < to; i++) {
      const l = loadedAt(lower, i, Math.min(to, i + 4));
      if (!l) continue;
      let z = -Infinity;
      let hit = false;
      for (let k = i; k < i + l.length; k++) {
        z = Math.max(z, logits[k]!);
        if (covered[k]) hit = true;
      }
      const p = z === -Infinity ? -1 : sigmoid(z);
      if (!hit) lex.push({ from: i, to: i + l.length, p, reason: l.reason });
    }
  }
  return floors.map((floor) => [...spans, ...lex.filter((x) => keepsLexiconWord(x.reason, x.p, floor)).map((x) => ({ start: tokens.start[x.from]!, end: tokens.end[x.to - 1]! }))]);
}

const final = train(all);
console.error(topFeatures(final.loaded));
const packed = pack(final);
console.error(`train-signals: loaded ${packed.loaded.kept} weights, name-calling ${packed.nameCalling.kept} [${secs()}]`);
if (!argv.includes('--dry-run')) {
  writeModelsModule(
    OUT,
    'packages/core/scripts/train-signals.ts',
    `epochs ${EPOCHS}, l2 ${L2}, min count ${MIN_COUNT}, pruned under ${MIN}, ${BITS}-bit hashes, int8, lexicon features folded into word weights; PTC training articles (id mod 5 ≠ 0) + BABE SG2 biased words`,
    { LOADED_MODEL: packed.loaded.module, NAME_CALLING_MODEL: packed.nameCalling.module },
    `\n/** Probability at or above which a token is loaded. */\nexport const LOADED_THRESHOLD = ${best.threshold};\n\n/** Probability at or above which an uncovered word of the hand-written lexicon is kept. */\nexport const LOADED_LEXICON_FLOOR = ${best.floor};\n`,
  );
  console.error(`train-signals: wrote ${OUT}`);
}
