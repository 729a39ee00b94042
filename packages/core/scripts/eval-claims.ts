/**
 * Evaluate the claims extractor, the learned models against the hand-written rules (the
 * baseline), every sentence analysed alone through the full built-in pipeline:
 *   - objective vs subjective on NewsSD-ENG val: a sentence is subjective when a claim
 *     overlapping it has kind "opinion";
 *   - opinion on BABE SG2's held-out fifth (FNV-1a of the text ≡ 0 mod 5; "Expresses writer’s
 *     opinion" and "Somewhat factual but also opinionated" = opinion, "Entirely factual" = not;
 *     no-agreement rows left out);
 *   - check-worthiness on ClaimBuster two_class test.json as released (out of domain): a
 *     sentence's score is the highest check-worthiness of its claims; P/R/F1 at 0.5 and
 *     average precision of the ranking.
 *
 *   npx tsx packages/core/scripts/eval-claims.ts
 *
 * Skips (exit 0) when the data in ../shared/data is absent.
 */
import type { Analysis } from '../src/types/analysis.js';
import { createPipeline } from '../src/pipeline/createPipeline.js';
import { attributions, claims, entities, mentions, segmentation, signals, times } from '../src/extractors/index.js';
import { loadClaimModels } from '../src/extractors/claims/models.js';
import { hasBabe, readBabe } from './lib/babe.js';
import { hasClaimBuster, readClaimBuster } from './lib/claimbuster.js';
import { averagePrecision, binaryScores, fmt, pct } from './lib/linear.js';
import { hasNewsSd, readNewsSd } from './lib/newssd.js';

if (!hasNewsSd() || !hasBabe() || !hasClaimBuster()) {
  console.log('eval-claims: skipped: ../shared/data/{newssd-eng,babe-mbic,claimbuster} absent.');
  process.exit(0);
}

const withClaims = (c: ReturnType<typeof claims>) => createPipeline([segmentation(), mentions(), times(), entities(), attributions(), c, signals()]);
const systems: Record<string, ReturnType<typeof createPipeline>> = {
  'rules (baseline)': withClaims(claims({ models: null })),
  'learned (shipped)': withClaims(claims()),
};
// --sweep: the shipped models with other thresholds (for the README's table; chosen on train folds, not here)
if (process.argv.includes('--sweep')) {
  const shipped = await loadClaimModels();
  for (const opinionThreshold of [0.45, 0.5, 0.6]) for (const predictionOpinionThreshold of [0.75])
    systems[`learned, threshold ${opinionThreshold}, future ${predictionOpinionThreshold}`] = withClaims(claims({ models: { ...shipped, opinionThreshold, predictionOpinionThreshold } }));
}

const isOpinion = (a: Analysis) => a.claims.some((c) => c.kind === 'opinion');
const maxCheck = (a: Analysis) => a.claims.reduce((m, c) => Math.max(m, c.checkworthiness), 0);

const newssd = readNewsSd('val');
const babe = readBabe().filter((s) => s.heldOut && s.opinion !== null);
const cb = readClaimBuster('test');
console.log(`eval-claims: NewsSD val ${newssd.length} sentences; BABE held-out ${babe.length}; ClaimBuster test ${cb.length} (each sentence analysed alone)\n`);

for (const [name, pipeline] of Object.entries(systems)) {
  const run = async (texts: string[]) => {
    const out: Analysis[] = [];
    for (const text of texts) out.push(await pipeline.analyze({ id: 's', text }));
    return out;
  };
  const t0 = Date.now();
  const n = await run(newssd.map((s) => s.text));
  const sn = binaryScores(
    newssd.map((s) => s.subjective),
    n.map(isOpinion),
  );
  const b = await run(babe.map((s) => s.text));
  const sb = binaryScores(
    babe.map((s) => s.opinion !== 'factual'),
    b.map(isOpinion),
  );
  const c = await run(cb.map((s) => s.text));
  const gold = cb.map((s) => s.checkworthy);
  const scores = c.map(maxCheck);
  const sc = binaryScores(
    gold,
    scores.map((x) => x >= 0.5),
  );
  console.log(`${name}  [${((Date.now() - t0) / 1000).toFixed(1)}s]`);
  console.log(`  NewsSD val      SUBJ ${fmt(sn.pos)} | OBJ ${fmt(sn.neg)} | macro-F1 ${pct(sn.macroF1)}  acc ${pct(sn.accuracy)}`);
  console.log(`  BABE held-out   opinion ${fmt(sb.pos)} | factual ${fmt(sb.neg)} | macro-F1 ${pct(sb.macroF1)}`);
  console.log(`  ClaimBuster     check-worthy@0.5 ${fmt(sc.pos)} | AP ${pct(averagePrecision(scores, gold))}\n`);
}
