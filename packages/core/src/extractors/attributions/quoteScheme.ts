/**
 * The `quotes` scheme: the attributions a quote tracker counts, out of the PARC / PolNeAR ones the rules make.
 *
 * PolNeAR marks every attribution relation: beliefs and wishes ("believes", "wants to"), stances and verdicts with a
 * noun object ("accused X of …", "praised X", "called for X"), findings ("figures show"), raising ("is expected to").
 * Quote sets such as the Gender Gap Tracker's, and our BBC check sets, count only what someone said: direct quotes,
 * and reported speech after a verb of saying with a clause for its content. The `parc` scheme (the default) keeps
 * everything; `quotes` keeps
 *  - every direct quote, whatever its cue;
 *  - reported speech and partial quotes whose cue is a verb of saying (`isSayingVerb`: the hand list in `cues.ts`
 *    without the directives), "according to", a speech noun ("his claim that …") or a colon after a speaker;
 *  - and, for the verbs of saying that also take a noun object ("announced a deal", "denied the allegations"), only a
 *    content that reads as a clause ("that …", or words with a finite verb form in them) or holds a partial quote.
 * It drops internal states, raising, questions asked, findings opened by "In a poll, …", to-infinitive contents ("refused
 * to …"; not a promise's, "vowed to …", since the nineteenth session), a particle cue with a noun ("warned against placing
 * …"), a prepositional content with no clause ("cautioned against further rises") and a headline "Name: label" whose words
 * say nothing ("Arthur Hailey: King of the bestsellers"). (Eighteenth session: `runAttributions.ts` drops everything in
 * the headline the segmenter finds, with `HEADLINE_NOT_QUOTE`; the "Name: label" test still serves a first line read as no
 * headline.)
 */
import { type Draft, FINITE_AUX } from './scope.js';
import { cueOf, isSayingVerb } from './cues.js';
import { lemmaCandidates } from './lemma.js';

/** Rules that make no speech attribution: beliefs, raising, questions, findings. */
const NOT_SPEECH_RULES: ReadonlySet<string> = new Set(['source-belief', 'raising', 'raising-passive', 'asked-no-source', 'in-source']);
/** Rules whose cue is not a verb: a speaker's colon, "according to", a speech noun, a post. */
const NON_VERB_RULES: ReadonlySet<string> = new Set(['according-to', 'noun-cue', 'headline-colon', 'speaker-colon', 'dash-colon-quote', 'embedded-post']);
/** Verbs of saying the hand list in `cues.ts` leaves to the learned lexicon ("…, they counter, …", "he retorted"). */
// (nineteenth session: "forecast", "speculate": "Analysts forecast that …", "Economists speculated that …"; BBC study sets +9 quotes
// found of 12 more drafts)
const MORE_SAYING_VERBS: ReadonlySet<string> = new Set(['counter', 'respond', 'retort', 'quip', 'joke', 'mention', 'answer', 'recount', 'forecast', 'speculate']);
/**
 * Nineteenth session: a promise's to-infinitive is what was said ("Mr Bertani has promised to lower fares", "both parties pledged to
 * halve the waiting lists"); quote sets count it, unlike "refused to …" or "wants to …". BBC study sets +22 quotes found of 46
 * more drafts (quote F1 unchanged, recall up).
 */
const PROMISE_TO = true;
const PROMISES: ReadonlySet<string> = new Set(['promise', 'pledge', 'vow']);
/** Particles after which a cue takes a noun ("warned against placing …", "agrees on the draft", "called for X"). */
const NOUN_PARTICLES: ReadonlySet<string> = new Set(['against', 'of', 'about', 'on', 'for', 'over', 'at', 'with', 'to', 'into']);
/** A content that opens with a preposition and holds no clause is a phrase, not something said ("cautioned against further rises"). */
const PREPOSITION_OPENING = /^(?:against|of|about|on|for|over|at|with|into|from|by)\b/i;
/** Two-word cues of saying whose first word alone is not one ("pointed out", "made clear"). */
const SAYING_PHRASES: ReadonlySet<string> = new Set(['point out', 'make clear', 'make it', 'go on']);
/** Verbs of saying that also take a noun object ("announced a deal"): with them the content must read as a clause. */
const NOUN_OBJECT_VERBS: ReadonlySet<string> = new Set([
  'announce', 'deny', 'admit', 'promise', 'report', 'repeat', 'reveal', 'confirm', 'predict', 'estimate', 'agree', 'post',
  'write', 'testify', 'pledge', 'vow', 'claim', 'disclose', 'recall', 'indicate', 'acknowledge', 'comment', 'concede', 'reiterate', 'tweet',
  'emphasize', 'emphasise', 'stress', 'note',
]);
/**
 * Nineteenth session: a cue phrase with a form of "say" in it ("went on to say that …", "except to say that …") and the
 * "quoted X as saying" reading (`quotedAsSaying`) report speech, whatever the phrase's first word.
 */
const SAY_IN_CUE = true;
const SAY_FORM = /\b(?:say|says|said|saying)\b/i;
/**
 * Nineteenth session: a content that opens with a subject pronoun reads as a clause even in the present tense ("Absa announced that it
 * expects earnings to grow"); BBC study sets +6 quotes found of 6 more drafts.
 */
const PRONOUN_SUBJECT_CLAUSE = true;
const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['i', 'we', 'he', 'she', 'they', 'it', 'there']);
const NOT_AFTER_SUBJECT: ReadonlySet<string> = new Set(['on', 'in', 'at', 'to', 'for', 'with', 'by', 'from', 'of', 'and', 'or', 'as']);
const NEGATED_AUX = /^(?:is|was|were|are|has|have|had|wo|would|ca|could|do|did|does|should|must)n['’]t$/;
const WORD = /[\p{L}'’]+/gu;
const IRREGULAR_PAST: ReadonlySet<string> = new Set(['said', 'told', 'made', 'took', 'gave', 'came', 'went', 'got', 'saw', 'knew', 'thought', 'felt', 'found', 'left', 'kept', 'held', 'became', 'began', 'won', 'lost', 'paid', 'sold', 'put', 'set', 'cut', 'rose', 'fell', 'grew']);

/** The lemma of a cue's first word (of its two first words for a learned phrase), as the lexicon reads it. */
function cueLemma(cue: string): { first: string; phrase: string } {
  const words = cue.toLowerCase().split(/\s+/);
  const first = cueOf(words[0] ?? '')?.lemma ?? words[0] ?? '';
  return { first, phrase: words.length > 1 ? `${first} ${words[1]}` : first };
}

/**
 * Nineteenth session: a two-word phrase of saying whose first word is inflected ("made clear", "points out", "pointed out") matched
 * by any lemma of that word (`lemmaCandidates`): the lexicon gives no lemma for "made" or "points", and `SAYING_PHRASES` never
 * matched them.
 */
const PHRASE_LEMMAS = true;

/** Whether the cue's first two words are a phrase of saying (`SAYING_PHRASES`) by some lemma of the first. */
function phraseOfSaying(cue: string): boolean {
  const words = cue.toLowerCase().split(/\s+/);
  if (words.length < 2) return false;
  for (const l of lemmaCandidates(words[0]!)) if (SAYING_PHRASES.has(`${l} ${words[1]}`)) return true;
  return false;
}

/** Whether a content reads as a clause: "that …", or a finite verb form after its first word. */
export function readsAsClause(content: string): boolean {
  const words = content.toLowerCase().match(WORD) ?? [];
  if (words[0] === 'that') return true;
  // (nineteenth session, `PRONOUN_SUBJECT_CLAUSE`: a subject pronoun and a word that is no preposition, "it expects to see …")
  if (PRONOUN_SUBJECT_CLAUSE && words.length >= 3 && SUBJECT_PRONOUNS.has(words[0]!) && !NOT_AFTER_SUBJECT.has(words[1]!)) return true;
  // (nineteenth session, `NOUN_PHRASE_FIRST`: a content that opens like a noun phrase is an object when a subordinate word comes before
  // any verb form, "a small gain in sales after the storm passed", "an earlier report that he planned …", or its verb form is a
  // participle before "by"; past prepositions it can still be a clause's subject, "a second cut in the price of fares will follow")
  const phraseFirst = NOUN_PHRASE_FIRST && (NP_OPENERS.has(words[0] ?? '') || /^\s*\d/.test(content));
  for (let i = 1; i < words.length; i++) {
    const w = words[i]!;
    if (phraseFirst && NP_SUBORDINATE.has(w)) return false;
    if (FINITE_AUX.has(w) || NEGATED_AUX.test(w) || IRREGULAR_PAST.has(w) || (w.length > 4 && w.endsWith('ed'))) return !(phraseFirst && words[i + 1] === 'by');
  }
  return false;
}

/** Nineteenth session: see `readsAsClause`. */
const NOUN_PHRASE_FIRST = true;
const NP_SUBORDINATE: ReadonlySet<string> = new Set(['that', 'which', 'who', 'whose', 'after', 'before', 'than', 'to', 'as', 'not', 'including', 'while', 'when', 'because', 'if']);
const NP_OPENERS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'this', 'these', 'those', 'some', 'any', 'no', 'every', 'each', 'another']);

/** Whether the `quotes` scheme keeps a draft (see the module comment), given the article's `text` when there is one. */
export function isQuote(d: Draft, text?: string): boolean {
  if (d.quoted === 'direct') return true;
  const [base, ...marks] = d.rule.split('+');
  if (NOT_SPEECH_RULES.has(base!) || marks.includes('raising')) return false;
  const toInfinitive = /^to\b/i.test(d.content.text);
  const promise = PROMISE_TO && toInfinitive && d.cue !== null && PROMISES.has(cueLemma(d.cue.text).first);
  if (toInfinitive && !promise) return false;
  // a headline "Name: words" is a quote when the words say something ("Hale: Tax Rise Won't Be on Ballot"), not a label
  if (base === 'headline-colon') return readsAsClause(d.content.text);
  if (NON_VERB_RULES.has(base!)) return true;
  if (!d.cue) return d.quoted === 'partial';
  if (promise) return true;
  const { first, phrase } = cueLemma(d.cue.text);
  const said = (PHRASE_LEMMAS && phraseOfSaying(d.cue.text)) || (SAY_IN_CUE && (marks.includes('quoted-as') || SAY_FORM.test(d.cue.text)));
  if (!said && !isSayingVerb(first) && !MORE_SAYING_VERBS.has(first) && !SAYING_PHRASES.has(phrase)) return false;
  if (d.quoted === 'partial') return true;
  if (PREPOSITION_OPENING.test(d.content.text) && !readsAsClause(d.content.text)) return false;
  const particle = marks.includes('particle') ? d.cue.text.toLowerCase().split(/\s+/)[1] : undefined;
  if (particle !== undefined && NOUN_PARTICLES.has(particle)) return readsAsClause(d.content.text);
  return !NOUN_OBJECT_VERBS.has(first) || readsAsClause(d.content.text) || (THAT_BEFORE_CONTENT && text !== undefined && thatBefore(d, text));
}

/**
 * Nineteenth session: a "that" between the cue and the content opens a clause ("Ms Vance claimed that the sprinter used drugs"): the
 * content, which leaves the "that" out, need not show a verb form `readsAsClause` knows.
 */
const THAT_BEFORE_CONTENT = true;
const THAT_GAP = /^[\s,]*that[\s,]*$/i;

/** Whether only "that" stands between the draft's cue and its content. */
function thatBefore(d: Draft, text: string): boolean {
  return d.cue !== null && d.cue.end <= d.content.start && d.content.start - d.cue.end < 16 && THAT_GAP.test(text.slice(d.cue.end, d.content.start));
}
