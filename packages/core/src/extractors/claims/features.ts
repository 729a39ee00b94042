/**
 * Sparse features of a claim (or of a whole sentence, when the models are trained): words
 * and light stems, word pairs, the rule cues of kind and modality, the project's own
 * lexicons, and what the other layers found in it (people, names, numbers, dates,
 * attribution). Shared by the extractor at run time and by the training scripts, so the
 * model sees the same features in both. Feature strings are short and readable; the
 * evidence of a score is made from the ones that weigh most (`describeFeature`).
 */
import { LOADED } from '../signals/loaded.js';
import { EVALUATIVE_WEIGHTS, HEDGE_WORDS } from './lexicon.js';
import { isCapitalized, isWordToken, type Words } from './words.js';

/** What the rules found in a claim; the learned models take these as features too. */
export interface ClaimCues {
  people: number;
  otherNames: boolean;
  number: boolean;
  date: boolean;
  past: boolean;
  future: boolean;
  normative: boolean;
  evaluative: number;
  view: boolean;
  comparison: boolean;
  causal: boolean;
  question: boolean;
  hedged: boolean;
  negated: boolean;
  conditional: boolean;
  vague: boolean;
  attributed: boolean;
  quoted: boolean;
  words: number;
}

/** Words in -est that are no superlatives. */
const NOT_SUPERLATIVE = new Set(['interest', 'interests', 'request', 'protest', 'protests', 'arrest', 'suggest', 'honest', 'modest', 'forest', 'harvest', 'contest', 'manifest', 'digest', 'invest', 'latest', 'earnest']);
const FIRST_PERSON = new Set(['i', 'we', 'me', 'us', 'my', 'our', 'ours', 'myself', 'ourselves']);
const SECOND_PERSON = new Set(['you', 'your', 'yours', 'yourself']);

/** The features of tokens `[ts, te)` with the given cues; `nameAt` tells the tokens of names (which count by shape only). */
export function claimFeatures(words: Words, ts: number, te: number, cues: ClaimCues, nameAt: (token: number) => boolean = () => false): string[] {
  const { lower, raw } = words;
  const f: string[] = [];
  let prev = '<s>';
  let ly = 0;
  let superlative = false;
  let firstPerson = false;
  let secondPerson = false;
  let exclamation = false;
  let digits = false;
  let capitals = 0;
  for (let i = ts; i < te; i++) {
    const w = lower[i]!;
    if (!isWordToken(raw[i]!)) {
      if (w === '!') exclamation = true;
      if (w === '“' || w === '”' || w === '"') f.push('quote-mark');
      continue;
    }
    const c = w.charCodeAt(0);
    if (c >= 48 && c <= 57) {
      digits = true;
      f.push('w=<num>');
      f.push(`b=${prev}_<num>`);
      prev = '<num>';
      continue;
    }
    if ((i > ts && isCapitalized(raw[i]!)) || nameAt(i)) {
      capitals++;
      // names, and mid-sentence capitalised words: only their shape counts
      f.push(`b=${prev}_<Cap>`);
      prev = '<Cap>';
      continue;
    }
    f.push(`w=${w}`);
    f.push(`b=${prev}_${w}`);
    prev = w;
    if (w.length > 4 && w.endsWith('ly')) ly++;
    if (w.length > 5 && w.endsWith('est') && !NOT_SUPERLATIVE.has(w)) superlative = true;
    if (FIRST_PERSON.has(w)) firstPerson = true;
    if (SECOND_PERSON.has(w)) secondPerson = true;
    if (EVALUATIVE_WEIGHTS.has(w)) f.push('lex:evaluative');
    if (HEDGE_WORDS.has(w)) f.push('lex:hedge');
    const loaded = LOADED.words.get(w);
    if (loaded) f.push(`lex:loaded:${loaded}`);
  }
  if (ly > 0) f.push(ly > 1 ? 'adverbs-ly:2+' : 'adverbs-ly:1');
  if (superlative) f.push('superlative');
  if (firstPerson) f.push('first-person');
  if (secondPerson) f.push('second-person');
  if (exclamation) f.push('exclamation');
  if (digits) f.push('digits');
  if (capitals > 0) f.push(capitals > 3 ? 'names:4+' : 'names:1-3');
  f.push(cues.words < 8 ? 'len:short' : cues.words < 25 ? 'len:mid' : 'len:long');
  if (cues.people > 0) f.push(cues.people > 1 ? 'people:2+' : 'people:1');
  if (cues.otherNames) f.push('other-names');
  if (cues.number) f.push('number');
  if (cues.date) f.push(cues.past ? 'date+past' : 'date');
  else if (cues.past) f.push('past');
  if (cues.future) f.push('future');
  if (cues.normative) f.push('normative');
  if (cues.evaluative >= 1) f.push('evaluative:1+');
  else if (cues.evaluative > 0) f.push('evaluative:0.5');
  if (cues.view) f.push('view');
  if (cues.comparison) f.push('comparison');
  if (cues.causal) f.push('causal');
  if (cues.question) f.push('question');
  if (cues.hedged) f.push('hedged');
  if (cues.negated) f.push('negated');
  if (cues.conditional) f.push('conditional');
  if (cues.vague) f.push('vague-source');
  if (cues.attributed) f.push(cues.quoted ? 'quoted' : 'attributed');
  return f;
}

/** Features that mark a claim as possibly more than a report: judgement, stance, address, emphasis. */
const OPINION_MARKERS = new Set(['lex:evaluative', 'evaluative:1+', 'evaluative:0.5', 'superlative', 'comparison', 'first-person', 'second-person', 'exclamation', 'normative', 'view', 'question', 'quote-mark', 'adverbs-ly:2+']);

/**
 * A plain report: a claim that names an actor (a person, an organisation, a place) and carries
 * none of the marks of an opinion — no evaluative, loaded or intensifying word, no superlative
 * or comparison, no first or second person, no "should", no "seen as", no quotation marks.
 * "The Kremlin announced Putin would not attend", "delegating responsibility to presidential
 * aide Vladimir Medinsky". The opinion model alone reads such short clauses badly (their
 * sentence's tone, a word like "instead"); the extractor then asks it for a clearer opinion
 * (`PLAIN_REPORT_THRESHOLD` in claims.ts, calibrated by `train-claims.ts --calibrate`).
 */
export function isPlainReport(features: readonly string[]): boolean {
  let actor = false;
  for (const f of features) {
    if (OPINION_MARKERS.has(f) || f.startsWith('lex:loaded:')) return false;
    if (f === 'people:1' || f === 'people:2+' || f === 'other-names') actor = true;
  }
  return actor;
}

const NAMED: Readonly<Record<string, string>> = {
  'quote-mark': 'quotation marks',
  'w=<num>': 'figures',
  superlative: 'superlative',
  'first-person': 'first person',
  'second-person': 'addresses the reader',
  exclamation: 'exclamation',
  digits: 'figures',
  'names:1-3': 'capitalised names',
  'names:4+': 'names several things',
  'len:short': 'very short',
  'len:long': 'long sentence',
  'people:1': 'names a person',
  'people:2+': 'names two people',
  'other-names': 'names an organisation or place',
  number: 'contains a number',
  'date+past': 'past event with a date',
  date: 'has a date',
  past: 'reports a past event',
  future: 'a prediction',
  normative: 'says what should be',
  'evaluative:1+': 'judgement words',
  'evaluative:0.5': 'evaluative word',
  view: 'presents a view',
  comparison: 'makes a comparison',
  causal: 'causal claim',
  question: 'a question',
  hedged: 'hedged',
  negated: 'negated',
  conditional: 'conditional',
  'vague-source': 'vague source',
  attributed: 'attributed',
  quoted: 'quoted',
  'adverbs-ly:1': 'an -ly adverb',
  'adverbs-ly:2+': 'several -ly adverbs',
  'lex:evaluative': 'evaluative word',
  'lex:hedge': 'hedge word',
};

/** A short reason for a feature: "word ‘must’", "names two people". Null for the uninformative. */
export function describeFeature(feature: string): string | null {
  const named = NAMED[feature];
  if (named) return named;
  if (feature.startsWith('w=')) return `word ‘${feature.slice(2)}’`;
  if (feature.startsWith('lex:loaded:')) return `${feature.slice(11)} word`;
  if (feature.startsWith('b=')) {
    const [a, b] = feature.slice(2).split('_');
    if (a === '<s>') return b === '<Cap>' ? null : `opens with ‘${b}’`;
    if (a!.startsWith('<') && b!.startsWith('<')) return null;
    return `words ‘${a!.replace('<Cap>', '…').replace('<num>', 'N')} ${b!.replace('<Cap>', '…').replace('<num>', 'N')}’`;
  }
  if (feature.startsWith('len:')) return null;
  return null;
}
