/**
 * Attribution cues: the learned lexicon (`cues.generated.ts`, precision of each lemma as a cue on
 * PolNeAR train, made by `scripts/learn-cues.ts`) read through the lemmatiser in `lemma.ts`, so
 * unseen inflections of a learned lemma are cues too. A short hand-written list of reporting and
 * internal-state verbs is the fallback for lemmas the data did not keep, and says which lemmas
 * take a listener before their content ("told reporters …") and which are internal states.
 */
import { CUE_FORMS, CUE_LEMMAS } from './cues.generated.js';
import { lemmaCandidates } from './lemma.js';

export type CueKind = 'speech' | 'belief';

export interface Cue {
  lemma: string;
  kind: CueKind;
  /** Takes a person object before its content ("told reporters that …", "urged Zelensky to …"). */
  object: 'skip' | 'keep' | 'none';
  /** The form is a present participle ("asserting"). */
  participle: boolean;
  /** How often this word is a cue when it appears (learned precision; 0.5 for the hand-written fallback). */
  weight: number;
  /** Where the cue came from: the learned lexicon or the hand-written fallback. */
  learned: boolean;
}

/** Learned lemmas below this weight are not cues (tuned on PolNeAR dev). */
export const MIN_CUE_WEIGHT = 0.3;
const FALLBACK_WEIGHT = 0.5;

const SPEECH = `
say announce emphasize emphasise stress add argue assert claim insist warn note acknowledge deny confirm report write tweet
state declare explain suggest hint reveal admit allege maintain contend recall vow pledge promise predict concede complain caution
observe remark reply repeat reiterate comment estimate indicate demand agree disclose testify predict post tell urge
`;
/** Internal states: the cue reports a belief, wish or feeling rather than speech. */
const BELIEF = `believe hope want think expect fear doubt worry feel know wish suspect assume understand realize realise
imagine consider worry envision prefer seem appear wonder`;
const OBJECT_SKIP = new Set(['tell', 'inform', 'assure', 'remind', 'warn', 'caution', 'promise', 'ask', 'convince', 'persuade']);
const OBJECT_KEEP = new Set(['urge', 'encourage', 'call']);
const SPACE = /\s+/;
const HAND_SPEECH: ReadonlySet<string> = new Set(SPEECH.split(SPACE).filter(Boolean));
const HAND_BELIEF: ReadonlySet<string> = new Set(BELIEF.split(SPACE).filter(Boolean));
const LEARNED: ReadonlyMap<string, number> = new Map(Object.entries(CUE_LEMMAS).map(([l, [w]]) => [l, w]));
const FORMS: ReadonlyMap<string, number> = new Map(Object.entries(CUE_FORMS));
const known = (lemma: string): boolean => LEARNED.has(lemma) || HAND_SPEECH.has(lemma) || HAND_BELIEF.has(lemma);

const cache = new Map<string, Cue | null>();
const CACHE_LIMIT = 50_000;

/** The cue a lower-cased word form is, or undefined ("said" → say). */
export function cueOf(lower: string): Cue | undefined {
  const hit = cache.get(lower);
  if (hit !== undefined) return hit ?? undefined;
  const cue = lookup(lower);
  if (cache.size < CACHE_LIMIT) cache.set(lower, cue);
  return cue ?? undefined;
}

function lookup(lower: string): Cue | null {
  if (lower.length < 2 || lower.length > 30) return null;
  let lemma: string | undefined;
  for (const c of lemmaCandidates(lower)) {
    if (known(c)) {
      lemma = c;
      break;
    }
  }
  if (!lemma) return null;
  const learned = LEARNED.get(lemma);
  const hand = HAND_SPEECH.has(lemma) || HAND_BELIEF.has(lemma);
  const weight = FORMS.get(lower) ?? learned ?? FALLBACK_WEIGHT;
  if (learned && weight < MIN_CUE_WEIGHT && !hand) return null;
  if (!learned && !hand) return null;
  return {
    lemma,
    kind: HAND_BELIEF.has(lemma) ? 'belief' : 'speech',
    object: OBJECT_SKIP.has(lemma) ? 'skip' : OBJECT_KEEP.has(lemma) ? 'keep' : 'none',
    participle: lower.endsWith('ing'),
    weight,
    learned: learned !== undefined,
  };
}

/** Forms that are far more often nouns than verbs after a determiner: used to reject "the claims", "his hopes". */
export const NOUN_READINGS: ReadonlySet<string> = new Set(['claims', 'claim', 'reports', 'report', 'notes', 'note', 'hopes', 'hope', 'fears', 'fear', 'doubts', 'doubt', 'comments', 'comment', 'estimates', 'estimate', 'promises', 'promise', 'demands', 'demand', 'warnings', 'posts', 'states', 'state', 'wants', 'worries', 'worry', 'pledge', 'pledges', 'vow', 'vows', 'reply', 'replies', 'stress', 'post']);
