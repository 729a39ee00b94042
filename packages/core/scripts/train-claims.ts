/**
 * Train the claims models (logistic regression over `claimFeatures`) and write them to
 * src/extractors/claims/model.generated.ts:
 *   - opinion: NewsSD-ENG train (SUBJ = 1) + BABE SG2 outside its held-out fifth
 *     ("Expresses writer’s opinion" = 1, "Entirely factual" = 0, "Somewhat factual but also
 *     opinionated" = 1 at half weight);
 *   - check-worthiness: ClaimBuster two_class train.json (label 1 = check-worthy).
 * Every sentence is analysed alone by the built-in pipeline (up to attributions) first.
 *
 *   npx tsx packages/core/scripts/train-claims.ts [--epochs 3] [--l2 1e-2] [--min 0.05] [--min-count 2] [--l1 0] [--threshold 0.5] [--sentence-weight 0.5] [--prediction-threshold 0.75] [--cw-words] [--dry-run] [--calibrate]
 *
 * --calibrate: 5-fold out-of-fold opinion scores on the training sentences, then the macro-F1
 * of the rules that combine with the model (a plain report needs a clearer opinion; a hedged
 * conditional is a prediction) at several thresholds; prints the table and writes nothing.
 *
 * Skips (exit 0) when the data in ../shared/data is absent.
 */
import { resolve } from 'node:path';
import { isPlainReport } from '../src/extractors/claims/features.js';
import { loadLinearModel, sigmoid } from '../src/extractors/claims/linear.js';
import { hasBabe, readBabe } from './lib/babe.js';
import { hasClaimBuster, readClaimBuster } from './lib/claimbuster.js';
import { createFeatureCollector } from './lib/linear-claims.js';
import { foldLexicons, loadLexicons, withLexicons } from './lib/linear-lexicons.js';
import { binaryScores, fmt, packModel, predict, rng, shuffle, topFeatures, trainLogistic, writeModelsModule, type Example, type TrainedModel } from './lib/linear.js';
import { REPO_ROOT, hasNewsSd, readNewsSd } from './lib/newssd.js';

const argv = process.argv.slice(2);
const opt = (name: string, def: number): number => (argv.includes(`--${name}`) ? Number(argv[argv.indexOf(`--${name}`) + 1]) : def);
const DRY = argv.includes('--dry-run');
const EPOCHS = opt('epochs', 3);
const L2 = opt('l2', 1e-2);
const MIN = opt('min', 0.05);
const L1 = opt('l1', 0);
const MIN_COUNT = opt('min-count', 2);
const SENTENCE_WEIGHT = opt('sentence-weight', 0.5);
const PREDICTION_THRESHOLD = opt('prediction-threshold', 0.75);
/** Check-worthiness from the abstract features only (names, numbers, dates, tense, kind…), not words: debates are not news. */
const CW_WORDS = argv.includes('--cw-words');
const abstract = (f: string) => CW_WORDS || !(f.startsWith('w=') || f.startsWith('b=') || f.startsWith('L:'));
const THRESHOLD = opt('threshold', 0.5);
const CALIBRATE = argv.includes('--calibrate');
const OUT = resolve(REPO_ROOT, 'packages/core/src/extractors/claims/model.generated.ts');

if (!hasNewsSd() || !hasBabe() || !hasClaimBuster()) {
  console.log('train-claims: skipped: ../shared/data/{newssd-eng,babe-mbic,claimbuster} absent.');
  process.exit(0);
}

const featuresOfSentence = createFeatureCollector();
const t0 = Date.now();
const secs = () => `${((Date.now() - t0) / 1000).toFixed(1)}s`;

const lexicons = loadLexicons();
const featuresOf = async (text: string) => {
  const { features } = await featuresOfSentence(text);
  return { features: withLexicons(features, lexicons) };
};

async function examples(rows: { text: string; label: 0 | 1; weight?: number }[]): Promise<Example[]> {
  const out: Example[] = [];
  for (const r of rows) out.push({ features: (await featuresOf(r.text)).features, label: r.label, weight: r.weight ?? 1 });
  return out;
}

// opinion
const newssd = readNewsSd('train').map((s) => ({ text: s.text, label: (s.subjective ? 1 : 0) as 0 | 1 }));
const babe = readBabe()
  .filter((s) => !s.heldOut && s.opinion !== null)
  .map((s) => ({ text: s.text, label: (s.opinion === 'factual' ? 0 : 1) as 0 | 1, weight: s.opinion === 'mixed' ? 0.5 : 1 }));
const opinionTrain = [...(await examples(newssd)), ...(await examples(babe))];
const pos = opinionTrain.filter((x) => x.label === 1).reduce((a, x) => a + (x.weight ?? 1), 0);
const neg = opinionTrain.filter((x) => x.label === 0).reduce((a, x) => a + (x.weight ?? 1), 0);
console.error(`train-claims: opinion on ${newssd.length} NewsSD + ${babe.length} BABE sentences (pos ${pos.toFixed(0)} / neg ${neg.toFixed(0)}) [${secs()}]`);
if (CALIBRATE) {
  calibrate(opinionTrain, newssd.length);
  process.exit(0);
}
const opinion = trainLogistic(opinionTrain, { epochs: EPOCHS, l2: L2, l1: L1, minCount: MIN_COUNT, positiveWeight: neg / pos });
console.error(topFeatures(opinion));
const val = readNewsSd('val');
const valPred: boolean[] = [];
for (const s of val) valPred.push(predict(opinion, (await featuresOf(s.text)).features) >= THRESHOLD);
const sc = binaryScores(
  val.map((s) => s.subjective),
  valPred,
);
console.error(`train-claims: NewsSD val (whole sentences, model alone): SUBJ ${fmt(sc.pos)} | OBJ ${fmt(sc.neg)} | macro-F1 ${(sc.macroF1 * 100).toFixed(1)} [${secs()}]`);

// check-worthiness
// the kind as the extractor gives it (the sentence as one claim)
const kindOf = (m: TrainedModel, features: string[]): string => {
  if (features.includes('question')) return 'kind:question';
  if (features.includes('normative') || features.includes('view')) return 'kind:opinion';
  const p = predict(m, features);
  if (features.includes('future')) return p >= PREDICTION_THRESHOLD ? 'kind:opinion' : 'kind:prediction';
  return p >= THRESHOLD ? 'kind:opinion' : 'kind:factual';
};
const cbRows = readClaimBuster('train');
const cbTrain: Example[] = [];
for (const r of cbRows) {
  const { features } = await featuresOf(r.text);
  cbTrain.push({ features: [...features, kindOf(opinion, features)].filter(abstract), label: r.checkworthy ? 1 : 0 });
}
const cbPos = cbTrain.filter((x) => x.label === 1).length;
console.error(`train-claims: check-worthiness on ${cbTrain.length} ClaimBuster train sentences (${cbPos} positive) [${secs()}]`);
const check = trainLogistic(cbTrain, { epochs: EPOCHS, l2: L2, l1: L1, minCount: MIN_COUNT });
console.error(topFeatures(check));

const o = packModel(foldLexicons(opinion, lexicons), 20, MIN);
const c = packModel(foldLexicons(check, lexicons), 20, MIN);
{
  // the packed (pruned, quantised, folded) model, as core will load it, on NewsSD val
  const packed = loadLinearModel(o.module);
  const pred: boolean[] = [];
  for (const s of val) pred.push(sigmoid(packed.logit((await featuresOfSentence(s.text)).features)) >= THRESHOLD);
  const ps = binaryScores(
    val.map((s) => s.subjective),
    pred,
  );
  console.error(`train-claims: NewsSD val, packed model: macro-F1 ${(ps.macroF1 * 100).toFixed(1)}`);
}
console.error(`train-claims: opinion ${o.kept} weights kept (${o.dropped} under ${MIN} dropped); check-worthiness ${c.kept} kept (${c.dropped} dropped) [${secs()}]`);
if (!DRY) {
  writeModelsModule(
    OUT,
    'packages/core/scripts/train-claims.ts',
    `epochs ${EPOCHS}, l2 ${L2}, pruned under ${MIN}, int8, lexicon features folded into word weights; opinion: NewsSD train + BABE SG2 (held-out fifth excluded); check-worthiness: ClaimBuster two_class train.json`,
    { OPINION_MODEL: o.module, CHECKWORTHINESS_MODEL: c.module },
    `\n/** Probability at or above which a claim is an opinion. */\nexport const OPINION_THRESHOLD = ${THRESHOLD};\n/** How much a clause's opinion score takes from its whole sentence's. */\nexport const SENTENCE_WEIGHT = ${SENTENCE_WEIGHT};\n/** Probability at or above which a claim about the future is an opinion rather than a prediction. */\nexport const PREDICTION_OPINION_THRESHOLD = ${PREDICTION_THRESHOLD};\n`,
  );
  console.error(`train-claims: wrote ${OUT}`);
}

/**
 * Out-of-fold opinion probabilities on the training sentences (5 folds, by index after a
 * seeded shuffle), then the rules over them: for each rule and threshold T, a sentence the
 * rule fires on is an opinion when p ≥ T, any other when p ≥ THRESHOLD.
 */
function calibrate(train: readonly Example[], newssdCount: number): void {
  const folds = 5;
  const order = shuffle(
    train.map((_, i) => i),
    rng(11),
  );
  const fold = new Int8Array(train.length);
  order.forEach((i, k) => (fold[i] = k % folds));
  const p = new Float64Array(train.length);
  for (let k = 0; k < folds; k++) {
    const part = train.filter((_, i) => fold[i] !== k);
    const pw = part.filter((x) => x.label === 0).reduce((a, x) => a + (x.weight ?? 1), 0) / part.filter((x) => x.label === 1).reduce((a, x) => a + (x.weight ?? 1), 0);
    const m = trainLogistic(part, { epochs: EPOCHS, l2: L2, l1: L1, minCount: MIN_COUNT, positiveWeight: pw });
    train.forEach((x, i) => {
      if (fold[i] === k) p[i] = predict(m, x.features);
    });
    console.error(`train-claims: calibrate: fold ${k + 1}/${folds} [${secs()}]`);
  }
  const rules: Record<string, (f: readonly string[]) => boolean> = {
    'plain report': isPlainReport,
    'plain report, past': (f) => isPlainReport(f) && (f.includes('past') || f.includes('date+past')),
    'hedged conditional': (f) => f.includes('hedged') && f.includes('conditional') && !f.includes('normative'),
  };
  const parts: [string, number, number][] = [
    ['NewsSD train', 0, newssdCount],
    ['BABE train', newssdCount, train.length],
  ];
  for (const [name, rule] of Object.entries(rules)) {
    const fires = train.map((x) => rule(x.features));
    for (const [part, a, b] of parts) {
      let n = 0;
      let objective = 0;
      for (let i = a; i < b; i++) if (fires[i]) {
        n++;
        if (train[i]!.label === 0) objective++;
      }
      const row: string[] = [];
      for (const t of [THRESHOLD, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 1.01]) {
        const gold: boolean[] = [];
        const pred: boolean[] = [];
        for (let i = a; i < b; i++) {
          gold.push(train[i]!.label === 1);
          pred.push(p[i]! >= (fires[i] ? t : THRESHOLD));
        }
        row.push(`${t > 1 ? 'never' : t.toFixed(2)} ${(binaryScores(gold, pred).macroF1 * 100).toFixed(1)}`);
      }
      console.log(`${name.padEnd(20)} ${part.padEnd(13)} fires ${String(n).padStart(4)} (${((objective / Math.max(1, n)) * 100).toFixed(0)}% objective) | macro-F1 at T: ${row.join('  ')}`);
    }
  }
}
