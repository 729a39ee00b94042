/**
 * Check-worthiness: a transparent weighted sum of features, squashed to 0..1 by the logistic
 * function. The weights live in one table so they can be learnt (logistic regression on
 * ClaimBuster / NewsSD labels) and dropped in; every feature that fires leaves a reason.
 */

/** Features of a claim, each 0 or 1 (or a small count where said). */
export interface CheckFeatures {
  /** Named people in the claim: 0, 1 or 2 (two or more). */
  people: number;
  /** Named organisations, places, groups or events (other than people). */
  otherNames: number;
  /** A number, amount of money, percentage or quantity (dates excluded). */
  number: number;
  /** A date or time. */
  date: number;
  /** A past-tense verb together with a date. */
  pastWithDate: number;
  /** A past-tense verb. */
  past: number;
  /** A comparison or superlative of fact. */
  comparison: number;
  /** A causal link. */
  causal: number;
  opinion: number;
  question: number;
  prediction: number;
  hedged: number;
  conditional: number;
  /** The claimant is a vague group. */
  vague: number;
  /** Fewer than five words. */
  short: number;
}

export type CheckFeature = keyof CheckFeatures;

/** Weight and reason of each feature; `bias` is added to every sum. */
export const CHECKWORTHINESS_WEIGHTS: { readonly bias: number } & { readonly [K in CheckFeature]: { readonly weight: number; readonly reason: (value: number) => string } } = {
  bias: -0.6,
  people: { weight: 0.55, reason: (n) => (n >= 2 ? 'names two people' : 'names a person') },
  otherNames: { weight: 0.35, reason: () => 'names an organisation or place' },
  number: { weight: 0.9, reason: () => 'contains a number' },
  date: { weight: 0.4, reason: () => 'has a date' },
  pastWithDate: { weight: 0.9, reason: () => 'past event with a date' },
  past: { weight: 0.3, reason: () => 'reports a past event' },
  comparison: { weight: 0.4, reason: () => 'makes a comparison' },
  causal: { weight: 0.4, reason: () => 'causal claim' },
  opinion: { weight: -1.3, reason: () => 'opinion wording' },
  question: { weight: -1.6, reason: () => 'a question' },
  prediction: { weight: -0.6, reason: () => 'a prediction' },
  hedged: { weight: -0.5, reason: () => 'hedged' },
  conditional: { weight: -0.3, reason: () => 'conditional' },
  vague: { weight: -0.4, reason: () => 'vague source' },
  short: { weight: -0.6, reason: () => 'very short' },
};

const ORDER: readonly CheckFeature[] = [
  'people',
  'otherNames',
  'number',
  'pastWithDate',
  'date',
  'past',
  'comparison',
  'causal',
  'opinion',
  'question',
  'prediction',
  'hedged',
  'conditional',
  'vague',
  'short',
];

/** The score (0..1, two decimals) and the reasons, strongest first. */
export function scoreCheckworthiness(features: CheckFeatures): { score: number; evidence: string[] } {
  let sum = CHECKWORTHINESS_WEIGHTS.bias;
  const fired: { reason: string; weight: number }[] = [];
  for (const name of ORDER) {
    const value = features[name];
    if (!value) continue;
    const { weight, reason } = CHECKWORTHINESS_WEIGHTS[name];
    sum += weight * value;
    fired.push({ reason: reason(value), weight: weight * value });
  }
  fired.sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight));
  const score = 1 / (1 + Math.exp(-sum));
  return { score: Math.round(score * 100) / 100, evidence: fired.map((f) => f.reason) };
}
