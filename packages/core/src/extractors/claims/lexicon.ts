/**
 * Word lists for the claims extractor (and the hedges of the signals extractor): verbs and
 * auxiliaries to find clauses, and the cue words of kind and modality. Hand-written; every
 * entry is a lowercase word form. Multi-word cues are lists of word forms matched token by token.
 */

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));

/** Finite auxiliaries and modals (a clause has one of these, or a finite lexical verb). */
export const AUXILIARIES = set(`
  is are was were am has have had do does did will would shall should can could may might must
  isn’t aren’t wasn’t weren’t hasn’t haven’t hadn’t don’t doesn’t didn’t won’t wouldn’t shan’t
  shouldn’t can’t cannot couldn’t mightn’t mustn’t needn’t
  isn't aren't wasn't weren't hasn't haven't hadn't don't doesn't didn't won't wouldn't shan't
  shouldn't can't couldn't mightn't mustn't needn't
`);

/** Auxiliaries that are not finite after "to" or a modal ("to have", "will be"). */
export const NON_FINITE_AFTER = set(`to will would shall should can could may might must not never`);

/** Pronouns that start a clause as its subject. */
export const SUBJECT_PRONOUNS = set(`i he she it we they you this that these those there who what one`);

/** Pronouns after which a bare "’s" is "is"/"has" rather than a possessive. */
export const S_IS_AFTER = set(`he she it that there what who here where this`);

/** Words that start a noun phrase (a subject can start with them). */
export const DETERMINERS = set(`
  the a an his her its their our my your some many most all both each every no few several such
  these those this that any another other much more less fewer
`);

/** Prepositions and other words after which a verb-looking word is a noun or participle. */
export const NOT_BEFORE_FINITE = set(`
  the a an his her its their our my your this these those that some many most all both each every
  no any another of in on at by for with from into onto to toward towards about against among
  between over under after before during without within via per than as through across beyond
  along around upon near despite toward towards amid behind ’s
`);

/** Irregular past-tense forms. */
export const IRREGULAR_PAST = set(`
  said met made took gave went came saw told found thought knew got left held led began brought
  built bought won lost sent spent put cut hit ran rose fell struck spoke wrote chose drew grew
  became kept meant paid sought stood sold understood felt heard fought taught caught threw
  forgot flew drove rode broke woke wore tore swore froze stole hid shook sank sang rang began
  bore beat bit bled blew dealt dug fed fled forbade forgave hung laid lay lent lit mistook
  overcame overtook overthrew read rebuilt sat shot shut slid split spread sprang stuck stung
  swept swung upheld withdrew withheld withstood won wound
`);

/** Words ending in -ed that are not past tenses. */
export const NOT_PAST_ED = set(`
  need speed seed feed indeed proceed succeed exceed bed red shed bleed breed creed deed greed
  heed weed steed embed naked sacred wicked hundred kindred rugged ragged beloved alleged
  supposed so-called wretched crooked
`);

/** Common lexical verbs (lemmas): their -s, base and past forms count as finite verbs. */
export const VERB_LEMMAS = set(`
  accept accuse achieve act add admit affect agree aim allow announce answer appear apply argue
  arrive ask assert attack attend avoid back ban become begin believe belong blame block break
  bring build buy call campaign cancel carry cause change charge choose claim close come comment
  commit compare complain concede conclude condemn confirm consider continue contribute control
  cost count create criticise criticize cut deal decide declare decline defend delay deliver deny
  depend describe deserve destroy determine develop die disagree discuss dismiss do draw drop
  earn emphasise emphasize encourage end engage ensure enter estimate expect explain face fail
  fall fear feel fight find finish follow force forget form gain get give go grow happen head
  hear help hint hit hold hope host improve include increase insist intend introduce invest
  involve issue join keep kill know lack lead learn leave let lie like limit live look lose love
  maintain make manage mark matter mean meet miss move need negotiate note offer open oppose order
  own participate pass pay plan play point praise prefer prepare present press prevent promise
  promote propose protect prove provide publish pull push put question raise reach read receive
  recognise recognize recommend reduce refuse reject release remain remember remove repeat
  reply report represent require respond rest result return reveal rise rule run say see seek
  seem sell send serve set show sign speak spend stand start state stay stop strike struggle
  suggest support suppose take talk tell tend thank think threaten throw tell try turn understand
  undermine urge use vote wait want warn watch welcome win wish withdraw work worry write
`);

/** Verbs of saying, believing and backing: a group as their subject holds the view. */
export const STANCE_VERBS = set(`
  say argue believe think claim insist contend maintain assert see view consider regard back
  support oppose urge warn fear worry hope expect suspect doubt question reject criticise
  criticize condemn praise welcome accuse blame call describe agree disagree feel suggest say
  allege charge demand want favour favor predict caution complain
`);

/** -ing words after a comma that do not start a participial clause. */
export const NOT_PARTICIPLE = set(`
  including according following regarding concerning during notwithstanding pending barring
  excluding considering nothing something anything everything morning evening meeting building
  funding training spending housing ceiling thing king ring bring sing spring string wing
  beginning ending offering hearing briefing ruling setting opening saying feeling
`);

/** Adverbs allowed between a comma and a participle (", even hinting …"). */
export const PARTICIPLE_ADVERBS = set(`even also thereby further again still then now only already`);

/** Conjunctions that join two independent clauses after a comma. */
export const CLAUSE_COORDINATORS = set(`and but while whereas yet so`);

/** Hedges: words that weaken a statement (shared with the signals extractor). */
export const HEDGE_WORDS = set(`
  might may could reportedly apparently allegedly purportedly supposedly seemingly presumably
  perhaps possibly probably likely unlikely appear appears appeared seem seems seemed suggest
  suggests suggested suggesting cautiously tentatively arguably possibility possible hint hints
  hinted hinting rumoured rumored
`);

/** Multi-word hedges. */
export const HEDGE_PHRASES: readonly (readonly string[])[] = [
  ['it', 'is', 'believed'],
  ['is', 'thought', 'to'],
  ['are', 'thought', 'to'],
  ['is', 'believed', 'to'],
  ['are', 'believed', 'to'],
  ['is', 'said', 'to'],
  ['are', 'said', 'to'],
  ['to', 'some', 'extent'],
  ['more', 'or', 'less'],
];

/** Negation cues. */
export const NEGATION_WORDS = set(`not never no none nobody nothing neither nor without cannot nowhere`);
/** Multi-word negations. */
export const NEGATION_PHRASES: readonly (readonly string[])[] = [
  ['yet', 'to'],
  ['no', 'longer'],
  ['failed', 'to'],
  ['refused', 'to'],
];
/** Phrases with a negation word that do not negate ("not only … but"). */
export const NOT_NEGATION_PHRASES: readonly (readonly string[])[] = [
  ['not', 'only'],
  ['no', 'doubt'],
  ['nothing', 'but'],
];

/** Conditional cues. */
export const CONDITIONAL_WORDS = set(`if unless`);
export const CONDITIONAL_PHRASES: readonly (readonly string[])[] = [
  ['provided', 'that'],
  ['providing', 'that'],
  ['as', 'long', 'as'],
  ['in', 'case'],
  ['on', 'condition', 'that'],
];
/** Words before "if" that make it an embedded question, not a condition ("asked if", "as if"). */
export const NOT_CONDITIONAL_BEFORE_IF = set(`as ask asked asks asking see wonder wondered know knew determine decide check unclear clear whether`);

/** Future cues: a clause with one of these (and not a question) is a prediction. */
export const FUTURE_WORDS = set(`will won’t won't shall ’ll 'll`);
export const FUTURE_PHRASES: readonly (readonly string[])[] = [
  ['is', 'expected', 'to'],
  ['are', 'expected', 'to'],
  ['was', 'expected', 'to'],
  ['were', 'expected', 'to'],
  ['is', 'set', 'to'],
  ['are', 'set', 'to'],
  ['is', 'going', 'to'],
  ['are', 'going', 'to'],
  ['is', 'likely', 'to'],
  ['are', 'likely', 'to'],
  ['is', 'poised', 'to'],
  ['are', 'poised', 'to'],
  ['is', 'due', 'to'],
  ['are', 'due', 'to'],
  ['is', 'bound', 'to'],
  ['are', 'bound', 'to'],
];
/** "would" is a future (in the past) except in these: "would like", "would rather". */
export const NOT_FUTURE_AFTER_WOULD = set(`like love prefer rather`);

/** Normative wording: a clause with one of these is an opinion. */
export const NORMATIVE_WORDS = set(`should must ought shouldn’t mustn’t shouldn't mustn't`);
export const NORMATIVE_PHRASES: readonly (readonly string[])[] = [
  ['only', 'through'],
  ['only', 'by'],
  ['need', 'to'],
  ['needs', 'to'],
  ['has', 'to'],
  ['have', 'to'],
  ['best', 'chance'],
  ['best', 'way'],
  ['the', 'importance', 'of'],
];

/**
 * Evaluative words with a weight: the sum over a clause ≥ 1 makes it an opinion. Strong
 * judgement words weigh 1; softer evaluative adjectives and intensifiers 0.5.
 */
export const EVALUATIVE_WEIGHTS: ReadonlyMap<string, number> = new Map([
  ...[...set(`
    essential crucial vital necessary imperative best worst greatest wrong right wise unwise
    foolish reckless irresponsible disgraceful shameful outrageous disastrous excellent terrible
    awful unacceptable admirable commendable deplorable misguided correct incorrect importance
    should must
  `)].map((w) => [w, 1] as const),
  ...[...set(`
    important significant significantly meaningful genuine strong weak decisive serious fragile
    unpredictable pivotal historic proactive brutal devastating relentless dangerous good bad
    great poor impressive remarkable alarming worrying troubling encouraging promising
    disappointing welcome unfortunate especially exactly truly deeply extremely clearly
    obviously undoubtedly absolutely effectively
  `)].map((w) => [w, 0.5] as const),
]);

/** Perception framings that present a view ("was seen as", "is widely regarded as"). */
export const VIEW_VERBS = set(`seen regarded viewed considered deemed perceived`);

/** Words that make a factual comparison. */
export const COMPARISON_WORDS = set(`
  more less fewer most least largest smallest biggest highest lowest longest shortest oldest
  youngest fastest slowest record than doubled tripled halved
`);

/** Causal cue words and phrases. */
export const CAUSAL_WORDS = set(`because caused causing causes therefore thus hence`);
export const CAUSAL_PHRASES: readonly (readonly string[])[] = [
  ['due', 'to'],
  ['led', 'to'],
  ['leads', 'to'],
  ['lead', 'to'],
  ['result', 'of'],
  ['resulted', 'in'],
  ['as', 'a', 'result'],
  ['thanks', 'to'],
  ['because', 'of'],
];

/** Words that open a viewpoint adverbial: "For conservatives, …", "To critics, …". */
export const VIEWPOINT_OPENERS = set(`for to`);

/** Whether the words starting at `i` match `phrase`. */
export function matchesAt(words: readonly string[], i: number, phrase: readonly string[], end = words.length): boolean {
  if (i + phrase.length > end) return false;
  for (let k = 0; k < phrase.length; k++) if (words[i + k] !== phrase[k]) return false;
  return true;
}

/** Phrases by their first word (`indexPhrases`): most tokens start none, and are passed over with one lookup. */
export type PhraseIndex = ReadonlyMap<string, readonly (readonly string[])[]>;

/** Index a phrase list by first word (once, at module load). */
export function indexPhrases(phrases: readonly (readonly string[])[]): PhraseIndex {
  const index = new Map<string, (readonly string[])[]>();
  for (const p of phrases) {
    if (p.length === 0) continue;
    const list = index.get(p[0]!);
    if (list) list.push(p);
    else index.set(p[0]!, [p]);
  }
  return index;
}

/** `phraseAt` over an indexed phrase list: the same length. */
export function phraseAtIndex(words: readonly string[], i: number, index: PhraseIndex, end = words.length): number {
  if (i >= end) return 0;
  const candidates = index.get(words[i]!);
  if (candidates === undefined) return 0;
  let best = 0;
  for (const p of candidates) if (p.length > best && matchesAt(words, i, p, end)) best = p.length;
  return best;
}

const INDEXES = new WeakMap<readonly (readonly string[])[], PhraseIndex>();

/** Length (in tokens) of the longest phrase of `phrases` starting at `i`, or 0. */
export function phraseAt(words: readonly string[], i: number, phrases: readonly (readonly string[])[], end = words.length): number {
  let index = INDEXES.get(phrases);
  if (index === undefined) {
    index = indexPhrases(phrases);
    INDEXES.set(phrases, index);
  }
  return phraseAtIndex(words, i, index, end);
}

const HEDGE_INDEX = indexPhrases(HEDGE_PHRASES);

/**
 * Length (in tokens) of a hedge starting at token `i`, or 0. `words` are lowercased token
 * texts, `raw` the original ones (to tell the modal "may" from the month "May", and "might"
 * the verb from "military might").
 */
export function hedgeAt(words: readonly string[], raw: readonly string[], i: number, end = words.length): number {
  const phrase = phraseAtIndex(words, i, HEDGE_INDEX, end);
  if (phrase > 0) return phrase;
  const w = words[i]!;
  if (!HEDGE_WORDS.has(w)) return 0;
  // "May" with a capital is the month or a name (Theresa May), not the modal
  if (w === 'may' && raw[i] !== 'may') return 0;
  if (w === 'might' || w === 'may') {
    const next = i + 1 < end ? words[i + 1]! : '';
    if (next === '' || !isWordLike(next) || next === 'of' || next === 'and') return 0;
    const prev = i > 0 ? words[i - 1]! : '';
    if (prev === 'the' || prev === 'military' || prev === 'economic' || prev === 'its' || prev === 'their') return 0;
  }
  return 1;
}

const WORDLIKE = /^[\p{L}\p{N}]/u;
export function isWordLike(token: string): boolean {
  return WORDLIKE.test(token);
}
