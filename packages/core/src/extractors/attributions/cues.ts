/**
 * Attribution cues: the learned lexicon (`cues.generated.ts`, precision of each lemma as a cue on
 * PolNeAR train, made by `scripts/learn-cues.ts`) read through the lemmatiser in `lemma.ts`, so
 * unseen inflections of a learned lemma are cues too. A short hand-written list of reporting and
 * internal-state verbs is the fallback for lemmas the data did not keep, and says which lemmas
 * take a listener before their content ("told reporters …") and which are internal states.
 */
import { CUE_FORMS, CUE_LEMMAS, CUE_NOUNS, CUE_OFF_FORMS, CUE_PHRASES } from './cues.generated.js';
import { IRREGULAR_LEMMA, lemmaCandidates } from './lemma.js';
import { wordVocabularyGeneration } from '../../text/wordIds.js';

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
  /**
   * A learned two-word cue: "particle" when the next word belongs to the cue ("called for",
   * "pointed out"), "infinitive" when the content is the to-infinitive after it ("plans to …").
   * Undefined for a one-word cue (present on every cue: one object shape).
   */
  phrase: 'particle' | 'infinitive' | undefined;
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
/**
 * Internal states that are rarely a PolNeAR attribution with their subject as source, measured on
 * train through `eval-attribution.ts --split train` (cue+source precision of rule source-belief per
 * lemma: seem 0.02, appear 0.03, feel 0.15, expect 0.22, understand 0.24, envision 0.17; kept ones:
 * think 0.38, believe 0.35, know 0.31, want 0.28, hope 0.65, fear 0.53, worry 0.60, doubt 0.71).
 */
export const WEAK_BELIEF: ReadonlySet<string> = new Set(['seem', 'appear', 'feel', 'understand', 'envision', 'consider']);
/** Internal states whose content may be a to-infinitive ("wants to triple …", "hopes to be elected"). */
export const INFINITIVE_BELIEF: ReadonlySet<string> = new Set(['want', 'hope', 'wish', 'prefer', 'fear', 'intend']);
const OBJECT_SKIP = new Set(['tell', 'inform', 'assure', 'remind', 'warn', 'caution', 'promise', 'ask', 'convince', 'persuade']);
const OBJECT_KEEP = new Set(['urge', 'encourage', 'call']);
/**
 * Round thirteen (c): "branded X as Y" reports a verdict ("Tory Peter Ainsley branded the way the agency was run as
 * “shambolic”"); only that verb form, so the noun ("his brand of politics") and the adjective stay out of the lexicon.
 */
export const BRANDED_CUE = true;
const VERB_FORM_ONLY: ReadonlyMap<string, string> = new Map(BRANDED_CUE ? [['brand', 'branded']] : []);
const SPACE = /\s+/;
const HAND_SPEECH: ReadonlySet<string> = new Set([...SPEECH.split(SPACE).filter(Boolean), ...VERB_FORM_ONLY.keys()]);
const HAND_BELIEF: ReadonlySet<string> = new Set(BELIEF.split(SPACE).filter(Boolean));
const LEARNED: ReadonlyMap<string, number> = new Map(Object.entries(CUE_LEMMAS).map(([l, [w]]) => [l, w]));
const FORMS: ReadonlyMap<string, number> = new Map(Object.entries(CUE_FORMS));
const known = (lemma: string): boolean => LEARNED.has(lemma) || HAND_SPEECH.has(lemma) || HAND_BELIEF.has(lemma);

/**
 * What a lower-case word form is as a cue, looked up once per form: its one-word cue, and the
 * candidate lemmas that can start a learned two-word cue (null when none can, as for almost every
 * word: then `cueBefore` needs no phrase lookup at all).
 */
interface FormEntry {
  cue: Cue | null;
  phraseLemmas: string[] | null;
}
const cache = new Map<string, FormEntry>();
const CACHE_LIMIT = 50_000;

function entryOf(lower: string): FormEntry {
  let hit = cache.get(lower);
  if (hit === undefined) {
    const candidates = lower.length < 2 || lower.length > 30 || Object.hasOwn(CUE_OFF_FORMS, lower) ? null : lemmaCandidates(lower);
    hit = { cue: candidates ? lookup(lower, candidates) : null, phraseLemmas: phraseLemmasOf(lower, candidates ?? lemmaCandidates(lower)) };
    if (cache.size < CACHE_LIMIT) cache.set(lower, hit);
  }
  return hit;
}

/** Form entries by shared word id (`wordIdsOf`), for the vocabulary generation `entriesGeneration`. */
let entriesByIdList: (FormEntry | undefined)[] = [];
/**
 * What each word id is as a cue, in one flat array: 0 not looked up yet, `NO_CUE` no cue of either kind (almost every
 * word: then the token needs no read of its entry object, which on a whole corpus misses the cache), `CUE` see its entry.
 */
let cueKindById = new Uint8Array(0);
const NO_CUE = 1;
const CUE = 2;
let entriesGeneration = -1;
/** Word ids kept (the vocabulary holds 2^16 words at most; preallocated: a fast elements array). */
const ENTRIES_BY_ID = 1 << 16;
function entriesById(): (FormEntry | undefined)[] {
  const generation = wordVocabularyGeneration();
  if (generation !== entriesGeneration) {
    entriesByIdList = new Array<FormEntry | undefined>(ENTRIES_BY_ID);
    cueKindById = new Uint8Array(ENTRIES_BY_ID);
    entriesGeneration = generation;
  }
  return entriesByIdList;
}

/** The cue a lower-cased word form is, or undefined ("said" → say). */
export function cueOf(lower: string): Cue | undefined {
  return entryOf(lower).cue ?? undefined;
}

/** Whether a lemma is on the hand-written reporting or internal-state list (used by `scripts/learn-cues.ts`). */
export function isHandCue(lemma: string): boolean {
  return HAND_SPEECH.has(lemma) || HAND_BELIEF.has(lemma);
}

/** The cue of a form of 2–30 characters not on the off list, given its candidate lemmas. */
function lookup(lower: string, candidates: readonly string[]): Cue | null {
  let lemma: string | undefined;
  for (const c of candidates) {
    if (known(c)) {
      lemma = c;
      break;
    }
  }
  if (!lemma) return null;
  if (VERB_FORM_ONLY.has(lemma) && VERB_FORM_ONLY.get(lemma) !== lower) return null;
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
    phrase: undefined,
  };
}

/** Reporting verbs on the hand list that ask for something rather than report it ("urged X to …", "demanded …"). */
const DIRECTIVES: ReadonlySet<string> = new Set(['urge', 'demand']);

/**
 * A verb of saying from the hand-written list ("said", "warned", "admitted"), not a directive: what the `quotes`
 * scheme (`quoteScheme.ts`) keeps as a cue of reported speech. Learned cues outside it ("accused", "praised",
 * "showed", "called for") are stances, verdicts and findings there.
 */
export function isSayingVerb(lemma: string): boolean {
  return HAND_SPEECH.has(lemma) && !DIRECTIVES.has(lemma) && !VERB_FORM_ONLY.has(lemma);
}

/** A reporting or internal-state verb that takes a clause ("said the plan …"), from the hand lists; other learned cues mostly take a noun phrase ("attacked Dorsey"). */
export function takesClause(lemma: string): boolean {
  return HAND_SPEECH.has(lemma) || HAND_BELIEF.has(lemma);
}

/** Learned two-word cues under this weight are not cues (tuned on PolNeAR dev). */
export const MIN_PHRASE_WEIGHT = 0.3;
const PHRASES: ReadonlyMap<string, readonly ['particle' | 'infinitive', number, number]> = new Map(Object.entries(CUE_PHRASES));
const NEXT_WORDS: ReadonlySet<string> = new Set([...PHRASES.keys()].map((k) => k.slice(k.indexOf(' ') + 1)));
const phraseCache = new Map<string, Cue | null>();
/** First words (lemmas) of the learned two-word cues that `phraseCue` can use. */
const PHRASE_FIRSTS: ReadonlySet<string> = new Set([...PHRASES].filter(([, p]) => p[1] >= MIN_PHRASE_WEIGHT).map(([k]) => k.slice(0, k.indexOf(' '))));
/**
 * Lemmas whose learned phrases the verb rule does not use: "according to X" has its own rule;
 * "known as" names rather than attributes (train cue+source precision 0.00 over 27); "went on to
 * discuss" and "on to" are pieces of longer cues.
 */
const PHRASE_OFF: ReadonlySet<string> = new Set(['accord', 'know', 'go', 'on']);
/**
 * Round thirteen (d): a learned two-word cue whose first word the learner kept as written, an inflected verb form whose
 * lemma it could not resolve ("shot back", "laid out", "lashed out", "balked at", "alluding to", "sent out": train 38 of 52
 * occurrences inside a gold cue), is a verb too. Before, the verb test below (a lexicon lemma, or a form other than its
 * lemma) read such a form like the noun of "criticism of", so these phrases were never used.
 */
export const PHRASE_VERB_FORMS = true;
/** Irregular past forms that open learned phrases and that `lemma.ts` does not map (it keeps to reporting verbs). */
const PAST_FORMS: ReadonlySet<string> = new Set(['shot', 'laid', 'sent', 'threw', 'thrown', 'blew', 'blown', 'spun', 'hit', 'drew', 'drawn', 'won']);
/** Whether a form the lexicon keeps as its own lemma is still a verb by its shape (`PHRASE_VERB_FORMS`). */
const verbShape = (w: string): boolean => PHRASE_VERB_FORMS && ((w.length > 4 && w.endsWith('ing')) || (w.length > 3 && w.endsWith('ed')) || PAST_FORMS.has(w));

/**
 * The cue that a word form and the word after it make ("called" + "for" → call for, a particle
 * phrase; "vowed" + "to" → vow, with a to-infinitive content), or the one-word cue `cueOf(lower)`.
 */
export function cueBefore(lower: string, next: string): Cue | undefined {
  const entry = entryOf(lower);
  if (entry.phraseLemmas === null || !NEXT_WORDS.has(next)) return entry.cue ?? undefined;
  return phraseCue(lower, next) ?? entry.cue ?? undefined;
}

/** The learned two-word cue that `lower` and `next` make, or null. */
function phraseCue(lower: string, next: string): Cue | null {
  const key = `${lower} ${next}`;
  let hit = phraseCache.get(key);
  if (hit === undefined) {
    hit = null;
    for (const c of lemmaCandidates(lower)) {
      const p = PHRASES.get(`${c} ${next}`);
      if (!p || p[1] < MIN_PHRASE_WEIGHT || PHRASE_OFF.has(c)) continue;
      // a verb: a lemma of the verb lexicon, or an inflected form ("lashed out"); not "criticism of"
      if (!known(c) && lower === c && !verbShape(lower)) continue;
      hit = { lemma: c, kind: HAND_BELIEF.has(c) ? 'belief' : 'speech', object: 'none', participle: lower.endsWith('ing'), weight: p[1], learned: true, phrase: p[0] };
      break;
    }
    if (phraseCache.size < CACHE_LIMIT) phraseCache.set(key, hit);
  }
  return hit;
}

/** Candidate lemmas of `lower` that can start a usable learned two-word cue (see `phraseCue`), or null. */
function phraseLemmasOf(lower: string, candidates: readonly string[]): string[] | null {
  let out: string[] | null = null;
  for (const c of candidates) {
    if (!PHRASE_FIRSTS.has(c) || PHRASE_OFF.has(c) || (!known(c) && lower === c && !verbShape(lower))) continue;
    (out ??= []).push(c);
  }
  return out;
}

const startsAZ = (w: string): boolean => w.charCodeAt(0) >= 97 && w.charCodeAt(0) <= 122;
/**
 * Whether every lemma of the lexicon, every first word of a two-word cue and every irregular form
 * starts with a–z. The candidate lemmas of a form keep its first character (irregular forms apart),
 * so then a form that starts otherwise is no cue of either kind.
 */
const LEXICON_AZ = [...LEARNED.keys(), ...HAND_SPEECH, ...HAND_BELIEF, ...PHRASE_FIRSTS, ...Object.keys(IRREGULAR_LEMMA)].every(startsAZ);

/**
 * The cues of a run of lower-case token texts, one lexicon lookup per token: `one[i]` is
 * `cueOf(lower[i])`, `two[i]` is `cueBefore(lower[i], lower[i + 1] ?? '')`.
 */
export function tokenCues(lower: readonly string[], count: number, ids: Int32Array | null = null): { one: (Cue | undefined)[]; two: (Cue | undefined)[] } {
  const one: (Cue | undefined)[] = new Array<Cue | undefined>(count);
  const two: (Cue | undefined)[] = new Array<Cue | undefined>(count);
  const byId = ids !== null && ids.length === count ? entriesById() : null;
  for (let i = 0; i < count; i++) {
    const c0 = lower[i]!.charCodeAt(0);
    if (LEXICON_AZ && !(c0 >= 97 && c0 <= 122)) {
      // punctuation, numbers: no candidate lemma of theirs can be in the lexicon
      one[i] = undefined;
      two[i] = undefined;
      continue;
    }
    let entry: FormEntry | undefined;
    if (byId !== null) {
      // by the token's shared word id (its text as written, so always the same lower-case form)
      const id = ids![i]!;
      const kept = id >= 0 && id < ENTRIES_BY_ID;
      const kind = kept ? cueKindById[id]! : 0;
      if (kind === NO_CUE) {
        one[i] = undefined;
        two[i] = undefined;
        continue;
      }
      entry = kind === CUE ? byId[id]! : entryOf(lower[i]!);
      if (kept && kind === 0) {
        byId[id] = entry;
        cueKindById[id] = entry.cue === null && entry.phraseLemmas === null ? NO_CUE : CUE;
      }
    } else entry = entryOf(lower[i]!);
    const cue = entry.cue ?? undefined;
    one[i] = cue;
    if (entry.phraseLemmas === null) two[i] = cue;
    else {
      const next = lower[i + 1] ?? '';
      two[i] = NEXT_WORDS.has(next) ? (phraseCue(lower[i]!, next) ?? cue) : cue;
    }
  }
  return { one, two };
}

const NOUNS: ReadonlyMap<string, number> = new Map(Object.entries(CUE_NOUNS).map(([k, [w]]) => [k, w]));

/** The learned weight of a noun cue before "that" / "to" ("claim" + "that"), or undefined. */
export function nounCueOf(lower: string, next: string): number | undefined {
  if (next !== 'that' && next !== 'to') return undefined;
  return NOUNS.get(`${lower} ${next}`);
}

/** Forms that are far more often nouns than verbs after a determiner: used to reject "the claims", "his hopes". */
export const NOUN_READINGS: ReadonlySet<string> = new Set(['claims', 'claim', 'reports', 'report', 'notes', 'note', 'hopes', 'hope', 'fears', 'fear', 'doubts', 'doubt', 'comments', 'comment', 'estimates', 'estimate', 'promises', 'promise', 'demands', 'demand', 'warnings', 'posts', 'states', 'state', 'wants', 'worries', 'worry', 'pledge', 'pledges', 'vow', 'vows', 'reply', 'replies', 'stress', 'post']);

/**
 * Twenty-sixth session: verbs that report speech only beside a quote ("“…,” Reed retorted", "“…,” Reed shot back"): not cues
 * anywhere else (a reported "laughed" or "fired" is no speech), so outside the lexicon; `quoteVerbCue` gives them near a
 * closing quote mark (`QUOTE_ONLY_CUES`, `scope.ts`).
 */
const QUOTE_VERBS = `retort counter quip muse sigh laugh joke snap exclaim shout yell cry whisper deadpan chuckle scoff grumble mutter enthuse
gush marvel fume boast brag recount interject bark protest plead reason tease`;
const QUOTE_VERB_FORMS: ReadonlyMap<string, string> = new Map(
  QUOTE_VERBS.split(SPACE)
    .filter(Boolean)
    .flatMap((l) => {
      const stem = l.endsWith('e') ? l.slice(0, -1) : l;
      const past = l === 'cry' ? 'cried' : l === 'snap' ? 'snapped' : l === 'marvel' ? 'marvelled' : `${stem}ed`;
      const third = l === 'cry' ? 'cries' : /(?:sh|ch|x|s)$/.test(l) ? `${l}es` : `${l}s`;
      return [[past, l], [third, l], ...(l === 'marvel' ? [['marveled', l]] : [])] as [string, string][];
    }),
);
/** `QUOTE_VERBS` of two words: the verb's forms and the particle after it. */
const QUOTE_PARTICLE_VERBS: ReadonlyMap<string, [lemma: string, particle: string]> = new Map([
  ['shot', ['shoot back', 'back']], ['shoots', ['shoot back', 'back']], ['fired', ['fire back', 'back']], ['fires', ['fire back', 'back']],
  ['hit', ['hit back', 'back']], ['hits', ['hit back', 'back']], ['chimed', ['chime in', 'in']], ['chimes', ['chime in', 'in']],
  ['went', ['go on', 'on']], ['goes', ['go on', 'on']],
]);
const quoteCues = new Map<string, Cue>();

/** `QUOTE_ONLY_CUES`: the cue a word is beside a quote (`next`: the word after it, for "shot back"), or undefined. */
export function quoteVerbCue(form: string, next: string): Cue | undefined {
  const pair = QUOTE_PARTICLE_VERBS.get(form);
  const lemma = pair !== undefined ? (pair[1] === next ? pair[0] : undefined) : QUOTE_VERB_FORMS.get(form);
  if (lemma === undefined) return undefined;
  let cue = quoteCues.get(lemma);
  if (cue === undefined) {
    cue = { lemma, kind: 'speech', object: 'none', participle: false, weight: FALLBACK_WEIGHT, learned: false, phrase: pair !== undefined ? 'particle' : undefined };
    quoteCues.set(lemma, cue);
  }
  return cue;
}
