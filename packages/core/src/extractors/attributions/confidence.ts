/**
 * Calibrated confidence of an attribution: the share of the attributions a rule makes that are
 * right on PolNeAR train (content found at 50 % overlap with the cue and the source right too),
 * scaled by how much more or less often a source of that kind is right than sources overall.
 * Measured with `npx tsx packages/core/scripts/eval-attribution.ts --split train` (840 articles,
 * 12,783 predictions); the same script on dev prints the calibration table that checks it.
 */
import type { AttributionSource } from '../../types/analysis.js';

/** rule → share right on train. "quote-continuation" has no cue by design: its share is content found. */
const RULE_PRECISION: Readonly<Record<string, number>> = {
  'source-cue': 0.595,
  'source-cue+partial-quote': 0.669,
  'source-cue+particle': 0.476,
  'source-cue+particle+partial-quote': 0.516,
  'source-cue+infinitive': 0.526,
  'source-cue+infinitive+partial-quote': 0.559,
  'source-belief': 0.376,
  'source-belief+partial-quote': 0.212,
  'source-belief+infinitive': 0.481,
  'quote-source-cue': 0.84,
  'quote-source-cue+continued': 0.951,
  'quote-cue-source': 0.736,
  'quote-cue-source+continued': 0.916,
  'source-cue-quote': 0.816,
  'content-source-cue': 0.715,
  'content-cue-source': 0.755,
  'participle-cue': 0.537,
  'participle-cue+partial-quote': 0.587,
  'participle-cue+particle': 0.568,
  'participle-cue+infinitive': 0.455,
  'according-to': 0.761,
  'quote-continuation': 0.57,
  'headline-colon': 0.852,
  'speaker-colon': 0.343,
  // (rules with few train cases, shrunk towards 0.5: 8 of 8, 7 of 10 and 4 of 14 right; embedded posts are mostly unannotated)
  'dash-colon-quote': 0.85,
  'in-source': 0.6,
  'embedded-post': 0.5,
  // no source by design (the kind factor is not applied): "X is expected to …", "X seems to …"
  'raising': 0.418,
  'raising-passive': 0.544,
  'quote-source-cue+lead-in': 0.58,
  'quote-cue-source+lead-in': 0.667,
  // round five (train, 69 predictions): "when asked about …", no source by design
  'asked-no-source': 0.652,
  // round seven (train, 41 predictions, content found): a whole-sentence quote with no cue after its speaker's sentence
  'quote-after-subject': 0.56,
  // round eight (train, 35 predictions): "As X noted, <clause>"
  'as-source-cue': 0.71,
};
/** Rules that never have a source: their share right is not scaled by the missing source's kind. */
const NO_SOURCE_RULES: ReadonlySet<string> = new Set(['raising', 'raising-passive', 'asked-no-source']);
/** Rules with fewer than 20 predictions on train: the share of their base rule, or this. */
const FALLBACK = 0.45;
/** Share right by source kind over the share right overall (train: 0.652). */
const KIND_FACTOR: Readonly<Record<AttributionSource['kind'] | 'none', number>> = {
  named: 0.694 / 0.652,
  pronoun: 0.656 / 0.652,
  vague: 0.593 / 0.652,
  nominal: 0.518 / 0.652,
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
 * probability, measured out of fold on PolNeAR train by `scripts/train-attribution-cues.ts`: a line
 * through the bins, `MODEL_CALIBRATION[0] + MODEL_CALIBRATION[1] * p`.
 */
const MODEL_CALIBRATION: readonly [number, number] = [0.03, 0.601];

/** The calibrated confidence of an attribution drafted by the cue model with probability `p`. */
export function modelConfidence(p: number, source: AttributionSource | null): number {
  const c = (MODEL_CALIBRATION[0] + MODEL_CALIBRATION[1] * p) * FACTOR.get(source?.kind ?? 'none')!;
  return Math.round(Math.max(0.05, Math.min(0.99, c)) * 100) / 100;
}
