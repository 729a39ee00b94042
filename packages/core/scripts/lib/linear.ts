/**
 * A small logistic-regression trainer over sparse string features (AdaGrad SGD with L2 and
 * an L1 step that zeroes small weights), plus P/R/F1 helpers and the packer that turns the
 * weights into the compact `LinearModelModule` read by core (`extractors/claims/linear.ts`).
 */
import { writeFileSync } from 'node:fs';
import { encodeBase64, hashFeature, type LinearModelModule } from '../../src/extractors/claims/linear.js';

export interface Example {
  features: readonly string[];
  label: 0 | 1;
  /** Sample weight (default 1). */
  weight?: number;
}

export interface TrainOptions {
  epochs?: number;
  /** AdaGrad base rate. */
  rate?: number;
  /** L2 strength per example. */
  l2?: number;
  /** L1 strength per example (truncated gradient). */
  l1?: number;
  /** Weight of the positive class (for imbalance). */
  positiveWeight?: number;
  seed?: number;
  /** Ignore features seen in fewer examples than this. */
  minCount?: number;
  /**
   * A value per feature (default 1): the model is trained on `scale(f)` for each occurrence of
   * `f`, and its weight is returned times `scale(f)`, so the result reads plain features. With
   * `nbScale`, this is NB-LR (NB-SVM's log-count ratios, then logistic regression).
   */
  scale?: ReadonlyMap<string, number>;
}

export interface TrainedModel {
  bias: number;
  weights: Map<string, number>;
}

export function rng(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 4294967296;
  };
}

export function shuffle<T>(xs: T[], random: () => number): T[] {
  for (let i = xs.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [xs[i], xs[j]] = [xs[j]!, xs[i]!];
  }
  return xs;
}

const sig = (x: number) => 1 / (1 + Math.exp(-Math.max(-30, Math.min(30, x))));

export function trainLogistic(examples: readonly Example[], options: TrainOptions = {}): TrainedModel {
  return train(examples, options);
}

function train(examples: readonly Example[], options: TrainOptions): TrainedModel {
  const { epochs = 15, rate = 0.2, l2 = 1e-4, l1 = 0, positiveWeight = 1, seed = 7, minCount = 1 } = options;
  if (minCount > 1) {
    const counts = new Map<string, number>();
    for (const x of examples) for (const f of new Set(x.features)) counts.set(f, (counts.get(f) ?? 0) + 1);
    examples = examples.map((x) => ({ ...x, features: x.features.filter((f) => counts.get(f)! >= minCount) }));
  }
  const scale = options.scale;
  const sc = (f: string) => (scale ? (scale.get(f) ?? 1) : 1);
  const w = new Map<string, number>();
  const g2 = new Map<string, number>();
  let bias = 0;
  let bg2 = 1e-8;
  const order = examples.map((_, i) => i);
  const random = rng(seed);
  for (let ep = 0; ep < epochs; ep++) {
    shuffle(order, random);
    for (const i of order) {
      const x = examples[i]!;
      let z = bias;
      for (const f of x.features) z += (w.get(f) ?? 0) * sc(f);
      const sw = (x.weight ?? 1) * (x.label === 1 ? positiveWeight : 1);
      const g = (sig(z) - x.label) * sw;
      bg2 += g * g;
      bias -= (rate / Math.sqrt(bg2)) * g;
      for (const f of x.features) {
        const old = w.get(f) ?? 0;
        const gf = g * sc(f) + l2 * old;
        const acc = (g2.get(f) ?? 1e-8) + gf * gf;
        g2.set(f, acc);
        const step = rate / Math.sqrt(acc);
        let nw = old - step * gf;
        if (l1 > 0) nw = Math.sign(nw) * Math.max(0, Math.abs(nw) - step * l1);
        w.set(f, nw);
      }
    }
  }
  for (const [f, v] of w) if (v === 0) w.delete(f);
  if (scale) for (const [f, v] of w) w.set(f, v * sc(f));
  return { bias, weights: w };
}

/**
 * NB-SVM's log-count ratios (Wang & Manning 2012): per feature, log of its smoothed share of
 * the positive examples' features over its share of the negative ones' (presence, sample
 * weights and `positiveWeight` counted), for `TrainOptions.scale`.
 */
export function nbScale(examples: readonly Example[], alpha = 1, positiveWeight = 1): Map<string, number> {
  const pos = new Map<string, number>();
  const neg = new Map<string, number>();
  let pSum = 0;
  let nSum = 0;
  for (const x of examples) {
    const sw = (x.weight ?? 1) * (x.label === 1 ? positiveWeight : 1);
    const m = x.label === 1 ? pos : neg;
    for (const f of new Set(x.features)) {
      m.set(f, (m.get(f) ?? 0) + sw);
      if (x.label === 1) pSum += sw;
      else nSum += sw;
    }
  }
  const out = new Map<string, number>();
  const keys = new Set([...pos.keys(), ...neg.keys()]);
  const pTotal = pSum + alpha * keys.size;
  const nTotal = nSum + alpha * keys.size;
  for (const f of keys) out.set(f, Math.log(((pos.get(f) ?? 0) + alpha) / pTotal / (((neg.get(f) ?? 0) + alpha) / nTotal)));
  return out;
}

export function predict(m: TrainedModel, features: readonly string[]): number {
  let z = m.bias;
  for (const f of features) z += m.weights.get(f) ?? 0;
  return sig(z);
}

export interface Prf {
  tp: number;
  fp: number;
  fn: number;
  p: number;
  r: number;
  f1: number;
}

export function prf(tp: number, fp: number, fn: number): Prf {
  const p = tp + fp > 0 ? tp / (tp + fp) : 0;
  const r = tp + fn > 0 ? tp / (tp + fn) : 0;
  return { tp, fp, fn, p, r, f1: p + r > 0 ? (2 * p * r) / (p + r) : 0 };
}

/** P/R/F1 of a binary prediction, for the positive class and the negative class. */
export function binaryScores(gold: readonly boolean[], pred: readonly boolean[]): { pos: Prf; neg: Prf; macroF1: number; accuracy: number } {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  gold.forEach((g, i) => {
    const p = pred[i]!;
    if (g && p) tp++;
    else if (!g && p) fp++;
    else if (g && !p) fn++;
    else tn++;
  });
  const pos = prf(tp, fp, fn);
  const neg = prf(tn, fn, fp);
  return { pos, neg, macroF1: (pos.f1 + neg.f1) / 2, accuracy: (tp + tn) / Math.max(1, gold.length) };
}

/** Average precision of a ranking (scores, gold labels). */
export function averagePrecision(scores: readonly number[], gold: readonly boolean[]): number {
  const idx = scores.map((_, i) => i).sort((a, b) => scores[b]! - scores[a]!);
  let hits = 0;
  let sum = 0;
  idx.forEach((i, rank) => {
    if (gold[i]) {
      hits++;
      sum += hits / (rank + 1);
    }
  });
  return hits > 0 ? sum / hits : 0;
}

export const pct = (x: number) => (x * 100).toFixed(1).padStart(5);
export const fmt = (s: Prf) => `P ${pct(s.p)}  R ${pct(s.r)}  F1 ${pct(s.f1)}`;

/**
 * Pack a trained model: drop weights under `minAbs`, quantise to int8 (scale = max |w| / 127),
 * hash feature names into `bits` buckets (colliding features add up). `hashOf`: each feature's
 * hash when the run time does not hash the name (`hashFeature`) but its parts.
 */
export function packModel(m: TrainedModel, bits = 22, minAbs = 0.02, hashOf: (feature: string) => number = hashFeature): { module: LinearModelModule; kept: number; dropped: number } {
  const mask = bits >= 32 ? 0xffffffff : (1 << bits) - 1;
  const sums = new Map<number, number>();
  let dropped = 0;
  for (const [f, v] of m.weights) {
    if (Math.abs(v) < minAbs) {
      dropped++;
      continue;
    }
    const b = (hashOf(f) & mask) >>> 0;
    sums.set(b, (sums.get(b) ?? 0) + v);
  }
  let max = 0;
  for (const v of sums.values()) max = Math.max(max, Math.abs(v));
  const scale = max > 0 ? max / 127 : 1;
  const entries = [...sums].map(([b, v]) => [b, Math.round(v / scale)] as const).filter(([, q]) => q !== 0).sort((a, b) => a[0] - b[0]);
  const varints: number[] = [];
  let last = 0;
  for (const [b] of entries) {
    let d = b - last;
    last = b;
    while (d >= 0x80) {
      varints.push((d & 0x7f) | 0x80);
      d = Math.floor(d / 128);
    }
    varints.push(d);
  }
  const weights = Int8Array.from(entries.map(([, q]) => q));
  return {
    module: {
      bits,
      bias: Math.round(m.bias * 1e4) / 1e4,
      scale: Number(scale.toPrecision(6)),
      count: entries.length,
      buckets: encodeBase64(Uint8Array.from(varints)),
      weights: encodeBase64(new Uint8Array(weights.buffer)),
    },
    kept: entries.length,
    dropped,
  };
}

/** Write a generated module exporting the given models (each a `LinearModelModule`). */
export function writeModelsModule(path: string, script: string, note: string, models: Record<string, LinearModelModule>, extra = ''): void {
  const body = Object.entries(models)
    .map(([name, m]) => `export const ${name}: LinearModelModule = ${JSON.stringify(m, null, 2).replace(/"(\w+)":/g, '$1:')};\n`)
    .join('\n');
  writeFileSync(path, `// Generated by ${script} — do not edit by hand.\n// ${note}\nimport type { LinearModelModule } from '${path.includes('/signals/') ? '../claims/linear.js' : './linear.js'}';\n${extra}\n${body}`);
}

/** The strongest features of a model, for the training log. */
export function topFeatures(m: TrainedModel, n = 15): string {
  const sorted = [...m.weights].sort((a, b) => b[1] - a[1]);
  const show = (xs: [string, number][]) => xs.map(([f, v]) => `${f} ${v.toFixed(2)}`).join(', ');
  return `  + ${show(sorted.slice(0, n))}\n  - ${show(sorted.slice(-n).reverse())}`;
}

export interface BatchOptions {
  /** L2 strength on the summed (sample-weighted) log loss; the bias is not penalised. */
  l2?: number;
  /** Weight of the positive class (for imbalance). */
  positiveWeight?: number;
  /** Ignore features seen in fewer examples than this. */
  minCount?: number;
  /** L-BFGS iterations. */
  iterations?: number;
  /** As `TrainOptions.scale` (NB-LR with `nbScale`); features count once per example (presence). */
  scale?: ReadonlyMap<string, number>;
}

/**
 * Logistic regression to convergence (full-batch L-BFGS, memory 10, backtracking line
 * search) over feature presence: the optimum of the regularised log loss, which per-feature
 * AdaGrad steps do not reach in a few epochs and which undoes any feature scaling (NB-LR).
 * Weights are returned times their scale, over plain features.
 */
export function trainLogisticBatch(examples: readonly Example[], options: BatchOptions = {}): TrainedModel {
  const { l2 = 3, positiveWeight = 1, minCount = 1, iterations = 200, scale } = options;
  const counts = new Map<string, number>();
  for (const x of examples) for (const f of new Set(x.features)) counts.set(f, (counts.get(f) ?? 0) + 1);
  const index = new Map<string, number>();
  for (const [f, c] of counts) if (c >= minCount) index.set(f, index.size);
  const d = index.size + 1; // last: bias
  const rows = examples.map((x) => Int32Array.from(new Set(x.features.map((f) => index.get(f) ?? -1).filter((j) => j >= 0))));
  const names = [...index.keys()];
  const value = Float64Array.from(names, (f) => (scale ? (scale.get(f) ?? 1) : 1));
  const y = examples.map((x) => x.label);
  const sw = examples.map((x) => (x.weight ?? 1) * (x.label === 1 ? positiveWeight : 1));
  const grad = new Float64Array(d);
  const evaluate = (theta: Float64Array): number => {
    grad.fill(0);
    let loss = 0;
    const b = theta[d - 1]!;
    for (let i = 0; i < rows.length; i++) {
      const r = rows[i]!;
      let z = b;
      for (let k = 0; k < r.length; k++) z += theta[r[k]!]! * value[r[k]!]!;
      const p = sig(z);
      loss -= sw[i]! * (y[i] === 1 ? Math.log(p + 1e-12) : Math.log(1 - p + 1e-12));
      const g = sw[i]! * (p - y[i]!);
      for (let k = 0; k < r.length; k++) grad[r[k]!]! += g * value[r[k]!]!;
      grad[d - 1]! += g;
    }
    for (let j = 0; j < d - 1; j++) {
      loss += 0.5 * l2 * theta[j]! * theta[j]!;
      grad[j]! += l2 * theta[j]!;
    }
    return loss;
  };
  const theta = new Float64Array(d);
  const m = 10;
  const S: Float64Array[] = [];
  const Y: Float64Array[] = [];
  let fx = evaluate(theta);
  let g = Float64Array.from(grad);
  const dot = (a: Float64Array, b: Float64Array) => {
    let s = 0;
    for (let j = 0; j < a.length; j++) s += a[j]! * b[j]!;
    return s;
  };
  for (let it = 0; it < iterations; it++) {
    // two-loop recursion: direction = -H g
    const q = Float64Array.from(g);
    const alpha: number[] = [];
    for (let k = S.length - 1; k >= 0; k--) {
      const a = dot(S[k]!, q) / dot(Y[k]!, S[k]!);
      alpha[k] = a;
      for (let j = 0; j < d; j++) q[j]! -= a * Y[k]![j]!;
    }
    if (S.length > 0) {
      const last = S.length - 1;
      const gamma = dot(S[last]!, Y[last]!) / dot(Y[last]!, Y[last]!);
      for (let j = 0; j < d; j++) q[j]! *= gamma;
    } else {
      const norm = Math.sqrt(dot(g, g)) || 1;
      for (let j = 0; j < d; j++) q[j]! /= norm;
    }
    for (let k = 0; k < S.length; k++) {
      const bk = dot(Y[k]!, q) / dot(Y[k]!, S[k]!);
      for (let j = 0; j < d; j++) q[j]! += S[k]![j]! * (alpha[k]! - bk);
    }
    const slope = -dot(g, q);
    if (slope >= 0) break;
    let step = 1;
    const next = new Float64Array(d);
    let fn = Infinity;
    for (let ls = 0; ls < 30; ls++) {
      for (let j = 0; j < d; j++) next[j] = theta[j]! - step * q[j]!;
      fn = evaluate(next);
      if (fn <= fx + 1e-4 * step * slope) break;
      step /= 2;
    }
    if (!(fn < fx)) break;
    const s = new Float64Array(d);
    const yy = new Float64Array(d);
    for (let j = 0; j < d; j++) {
      s[j] = next[j]! - theta[j]!;
      yy[j] = grad[j]! - g[j]!;
    }
    theta.set(next);
    const improvement = fx - fn;
    fx = fn;
    g = Float64Array.from(grad);
    if (dot(s, yy) > 1e-10) {
      S.push(s);
      Y.push(yy);
      if (S.length > m) {
        S.shift();
        Y.shift();
      }
    }
    if (improvement < 1e-7 * Math.max(1, Math.abs(fx))) break;
  }
  const weights = new Map<string, number>();
  for (let j = 0; j < d - 1; j++) if (theta[j] !== 0) weights.set(names[j]!, theta[j]! * value[j]!);
  return { bias: theta[d - 1]!, weights };
}
