/**
 * Noun phrases as sources: `phraseBefore` (a phrase ending at a token, read backwards),
 * `phraseAfter` (one starting at a token, read forwards), and `classify`, which says what source a
 * phrase is (named, pronoun, nominal, vague) or that it is none.
 */
import type { AttributionSource } from '../../types/analysis.js';
import type { EntityId } from '../../types/ids.js';
import type { Span } from '../../types/span.js';
import { TokenKind } from '../../types/layers.js';
import { isPossessive, type TokenView } from '../entities/tokenView.js';
import { premodifierTitle } from '../entities/titles.js';
import { givenNameGender } from '../entities/pronouns.js';
import { NOUN_READINGS } from './cues.js';
import { animacyOf } from './animacy.js';
import { DETERMINERS, GROUP_NOUNS, ROLE_NOUNS, SOURCE_PRONOUNS, isSourceModifier } from './sources.js';
import { ADVERBS, BOUNDARY_DASHES, FINITE_AUX, MODALS, PASSIVE, PREPOSITIONS, isIng, LY_NOUNS, SENTENCE_END, pressNounAt, type Scope, tokenSpan } from './scope.js';

/**
 * A source on `span`: its keys written out in the order a spread `{ ...span, entity, kind }` gives them (start, end,
 * text, entity, kind: the JSON is the same), without the spread's copy of the span.
 */
export function sourceOf(span: Span, entity: AttributionSource['entity'], kind: AttributionSource['kind']): AttributionSource {
  return { start: span.start, end: span.end, text: span.text, entity, kind };
}

/** A noun phrase found as a source: its token range and its head. */
export interface Phrase {
  start: number;
  end: number;
  head: number;
}

export const INDEFINITE: ReadonlySet<string> = new Set(['a', 'an', 'some', 'many', 'several', 'other', 'most', 'few', 'one', 'two', 'three', 'various', 'numerous', 'another']);
/** "it" is no source of a cue that needs a speaker ("it underscores …", "it shows …"). */
const IT_NEEDS_SPEAKER = false;
export const HONORIFIC_BEFORE: ReadonlySet<string> = new Set(['mr', 'mrs', 'ms', 'dr', 'sir', 'dame', 'lord', 'lady', 'mr.', 'mrs.', 'ms.', 'dr.']);

/**
 * Round thirteen (i): a phrase headed by a post-nominal after a person's name ("Tom Braddock MP", the
 * name now kept apart from the title) is that person's name.
 */
const POSTNOMINAL_HEAD = true;
const POSTNOMINAL_WORDS: ReadonlySet<string> = new Set(['mp', 'mep', 'msp', 'qc', 'kc']);

/**
 * The source a noun phrase is, or null. With `speakerOnly` (a cue whose subject is as often a fact
 * as a speaker, see `needsSpeaker`), a common noun must be one that can speak (`animacyOf`) and
 * "it" is no source ("it underscores …"); abstract and event nouns are never sources.
 */
/** Twentieth session: a name that ends in "'s" right before a verb of saying is the source ("Moody's said"; `classify`, `contractedAux`). */
const NAME_S_SOURCE = true;
/** Twenty-sixth session: a source phrase does not open with a time expression ("Saturday Halden officials"; `classify`). */
const TIME_BEFORE_SOURCE = true;

/** Twenty-seventh session: a possessive opens a role's noun modifiers as a determiner does (`phraseBefore`, `NOUN_MODIFIERS`). */
const OWNER_NOUN_MODIFIERS = true;
/** `NOUN_MODIFIERS`: token `x` is a determiner, or (`OWNER_NOUN_MODIFIERS`) the possessive after a name ("Lindor's"). */
const openerAt = (v: TokenView, x: number): boolean => DETERMINERS.has(v.lower[x] ?? '') || (OWNER_NOUN_MODIFIERS && isPossessive(v.lower[x] ?? '') && v.nameAt[x - 1] !== undefined);
/** Twenty-seventh session: `NAME_S_SOURCE`'s source span runs over the "'s" (`classify`). */
const NAME_S_SPAN = true;
/** `NAME_S_SOURCE`: a verb of saying in a finite form ("said", "says", "warned"), not a noun ("Smith's claim that"). */
export function finiteSaying(w: string): boolean {
  return w === 'said' || w === 'says' || w === 'told' || w === 'tells' || w === 'wrote' || w === 'writes' || (w.length > 4 && w.endsWith('ed'));
}

export function classify(st: Scope, p: Phrase, speakerOnly = false): AttributionSource | null {
  const { ctx, v, refAt, personBySurname } = st;
  // (twenty-sixth session, `TIME_BEFORE_SOURCE`: "Reed said on Saturday Halden officials had told him": a time expression before
  // the phrase is no part of it)
  if (TIME_BEFORE_SOURCE && st.timeTok[p.start] && p.start < p.head) {
    let s = p.start;
    while (s < p.head && st.timeTok[s]) s++;
    p = { ...p, start: s };
  }
  const h = p.head;
  const w = v.lower[h]!;
  // round thirteen (i): "Tom Braddock MP said": the name before a post-nominal (`POSTNOMINAL_HEAD`)
  // round fifteen: "The 48-year-old Frenchman told …", "The Spaniard believed …": one person, described
  if (DEMONYM_PERSON && v.nameAt[h]?.type === 'NORP') {
    const the = demonymStart(v, h);
    if (the >= 0 && the <= p.start) return sourceOf(tokenSpan(st, the, h + 1), null, 'nominal');
  }
  const name = v.nameAt[h] ?? (POSTNOMINAL_HEAD && h > p.start && v.isCap(h) && POSTNOMINAL_WORDS.has(w) && v.nameAt[h - 1]?.type === 'PERSON' ? v.nameAt[h - 1] : undefined);
  // (twentieth session, `NAME_S_SOURCE`: "Moody's said", "Sainsbury's said": the "'s" of a name right before the verb is its own)
  const nameS = NAME_S_SOURCE && isPossessive(v.lower[h + 1] ?? '') && st.tokCue[h + 2] !== undefined && finiteSaying(v.lower[h + 2]!);
  if (name && (!isPossessive(v.lower[h + 1] ?? '') || nameS)) {
    const kind = name.type === 'NORP' ? 'vague' : 'named';
    if (name.type !== 'PERSON' && name.type !== 'ORG' && name.type !== 'NORP' && name.type !== 'LOC' && name.type !== 'MISC') return null;
    // (twenty-seventh session, `NAME_S_SPAN`: the source holds the name's "'s" the mention left out, "Halden & Lee's said")
    const end = NAME_S_SPAN && nameS && v.tokenEndingBy(name.end) === h ? Math.max(name.end, v.tokens.end[h + 1]!) : name.end;
    return sourceOf(ctx.span(name.start, end), name.entity, kind);
  }
  // (twenty-fifth session, `PERSON_OF_ANY_BODY`: "Dr Ana Vell of the university's school of pharmacy says": the person who opens
  // the phrase before "of" / "from" / "at", whatever the body's words)
  const lead = PERSON_OF_ANY_BODY && !name ? v.nameAt[p.start] : undefined;
  const leadEnd = lead?.type === 'PERSON' && v.tokenAtOrAfter(lead.start) === p.start ? v.tokenEndingBy(lead.end) : -1;
  if (leadEnd >= 0 && leadEnd + 1 < h && BODY_PREPOSITIONS.has(v.lower[leadEnd + 1]!)) return sourceOf(ctx.span(lead!.start, lead!.end), lead!.entity, 'named');
  if (SOURCE_PRONOUNS.has(w)) {
    if (speakerOnly && w === 'it' && IT_NEEDS_SPEAKER) return null;
    const m = refAt.get(h);
    return sourceOf(tokenSpan(st, h, h + 1), m?.entity ?? null, 'pronoun');
  }
  // "Mr Thomas said" where the NER left the name out: a surname of a person in the article
  const surnameOf = v.isCap(h) ? personBySurname.get(w) : undefined;
  if (surnameOf && (h === p.start || HONORIFIC_BEFORE.has(v.lower[h - 1]!))) return sourceOf(tokenSpan(st, p.start, h + 1), surnameOf, 'named');
  const first = v.lower[p.start]!;
  // (`ROLE_AT_BODY_NAME`: "Chief economist at Halden Bank Tony Meer says", as Australian news writes it: the person named last)
  const person = ROLE_AT_BODY_NAME ? personAfterBody(st, p) : null;
  if (person) return sourceOf(ctx.span(person.start, person.end), person.entity, 'named');
  if (GROUP_NOUNS.has(w)) return sourceOf(tokenSpan(st, p.start, p.end), affiliationOf(st, p), 'vague');
  if (ROLE_NOUNS.has(w)) {
    if (INDEFINITE.has(first)) return sourceOf(tokenSpan(st, p.start, p.end), null, 'vague');
    const m = refAt.get(h);
    return sourceOf(tokenSpan(st, p.start, p.end), m?.entity ?? null, 'nominal');
  }
  // round fourteen: an age ("The 21-year-old told …") is one person
  if (AGE_HEAD && ageEndingAt(v, h, p.start)) return sourceOf(tokenSpan(st, p.start, p.end), refAt.get(h)?.entity ?? null, INDEFINITE.has(first) ? 'vague' : 'nominal');
  if (nounLike(st, h)) {
    // any other noun: "the ad's narrator", "the clip"; indefinite or bare plural ones are vague;
    // not an abstraction or an event ("the decision", "Keller’s willingness")
    const animacy = animacyOf(w);
    // (a capitalised unknown head is rather a name piece the NER missed: "Banks believes", "Brandt Jr.")
    if (animacy === 'abstract' || (speakerOnly && animacy !== 'speaker' && !v.isCap(h))) return null;
    const bare = p.start === h || !(DETERMINERS.has(first) || v.nameAt[p.start]);
    const vague = INDEFINITE.has(first) || (bare && w.endsWith('s') && !w.endsWith('ss'));
    return sourceOf(tokenSpan(st, p.start, p.end), refAt.get(h)?.entity ?? null, vague ? 'vague' : 'nominal');
  }
  return null;
}

/**
 * Twenty-eighth session: "Chief economist at Halden Bank Tony Meer says": a role, a preposition, a body's name and, right
 * after it with no comma, a person's name of two words or more that ends the phrase (where the model read the body and the
 * person as one name, `ROLE_AT_BODY_PERSON` in `mentions/modelNames.ts` splits them first):
 * the person is the one who speaks (Australian news writes a speaker so), not the role's holder unnamed. Not "a spokesman for
 * Minister Ann Price", where the name is the preposition's object (`classify`).
 */
export const ROLE_AT_BODY_NAME = true;
export const ROLE_BODY_PREPOSITIONS: ReadonlySet<string> = new Set(['at', 'from', 'with', 'for', 'of']);
function personAfterBody(st: Scope, p: Phrase): { start: number; end: number; entity: EntityId | null } | null {
  const { v } = st;
  const k = p.head + 1;
  if (k >= p.end || !ROLE_BODY_PREPOSITIONS.has(v.lower[k]!)) return null;
  const person = personAfterRoleAt(st, k);
  return person && v.tokenEndingBy(person.end) === p.end - 1 ? person : null;
}

/**
 * `ROLE_AT_BODY_NAME`: the person's name after the preposition at token `k`, a body's name and no comma ("at [Halden Bank]
 * [Tony Meer]"), of two words or more; null when the words after `k` are not so.
 */
export function personAfterRoleAt(st: Scope, k: number): { start: number; end: number; entity: EntityId | null } | null {
  const { v } = st;
  const b = v.lower[k + 1] === 'the' ? k + 2 : k + 1;
  const body = v.nameAt[b];
  if (!body || body.type === 'PERSON' || v.tokenAtOrAfter(body.start) !== b) return null;
  const after = v.tokenEndingBy(body.end) + 1;
  const name = v.nameAt[after];
  if (name?.type !== 'PERSON' || v.tokenAtOrAfter(name.start) !== after || v.tokens.start[after] === v.tokens.end[after - 1] || v.tokenEndingBy(name.end) <= after) return null;
  return { start: name.start, end: name.end, entity: name.entity };
}

/**
 * Round thirteen (g): "researchers at Pell Hanbury", "analysts from Acme": a group of people at an
 * organisation named right after them stands for that organisation (`affiliationOf`), and an inverted
 * source may end in that name ("…, say researchers at Pell Hanbury."; `affiliationAfter`).
 */
export const ORG_AFFILIATION = true;
const AFFILIATION_PREPOSITIONS: ReadonlySet<string> = new Set(['at', 'from']);
/** Name types an affiliation may have (the NER reads some firms as places: "Acme Bank"). */
const AFFILIATION_TYPES: ReadonlySet<string> = new Set(['ORG', 'LOC', 'MISC']);

/** The organisation named right after the group noun heading `p` ("researchers at Acme"), ending `p`; else null. */
function affiliationOf(st: Scope, p: Phrase): AttributionSource['entity'] {
  const { v } = st;
  if (!ORG_AFFILIATION || !AFFILIATION_PREPOSITIONS.has(v.lower[p.head + 1] ?? '')) return null;
  const m = v.nameAt[p.head + 2] ?? (v.lower[p.head + 2] === 'the' ? v.nameAt[p.head + 3] : undefined);
  return m && AFFILIATION_TYPES.has(m.type) && v.tokenEndingBy(m.end) === p.end - 1 ? m.entity : null;
}

/**
 * A source phrase read after a cue whose group noun head is followed by "at" / "from" and an
 * organisation's name: the phrase through the name ("say researchers at Pell Hanbury"), else `p`.
 */
export function affiliationAfter(st: Scope, p: Phrase, limit: number): Phrase {
  const { v } = st;
  if (!ORG_AFFILIATION || p.end !== p.head + 1 || !GROUP_NOUNS.has(v.lower[p.head]!) || !AFFILIATION_PREPOSITIONS.has(v.lower[p.end] ?? '')) return p;
  const at = v.lower[p.end + 1] === 'the' ? p.end + 2 : p.end + 1;
  const m = at < limit ? v.nameAt[at] : undefined;
  if (!m || !AFFILIATION_TYPES.has(m.type) || v.tokenAtOrAfter(m.start) !== at) return p;
  const last = v.tokenEndingBy(m.end);
  return last < limit ? { start: p.start, end: last + 1, head: p.head } : p;
}

/** Words that never head a noun phrase source (so "the plan says" may, but "and says" may not). */
const NOT_A_HEAD: ReadonlySet<string> = new Set([
  'and', 'or', 'but', 'nor', 'so', 'yet', 'that', 'which', 'who', 'whom', 'whose', 'what', 'when', 'where', 'while', 'if', 'as', 'than',
  'because', 'since', 'though', 'although', 'the', 'a', 'an', 'this', 'these', 'those', 'there', 'here', 'it', 'to', 'of', 'in', 'on',
  'at', 'by', 'for', 'with', 'from', 'about', 'into', 'over', 'after', 'before', 'also', 'not', 'never', 'only', 'just', 'has', 'have',
  'had', 'is', 'was', 'were', 'are', 'be', 'been', 'being', 'do', 'does', 'did', 'will', 'would', 'could', 'should', 'may', 'might',
  'can', 'must', 'me', 'him', 'her', 'them', 'us', 'you', 'my', 'your', 'our', 'his', 'their', 'its', 'all', 'both', 'each', 'no',
  'more', 'most', 'less', 'very', 'too', 'then', 'now', 'still', 'again', 'once', 'even', 'ever', 'instead', 'however', 'thus',
]);
/** -ing nouns that head a source ("Exit polling showed", "the reporting suggests"). */
const ING_NOUNS: ReadonlySet<string> = new Set(['polling', 'reporting', 'ruling', 'rulings', 'filing', 'filings', 'findings', 'briefing', 'hearing', 'recording', 'recordings', 'ranking', 'rankings', 'listing', 'listings', 'reading', 'readings', 'writings', 'teachings', 'proceedings']);

/** A plain lower-case word that can head or modify a noun phrase (not a function word, verb form or adverb). */
export function nounLike(st: Scope, k: number): boolean {
  const { v, tokCue } = st;
  if (!v.isWord(k)) return false;
  const w = v.lower[k]!;
  // (a capital letter closing a hyphenated name is one: "Wealth-X says …")
  if (w.length === 1 && v.isCap(k) && v.isPunct(k - 1, '-') && v.tokens.start[k] === v.tokens.end[k - 1] && v.isWord(k - 2) && v.tokens.start[k - 1] === v.tokens.end[k - 2]) return true;
  return w.length > 1 && !NOT_A_HEAD.has(w) && !ADVERBS.has(w) && !tokCue[k] && (!w.endsWith('ly') || LY_NOUNS.has(w) || pressNounAt(v, k)) && !w.endsWith('ed') && (!isIng(w) || ING_NOUNS.has(w));
}



/**
 * Round thirteen (h): "about" after a noun that can speak leaves it the head too ("…, a new book
 * about the mayor claims", "a memo about Smith says"), also before a role noun or a name
 * (`phraseBefore`).
 */
const ABOUT_HEAD = true;
/** Prepositions after a noun that can speak that leave it the head ("Video of the incident shows", round thirteen: "his rivals for the nomination said", "a student from Ohio said"). */
/** Twentieth session: a group or a role before "in" and a place past "the" or an adjective is the source (`phraseBefore`). */
const SPEAKER_IN_PLACE = true;
/** Twenty-seventh session: more adjectives that take a prepositional phrase after a source's head, "a source aligned with …", "a group linked to …". */
const MORE_PP_ADJECTIVES = true;
/** Twentieth session (`SPEAKER_IN_AT`): "His partners in the venture say", "researchers at the institute said": "in" and "at" after a noun that speaks too. */
const SPEAKER_IN_AT = true;
const HEAD_PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'for', 'from', ...(ABOUT_HEAD ? ['about'] : []), ...(SPEAKER_IN_AT ? ['in', 'at'] : [])]);
export const PP_ADJECTIVES: ReadonlySet<string> = new Set(['familiar', 'close', 'briefed', 'knowledgeable', 'involved', 'speaking', ...(MORE_PP_ADJECTIVES ? ['aligned', 'linked', 'connected', 'allied', 'loyal', 'sympathetic', 'opposed'] : [])]);

/** Twenty-fifth session: lower-case modifiers joined by "and" inside a described source (`coordinatedModifiers`). */
const COORDINATED_MODIFIERS = true;
/** Most tokens between the head and the determiner that opens such a phrase. */
const COORDINATED_REACH = 7;

/**
 * `COORDINATED_MODIFIERS`: "The farm machinery and crop insurance company said": the phrase from its determiner, when only
 * lower-case nouns and one "and" between them stand between it and the head `j`; else -1.
 */
function coordinatedModifiers(st: Scope, j: number, floor: number): number {
  const { v } = st;
  let ands = 0;
  let x = j - 1;
  for (; x >= floor && x >= j - COORDINATED_REACH; x--) {
    if (v.lower[x] === 'and' && x < j - 1 && v.lower[x + 1] !== 'and') ands++;
    else if (!nounLike(st, x) || v.isCap(x) || v.nameAt[x]) break;
  }
  return ands === 1 && x >= floor && DETERMINERS.has(v.lower[x]!) && v.lower[x + 1] !== 'and' ? x : -1;
}

/** Twenty-fifth session: the same past a lower-case phrase between the preposition and a name ("close to the talks in Geneva"). */
const ADJECTIVE_PP_CHAIN = true;
const ADJECTIVE_PP_REACH = 6;
/** "People close to the governor said", "a person familiar with Keller said": the speaker before an adjective and its preposition. */
const ADJECTIVE_PP = true;
const ADJECTIVE_PP_PREPOSITIONS: ReadonlySet<string> = new Set(['to', 'with', 'on', 'about', 'in']);

/** The phrase [s, j] is the object of "close to" / "familiar with" after a speaking head: the whole phrase, headed by that noun. */
function adjectivePhraseHead(st: Scope, s: number, j: number, floor: number): Phrase | null {
  const { v } = st;
  // (twenty-fifth session, `ADJECTIVE_PP_CHAIN`: past a lower-case phrase before the name, "Sources close to the talks in Geneva said")
  if (ADJECTIVE_PP_CHAIN && !(ADJECTIVE_PP_PREPOSITIONS.has(v.lower[s - 1] ?? '') && PP_ADJECTIVES.has(v.lower[s - 2] ?? ''))) {
    let x = s - 1;
    while (x - 2 >= floor && x >= s - ADJECTIVE_PP_REACH && v.isWord(x) && !v.isCap(x) && (!st.tokCue[x] || DETERMINERS.has(v.lower[x - 1]!)) && !(ADJECTIVE_PP_PREPOSITIONS.has(v.lower[x]!) && PP_ADJECTIVES.has(v.lower[x - 1]!))) x--;
    if (x < s - 1 && x - 2 >= floor && ADJECTIVE_PP_PREPOSITIONS.has(v.lower[x]!) && PP_ADJECTIVES.has(v.lower[x - 1]!)) s = x + 1;
  }
  if (s - 3 < floor || !ADJECTIVE_PP_PREPOSITIONS.has(v.lower[s - 1]!) || !PP_ADJECTIVES.has(v.lower[s - 2]!)) return null;
  const h = s - 3;
  const w = v.lower[h]!;
  if (!GROUP_NOUNS.has(w) && !ROLE_NOUNS.has(w) && animacyOf(w) !== 'speaker') return null;
  const inner = phraseBefore(st, h, floor);
  return inner ? { start: inner.start, end: j + 1, head: h } : null;
}

/** A bare plural noun of people right after a comma is a source phrase ("…, forecasters say"). */
const BARE_PLURAL_AFTER_COMMA = true;
/**
 * Round thirteen (h): … and after a comma and a conjunction that opens a clause of its own ("The
 * ceremony is live, and organisers say they expect …"; `phraseBefore`).
 */
const CONJOINED_BARE_PLURAL = true;
/** Round thirteen: … and after a dash, a semicolon or a subordinator ("— new filings show", "after leaked emails showed"). */
const CLAUSE_OPENERS_BEFORE = true;
const SUBORDINATORS_BEFORE: ReadonlySet<string> = new Set(['after', 'when', 'because', 'since', 'while', 'although', 'though', 'if', 'unless', 'until', 'before', 'whereas', 'as']);
/** A hyphen inside a modifier of a source ("The anti-noise movement argued"). */
const HYPHEN_MODIFIERS = true;
export const NUMBER_WORDS: ReadonlySet<string> = new Set([
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'twenty', 'thirty', 'forty', 'fifty',
  'sixty', 'seventy', 'eighty', 'ninety', 'hundred',
]);
/**
 * Round fourteen: the role noun before a long capitalised title with "and" / "of" inside still heads the phrase ("a
 * spokesman for European Trade and Industry Commissioner Piet Vandermeer said": the spokesman, not Vandermeer).
 */
const LONG_ROLE_TITLE = true;
const TITLE_JOINERS: ReadonlySet<string> = new Set(['and', 'of', '&']);
/** Twelfth session: a group before "in" and a place heads the phrase ("traders in Asia said"; `phraseBefore`). */
const GROUP_IN_PLACE = true;
/**
 * Eighteenth session: a group before "at", "in", "of" or "from" and the name of a place or body heads the phrase, past "the"
 * and up to two more names the first hangs on ("a team at the University of Westmarch at Brookfield"; `phraseBefore`).
 */
const GROUP_AT_NAME = true;
const GROUP_AT_PREPOSITIONS: ReadonlySet<string> = new Set(['at', 'in', 'of', 'from']);
const GROUP_AT_HEADS: ReadonlySet<string> = new Set([
  ...GROUP_NOUNS, 'team', 'lawyers', 'staff', 'astronomers', 'engineers', 'physicists', 'biologists', 'chemists', 'academics', 'scholars', 'villagers',
  'officers', 'delegates', 'representatives', 'planners', 'managers',
]);

/** `GROUP_AT_NAME`: the group noun before the name starting at token `s0` and its chain of prepositions and names, or -1. */
function groupBeforeNames(v: TokenView, s0: number, floor: number): number {
  let x = s0 - 1;
  for (let hop = 0; hop < 3 && x > floor; hop++) {
    if (v.lower[x] === 'the') x--;
    if (x <= floor || !GROUP_AT_PREPOSITIONS.has(v.lower[x]!)) return -1;
    const h = x - 1;
    if (GROUP_AT_HEADS.has(v.lower[h]!) && (!v.isCap(h) || v.isSentenceFirst(h))) return h;
    const before = v.nameAt[h];
    if (!before || before.type === 'PERSON' || v.tokenEndingBy(before.end) !== h) return -1;
    x = v.tokenAtOrAfter(before.start) - 1;
  }
  return -1;
}

/** Twelfth session: the role before a body's name runs back past an owner's possessive and "on" inside it (`phraseBefore`). */
const POSSESSIVE_IN_BODY = true;
/** Round fourteen: an irregular past tense after a body's name is its verb, no noun of the phrase ("Dutch firm Vandijk saw its profits drop …"). */
const IRREGULAR_PAST_VERBS = true;
const IRREGULAR_PAST: ReadonlySet<string> = new Set([
  'saw', 'took', 'made', 'gave', 'won', 'lost', 'got', 'had', 'ran', 'fell', 'rose', 'grew', 'led', 'left', 'kept', 'held', 'sold', 'paid',
  'met', 'sent', 'spent', 'brought', 'bought', 'became', 'began', 'came', 'went', 'knew', 'built', 'struck', 'drew', 'chose', 'broke', 'bore',
]);
/** Twenty-first session: a person before a chain of "of" / "from" / "at" / "in" and names of bodies and places is the source (`phraseBefore`). */
const PERSON_OF_CHAIN = true;
const CHAIN_PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'from', 'at', 'in']);
/** Twenty-second session: `PERSON_OF_CHAIN` past a city's state and a body's lower-case descriptor ("Wes Brody of industry consultant Ardent Research in Farmington Hills, Mich., said"). */
const CHAIN_CITY_STATE = true;
/** `CHAIN_CITY_STATE`: words no descriptor holds. */
const CHAIN_STOP: ReadonlySet<string> = new Set(['and', 'or', 'said', 'says', 'who', 'which', 'that', 'but', 'to', 'for', 'with', 'by', 'on', 'as']);

/** `PERSON_OF_CHAIN`: the last token of the person's name before the chain of names that ends with the one opening at `s0`, or -1. */
function personBeforeNameChain(v: TokenView, s0: number, floor: number): number {
  let x = s0 - 1;
  // (twenty-second session, `CHAIN_CITY_STATE`: a state after its city, "in Farmington Hills, Mich.")
  if (CHAIN_CITY_STATE && v.nameAt[s0]?.type === 'LOC' && v.isPunct(x, ',') && v.nameAt[x - 1]?.type === 'LOC' && v.tokenEndingBy(v.nameAt[x - 1]!.end) === x - 1) {
    x = v.tokenAtOrAfter(v.nameAt[x - 1]!.start) - 1;
  }
  for (let link = 0; link < 4 && x > floor; link++) {
    if (v.lower[x] === 'the') x--;
    // (`CHAIN_CITY_STATE`: and a body's descriptor after its preposition, "of industry consultant Ardent Research")
    if (CHAIN_CITY_STATE && link > 0 && !CHAIN_PREPOSITIONS.has(v.lower[x]!)) {
      let y = x;
      while (y > floor && y > x - 3 && v.isWord(y) && !v.isCap(y) && !CHAIN_PREPOSITIONS.has(v.lower[y]!) && !CHAIN_STOP.has(v.lower[y]!)) y--;
      if (y < x && CHAIN_PREPOSITIONS.has(v.lower[y]!)) x = y;
    }
    // (an owner's possessive, "Dunmore's Halden University")
    if (x > floor && isPossessive(v.lower[x]!) && v.nameAt[x - 1] && v.nameAt[x - 1]!.type !== 'PERSON') {
      x = v.tokenAtOrAfter(v.nameAt[x - 1]!.start) - 1;
      continue;
    }
    if (x - 1 < floor || !CHAIN_PREPOSITIONS.has(v.lower[x]!)) return -1;
    // (past a parenthesis after a body's name, "Societe Generale Alsacienne (Sogenal) in Zurich")
    if (v.isPunct(x - 1, ')')) {
      let o = x - 2;
      while (o > floor && o > x - 8 && !v.isPunct(o, '(')) o--;
      if (!v.isPunct(o, '(')) return -1;
      x = o;
    }
    const m = v.nameAt[x - 1];
    if (!m || v.tokenEndingBy(m.end) !== x - 1) return -1;
    if (m.type === 'PERSON') return link > 0 || v.lower[x] !== 'of' ? x - 1 : -1;
    x = v.tokenAtOrAfter(m.start) - 1;
  }
  return -1;
}

/** Twenty-first session: "Pat Rourke of the GMB union said": a person named before "of" and a body is the source (`phraseBefore`). */
const PERSON_OF_BODY = true;
const BODY_NOUNS: ReadonlySet<string> = new Set([
  'union', 'company', 'firm', 'committee', 'commission', 'council', 'party', 'team', 'bank', 'board', 'group', 'organisation', 'organization',
  'agency', 'department', 'ministry', 'association', 'federation', 'institute', 'university', 'society', 'campaign', 'club', 'charity',
  'bureau', 'office', 'service', 'centre', 'center', 'foundation', 'trust', 'college', 'hospital', 'museum', 'network',
]);
/** `PERSON_OF_BODY`: "of the union", and "from the bureau", "at the museum". */
const BODY_PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'from', 'at']);

/** `PERSON_OF_BODY`: the phrase of the person named right before "of" / "from" / "at" at token `at - 1`, when head `j` is a body's noun; or null. */
function personOfBody(v: TokenView, j: number, at: number, floor: number): Phrase | null {
  if (!PERSON_OF_BODY || !BODY_NOUNS.has(v.lower[j]!) || !BODY_PREPOSITIONS.has(v.lower[at - 1] ?? '') || at - 2 < floor) return null;
  const owner = v.nameAt[at - 2];
  return owner?.type === 'PERSON' && v.tokenEndingBy(owner.end) === at - 2 ? { start: v.tokenAtOrAfter(owner.start), end: j + 1, head: at - 2 } : null;
}
/** Twenty-fifth session: a person's name before "of" / "from" / "at" opens a phrase headed by a lower-case body: the person speaks (`classify`). */
const PERSON_OF_ANY_BODY = true;
/** Twenty-second session: a name after "such as" is an example of the group before it, which is the source (`phraseBefore`). */
const EXAMPLE_NAME = true;
/** `EXAMPLE_NAME`: the phrase of the group before "(,) such as" and the name opening at `s0` (past an owner's possessive), or null. */
function groupBeforeSuchAs(st: Scope, s0: number, floor: number): Phrase | null {
  const { v } = st;
  let x = s0 - 1;
  if (x > floor && isPossessive(v.lower[x]!) && v.nameAt[x - 1]) x = v.tokenAtOrAfter(v.nameAt[x - 1]!.start) - 1;
  if (x - 2 < floor || v.lower[x] !== 'as' || v.lower[x - 1] !== 'such') return null;
  let h = x - 2;
  if (v.isPunct(h, ',')) h--;
  if (h < floor || !v.isWord(h) || v.nameAt[h]) return null;
  return phraseBefore(st, h, floor);
}
/** Twenty-second session: "Halden Trust in Boston said": a place after "in" and a body's name is where the body is; the body speaks (`phraseBefore`). */
const BODY_IN_PLACE = true;
/** `BODY_IN_PLACE`: the last token of the organisation's name right before "in" at token `at - 1`, when head `j` ends a place's name opening at `at`; or -1. */
function bodyBeforeIn(v: TokenView, j: number, at: number, floor: number): number {
  const place = v.nameAt[j];
  if (!BODY_IN_PLACE || place?.type !== 'LOC' || v.tokenAtOrAfter(place.start) !== at || v.lower[at - 1] !== 'in' || at - 2 < floor) return -1;
  const body = v.nameAt[at - 2];
  return body?.type === 'ORG' && v.tokenEndingBy(body.end) === at - 2 && v.tokenAtOrAfter(body.start) >= floor ? at - 2 : -1;
}
/**
 * Twenty-third session: a place after a preposition is never the subject; the phrase it hangs on is ("A trader in Beijing
 * said", "Vantor Inc of Japan said", "The Ostend research institute in Hallberg said", "an official based in Lisbon told";
 * `phraseBefore`, after the narrower rules above).
 */
const PLACE_IN_PHRASE = true;
const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'of', 'from', 'at', 'near', 'outside']);
const PLACE_PARTICIPLES: ReadonlySet<string> = new Set(['based', 'located', 'headquartered', 'stationed', 'operating', 'working', 'living']);
/** `PLACE_IN_PHRASE`: a firm's legal suffix, after which "of" and a place is where the firm is ("Vantor Inc of Japan"), not its name ("the Grain Council of Norland"). */
const FIRM_SUFFIXES: ReadonlySet<string> = new Set(['inc', 'corp', 'co', 'ltd', 'plc', 'ag', 'ab', 'sa', 'nv', 'bv', 'gmbh', 'spa', 'bancorp', 'llc', 'lp']);
/**
 * `PLACE_IN_PHRASE`: the head the place opening at `s0` hangs on, past its preposition, "the" and a participle ("based in"): a
 * noun that can speak, or a name other than a place's (a firm's before "of" only after its legal suffix); or -1.
 */
function headBeforePlace(st: Scope, s0: number, floor: number): number {
  const { v } = st;
  let x = s0 - 1;
  if (v.lower[x] === 'the') x--;
  if (x - 1 < floor || !PLACE_PREPOSITIONS.has(v.lower[x]!)) return -1;
  let h = x - 1;
  if (PLACE_PARTICIPLES.has(v.lower[h]!) && h - 1 >= floor) h--;
  // (a firm's suffix with its full stop, "Halvor Co. of Norland")
  const dot = v.isPunct(h, '.') && h - 1 >= floor && v.tokens.start[h] === v.tokens.end[h - 1];
  const last = dot ? h - 1 : h;
  if (!v.isWord(last)) return -1;
  const m = v.nameAt[last];
  if (m) {
    if (v.tokenEndingBy(m.end) < last || m.type === 'LOC') return -1;
    return v.lower[x] !== 'of' || m.type !== 'ORG' || FIRM_SUFFIXES.has(v.lower[last]!) ? last : -1;
  }
  const w = v.lower[h]!;
  return !v.isCap(h) && nounLike(st, h) && (GROUP_NOUNS.has(w) || ROLE_NOUNS.has(w) || animacyOf(w) === 'speaker') ? h : -1;
}
/**
 * Twenty-fourth session: a role or group noun that opens the subject, then a chain of prepositional phrases that ends in the
 * name before the cue, is the source ("A senior official of the ruling Harbour Party said", "An analyst of grain farming at the
 * Varity Institute noted"); the chain holds words only, no comma and no verb.
 */
const ROLE_CHAIN = true;
const ROLE_CHAIN_PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'at', 'for', 'from', 'in', 'with', 'to', 'on']);
const ROLE_CHAIN_WINDOW = 14;
/** `ROLE_CHAIN`: the leftmost role or group noun in the chain before the name opening at `s0`, right before a preposition; or -1. */
function roleBeforeChain(st: Scope, s0: number, floor: number): number {
  const { v, tokCue } = st;
  // (the name is a preposition's object, past "the" and, before a body's name, adjectives ("of the ruling Harbour Party"): not
  // "spokesman for sport Hugh Robertson", a title before a person's name)
  let before = s0 - 1;
  if (v.nameAt[s0]?.type !== 'PERSON') while (before > s0 - 3 && v.isWord(before) && !v.isCap(before) && !ROLE_CHAIN_PREPOSITIONS.has(v.lower[before]!) && !tokCue[before]) before--;
  else if (v.lower[before] === 'the') before--;
  if (!ROLE_CHAIN_PREPOSITIONS.has(v.lower[before] ?? '')) return -1;
  let found = -1;
  for (let x = s0 - 1; x >= floor && x >= s0 - ROLE_CHAIN_WINDOW; x--) {
    // (a cue word after a determiner is a noun, "the talks")
    if (!v.isWord(x) || (tokCue[x] && !DETERMINERS.has(v.lower[x - 1] ?? '')) || FINITE_AUX.has(v.lower[x]!)) break;
    const w = v.lower[x]!;
    const next = v.lower[x + 1]!;
    if (!v.nameAt[x] && !v.isCap(x) && (ROLE_CHAIN_PREPOSITIONS.has(next) || (next === 'close' && v.lower[x + 2] === 'to')) && (ROLE_NOUNS.has(w) || GROUP_NOUNS.has(w) || PERSON_ROLES.has(w) || (nounLike(st, x) && animacyOf(w) === 'speaker'))) found = x;
  }
  return found;
}
/** Twenty-third session: a name after "by" and a past participle is the agent; the phrase before the participle speaks ("The analysts polled by Halden Research said"; `phraseBefore`). */
export const AGENT_AFTER_PARTICIPLE = true;
export const AGENT_PARTICIPLES: ReadonlySet<string> = new Set([
  'polled', 'surveyed', 'questioned', 'interviewed', 'contacted', 'consulted', 'quoted', 'cited', 'hired', 'employed', 'commissioned',
  'appointed', 'retained', 'named', 'owned', 'backed', 'funded', 'led', 'represented', 'advised',
]);
/** `AGENT_AFTER_PARTICIPLE`: the head before "<participle> by" and the name opening at `s0`: a noun that can speak, or a name not a place's; or -1. */
function headBeforeAgent(st: Scope, s0: number, floor: number): number {
  const { v } = st;
  let x = s0 - 1;
  if (v.lower[x] === 'the') x--;
  if (x - 2 < floor || v.lower[x] !== 'by' || !AGENT_PARTICIPLES.has(v.lower[x - 1]!)) return -1;
  const h = x - 2;
  if (!v.isWord(h)) return -1;
  const m = v.nameAt[h];
  if (m) return v.tokenEndingBy(m.end) === h && m.type !== 'LOC' ? h : -1;
  const w = v.lower[h]!;
  return nounLike(st, h) && (GROUP_NOUNS.has(w) || ROLE_NOUNS.has(w) || animacyOf(w) === 'speaker') ? h : -1;
}
/** Twenty-first session: "the Cedar Bluff, Ala.-based company": a city and a state before "-based" are one modifier (`phraseBefore`). */
const CITY_STATE_MODIFIER = true;
/** `CITY_STATE_MODIFIER`: the first word of the city before comma `k` when the phrase read so far opens at `s` with "<State>-…", else -1. */
function cityBeforeStateModifier(v: TokenView, k: number, s: number, floor: number): number {
  if (!CITY_STATE_MODIFIER || k !== s - 1 || !v.isPunct(k, ',') || v.lower[s + 1] !== '-' || v.tokens.start[s + 1] !== v.tokens.end[s] || !v.isCap(s)) return -1;
  if (k - 1 < floor || !v.isWord(k - 1) || !v.isCap(k - 1)) return -1;
  let c = k - 1;
  while (c - 1 >= floor && c > k - 4 && v.isWord(c - 1) && v.isCap(c - 1)) c--;
  return c;
}
/** Round fourteen: a possessive after a head that is no name still opens the person's name after it (`phraseAfterHead`). */
const POSSESSIVE_AFTER_HEAD = true;
/** Round fourteen: a hyphenated word read forwards is a modifier before a noun, or the head when it can speak (`phraseAfterHead`). */
const HYPHEN_FORWARD = true;
/** Round fourteen: names of places and bodies before a person's role and name belong to the source read forwards ("said Prague-based US lawyer Sam Hollis"; `phraseAfterHead`). */
const NAMED_PREMODIFIERS = true;
/** Round fourteen: "Peter Oakley of the NFA said": the person before "of the" and a body's name is the source. */
const OWNER_OF_THE = true;
/** Round fourteen: an office "to" / "for" a place or body heads the phrase, not the place ("High Commissioner to Canada said"). */
const OFFICE_TO_PLACE = true;
const PLACE_OFFICES: ReadonlySet<string> = new Set(['commissioner', 'ambassador', 'envoy', 'minister', 'secretary', 'representative', 'delegate', 'consul']);
/** Twenty-third session: a person's office before "of" and a name heads the phrase ("The leader of the Liberal Party said"; `phraseBefore`). */
const OFFICE_OF_NAME = true;
/** `OFFICE_OF_NAME`: offices and roles of people, singular and plural. */
const PERSON_OFFICES: ReadonlySet<string> = new Set([
  'president', 'premier', 'minister', 'secretary', 'chancellor', 'governor', 'mayor', 'leader', 'leaders', 'chief', 'chiefs', 'director',
  'directors', 'chairman', 'chairwoman', 'chairperson', 'chair', 'ceo', 'executive', 'executives', 'head', 'heads', 'founder', 'founders',
  'owner', 'owners', 'manager', 'managers', 'officer', 'officers', 'ambassador', 'treasurer', 'lawyers', 'attorneys', 'members',
]);
/** `OFFICE_OF_NAME`: a known given name among tokens [from, to] ("the Nationals Warren Truss", a body and a person the tagger ran together). */
function holdsGivenName(v: TokenView, from: number, to: number): boolean {
  for (let k = from; k <= to; k++) if (v.isCap(k) && givenNameGender(v.lower[k]!) !== undefined) return true;
  return false;
}
/** Twenty-third session: a head noun that opens the sentence is no name for its capital ("Lawyers for Halden Corp said"; `phraseBefore`). */
const FIRST_WORD_HEAD = true;
/** "a spokeswoman for …", "an aide to …", "an official at …". */
export const ROLE_PREPOSITIONS: ReadonlySet<string> = new Set(['for', 'of', 'at', 'to', 'with', 'from']);
/** Role nouns of one person that head "a spokeswoman for Open Borders Watch" rather than the organisation. */
export const PERSON_ROLES: ReadonlySet<string> = new Set(['spokesman', 'spokeswoman', 'spokesperson', 'aide', 'official', 'adviser', 'advisor', 'lawyer', 'attorney', 'representative', 'analyst', 'economist', 'strategist', 'source']);
/** Nouns before a role noun belong to the source ("the finance minister said"; `phraseBefore`). */
const NOUN_MODIFIERS = true;
/** Round twelve: a sentence-opening "But / And / Yet / So" is no part of the source, and a bare noun phrase right after it opens the clause ("But new filings show …"). */
const OPENING_CONJUNCTION = true;
const OPENING_CONJUNCTIONS: ReadonlySet<string> = new Set(['but', 'and', 'yet', 'so', 'or']);
/** Whether token `k` is a conjunction opening the sentence at `floor`. */
const openingConjunction = (v: TokenView, k: number, floor: number): boolean => OPENING_CONJUNCTION && k === floor && OPENING_CONJUNCTIONS.has(v.lower[k]!);
/** A person before a lower-case appositive is the source, not a person named inside it (`sourceBefore`). */
export const PERSON_BEFORE_APPOSITIVE = true;

/** Round thirteen: a suffix after a person's name ("Harlan Jr.", "Paul Vance III") stays with the name. */
const NAME_SUFFIX = true;
/** Suffixes after a person's name (also read by `sourceFinder`'s appositive subjects: "Brandt Jr.,"). */
export const NAME_SUFFIXES: ReadonlySet<string> = new Set(['jr', 'jr.', 'sr', 'sr.', 'ii', 'iii', 'iv']);

/** The token after a person's name and its suffix ("Harlan Jr.", "Vance, Jr.", "Vance III"), the name ending at `last`. */
function afterNameSuffix(v: TokenView, last: number): number {
  if (!NAME_SUFFIX) return last + 1;
  const x = v.isPunct(last + 1, ',') ? last + 2 : last + 1;
  if (x >= v.count || !NAME_SUFFIXES.has(v.lower[x]!) || !v.isCap(x)) return last + 1;
  return v.isPunct(x + 1, '.') && v.lower[x]!.length === 2 && v.tokens.start[x + 1] === v.tokens.end[x] ? x + 2 : x + 1;
}

/** A noun phrase ending at token `j` (its head), read backwards. */
export function phraseBefore(st: Scope, j: number, floor: number): Phrase | null {
  const { v, tokCue } = st;
  // "James B. Harlan Jr. said": a person's name before its suffix (round thirteen)
  if (NAME_SUFFIX && j > floor) {
    const x = v.isPunct(j, '.') ? j - 1 : j;
    const b = x - 1 > floor && v.isPunct(x - 1, ',') ? x - 2 : x - 1;
    const m = NAME_SUFFIXES.has(v.lower[x]!) && v.isCap(x) && b >= floor ? v.nameAt[b] : undefined;
    if (m && m.type === 'PERSON' && v.tokenEndingBy(m.end) === b) return { start: v.tokenAtOrAfter(m.start), end: j + 1, head: b };
  }
  if (j < floor || !v.isWord(j)) return null;
  // (twenty-fifth session, `HYPHEN_OF_HEAD`: "the mother-of-three said", "His son-in-law told": a glued compound whose first word
  // speaks, read as that word)
  const ofc = HYPHEN_OF_HEAD ? ofCompound(st, j, floor, v.count) : null;
  if (ofc && ofc.end === j + 1 && animacyOf(v.lower[ofc.start]!) === 'speaker') {
    const inner = phraseBefore(st, ofc.start, floor);
    return inner ? { start: inner.start, end: j + 1, head: ofc.start } : null;
  }
  const name = v.nameAt[j];
  if (name) {
    // "a spokeswoman for Open Borders Watch": the role noun before the preposition heads the phrase
    const s0 = v.tokenAtOrAfter(name.start);
    // (twenty-second session, `EXAMPLE_NAME`: "Brokers and several carriers, such as Norway's Kestrel Air, have argued": the group the
    // name is an example of)
    const example = EXAMPLE_NAME ? groupBeforeSuchAs(st, s0, floor) : null;
    if (example) return { ...example, end: j + 1 };
    // (twenty-second session, `BODY_IN_PLACE`: "Halden Trust in Boston said": the body, not its city)
    const body = bodyBeforeIn(v, j, s0, floor);
    const inner = body >= 0 ? phraseBefore(st, body, floor) : null;
    if (inner) return { ...inner, end: j + 1 };
    // (fifteenth session, `CLOSE_TO_NAME`: "Sources close to Mr Tolland said", "Friends of Mr Hallam say": the group, not the person)
    if (CLOSE_TO_NAME) {
      let p = s0 - 1;
      if (HONORIFIC_BEFORE.has(v.lower[p] ?? '') && !v.nameAt[p]) p--;
      if (v.lower[p] === 'the') p--;
      const head = closeGroupHead(v, p, floor);
      const inner = head >= 0 ? phraseBefore(st, head, floor) : null;
      if (inner) return { start: inner.start, end: j + 1, head };
    }
    // (past "the" and name words the NER left out: "spokeswoman for the Flood Relief Committee")
    let pre = s0 - 1;
    // (round fourteen: past a long title with "and" / "of" inside: "a spokesman for European Trade and Industry Commissioner Piet Vandermeer")
    const reach = LONG_ROLE_TITLE ? 7 : 3;
    while (
      PERSON_BEFORE_APPOSITIVE && pre > floor && pre >= s0 - reach &&
      (v.lower[pre] === 'the' || (v.isCap(pre) && v.isWord(pre)) || (LONG_ROLE_TITLE && pre < s0 - 1 && TITLE_JOINERS.has(v.lower[pre]!) && v.isCap(pre + 1) && v.isCap(pre - 1)) ||
        // (twelfth session, `POSSESSIVE_IN_BODY`: past an owner's possessive inside the body's name, "a spokesman for the
        // Water Regulator's Office said", "a spokesman for the EU's Forum on the Digital Economy said")
        (POSSESSIVE_IN_BODY && isPossessive(v.lower[pre]!) && v.isCap(pre - 1)) ||
        (POSSESSIVE_IN_BODY && pre < s0 - 1 && v.lower[pre] === 'on' && v.isCap(pre - 1) && (v.isCap(pre + 1) || v.lower[pre + 1] === 'the')))
    ) pre--;
    if (!ROLE_PREPOSITIONS.has(v.lower[pre]!)) pre = s0 - 1;
    const h = pre - 1;
    // (round fourteen: an office to or for a place or body, "Kenya's High Commissioner to Canada said", "the ambassador to the UN")
    const office = OFFICE_TO_PLACE && name.type !== 'PERSON' && (v.lower[pre] === 'to' || v.lower[pre] === 'for') && PLACE_OFFICES.has(v.lower[h] ?? '');
    // (twenty-third session, `OFFICE_OF_NAME`: "The leader of the Liberal Party said", "The top executive of Halden Corp admitted": a
    // person's office of a body; `FIRST_WORD_HEAD`: a head that opens the sentence, "Lawyers for Halden Corp said")
    // (before a person's name, a group only: "Minister for Europe Alan Pryce said" is the minister's name and title)
    const lowerHead = !v.isCap(h) || (FIRST_WORD_HEAD && v.isSentenceFirst(h) && (name.type !== 'PERSON' || GROUP_AT_HEADS.has(v.lower[h]!)));
    const officeOf = OFFICE_OF_NAME && name.type !== 'PERSON' && v.lower[pre] === 'of' && !v.isCap(h) && PERSON_OFFICES.has(v.lower[h]!) && !holdsGivenName(v, s0, j);
    if (h >= floor && (ROLE_PREPOSITIONS.has(v.lower[pre]!) || (ABOUT_HEAD && v.lower[pre] === 'about')) && (PERSON_ROLES.has(v.lower[h]!) || office || officeOf || (HEAD_PREPOSITIONS.has(v.lower[pre]!) && v.lower[pre] !== 'of' && lowerHead && nounLike(st, h) && animacyOf(v.lower[h]!) === 'speaker'))) {
      const inner = phraseBefore(st, h, floor);
      // "Patricia Gale, spokeswoman for the Flood Relief Committee said": the person the role is in apposition to
      const person = inner && inner.start - 2 >= floor && v.isPunct(inner.start - 1, ',') ? v.nameAt[inner.start - 2] : undefined;
      if (person && person.type === 'PERSON' && PERSON_BEFORE_APPOSITIVE) return { start: v.tokenAtOrAfter(person.start), end: inner!.start - 1, head: inner!.start - 2 };
      if (inner) return { start: inner.start, end: j + 1, head: h };
    }
    // twelfth session (`GROUP_IN_PLACE`): "traders in Asia said", "residents in Kent say": the group, not the place
    if (GROUP_IN_PLACE && name.type === 'LOC' && s0 - 2 >= floor && v.lower[s0 - 1] === 'in' && GROUP_NOUNS.has(v.lower[s0 - 2]!)) {
      const inner = phraseBefore(st, s0 - 2, floor);
      if (inner) return { start: inner.start, end: j + 1, head: s0 - 2 };
    }
    // (twentieth session, `SPEAKER_IN_PLACE`: "weather officials in neighbouring Sweden said", "Toyota's top executive in the U.S.
    // told": past "the" or one adjective before the place, and a person's role as well as a group)
    // (`NEAR_PLACE_SPEAKER`: a compass's "of" makes a place of whatever the tagger read, "north of Gagnoa")
    if (SPEAKER_IN_PLACE && (name.type === 'LOC' || (NEAR_PLACE_SPEAKER && v.lower[s0 - 1] === 'of' && COMPASS_WORDS.has(v.lower[s0 - 2] ?? '')))) {
      let x = s0 - 1;
      if (x - 1 > floor && v.lower[x - 1] === 'in' && (v.lower[x] === 'the' || (v.isWord(x) && !v.isCap(x) && st.tokCue[x] === undefined))) x--;
      // (twenty-fifth session, `NEAR_PLACE_SPEAKER`: "Buyers north of Gagnoa said", "farmers near Dunmore say": a compass's "of" or
      // "near" / "around" / "outside" as "in")
      let prep = v.lower[x] === 'in';
      if (NEAR_PLACE_SPEAKER && !prep && v.lower[x] === 'of' && COMPASS_WORDS.has(v.lower[x - 1] ?? '')) {
        x--;
        prep = true;
      } else if (NEAR_PLACE_SPEAKER && !prep && NEAR_WORDS.has(v.lower[x] ?? '')) prep = true;
      const h = x - 1;
      if (prep && h >= floor && (GROUP_NOUNS.has(v.lower[h]!) || ROLE_NOUNS.has(v.lower[h]!) || PERSON_ROLES.has(v.lower[h]!))) {
        const inner = phraseBefore(st, h, floor);
        if (inner) return { start: inner.start, end: j + 1, head: h };
      }
    }
    // eighteenth session (`GROUP_AT_NAME`): "scientists at Halden University said", "officials at the Marlow Museum said", "a team at
    // the University of Westmarch at Brookfield says", "residents of Marlow Bay say": the group, past "the" and a chain of names
    if (GROUP_AT_NAME && name.type !== 'PERSON') {
      const h = groupBeforeNames(v, s0, floor);
      const inner = h >= 0 ? phraseBefore(st, h, floor) : null;
      if (inner) return { start: inner.start, end: j + 1, head: h };
    }
    // "Henri Lacoste of France said", "Eddie Tan of Bank Meridian said": the person, not the place or firm
    // (round fourteen: also past "the", "Peter Oakley of the NFA said")
    const of = OWNER_OF_THE && v.lower[s0 - 1] === 'the' && v.lower[s0 - 2] === 'of' ? s0 - 2 : s0 - 1;
    const owner = PERSON_BEFORE_APPOSITIVE && name.type !== 'PERSON' && of - 1 >= floor && v.lower[of] === 'of' ? v.nameAt[of - 1] : undefined;
    if (owner && owner.type === 'PERSON') return { start: v.tokenAtOrAfter(owner.start), end: j + 1, head: of - 1 };
    // (twenty-first session, `PERSON_OF_CHAIN`: over a chain of bodies and places, "Professor Alan Reed from the Brain Institute at
    // Dunmore's Halden University says", "Dr Rosa Ibarra of the University of Oviedo in Gijon says")
    const person = PERSON_OF_CHAIN && name.type !== 'PERSON' ? personBeforeNameChain(v, s0, floor) : -1;
    if (person >= 0) return { start: v.tokenAtOrAfter(v.nameAt[person]!.start), end: j + 1, head: person };
    // (twenty-third session, `AGENT_AFTER_PARTICIPLE`: "The analysts polled by Halden Research said": who was polled)
    const agentOf = AGENT_AFTER_PARTICIPLE ? headBeforeAgent(st, s0, floor) : -1;
    const polled = agentOf >= 0 ? phraseBefore(st, agentOf, floor) : null;
    if (polled) return { start: polled.start, end: j + 1, head: polled.head };
    // (twenty-third session, `PLACE_IN_PHRASE`: "A trader in Beijing said", "Vantor Inc of Japan said": what the place hangs on)
    const hung = PLACE_IN_PHRASE && name.type === 'LOC' ? headBeforePlace(st, s0, floor) : -1;
    const host = hung >= 0 ? phraseBefore(st, hung, floor) : null;
    if (host) return { start: host.start, end: j + 1, head: host.head };
    // (twenty-fourth session, `ROLE_CHAIN`: "A senior official of the ruling Harbour Party said", "The head of research at Halden Bank
    // said", "A lawyer for the family of Tom Reed said": the role that opens the sentence, past its chain of phrases)
    // (the role opens the sentence: a determiner and two modifiers at most before it)
    const role = ROLE_CHAIN ? roleBeforeChain(st, s0, floor) : -1;
    // (twenty-fifth session, `CHAIN_AFTER_CONJUNCTION`: or after an opening "But" / "And", with a name among its modifiers: "But a
    // senior Norland analyst for a brokerage in Dunmore said")
    const opener = CHAIN_AFTER_CONJUNCTION && OPENING_CONJUNCTIONS.has(v.lower[floor]!) ? 1 : 0;
    const held = role >= 0 && role - floor <= 3 + opener ? phraseBefore(st, role, floor + opener) : null;
    if (held && held.start === floor + opener) return { start: held.start, end: j + 1, head: held.head };
    // (twenty-fifth session, `UNCLOSED_RELATIVE`: "The Halden Fraud Office, which handles large cases in Norland said": the name before
    // a relative clause the writer left unclosed)
    const antecedent = UNCLOSED_RELATIVE ? unclosedRelativeAntecedent(st, s0, floor) : null;
    if (antecedent) return { ...antecedent, end: j + 1 };
    return (ADJECTIVE_PP && adjectivePhraseHead(st, s0, j, floor)) || { start: s0, end: j + 1, head: j };
  }
  const w = v.lower[j]!;
  // ("Many of you noted": the group, read below)
  if (SOURCE_PRONOUNS.has(w) && !(w === 'you' && v.lower[j - 1] === 'of')) return { start: j, end: j + 1, head: j };
  if (!GROUP_NOUNS.has(w) && !ROLE_NOUNS.has(w)) {
    // "a person familiar with the matter": a prepositional phrase after the head
    let k = j;
    while (k > floor && k > j - 5 && !PREPOSITIONS.has(v.lower[k]!)) k--;
    if (k > floor && PREPOSITIONS.has(v.lower[k]!)) {
      let h = k - 1;
      while (h >= floor && PP_ADJECTIVES.has(v.lower[h]!)) h--;
      // "Video of the incident shows": a head that can speak before "of"
      const speaks = GROUP_NOUNS.has(v.lower[h]!) || ROLE_NOUNS.has(v.lower[h]!) || (HEAD_PREPOSITIONS.has(v.lower[k]!) && h === k - 1 && nounLike(st, h) && animacyOf(v.lower[h]!) === 'speaker');
      // (not past a comma and a conjunction: "Night Harbour for best film, but")
      if (h >= floor && speaks && !(OPENING_CONJUNCTIONS.has(w) && v.isPunct(j - 1, ','))) {
        const inner = phraseBefore(st, h, floor);
        if (inner) return { start: inner.start, end: j + 1, head: h };
      }
      // "An aide familiar with the planning for Monday’s summit", "The statement by the two": an earlier preposition
      if (PP_CHAIN && h >= floor && !speaks) {
        const chained = ppChain(st, k, j, floor);
        if (chained) return chained;
      }
    }
    // round fourteen: an age as the head ("The 21-year-old told …"): the phrase reads on before the number
    const age = AGE_HEAD && ageEndingAt(v, j, floor);
    if (nounLike(st, j) || age) {
      // any other noun phrase closed by a determiner or a possessive: "the ad's narrator", "Connecticut’s tax commissioner"
      let s = age ? j - 4 : j;
      let lo = age ? j - 9 : j - 5;
      for (let k = s - 1; k >= floor && k >= lo; k--) {
        const lw = v.lower[k]!;
        const nm = v.nameAt[k];
        // (`PERSON_OF_BODY`: "Neil Barrow from the bureau says")
        if (DETERMINERS.has(lw)) return personOfBody(v, j, k, floor) ?? { start: k, end: j + 1, head: j };
        if (isPossessive(lw) && k - 1 >= floor) {
          const owner = v.nameAt[k - 1];
          if (owner) return { start: v.tokenAtOrAfter(owner.start), end: j + 1, head: j };
          const pk = phraseBefore(st, k - 1, floor);
          return pk ? { start: pk.start, end: j + 1, head: j } : null;
        }
        if (nm) {
          s = v.tokenAtOrAfter(nm.start);
          k = s;
          continue;
        }
        // "The 57-year-old scientist": an age (round thirteen)
        if (AGE_MODIFIER && ageEndingAt(v, k, floor)) {
          k -= 4;
          lo -= 4;
          s = k;
          continue;
        }
        // "The anti-noise movement": a hyphen inside a word
        // (not in a number: "Sixty-six percent" is a share, read by `quantityBefore`)
        if (HYPHEN_MODIFIERS && lw === '-' && k - 1 >= floor && v.isWord(k - 1) && !NUMBER_WORDS.has(v.lower[k - 1]!) && v.tokens.end[k - 1] === v.tokens.start[k] && v.tokens.end[k] === v.tokens.start[k + 1]) continue;
        // (twenty-sixth session, `NUMBER_HYPHEN_MODIFIER`: "the agency's 240-page report": a number glued to a word by a hyphen)
        // ("the five-member panel", not "Sixty-six percent")
        if (NUMBER_HYPHEN_MODIFIER && lw === '-' && k - 1 >= floor && (v.tokens.kind[k - 1] === TokenKind.Number || NUMBER_WORDS.has(v.lower[k - 1]!)) && v.tokens.end[k - 1] === v.tokens.start[k] && v.tokens.end[k] === v.tokens.start[k + 1] && v.isWord(k + 1) && !v.isCap(k + 1) && !NUMBER_WORDS.has(v.lower[k + 1]!)) {
          k--;
          s = k;
          continue;
        }
        // (twenty-first session, `CITY_STATE_MODIFIER`: "the Cedar Bluff, Ala.-based company": a city before its state's hyphened modifier)
        const city = cityBeforeStateModifier(v, k, s, floor);
        if (city >= 0) {
          s = city;
          k = city;
          lo = Math.min(lo, city - 2);
          continue;
        }
        // (twenty-seventh session, `NUMBER_MODIFIER`: "The 10 banks said": a number right before a plural head)
        if (NUMBER_MODIFIER && k + 1 === s && v.tokens.kind[k] === TokenKind.Number && w.endsWith('s') && !w.endsWith('ss')) {
          s = k;
          continue;
        }
        // (round thirteen: an -ing modifier before a noun, "But hacking specialists say", not a cue word)
        if (!nounLike(st, k) && !isSourceModifier(lw) && !(LATE_HEAD && isIng(lw) && !tokCue[k] && k + 1 === s)) break;
        s = k;
      }
      // (a bare plural of people after a comma too: "The economy will slow, forecasters say", "Even so, advisers say …")
      const barePlural = BARE_PLURAL_AFTER_COMMA && s > floor && (v.isPunct(s - 1, ',') || (CONJOINED_BARE_PLURAL && s - 2 > floor && OPENING_CONJUNCTIONS.has(v.lower[s - 1]!) && v.isPunct(s - 2, ','))) &&
        w.endsWith('s') && !w.endsWith('ss') && animacyOf(w) === 'speaker';
      // (round thirteen: a bare noun phrase that can speak after a dash or a subordinator opens a clause: "— new filings show …", "after leaked emails showed …")
      const clauseOpen = CLAUSE_OPENERS_BEFORE && s > floor && ((BOUNDARY_DASHES.has(v.lower[s - 1]!) && v.tokens.start[s]! > v.tokens.end[s - 1]!) || v.isPunct(s - 1, ';') || SUBORDINATORS_BEFORE.has(v.lower[s - 1]!)) && animacyOf(w) === 'speaker';
      // (twenty-sixth session, `BARE_MEDIUM`: "…, state television said", "army radio reported": a broadcast medium with no determiner)
      const medium = BARE_MEDIUM && s > floor && v.isPunct(s - 1, ',') && BARE_MEDIUMS.has(w);
      return s === floor || v.isCap(s) || barePlural || clauseOpen || medium || openingConjunction(v, s - 1, floor) ? { start: s, end: j + 1, head: j } : null;
    }
    return null;
  }
  const opener = COORDINATED_MODIFIERS ? coordinatedModifiers(st, j, floor) : -1;
  if (opener >= 0) return { start: opener, end: j + 1, head: j };
  let s = j;
  let nouns = 0;
  while (s - 1 >= floor) {
    const k = s - 1;
    const lw = v.lower[k]!;
    const nm = v.nameAt[k];
    const city = cityBeforeStateModifier(v, k, s, floor);
    if (nm && nm.type !== 'PERSON') s = v.tokenAtOrAfter(nm.start);
    else if (isPossessive(lw) && v.nameAt[k - 1]) s = v.tokenAtOrAfter(v.nameAt[k - 1]!.start);
    // (twenty-sixth session, `PAREN_ACRONYM_INSIDE`: "a Norland Workers Union (NWU) official said": an acronym in parentheses after a
    // body's name, inside the phrase)
    else if (PAREN_ACRONYM_INSIDE && lw === ')' && k - 2 > floor && v.isPunct(k - 2, '(') && /^[A-Z][A-Z.&]+$/.test(v.raw(k - 1)) && v.nameAt[k - 3]) s = k - 2;
    // (round fourteen: a hyphen inside the head or a modifier, "The Tory co-chairman attacked")
    else if (HYPHEN_FORWARD && lw === '-' && k - 1 >= floor && (v.isWord(k - 1) || (NUMBER_HYPHEN_MODIFIER && v.tokens.kind[k - 1] === TokenKind.Number)) && v.tokens.end[k - 1] === v.tokens.start[k] && v.tokens.end[k] === v.tokens.start[k + 1]) s = k - 1;
    else if (city >= 0) s = city;
    else if (DETERMINERS.has(lw)) {
      s = k;
      break;
    } else if (v.isWord(k) && (isSourceModifier(lw) || (v.isCap(k) && !nm)) && !tokCue[k] && !ADVERBS.has(lw) && !openingConjunction(v, k, floor)) s = k;
    // "the finance minister", "the economy minister": up to two nouns before a role noun, when a determiner opens the phrase
    // (twenty-seventh session, `OWNER_NOUN_MODIFIERS`: or a possessive in the determiner's place, "Lindor's central bank governor")
    else if (NOUN_MODIFIERS && nouns < 2 && ROLE_NOUNS.has(v.lower[j]!) && (nounLike(st, k) || (ING_ROLE_MODIFIER && isIng(lw) && !tokCue[k])) && (openerAt(v, k - 1) || (k - 2 >= floor && nounLike(st, k - 1) && openerAt(v, k - 2)))) {
      s = k;
      nouns++;
    }
    // (twenty-sixth session, `MODIFIERS_TO_DETERMINER`: "The Toronto-based real estate company said": noun and adjective modifiers of a
    // body's noun, and a name among them, back to a determiner at most six tokens away)
    else if (MODIFIERS_TO_DETERMINER && (ROLE_NOUNS.has(v.lower[j]!) || animacyOf(v.lower[j]!) === 'speaker') && modifierWord(st, k) && determinerWithin(st, k, floor)) s = k;
    else break;
  }
  // (round sixteen, `GROUP_BEFORE_PP`: "Sources within the party told", "Officials at the ministry said": a group noun before
  // the preposition heads the phrase)
  // (twenty-first session, `PERSON_OF_BODY`: "Pat Rourke of the GMB union added": the person, not the body)
  const owner = personOfBody(v, j, s, floor);
  if (owner) return owner;
  if (GROUP_BEFORE_PP && s - 2 >= floor && GROUP_PP_PREPOSITIONS.has(v.lower[s - 1]!) && GROUP_NOUNS.has(v.lower[s - 2]!) && !v.nameAt[s - 2]) {
    const inner = phraseBefore(st, s - 2, floor);
    if (inner) return { start: inner.start, end: j + 1, head: s - 2 };
  }
  // (twenty-sixth session, `COORDINATED_BARE_MODIFIERS`: "…, company and city officials said", "…, government and corporate transport
  // officials said": modifiers joined by "and" between a comma and a group's noun)
  if (COORDINATED_BARE_MODIFIERS && GROUP_NOUNS.has(w)) {
    const c = coordinatedBareStart(st, s, j, floor);
    if (c >= 0) return { start: c, end: j + 1, head: j };
  }
  // (twenty-sixth session, `MEMBER_OF_GROUP`: "a member of the board said", "members of the union say", "the head of the committee
  // said": a person's noun before "of" and a body's noun heads the phrase)
  // (twenty-seventh session, `MORE_OF_HEADS`: any noun that can speak before "of", "executives of the company", "managers of the bank")
  if (MEMBER_OF_GROUP && s - 2 >= floor && v.lower[s - 1] === 'of' && (GROUP_NOUNS.has(w) || ROLE_NOUNS.has(w)) && !v.nameAt[s - 2] && (!v.isCap(s - 2) || (MORE_OF_HEADS && s - 2 === floor)) &&
    (OF_GROUP_HEADS.has(v.lower[s - 2]!) || (MORE_OF_HEADS && nounLike(st, s - 2) && animacyOf(v.lower[s - 2]!) === 'speaker'))) {
    const inner = phraseBefore(st, s - 2, floor);
    if (inner) return { start: inner.start, end: j + 1, head: s - 2 };
  }
  // (fifteenth session, `CLOSE_TO_NAME`: "Allies of the prime minister said", "sources close to the chancellor")
  const closeHead = CLOSE_TO_NAME ? closeGroupHead(v, s - 1, floor) : -1;
  if (closeHead >= 0 && !v.nameAt[closeHead]) {
    const inner = phraseBefore(st, closeHead, floor);
    if (inner) return { start: inner.start, end: j + 1, head: closeHead };
  }
  // ("a new book about the mayor claims": a speaking noun before "about" heads the phrase)
  if (ABOUT_HEAD && v.lower[s - 1] === 'about' && s - 2 >= floor && !v.isCap(s - 2) && nounLike(st, s - 2) && animacyOf(v.lower[s - 2]!) === 'speaker') {
    const inner = phraseBefore(st, s - 2, floor);
    if (inner) return { start: inner.start, end: j + 1, head: s - 2 };
  }
  return (ADJECTIVE_PP && adjectivePhraseHead(st, s, j, floor)) || { start: s, end: j + 1, head: j };
}

/**
 * `PP_CHAIN` (round nine): `phraseBefore` reads one prepositional phrase after a speaking head, the
 * nearest one within 5 tokens ("a person familiar with the matter"); past a head that cannot speak
 * it now looks further back, preposition by preposition over plain words, up to `PP_CHAIN_WINDOW`
 * tokens before the cue ("An aide familiar with the planning for Monday’s summit says", "The
 * statement by the two suggested", "FEC records from the 2012 Senate race show").
 */
const PP_CHAIN = true;
const PP_CHAIN_WINDOW = 12;
const PP_CHAIN_PREPOSITIONS: ReadonlySet<string> = new Set(['with', 'of', 'for', 'from', 'at', 'in', 'on', 'by', 'about']);
function ppChain(st: Scope, k: number, j: number, floor: number): Phrase | null {
  const { v, tokCue } = st;
  // (the phrase ends on a noun or a name: not "the fans at one of her concerts and")
  if (!v.nameAt[j] && !nounLike(st, j) && !(isIng(v.lower[j]!) && (DETERMINERS.has(v.lower[j - 1] ?? '') || isPossessive(v.lower[j - 1] ?? '')))) return null;
  for (let x = k - 1; x > floor && x >= j - PP_CHAIN_WINDOW; x--) {
    const w = v.lower[x]!;
    if (!v.isWord(x) && !isPossessive(w) && v.tokens.kind[x] !== TokenKind.Number && w !== '-') return null;
    // (a cue word after a determiner is a noun: "the planning")
    if ((tokCue[x] && !v.isCap(x) && !DETERMINERS.has(v.lower[x - 1]!) && !isPossessive(v.lower[x - 1]!)) || MODALS.has(w) || PASSIVE.has(w) || w === 'who' || w === 'which' || w === 'that' || w === 'and') return null;
    if (!PP_CHAIN_PREPOSITIONS.has(w)) continue;
    let h = x - 1;
    while (h >= floor && PP_ADJECTIVES.has(v.lower[h]!)) h--;
    if (h < floor) return null;
    const hw = v.lower[h]!;
    const speaks = GROUP_NOUNS.has(hw) || ROLE_NOUNS.has(hw) || (nounLike(st, h) && animacyOf(hw) === 'speaker');
    if (!speaks) continue;
    const inner = phraseBefore(st, h, floor);
    return inner ? { start: inner.start, end: j + 1, head: h } : null;
  }
  return null;
}

/** `phraseAfter`: an age ("the 45-year-old Democrat") modifies the head after it. */
const AGE_MODIFIER = true;
/** Round fourteen: an age heads a phrase of its own ("The 19-year-old told a press briefing …"; `phraseBefore`). */
const AGE_HEAD = true;

/**
 * Round fifteen: "the" + a nationality as the head ("The 48-year-old Frenchman told …", "the Spaniard believed …") is one
 * person the article describes, not the nation: a nominal source for the speaker resolution. Not a people ("the French",
 * "the British", "the Chinese", "the Swiss") nor a plural ("the Americans").
 */
export const DEMONYM_PERSON = true;
/** Greatest distance in tokens from "the" to the nationality ("the 48-year-old Frenchman": 6). */
const DEMONYM_SPAN = 7;

/** Whether tokens (first … last) read "the [modifiers] Nationality" for one person (`DEMONYM_PERSON`); the caller checks that `last` is a NORP name. */
export function demonymHead(v: TokenView, first: number, last: number): boolean {
  return demonymStart(v, last) === first;
}

/** The "the" before a nationality `last` that names one person ("the 48-year-old Frenchman"), or -1 (`DEMONYM_PERSON`). */
function demonymStart(v: TokenView, last: number): number {
  const w = v.lower[last]!;
  if (w.length < 3 || (/(?:s|ch|sh|ese)$/.test(w) && !/(?:man|woman)$/.test(w))) return -1;
  for (let k = last - 1; k >= 0 && k >= last - DEMONYM_SPAN; k--) {
    if (v.lower[k] === 'the') return k;
    if (!(v.isWord(k) || v.isPunct(k, '-') || v.tokens.kind[k] === TokenKind.Number) || v.nameAt[k]) return -1;
  }
  return -1;
}
/** Whether token `k` ends an age ("21 - year - old"), all of it at or after `floor`. */
export function ageEndingAt(v: TokenView, k: number, floor: number): boolean {
  return v.lower[k] === 'old' && k - 4 >= floor && v.lower[k - 1] === '-' && AGE_UNITS.has(v.lower[k - 2]!) && v.lower[k - 3] === '-' && v.tokens.kind[k - 4] === TokenKind.Number;
}
const AGE_UNITS: ReadonlySet<string> = new Set(['year', 'years', 'month', 'months', 'week', 'weeks', 'day', 'days']);
/** `phraseAfter`: a determiner and a noun that can speak ("the candidate", "the website") is a phrase, not only role and group nouns. */
const SPEAKER_NOUN_AFTER = true;
/** `phraseAfter`: lower-case nouns before a role noun ("“…,” the finance minister said"). */
const NOUN_MODIFIERS_AFTER = true;

/**
 * Round thirteen: a noun phrase read forwards does not end before more nouns; its head is the last
 * noun of the run when that noun can speak ("the Republican presidential «candidate»", "a longtime
 * GOP data «expert»", "the Keller «supporter»"), at most `LATE_HEAD_WINDOW` words on.
 */
const LATE_HEAD = true;
const LATE_HEAD_WINDOW = 4;

/**
 * Round fourteen: "director of energy research Tom Lister said": tokens [i, k) are a role noun (after lower-case modifiers),
 * "of" / "at" / "for", and up to four words (a body's name or lower-case nouns) before the person's name at `k`.
 */
const ROLE_PP_NAME = true;
const ROLE_PP_PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'at', 'for']);

function rolePhraseBeforeName(st: Scope, i: number, k: number): boolean {
  const { v } = st;
  let x = i;
  if (DETERMINERS.has(v.lower[x]!)) x++;
  while (x < k && v.isWord(x) && !v.isCap(x) && !ROLE_NOUNS.has(v.lower[x]!) && !PERSON_ROLES.has(v.lower[x]!) && (nounLike(st, x) || isSourceModifier(v.lower[x]!))) x++;
  if (x >= k || !(ROLE_NOUNS.has(v.lower[x]!) || PERSON_ROLES.has(v.lower[x]!)) || !ROLE_PP_PREPOSITIONS.has(v.lower[x + 1] ?? '')) return false;
  let words = 0;
  for (let y = x + 2; y < k; y++) {
    const m = v.nameAt[y];
    if (m) {
      if (m.type === 'PERSON') return false;
      y = v.tokenEndingBy(m.end);
      words++;
    } else if (v.lower[y] === 'the' || (v.isWord(y) && !v.isCap(y) && nounLike(st, y))) words++;
    else return false;
  }
  return words >= 1 && words <= 4;
}

/** Whether lower-case role words from `k` (one to three) lead to a person's name: "boss Danny Rourke" after a club the tagger read as a person ("Villa"). */
function personAfterRole(st: Scope, k: number, limit: number): boolean {
  const { v } = st;
  let x = k;
  while (x < limit && x < k + 3 && v.isWord(x) && !v.isCap(x) && nounLike(st, x)) x++;
  return x > k && x < limit && v.nameAt[x]?.type === 'PERSON' && (ROLE_NOUNS.has(v.lower[x - 1]!) || animacyOf(v.lower[x - 1]!) === 'speaker');
}

/** A noun phrase starting at token `i`, read forwards (subjects, "said X", "according to X"). */
export function phraseAfter(st: Scope, i: number, limit: number): Phrase | null {
  if (PARTITIVE_AFTER) {
    const part = partitiveAfter(st, i, limit);
    if (part) return part;
  }
  let p = lateHeadAfter(st, i, limit);
  // (twenty-fifth session, `HYPHEN_OF_HEAD`: "“…,” the mother-of-three said": over the compound the head opens)
  const ofc = HYPHEN_OF_HEAD && p && !st.v.nameAt[p.head] ? ofCompound(st, p.head, i, limit) : null;
  if (p && ofc && ofc.start === p.head && ofc.end > p.end) p = { start: p.start, end: ofc.end, head: p.head };
  return ROLE_THEN_NAME && p ? (nameAfterRole(st, p, limit) ?? p) : p;
}


/**
 * Eighteenth session: a share of a group read forwards ("“…,” one of the workers said", "said one of the fans", "said some of
 * the residents"), and "another" / "others" alone before the sentence ends ("“…,” said another."): the share heads the phrase
 * (`phraseAfter`).
 */
const PARTITIVE_AFTER = true;
/** Twenty-sixth session: "…, said attorneys.": a bare plural of people after the cue that ends the clause (`lateHeadAfter`). */
const BARE_PLURAL_AFTER = true;
/** Twenty-sixth session: "“…,” said one on Tuesday.": a lone "one" before a time or a participle's aside (`partitiveAfter`). */
const LONE_ONE_ADJUNCT = true;
/** Twenty-fifth session: a role that opens the sentence after "But" / "And" heads its chain too (`ROLE_CHAIN`). */
const CHAIN_AFTER_CONJUNCTION = true;
/** Twenty-fifth session: a relative clause left unclosed before the verb of saying: its antecedent name speaks (`phraseBefore`). */
const UNCLOSED_RELATIVE = true;
/** Most tokens of such a relative clause. */
const RELATIVE_REACH = 14;

/** `UNCLOSED_RELATIVE`: the phrase of the organisation or person named right before ", which" / ", who" that opens the clause holding token `s0`; else null. */
function unclosedRelativeAntecedent(st: Scope, s0: number, floor: number): Phrase | null {
  const { v } = st;
  for (let x = s0 - 1; x - 2 >= floor && x >= s0 - RELATIVE_REACH; x--) {
    if (v.isPunct(x, ',') || SENTENCE_END.has(v.lower[x]!) || v.tokens.kind[x] === TokenKind.Quote) {
      if (!v.isPunct(x, ',') || (v.lower[x + 1] !== 'which' && v.lower[x + 1] !== 'who')) return null;
      const m = v.nameAt[x - 1];
      if (!m || (m.type !== 'ORG' && m.type !== 'PERSON') || v.tokenEndingBy(m.end) !== x - 1) return null;
      const first = v.tokenAtOrAfter(m.start);
      if (first < floor) return null;
      const start = first - 1 >= floor && v.lower[first - 1] === 'the' ? first - 1 : first;
      return { start, end: x, head: x - 1 };
    }
  }
  return null;
}

/** Twenty-fifth session: a group before a compass's "of" or "near" and a place speaks, as before "in" (`SPEAKER_IN_PLACE`). */
const NEAR_PLACE_SPEAKER = true;
const COMPASS_WORDS: ReadonlySet<string> = new Set(['north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest', 'north-east', 'north-west', 'south-east', 'south-west']);
const NEAR_WORDS: ReadonlySet<string> = new Set(['near', 'around', 'outside']);
/** Twenty-fifth session: a glued compound with "of" / "in" inside ("mother-of-three", "son-in-law") is headed by its first word (`phraseBefore`). */
const HYPHEN_OF_HEAD = true;
/** Most tokens of such a compound: "mother", "-", "of", "-", "three". */
const HYPHEN_COMPOUND_TOKENS = 7;

/**
 * `HYPHEN_OF_HEAD`: the glued compound holding token `k` ("mother-of-three": words joined by hyphens with no space), as its first
 * token and the token after its last, when it has "of" / "in" inside and opens and ends with another word; else null.
 */
function ofCompound(st: Scope, k: number, floor: number, limit: number): { start: number; end: number } | null {
  const { v } = st;
  const glued = (a: number): boolean => v.lower[a + 1] === '-' && v.tokens.end[a] === v.tokens.start[a + 1] && v.tokens.end[a + 1] === v.tokens.start[a + 2] && v.isWord(a) && v.isWord(a + 2);
  let start = k;
  while (start - 2 >= floor && k - start < HYPHEN_COMPOUND_TOKENS && glued(start - 2)) start -= 2;
  let end = k;
  while (end + 2 < limit && end - start < HYPHEN_COMPOUND_TOKENS && glued(end)) end += 2;
  let inner = false;
  for (let x = start + 2; x < end; x += 2) if (v.lower[x] === 'of' || v.lower[x] === 'in') inner = true;
  const edge = (x: number): boolean => v.lower[x] !== 'of' && v.lower[x] !== 'in';
  return inner && end > start && edge(start) && edge(end) ? { start, end: end + 1 } : null;
}

/** Twenty-seventh session: a hyphen glued between a prefix and a name among a person's premodifiers (`phraseAfterHead`). */
const GLUED_PREFIX = true;
/** Token `x` is a hyphen with no space on either side ("pro-Lindor"). */
export const gluedHyphen = (v: TokenView, x: number): boolean => v.lower[x] === '-' && v.tokens.start[x] === v.tokens.end[x - 1] && v.tokens.end[x] === v.tokens.start[x + 1];
/** Twenty-seventh session: an -ed word between a name and a person's name is a verb, which ends the phrase (`phraseAfterHead`). */
const VERB_BETWEEN_NAMES = true;
/** Twenty-fifth session: a longer run of lower-case role words, and an honorific, before a person's name read forwards (`phraseAfterHead`). */
const LONG_ROLE_RUN = true;
/** Twenty-fourth session: "one" or "another" alone right before a verb of saying or the sentence's end is a source (`partitiveAfter`). */
const LONE_ONE = true;
const PARTITIVE_WORDS: ReadonlySet<string> = new Set(['one', 'two', 'three', 'four', 'five', 'some', 'many', 'several', 'most', 'none', 'each', 'both', 'few', 'another', 'others']);

/** `PARTITIVE_AFTER`: the phrase "one of the workers" (head: the group) or "another" from token `i`, or null. */
function partitiveAfter(st: Scope, i: number, limit: number): Phrase | null {
  const { v } = st;
  const w = v.lower[i];
  if (w === undefined || i >= limit || !PARTITIVE_WORDS.has(w)) return null;
  if (v.lower[i + 1] === 'of' && i + 2 < limit) {
    const inner = lateHeadAfter(st, i + 2, limit);
    return inner && !v.nameAt[inner.head] && (GROUP_NOUNS.has(v.lower[inner.head]!) || animacyOf(v.lower[inner.head]!) === 'speaker') ? { start: i, end: inner.end, head: inner.head } : null;
  }
  if ((w === 'another' || w === 'others') && (i + 1 >= limit || SENTENCE_END.has(v.lower[i + 1]!) || v.isPunct(i + 1, ','))) return { start: i, end: i + 1, head: i };
  // (twenty-fourth session, `LONE_ONE`: "“…,” one said.", "“…,” another added.", "“…,” said one.": one of a group named before)
  // (and before a relative clause, "“…,” one, who would not give a name, said")
  // (twenty-sixth session, `LONE_ONE_ADJUNCT`: or before a time or a participle's aside, "said one on Tuesday", "said one, referring to …")
  const adjunct = LONE_ONE_ADJUNCT && i + 1 < limit && (st.timeTok[i + 1] === 1 || ((v.lower[i + 1] === 'on' || v.lower[i + 1] === 'in') && st.timeTok[i + 2] === 1) || (v.isPunct(i + 1, ',') && isIng(v.lower[i + 2] ?? '')));
  if (LONE_ONE && (w === 'one' || w === 'another') && (i + 1 >= limit || SENTENCE_END.has(v.lower[i + 1]!) || st.tokCue[i + 1]?.kind === 'speech' || (v.isPunct(i + 1, ',') && v.lower[i + 2] === 'who') || adjunct)) return { start: i, end: i + 1, head: i };
  return null;
}

/**
 * Round fifteen: "said Harlow Brothers economist Lena Varga", "said his wife, Sheila.": a person's name right after a
 * role or speaking noun, or after a comma when the name ends the sentence, is the speaker the description stands for.
 */
export const ROLE_THEN_NAME = true;
/** Round sixteen: a person after an owner's possessive heads the phrase read forwards ("the Trade Analysis Unit's Mr Pardoe"). */
const OWNER_THEN_PERSON = true;
/** Fifteenth session: "Sources close to Mr Tolland", "Friends of Mr Hallam": the group heads the phrase read backwards, not the name (`phraseBefore`). */
const CLOSE_TO_NAME = true;
/** Groups of people named by whom they are close to ("friends of …", "allies of …"). */
const CLOSE_GROUPS: ReadonlySet<string> = new Set(['sources', 'source', 'people', 'friends', 'allies', 'associates', 'aides', 'insiders', 'those', 'figures']);

/** `CLOSE_TO_NAME`: the group noun that "close to" / "of" at token `p` (right before a name or phrase) follows ("sources close to", "friends of"), or -1. */
function closeGroupHead(v: Scope['v'], p: number, floor: number): number {
  const head = v.lower[p] === 'to' && v.lower[p - 1] === 'close' ? p - 2 : v.lower[p] === 'of' && CLOSE_GROUPS.has(v.lower[p - 1] ?? '') ? p - 1 : -1;
  return head >= floor && (GROUP_NOUNS.has(v.lower[head]!) || CLOSE_GROUPS.has(v.lower[head]!)) ? head : -1;
}
/** Round sixteen: an -ing word after a determiner modifies a role noun read backwards ("the mining group reported"). */
const ING_ROLE_MODIFIER = true;
/** Round sixteen: a group noun before a preposition heads a role phrase read backwards ("Sources within the party told"). */
const GROUP_BEFORE_PP = true;
/** Twenty-sixth session: "a Norland Workers Union (NWU) official said": a body's acronym in parentheses inside a source phrase (`phraseBefore`). */
const PAREN_ACRONYM_INSIDE = true;
/** Twenty-sixth session: "the agency's 240-page report said": a number and a hyphen inside a modifier (`phraseBefore`). */
const NUMBER_HYPHEN_MODIFIER = true;
/** Twenty-sixth session: "…, company and city officials said": modifiers joined by "and" after a comma before a group's noun (`phraseBefore`). */
const COORDINATED_BARE_MODIFIERS = true;
/** Twenty-sixth session: "…, South Korean embassy officials said": bare noun and name modifiers after a comma, no "and" needed (`coordinatedBareStart`). */
const BARE_NOUN_MODIFIERS = true;

/**
 * `COORDINATED_BARE_MODIFIERS`: the first token after the comma when only lower-case nouns or modifiers, with one "and" between
 * two of them, lie between it and `s` (the head's phrase start); with `BARE_NOUN_MODIFIERS`, also without an "and", and names of
 * places, peoples and bodies among them ("…, South Korean embassy officials said"). Else -1.
 */
function coordinatedBareStart(st: Scope, s: number, j: number, floor: number): number {
  const { v, tokCue } = st;
  let and = -1;
  for (let x = s - 1; x >= floor && x >= s - 6; x--) {
    // (a modifier on each side of the "and": "company and city officials")
    if (v.isPunct(x, ',')) return x + 1 < s && (and < 0 ? BARE_NOUN_MODIFIERS : and > x + 1 && (and < s - 1 || (and === s - 1 && s < j))) ? x + 1 : -1;
    const lw = v.lower[x]!;
    if (lw === 'and') {
      if (and >= 0) return -1;
      and = x;
      continue;
    }
    const nm = BARE_NOUN_MODIFIERS ? v.nameAt[x] : undefined;
    if (nm && nm.type !== 'PERSON') {
      x = v.tokenAtOrAfter(nm.start);
      continue;
    }
    if (!v.isWord(x) || v.isCap(x) || tokCue[x] || ADVERBS.has(lw) || !(nounLike(st, x) || isSourceModifier(lw))) return -1;
  }
  return -1;
}

/** Twenty-sixth session: modifiers of a body's noun back to a determiner a few words away ("The Toronto-based real estate company"; `phraseBefore`). */
const MODIFIERS_TO_DETERMINER = true;
/** `MODIFIERS_TO_DETERMINER`: a determiner within six tokens before `k`, with only lower-case words, names and hyphens between. */
function determinerWithin(st: Scope, k: number, floor: number): boolean {
  const { v } = st;
  for (let x = k - 1; x >= floor && x >= k - 6; x--) {
    if (DETERMINERS.has(v.lower[x]!)) return true;
    if (v.nameAt[x] || v.lower[x] === '-' || modifierWord(st, x)) continue;
    return false;
  }
  return false;
}

/** `MODIFIERS_TO_DETERMINER`: token `k` can modify a noun: a lower-case noun or modifier, no cue, adverb or function word ("but"). */
function modifierWord(st: Scope, k: number): boolean {
  const { v } = st;
  const lw = v.lower[k]!;
  // (an -ing word is a modifier too: "the restructuring expert")
  return v.isWord(k) && !v.isCap(k) && !st.tokCue[k] && !ADVERBS.has(lw) && !CLAUSE_WORDS.has(lw) && (nounLike(st, k) || isSourceModifier(lw) || isIng(lw));
}
const CLAUSE_WORDS: ReadonlySet<string> = new Set(['but', 'and', 'or', 'as', 'that', 'which', 'who', 'than', 'if', 'when', 'while', 'because', 'so', 'yet', 'nor']);
/** Twenty-sixth session: "…, state television said": a broadcast medium speaks with no determiner after a comma (`phraseBefore`). */
const BARE_MEDIUM = true;
const BARE_MEDIUMS: ReadonlySet<string> = new Set(['radio', 'television', 'tv', 'media', 'press']);
/** Twenty-sixth session: "a member of the board said": a person's noun before "of" a body's noun heads the phrase (`phraseBefore`). */
const MEMBER_OF_GROUP = true;
/** Twenty-seventh session: a number right before a plural head is its modifier, "The 10 banks said" (`phraseBefore`). */
const NUMBER_MODIFIER = true;
/** Twenty-seventh session: `MEMBER_OF_GROUP` for any noun that can speak before "of" and a body's noun, not only `OF_GROUP_HEADS`. */
const MORE_OF_HEADS = true;
const OF_GROUP_HEADS: ReadonlySet<string> = new Set(['member', 'members', 'head', 'heads', 'chairman', 'chairwoman', 'chair', 'leader', 'leaders', 'spokesman', 'spokeswoman', 'spokesperson', 'representative', 'representatives', 'official', 'officials', 'director', 'president', 'secretary', 'chief']);
const GROUP_PP_PREPOSITIONS: ReadonlySet<string> = new Set(['within', 'inside', 'at', 'in', 'from', 'among', 'close']);

/** The phrase `p` with the person named right after its role head (`ROLE_THEN_NAME`), or null. */
function nameAfterRole(st: Scope, p: Phrase, limit: number): Phrase | null {
  const { v } = st;
  const w = v.lower[p.head]!;
  if (v.nameAt[p.head] || !(ROLE_NOUNS.has(w) || animacyOf(w) === 'speaker')) return null;
  const comma = v.isPunct(p.end, ',');
  let k = comma ? p.end + 1 : p.end;
  // (fifteenth session: past an honorific the name leaves out, "said its chief executive, Sir Alan Fenwick")
  if (HONORIFIC_BEFORE.has(v.lower[k] ?? '') && !v.nameAt[k]) k++;
  // (twenty-fourth session, `ROLE_OF_THEN_NAME`: past the role's own "of" / "for" phrase in lower case, "said Halden's director of
  // equity research Jim Dorak", when the name ends the sentence or stands right before a verb of saying)
  const past = ROLE_OF_THEN_NAME && !comma && !v.nameAt[k] && (v.lower[k] === 'of' || v.lower[k] === 'for') ? roleOfPhraseEnd(st, k, limit) : -1;
  if (past > 0) k = past;
  const name = k < limit ? v.nameAt[k] : undefined;
  if (!name || name.type !== 'PERSON' || v.tokenAtOrAfter(name.start) !== k) return null;
  const last = v.tokenEndingBy(name.end);
  if (comma && !(last + 1 >= v.count || SENTENCE_END.has(v.lower[last + 1]!))) return null;
  if (past > 0 && !(last + 1 >= limit || SENTENCE_END.has(v.lower[last + 1]!) || st.tokCue[last + 1]?.kind === 'speech')) return null;
  return { start: p.start, end: last + 1, head: last };
}

/**
 * Twenty-fourth session: a role's "of" / "for" phrase in lower case between the role and the person's name read forwards ("“…,”
 * said Halden's director of equity research Jim Dorak", "“…,” Halden's manager of crude supply Gary Strand said": `nameAfterRole`).
 */
const ROLE_OF_THEN_NAME = true;
/** Twenty-seventh session: an honorific between the role's "of" phrase and the name (`roleOfPhraseEnd`). */
const HONORIFIC_AFTER_ROLE_OF = true;
/**
 * `ROLE_OF_THEN_NAME`: the token after the lower-case words (one to five) that follow the "of" / "for" at `k`, when a name opens
 * there, or the person's name after a body's name and a comma there; else -1.
 */
function roleOfPhraseEnd(st: Scope, k: number, limit: number): number {
  const { v } = st;
  let x = k + 1;
  while (x < limit && x <= k + 5 && v.isWord(x) && !v.isCap(x) && !v.nameAt[x]) x++;
  // (twenty-seventh session, `HONORIFIC_AFTER_ROLE_OF`: past an honorific the name leaves out, "vice president of clinical research Dr. Tom Reed")
  if (HONORIFIC_AFTER_ROLE_OF && x > k + 1 && x + 1 < limit && HONORIFIC_BEFORE.has(v.lower[x]!) && !v.nameAt[x] && v.nameAt[x + 1]?.type === 'PERSON') x++;
  const m = x < limit ? v.nameAt[x] : undefined;
  if (!m) return -1;
  // (a body's name and a comma before the person's, "said the leader of the Harbour Party, Ann Kovac.")
  const e = v.tokenEndingBy(m.end);
  if (m.type !== 'PERSON' && v.isPunct(e + 1, ',') && v.nameAt[e + 2]?.type === 'PERSON') return e + 2;
  return x > k + 1 ? x : -1;
}

/** Sixteenth session: a hyphenated word inside the run read late ("said the cross-country champion"; `lateHeadAfter`). */
const LATE_HEAD_HYPHEN = true;

/** The phrase after a cue with its head read late ("the Republican presidential candidate"; `LATE_HEAD`). */
function lateHeadAfter(st: Scope, i: number, limit: number): Phrase | null {
  const p = phraseAfterHead(st, i, limit);
  if (!LATE_HEAD) return p;
  const { v, tokCue } = st;
  // (after a person's name only a role or speaking noun continues it; names and plain phrases as read)
  let from: number;
  if (p) from = p.end;
  else {
    from = DETERMINERS.has(v.lower[i]!) ? i + 1 : i;
    // (twenty-sixth session, `BARE_PLURAL_AFTER`: "…, said attorneys.": a bare plural of people that ends the clause)
    const w = v.lower[i]!;
    if (from === i && BARE_PLURAL_AFTER && v.isWord(i) && !v.isCap(i) && !v.nameAt[i] && !tokCue[i] && w.length > 3 && w.endsWith('s') && !w.endsWith('ss') &&
      (GROUP_NOUNS.has(w) || animacyOf(w) === 'speaker') && (i + 1 >= limit || SENTENCE_END.has(v.lower[i + 1]!) || v.isPunct(i + 1, ','))) return { start: i, end: i + 1, head: i };
    if (from === i) return null;
  }
  let last = -1;
  for (let k = from; k < limit && k < from + LATE_HEAD_WINDOW; k++) {
    const w = v.lower[k]!;
    // (sixteenth session, `LATE_HEAD_HYPHEN`: a hyphen inside a word of the run, "the cross-country champion")
    if (LATE_HEAD_HYPHEN && k > from && w === '-' && v.isWord(k - 1) && v.isWord(k + 1) && v.tokens.end[k - 1] === v.tokens.start[k] && v.tokens.end[k] === v.tokens.start[k + 1]) continue;
    // (an -ing word is a modifier inside the run: "the gambling tycoon", "hacking specialists")
    if (!v.isWord(k) || v.nameAt[k] || tokCue[k] || v.isCap(k) || !(nounLike(st, k) || isSourceModifier(w) || (isIng(w) && k + 1 < limit && nounLike(st, k + 1))) || PREPOSITIONS.has(w)) break;
    // (right after a phrase, an "-ed" word is its verb: "Activists «remained» defiant, saying …")
    if (p && k === from && (w.endsWith('ed') || FINITE_AUX.has(w))) break;
    if (nounLike(st, k) && (GROUP_NOUNS.has(w) || ROLE_NOUNS.has(w) || animacyOf(w) === 'speaker')) last = k;
  }
  if (last < 0) return p;
  // (the run must end there: "the Republican presidential candidate said", not "… candidate field")
  const after = last + 1;
  if (after < limit && ((v.isWord(after) && !v.isCap(after) && nounLike(st, after) && !tokCue[after]) || v.tokens.kind[after] === TokenKind.Number || (v.isPunct(after, '-') && v.tokens.start[after] === v.tokens.end[last]))) return p;
  return { start: i, end: last + 1, head: last };
}

function phraseAfterHead(st: Scope, i: number, limit: number): Phrase | null {
  const { v, tokCue } = st;
  if (i >= limit || !v.isWord(i)) return null;
  // a title before a person's name: "Russian President Vladimir Putin"
  for (let k = i; k < limit && k < i + 8; k++) {
    const m = v.nameAt[k];
    // round sixteen (`OWNER_THEN_PERSON`): "according to the Trade Analysis Unit's Mr Pardoe": a person after an owner's
    // possessive (past an honorific) is the phrase's head
    if (OWNER_THEN_PERSON && m && m.type === 'PERSON' && k > i) {
      const h = HONORIFIC_BEFORE.has(v.lower[k - 1]!) ? k - 1 : k;
      if (h > i && isPossessive(v.lower[h - 1]!)) {
        const last = v.tokenEndingBy(m.end);
        return { start: h, end: Math.min(limit, afterNameSuffix(v, last)), head: last };
      }
    }
    if (m && m.type === 'PERSON' && k > i) {
      const title = premodifierTitle(v, k);
      // "9/11 widow Jane Moran": lower-case nouns the title reader does not know still premodify a name
      // (round fourteen: so do names of places and bodies, "said Prague-based US lawyer Sam Hollis")
      let named = 0;
      for (let x = i; NAMED_PREMODIFIERS && x < k; x++) if (v.nameAt[x]) named++;
      // (twenty-fifth session, `LONG_ROLE_RUN`: past an honorific before the name, and four words when the last is a role noun: "says
      // steering committee member Dr Brian Tolland")
      // (the honorific after a lower-case role word only: "told ITV News Mr Pollard …" is a listener and a subject)
      const hon = LONG_ROLE_RUN && k - 1 > i && HONORIFIC_BEFORE.has(v.lower[k - 1]!) && !v.nameAt[k - 1] && v.isWord(k - 2) && !v.isCap(k - 2) && !v.nameAt[k - 2] ? 1 : 0;
      const runMax = LONG_ROLE_RUN && (ROLE_NOUNS.has(v.lower[k - hon - 1]!) || animacyOf(v.lower[k - hon - 1]!) === 'speaker') ? 4 : 3;
      let plain = !title && k - i - named - hon <= runMax;
      for (let x = i; plain && x < k - hon; x++) {
        // (`LONG_ROLE_RUN`: an -ing modifier before a noun of the run, "steering committee member")
        const ing = LONG_ROLE_RUN && isIng(v.lower[x]!) && !st.tokCue[x] && x + 1 < k - hon && nounLike(st, x + 1);
        // (twenty-seventh session, `GLUED_PREFIX`: a prefix glued to a name by a hyphen, "pro-Lindor legislator Ann Vell")
        plain = (GLUED_PREFIX && x > i && gluedHyphen(v, x)) || (NAMED_PREMODIFIERS && v.nameAt[x] !== undefined) || (v.isWord(x) && !v.isCap(x) && (nounLike(st, x) || isSourceModifier(v.lower[x]!) || ing));
        // (twenty-seventh session, `VERB_BETWEEN_NAMES`: "Halden Air rejected Carl Icahn's offer and said …": an -ed word between a
        // name and the person's is the first name's verb, not a premodifier of the person)
        if (VERB_BETWEEN_NAMES && plain && x > i && x === k - hon - 1 && v.nameAt[x - 1] !== undefined && v.nameAt[x] === undefined && v.lower[x]!.endsWith('ed')) plain = false;
      }
      // (round fourteen: a title after a body's name, "Oxfam senior policy adviser Ben Harker"; a role and its "of" phrase,
      // "director of energy research Tom Lister")
      let namesFirst = !!title && NAMED_PREMODIFIERS && title[0] > i && title[0] - i <= 4;
      for (let x = i; namesFirst && x < title![0]; x++) {
        const m = v.nameAt[x];
        const ing = LONG_ROLE_RUN && isIng(v.lower[x]!) && !st.tokCue[x] && nounLike(st, x + 1);
        namesFirst = (GLUED_PREFIX && x > i && gluedHyphen(v, x)) || (m !== undefined ? m.type !== 'PERSON' : v.isWord(x) && !v.isCap(x) && (nounLike(st, x) || isSourceModifier(v.lower[x]!) || ing));
      }
      if ((title && (title[0] === i || namesFirst)) || plain || (ROLE_PP_NAME && rolePhraseBeforeName(st, i, k))) {
        const last = v.tokenEndingBy(m.end);
        return { start: i, end: Math.min(limit, afterNameSuffix(v, last)), head: last };
      }
      break;
    }
    if (m && NAMED_PREMODIFIERS && (m.type !== 'PERSON' || (k === i && personAfterRole(st, v.tokenEndingBy(m.end) + 1, limit)))) {
      k = v.tokenEndingBy(m.end);
      continue;
    }
    if (m) break;
  }
  let k = i;
  if (DETERMINERS.has(v.lower[k]!)) k++;
  let head = -1;
  let possessed = false;
  let owner = -1;
  let end = -1;
  while (k < limit) {
    const m = v.nameAt[k];
    const w = v.lower[k]!;
    // (round fourteen: a possessive after a name the tagger cut short, "said Wave Networks' Anna Price Moreton")
    if (POSSESSIVE_AFTER_HEAD && head >= 0 && !possessed && isPossessive(w) && v.nameAt[k + 1]?.type === 'PERSON') {
      possessed = true;
      owner = head;
      k++;
      continue;
    }
    if (m) {
      const last = v.tokenEndingBy(m.end);
      head = last;
      k = last + 1;
      if (m.type === 'PERSON') {
        const e = Math.min(limit, afterNameSuffix(v, last));
        if (e > k) end = k = e;
      }
      if (isPossessive(v.lower[k] ?? '')) {
        k++;
        possessed = true;
        owner = last;
        continue;
      }
      if (m.type === 'PERSON' || !v.isWord(k) || v.nameAt[k] === undefined) {
        // a name is the head unless a group or role noun follows ("Ukrainian officials"), or, after a
        // place or organisation, any noun ("the New York businessman", "White House Press Secretary Dana Whitlock")
        const w2 = v.lower[k] ?? '';
        // (an honorific opens the next name: "told the BBC Mr Lyle had …")
        if (m.type !== 'PERSON' && !possessed && nounLike(st, k) && !NOUN_READINGS.has(w2) && !GROUP_NOUNS.has(w2) && !ROLE_NOUNS.has(w2) && !HONORIFIC_BEFORE.has(w2) && !(IRREGULAR_PAST_VERBS && IRREGULAR_PAST.has(w2))) {
          // (round fourteen: "the Tory co-chairman": a hyphenated noun after the name is one word)
          const hyphened = HYPHEN_FORWARD && v.lower[k + 1] === '-' && k + 2 < limit && v.isWord(k + 2) && v.tokens.end[k] === v.tokens.start[k + 1] && v.tokens.end[k + 1] === v.tokens.start[k + 2];
          head = hyphened ? k + 2 : k;
          k = head + 1;
          continue;
        }
        if (!(GROUP_NOUNS.has(w2) || ROLE_NOUNS.has(w2))) break;
      }
      continue;
    }
    if (SOURCE_PRONOUNS.has(w) && k === i) return { start: i, end: i + 1, head: i };
    if (GROUP_NOUNS.has(w) || ROLE_NOUNS.has(w)) {
      head = k;
      k++;
      continue;
    }
    // "the finance minister", "the trade union leader": lower-case nouns before a role noun
    if (NOUN_MODIFIERS_AFTER && head < 0 && nounLike(st, k)) {
      const r = k + 1 < limit && nounLike(st, k + 1) && !ROLE_NOUNS.has(v.lower[k + 1]!) ? k + 2 : k + 1;
      if (r < limit && ROLE_NOUNS.has(v.lower[r]!)) {
        k = r;
        continue;
      }
    }
    // (round fourteen: a hyphenated modifier read forwards, "But anti-road activists remained defiant, saying …", or the head itself,
    // "the co-author said")
    if (HYPHEN_FORWARD && head < 0 && v.isWord(k) && v.lower[k + 1] === '-' && k + 2 < limit && v.isWord(k + 2) && v.tokens.end[k] === v.tokens.start[k + 1] && v.tokens.end[k + 1] === v.tokens.start[k + 2] && !NUMBER_WORDS.has(w)) {
      const next = k + 3;
      if (next < limit && v.isWord(next) && !v.isCap(next) && !tokCue[next] && nounLike(st, next)) {
        k = next;
        continue;
      }
      if (!tokCue[k + 2] && animacyOf(v.lower[k + 2]!) === 'speaker') {
        head = k + 2;
        k += 3;
        continue;
      }
    }
    if (v.isWord(k) && (isSourceModifier(w) || v.isCap(k)) && !tokCue[k] && (head < 0 || possessed)) {
      k++;
      continue;
    }
    // "the 45-year-old Democrat": an age before the head
    if (AGE_MODIFIER && head < 0 && v.tokens.kind[k] === TokenKind.Number && v.lower[k + 1] === '-' && (v.lower[k + 2] === 'year' || v.lower[k + 2] === 'years') && v.lower[k + 3] === '-' && v.lower[k + 4] === 'old') {
      // (round fourteen: the age itself heads a phrase with no noun after it, "said the 25-year-old.")
      if (AGE_HEAD && k === i + 1 && DETERMINERS.has(v.lower[i]!) && (k + 5 >= limit || !v.isWord(k + 5) || !nounLike(st, k + 5))) return { start: i, end: k + 5, head: k + 4 };
      if (k + 5 < limit) {
        k += 5;
        // (round fourteen: a speaking noun after the age heads the phrase, "said the 25-year-old striker")
        if (AGE_HEAD && head < 0 && nounLike(st, k) && animacyOf(v.lower[k]!) === 'speaker') {
          head = k;
          k++;
        }
        continue;
      }
    }
    // "the candidate said", "the website explains", "the ad says": a noun that can speak (`animacyOf`) heads it
    if (SPEAKER_NOUN_AFTER && k === i + 1 && head < 0 && !possessed && DETERMINERS.has(v.lower[i]!) && nounLike(st, k) && animacyOf(w) === 'speaker') {
      head = k;
      k++;
      continue;
    }
    // "Keller’s willingness to engage …": the possessed noun heads the phrase, not the owner
    if (possessed && head === owner && nounLike(st, k)) return { start: i, end: k + 1, head: k };
    break;
  }
  if (head < 0) return null;
  return { start: i, end: Math.max(head + 1, end), head };
}
