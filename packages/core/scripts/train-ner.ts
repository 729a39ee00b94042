/**
 * Train the NER model (averaged perceptron, greedy BILOU) on CoNLL-2003 train, report on
 * dev, and write the quantised weights to src/model/ner/weights.generated.js (+ .d.ts).
 *
 *   npx tsx packages/core/scripts/train-ner.ts [--epochs 10] [--bits 19] [--aug 0.35]
 *        [--rebuild-clusters] [--no-clusters] [--out path] [--dry-run]
 *
 * Skips (exit 0) when ../shared/data/conll2003 is absent.
 */
import { resolve } from 'node:path';
import { DocHistory, decodeOrder, historyKey } from '../src/model/ner/decode.js';
import { DYNAMIC_SLOTS, STATIC_SLOTS, docInfo, dynamicFeatures, sentenceAtoms, staticFeatures, type Lexicon, type SentenceAtoms } from '../src/model/ner/features.js';
import { ALLOWED, BOS_LABEL, LABEL_COUNT, labelsFromSpans, typeOf } from '../src/model/ner/labels.js';
import { createNerModel, fromWeightsModule, sharedGazetteer } from '../src/model/ner/NerModel.js';
import { augment, rng } from './lib/augment.js';
import { loadOrComputeClusters } from './lib/clusters.js';
import { REPO_ROOT, Scorer, hasConll, readConll, type ConllDoc } from './lib/conll.js';
import { buildWeightsModule, packRows, quantise, relativeToO, toLexicon, toModelData, writeWeightsModule, type PackedRows } from './lib/weights.js';

const argv = process.argv.slice(2);
const flag = (name: string): boolean => argv.includes(`--${name}`);
const opt = (name: string, def: number): number => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? Number(argv[i + 1]) : def;
};
const optS = (name: string, def: string): string => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1]! : def;
};

if (!hasConll()) {
  console.log('train-ner: ../shared/data/conll2003 not found — nothing to train on; skipping.');
  process.exit(0);
}

const EPOCHS = opt('epochs', 10);
const BITS = opt('bits', 19);
const AUG = opt('aug', 0.35);
const OUT = resolve(optS('out', resolve(REPO_ROOT, 'packages/core/src/model/ner/weights.generated.js')));
const t0 = Date.now();
const secs = (): string => ((Date.now() - t0) / 1000).toFixed(1) + 's';

const clusterData = flag('no-clusters') ? null : loadOrComputeClusters(flag('rebuild-clusters'));
const lexicon: Lexicon | null = toLexicon(clusterData);
const gaz = sharedGazetteer();
const train = readConll('train');
const dev = readConll('dev');
const docs = augment(train, AUG);
console.error(`train-ner: ${train.length} train docs (+${docs.length - train.length} augmented copies), ${dev.length} dev docs, clusters ${lexicon ? lexicon.clusters.size : 'off'} [${secs()}]`);

interface Prepared {
  atoms: SentenceAtoms[];
  rows: Int32Array[];
  gold: Uint8Array[];
}
const mask = (1 << BITS) - 1;
function prepare(d: ConllDoc): Prepared {
  const atoms = d.sentences.map((s) => sentenceAtoms(s.words, lexicon, gaz));
  const info = docInfo(atoms);
  const rows = atoms.map((a) => {
    const r = new Int32Array(a.n * STATIC_SLOTS);
    staticFeatures(a, info, mask, r);
    return r;
  });
  return { atoms, rows, gold: d.sentences.map((s) => labelsFromSpans(s.spans, s.words.length)) };
}
const prepared = docs.map(prepare);
let tokens = 0;
for (const p of prepared) for (const a of p.atoms) tokens += a.n;
console.error(`train-ner: features for ${tokens} tokens [${secs()}]`);

const L = LABEL_COUNT;
const R = 1 << BITS;
const w = new Float32Array(R * L);
const u = new Float64Array(R * L); // Σ c·Δ for averaging
let c = 1;
const dyn = new Int32Array(DYNAMIC_SLOTS);
const scores = new Float64Array(L);

function averaged(): Float32Array {
  const avg = new Float32Array(R * L);
  for (let i = 0; i < avg.length; i++) avg[i] = w[i]! - u[i]! / c;
  return avg;
}

/** Quantise and pack float weights into the shipped form. */
function ship(avg: Float32Array): { packed: PackedRows; scale: number } {
  const { q, scale } = quantise(relativeToO(avg));
  return { packed: packRows(q), scale };
}

function evalDev(avg: Float32Array): Scorer {
  const model = createNerModel(toModelData(BITS, ship(avg).packed, lexicon));
  const scorer = new Scorer();
  for (const d of dev) {
    const pred = model.tagDocument(d.sentences.map((s) => s.words));
    d.sentences.forEach((s, i) => scorer.add(s.spans, pred[i]!));
  }
  return scorer;
}

const order = prepared.map((_, i) => i);
const rand = rng(42);
let best = { f: 0, epoch: 0 };
for (let epoch = 1; epoch <= EPOCHS; epoch++) {
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  let errors = 0;
  let seen = 0;
  for (const di of order) {
    const p = prepared[di]!;
    const history = new DocHistory();
    for (const s of decodeOrder(p.atoms)) {
      const a = p.atoms[s]!;
      const rows = p.rows[s]!;
      const gold = p.gold[s]!;
      let p1 = BOS_LABEL;
      let p2 = BOS_LABEL;
      for (let i = 0; i < a.n; i++) {
        scores.fill(0);
        const base = i * STATIC_SLOTS;
        for (let k = 0; k < STATIC_SLOTS; k++) {
          const r = rows[base + k]!;
          if (r < 0) continue;
          const o = r * L;
          for (let y = 0; y < L; y++) scores[y] += w[o + y]!;
        }
        const hist = history.get(a.L[i]!);
        dynamicFeatures(a, i, p1, p2, hist, mask, dyn, 0);
        for (let k = 0; k < DYNAMIC_SLOTS; k++) {
          const o = dyn[k]! * L;
          for (let y = 0; y < L; y++) scores[y] += w[o + y]!;
        }
        let guess = 0;
        let bestScore = -Infinity;
        for (let y = 0; y < L; y++) {
          if (ALLOWED[p1 * L + y] === 0) continue;
          if (scores[y]! > bestScore) {
            bestScore = scores[y]!;
            guess = y;
          }
        }
        const y = gold[i]!;
        if (guess !== y) {
          errors++;
          const upd = (r: number): void => {
            const o = r * L;
            w[o + y]! += 1;
            u[o + y]! += c;
            w[o + guess]! -= 1;
            u[o + guess]! -= c;
          };
          for (let k = 0; k < STATIC_SLOTS; k++) {
            const r = rows[base + k]!;
            if (r >= 0) upd(r);
          }
          for (let k = 0; k < DYNAMIC_SLOTS; k++) upd(dyn[k]!);
        }
        c++;
        seen++;
        if (historyKey(a, i)) history.add(a.L[i]!, typeOf(guess));
        p2 = p1;
        p1 = guess;
      }
    }
  }
  const scorer = evalDev(averaged());
  const f = scorer.prf().f;
  if (f > best.f) best = { f, epoch };
  console.error(`train-ner: epoch ${epoch}: train errors ${((100 * errors) / seen).toFixed(2)}%, dev F1 ${(100 * f).toFixed(2)} [${secs()}]`);
}

const avg = averaged();
if (flag('explore')) {
  const abs: number[] = [];
  for (let i = 0; i < avg.length; i += 7) if (avg[i] !== 0) abs.push(Math.abs(avg[i]!));
  abs.sort((a, b) => a - b);
  console.error(`|w| quantiles: ` + [0.1, 0.25, 0.5, 0.75, 0.9, 0.99, 0.999, 1].map((q) => `${q}:${abs[Math.min(abs.length - 1, Math.floor(q * abs.length))]!.toFixed(4)}`).join(' '));
  for (const t of [0.05, 0.1, 0.2, 0.4, 0.8]) {
    const pr = avg.map((x) => (Math.abs(x) < t ? 0 : x)) as Float32Array;
    let rowsNz = 0;
    let nz = 0;
    for (let r = 0; r < R; r++) {
      let any = false;
      for (let y = 0; y < L; y++) if (pr[r * L + y] !== 0) { any = true; nz++; }
      if (any) rowsNz++;
    }
    console.error(`prune |w|<${t}: rows ${rowsNz}, entries ${nz}, dev F1 ${(100 * evalDev(pr).prf().f).toFixed(2)}`);
  }
}
const { packed, scale } = ship(avg);
const m = buildWeightsModule(BITS, packed, scale, clusterData);
const qScore = new Scorer();
{
  const model = createNerModel(fromWeightsModule(m));
  for (const d of dev) {
    const pred = model.tagDocument(d.sentences.map((s) => s.words));
    d.sentences.forEach((s, i) => qScore.add(s.spans, pred[i]!));
  }
}
console.error(qScore.report('dev (int16 weights, as shipped)'));
console.error(`train-ner: ${m.rowCount} non-empty rows of ${R}; best epoch ${best.epoch} (${(100 * best.f).toFixed(2)}) [${secs()}]`);
if (!flag('dry-run')) {
  writeWeightsModule(OUT, m, `CoNLL-2003 train, ${EPOCHS} epochs, 2^${BITS} rows, aug ${AUG}; dev F1 ${(100 * qScore.prf().f).toFixed(2)} (int16, as shipped).`);
  console.error(`train-ner: wrote ${OUT}`);
}
