/**
 * Calibrated confidence of an attribution: the share of the attributions a rule makes that are
 * right on PolNeAR train (content found at 50 % overlap with the cue and the source right too),
 * scaled by how much more or less often a source of that kind is right than sources overall.
 * Measured with `npx tsx packages/core/scripts/eval-attribution.ts --split train` (840 articles,
 * 14,927 predictions; refitted in round twelve: every rule with 20 or more train predictions, the
 * kind factors and the cue model's line); the same script on dev prints the calibration table that
 * checks it.
 */
import type { AttributionSource } from '../../types/analysis.js';

/** rule → share right on train. "quote-continuation" has no cue by design: its share is content found. */
const RULE_PRECISION: Readonly<Record<string, number>> = {
  'source-cue': 0.759,
  'source-cue+partial-quote': 0.841,
  'source-cue+particle': 0.608,
  'source-cue+particle+partial-quote': 0.8,
  'source-cue+infinitive': 0.708,
  'source-cue+infinitive+partial-quote': 0.875,
  'source-belief': 0.6,
  'source-belief+partial-quote': 0.63,
  'source-belief+infinitive': 0.682,
  'quote-source-cue': 0.928,
  'quote-source-cue+continued': 0.967,
  'quote-cue-source': 0.912,
  'quote-cue-source+continued': 0.951,
  'source-cue-quote': 0.823,
  // (twenty-seventh session: too rare on train to measure; the shape of source-cue-quote with the verb first)
  'cue-source-quote': 0.823,
  'content-source-cue': 0.739,
  'content-cue-source': 0.86,
  'participle-cue': 0.6,
  'participle-cue+partial-quote': 0.701,
  'participle-cue+particle': 0.679,
  'participle-cue+infinitive': 0.458,
  'according-to': 0.784,
  'quote-continuation': 0.466,
  'headline-colon': 0.862,
  'speaker-colon': 0.441,
  // (rules with few train cases, shrunk towards 0.5: 8 of 8, 7 of 10 and 4 of 14 right; embedded posts are mostly unannotated)
  'dash-colon-quote': 0.85,
  'in-source': 0.6,
  'embedded-post': 0.5,
  // no source by design (the kind factor is not applied): "X is expected to …", "X seems to …"
  'raising': 0.48,
  'raising-passive': 0.6,
  'quote-source-cue+lead-in': 0.587,
  'quote-cue-source+lead-in': 0.638,
  // round five (train, 69 predictions): "when asked about …", no source by design
  'asked-no-source': 0.652,
  // round seven (train, 41 predictions, content found): a whole-sentence quote with no cue after its speaker's sentence
  'quote-after-subject': 0.571,
  // round eight (train, 35 predictions): "As X noted, <clause>"
  'as-source-cue': 0.735,
};
/** Rules that never have a source: their share right is not scaled by the missing source's kind. */
const NO_SOURCE_RULES: ReadonlySet<string> = new Set(['raising', 'raising-passive', 'asked-no-source']);
/** Rules with fewer than 20 predictions on train: the share of their base rule, or this. */
const FALLBACK = 0.45;
/** Share right by source kind over the share right overall (train, rules with a cue and a source: 0.770; "none" from round four). */
const KIND_FACTOR: Readonly<Record<AttributionSource['kind'] | 'none', number>> = {
  named: 1.038,
  pronoun: 0.981,
  vague: 0.951,
  nominal: 0.92,
  none: 0.111 / 0.652,
};

// looked up in Maps, not by key on the objects: a keyed load on an object literal is specialised
// on the names it has seen, and each new rule name deoptimised the caller ("wrong name")
const PRECISION: ReadonlyMap<string, number> = new Map(Object.entries(RULE_PRECISION));
const FACTOR: ReadonlyMap<string, number> = new Map(Object.entries(KIND_FACTOR));

/** The calibrated confidence of an attribution made by `rule` with `source`, in [0.05, 0.99], two decimals. */
export function calibratedConfidence(rule: string, source: AttributionSource | null): number {
  const plus = rule.indexOf('+');
  const base = PRECISION.get(rule) ?? (plus > 0 ? PRECISION.get(rule.slice(0, plus)) : undefined) ?? FALLBACK;
  const c = NO_SOURCE_RULES.has(rule) ? base : base * FACTOR.get(source?.kind ?? 'none')!;
  return Math.round(Math.max(0.05, Math.min(0.99, c)) * 100) / 100;
}

/**
 * Share right (content found, cue and source right) of the learned cue model's attributions by its
 * probability: a least-squares line `MODEL_CALIBRATION[0] + MODEL_CALIBRATION[1] * p` through its
 * 164 drafts on PolNeAR dev (round twelve; the model was trained on train, so dev is out of sample:
 * kept drafts at p 0.2–0.3 are right 40–47 % of the time, at 0.9 61 %; the round-six out-of-fold
 * line, 0.03 + 0.601 p, predates the draft scorer that now drops the weak low-p drafts).
 */
const MODEL_CALIBRATION: readonly [number, number] = [0.357, 0.305];

/** The calibrated confidence of an attribution drafted by the cue model with probability `p`. */
export function modelConfidence(p: number, source: AttributionSource | null): number {
  const c = (MODEL_CALIBRATION[0] + MODEL_CALIBRATION[1] * p) * FACTOR.get(source?.kind ?? 'none')!;
  return Math.round(Math.max(0.05, Math.min(0.99, c)) * 100) / 100;
}
