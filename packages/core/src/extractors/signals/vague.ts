/**
 * A small grammar of vague and anonymous sourcing: unnamed groups used as a source or as the
 * holder of a view ("observers", "Conservative voices", "Trump’s supporters", "a senior
 * official", "sources familiar with the matter", "some say", "it is widely believed",
 * "was seen as", "widespread criticism"). Works on lowercased tokens; linear in their number.
 */
import { DETERMINERS, NOT_BEFORE_FINITE, STANCE_VERBS, SUBJECT_PRONOUNS } from '../claims/lexicon.js';
import { isCapitalized, isWordToken, type Words } from '../claims/words.js';
import { wordBits, wordBitsOf } from '../../text/wordBits.js';

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));

/** Plural group nouns that, without a name, are a vague source wherever they appear. */
const GROUP_HEADS = set(`
  observers critics analysts experts officials insiders commentators pundits skeptics sceptics
  detractors conservatives liberals progressives supporters opponents diplomats onlookers
  watchers hardliners loyalists aides advisers advisors allies backers insiders spokespeople
  economists strategists
`);
/** Group nouns that are a source only in a sourcing context (see `inSourcingContext`). */
const CONTEXT_HEADS = set(`people sources voices`);
/** Quantifiers that are a source only right before a verb of saying or believing: "some say". */
const QUANTIFIER_SOURCES = set(`some many others most few`);
/** Singular nouns that are a vague source after "a"/"an"/"one" when no name follows. */
const SINGULAR_HEADS = set(`source official insider observer analyst expert diplomat aide person critic adviser advisor`);
const SINGULAR_DETERMINERS = set(`a an one another`);
/** Lowercase modifiers kept in the span: "senior officials", "some critics". */
const MODIFIERS = set(`
  senior top some many several most other unnamed anonymous independent political military
  foreign western international local government administration intelligence security diplomatic
  conservative liberal leading prominent outside former two three four five numerous multiple
  few informed knowledgeable regional party industry european american russian ukrainian
  european
`);
/** Modifiers that make "sources" a source of information. */
const SOURCE_MODIFIERS = set(`
  informed government diplomatic intelligence security senior anonymous unnamed multiple several
  two three four military official western palace party industry police local knowledgeable
`);
/** Words after a group noun that make it a source: "people familiar with", "sources close to". */
const SOURCING_FOLLOWERS = set(`familiar close briefed with who told say said believe believed fear feared`);
/** Perception verbs of an agentless view: "was seen as", "is widely regarded as". */
const VIEW_PARTICIPLES = set(`
  seen regarded viewed considered believed thought described perceived known touted hailed
  heralded reputed deemed credited referred called dubbed termed labelled labeled branded
  billed characterised characterized
`);
/** Of those, the ones that take an adjective or noun without "as": "is considered rare". */
const VIEW_WITH_COMPLEMENT = set(`considered deemed thought reputed`);
/** Of those, the ones that name: "is often called …" (only after an adverb, or before a quote). */
const NAMING_PARTICIPLES = set(`called dubbed termed labelled labeled branded billed`);
/** Words after a naming participle that make it something else: "called off", "called by". */
const NOT_AFTER_NAMING = set(`by off on in into up upon for to out back at from with`);
/** Quantifiers that head a vague group: "some scholars contend", "many in the party felt". */
const GROUP_QUANTIFIERS = set(`some many most several numerous various certain few`);
const BE_FORMS = set(`is are was were be been being`);
/** "It is believed/said/…" */
const IMPERSONAL_PARTICIPLES = set(`
  believed said thought understood reported expected rumoured rumored known claimed alleged
  argued suggested accepted assumed speculated estimated feared hoped noted held suspected
  acknowledged recognised recognized agreed
`);
/** Adverbs of a weasel passive: "is widely regarded", "is often called". */
const WEASEL_ADVERBS = set(`widely often commonly generally sometimes frequently popularly usually also still increasingly traditionally largely broadly`);
const QUOTES = set(`" “ ‘ ' « \``);
/** Adverbs between a group and its verb besides those in -ly: "some have therefore argued". */
const SKIPPED_ADVERBS = set(`also still often even therefore now long`);
/** Participles of an agentless challenge: "has been questioned", "were widely criticised". */
const CHALLENGE_PARTICIPLES = set(`questioned criticised criticized disputed challenged contested condemned`);
/** Quantifiers that, after "by", leave the holder of a view unnamed: "is credited by many with". */
const BY_VAGUE = set(`many some most others critics`);
/** Unattributed reactions: "widespread criticism", "growing concern". */
const REACTION_MODIFIERS = set(`widespread international growing mounting broad fierce global public much considerable`);
const REACTION_NOUNS = set(`criticism condemnation backlash outrage concern concerns skepticism scepticism opposition controversy`);

/** Capitalised words that are not modifiers of a group noun ("The", "But"). */
const STOP_MODIFIERS = new Set([
  ...DETERMINERS,
  ...NOT_BEFORE_FINITE,
  ...SUBJECT_PRONOUNS,
  ...set(`and but or meanwhile however yet as while when if so then now also said says`),
]);

/** What a word can start in `findVagueSources` (a token with none of these starts nothing). */
const V_IT = 1;
const V_GROUP_QUANTIFIER = 2;
const V_ACCORDING = 4;
const V_QUANTIFIER_SOURCE = 8;
const V_BE = 16;
const V_REACTION = 32;
const V_HEAD = 64;
const VAGUE_OPENERS = wordBits((() => {
  const out = new Map<string, number>();
  const add = (words: Iterable<string>, bit: number) => {
    for (const w of words) out.set(w, (out.get(w) ?? 0) | bit);
  };
  add(['it'], V_IT);
  add(GROUP_QUANTIFIERS, V_GROUP_QUANTIFIER);
  add(['according'], V_ACCORDING);
  add(QUANTIFIER_SOURCES, V_QUANTIFIER_SOURCE);
  add(BE_FORMS, V_BE);
  add(REACTION_NOUNS, V_REACTION);
  add([...GROUP_HEADS, ...CONTEXT_HEADS, ...SINGULAR_HEADS], V_HEAD);
  return out;
})());

/** Each token's `V_*` bits, once per token table (claims and signals both read them, sentence by sentence). */
const OPENER_CACHE = new WeakMap<Words, Uint8Array>();

function openersOf(words: Words): Uint8Array {
  let out = OPENER_CACHE.get(words);
  if (out === undefined) {
    out = new Uint8Array(words.lower.length);
    wordBitsOf(VAGUE_OPENERS, words.lower, out);
    OPENER_CACHE.set(words, out);
  }
  return out;
}

/** A vague source as a token range `[start, end)`; `head` is the group noun's token. */
export interface VagueSourceMatch {
  start: number;
  end: number;
  head: number;
}

/** Verbs of a held view besides the claims lexicon's: "some note", "many find", "most perceived". */
const VIEW_VERBS = set(`note find perceive dispute speculate wonder reckon`);
const isStanceLemma = (w: string) => STANCE_VERBS.has(w) || VIEW_VERBS.has(w);

/** Whether the token is a finite verb of saying or believing (a base or -s/-ed form). */
function isStanceVerb(w: string): boolean {
  if (isStanceLemma(w)) return true;
  if (w.endsWith('s') && isStanceLemma(w.slice(0, -1))) return true;
  if (w.endsWith('ed') && (isStanceLemma(w.slice(0, -2)) || isStanceLemma(w.slice(0, -1)))) return true;
  return w === 'said' || w === 'thought' || w === 'saw' || w === 'felt';
}

/** Skip adverbs in "-ly" and a few others: the index of the next content word. */
function skipAdverbs(lower: readonly string[], i: number, end: number): number {
  const limit = Math.min(end, i + 3);
  while (i < limit && (lower[i]!.endsWith('ly') || SKIPPED_ADVERBS.has(lower[i]!))) i++;
  return i;
}

/**
 * Find vague sources among tokens `[from, to)`. `personAt` tells whether a token lies inside
 * a PERSON name (a group followed by a name, "analyst John Smith", is not vague).
 */
export function findVagueSources(words: Words, from: number, to: number, personAt: (token: number) => boolean): VagueSourceMatch[] {
  const { lower, raw } = words;
  const openers = openersOf(words);
  const out: VagueSourceMatch[] = [];
  for (let i = from; i < to; i++) {
    if (openers[i] === 0) continue;
    const w = lower[i]!;
    // "it is (widely) believed", "some say"
    const perfect = w === 'it' && i + 3 < to && (lower[i + 1] === 'has' || lower[i + 1] === 'had') && lower[i + 2] === 'been';
    if (w === 'it' && i + 2 < to && (BE_FORMS.has(lower[i + 1]!) || perfect)) {
      const p = skipAdverbs(lower, perfect ? i + 3 : i + 2, to);
      if (p < to && IMPERSONAL_PARTICIPLES.has(lower[p]!) && (p + 1 >= to || lower[p + 1] === 'that' || lower[p + 1] === ',' || !isWordToken(raw[p + 1]!) || lower[p + 1] === 'to')) {
        push(out, from, { start: i, end: p + 1, head: p });
        i = p;
        continue;
      }
    }
    // "some scholars contend", "many in the administration felt", "some have argued"
    if (GROUP_QUANTIFIERS.has(w) && !(i > from && (lower[i - 1] === 'of' || lower[i - 1] === 'in' || lower[i - 1] === 'for'))) {
      const g = quantifiedGroup(words, i, to);
      if (g > i) {
        push(out, from, { start: i, end: g, head: g - 1 });
        i = g - 1;
        continue;
      }
    }
    // "according to some", "according to many"
    if (w === 'according' && i + 2 < to && lower[i + 1] === 'to' && (QUANTIFIER_SOURCES.has(lower[i + 2]!) || lower[i + 2] === 'critics')) {
      push(out, from, { start: i + 2, end: i + 3, head: i + 2 });
      i += 2;
      continue;
    }
    if (QUANTIFIER_SOURCES.has(w)) {
      const v = skipAdverbs(lower, i + 1, to);
      if (v < to && isStanceVerb(lower[v]!) && lower[v] !== 'back' && lower[v] !== 'call') {
        push(out, from, { start: i, end: i + 1, head: i });
        continue;
      }
    }
    // agentless views: "was seen as", "are widely regarded as"
    if (BE_FORMS.has(w) && (i === from || lower[i - 1] !== 'it')) {
      const end = weaselPassive(words, i, to);
      if (end > i) {
        push(out, from, { start: i, end, head: end - 1 });
        i = end - 1;
        continue;
      }
    }
    if (REACTION_NOUNS.has(w) && i > from && REACTION_MODIFIERS.has(lower[i - 1]!)) {
      let s = i - 1;
      while (s - 1 >= from && REACTION_MODIFIERS.has(lower[s - 1]!)) s--;
      push(out, from, { start: s, end: i + 1, head: i });
      continue;
    }
    const plural = GROUP_HEADS.has(w) || (CONTEXT_HEADS.has(w) && inSourcingContext(words, i, from, to));
    const singular = !plural && SINGULAR_HEADS.has(w) && hasSingularDeterminer(lower, i, from);
    if (!plural && !singular) continue;
    // "the Conservatives", "the Greens": a capitalised group after "the" is a party's name
    if (isCapitalized(raw[i]!) && i > from && lower[i - 1] === 'the') continue;
    // a name right after ("analyst John Smith", "aide Vladimir Medinsky") makes it named
    if (personAt(i)) continue;
    if (i + 1 < to && (personAt(i + 1) || (!isCapitalized(raw[i]!) && isCapitalized(raw[i + 1]!) && isWordToken(raw[i + 1]!) && words.tokens.sentence[i + 1] === words.tokens.sentence[i]))) continue;
    let start = i;
    // modifiers: "senior", "Ukrainian", "Conservative", "Trump ’s"
    for (let k = 0; k < 3 && start - 1 >= from; k++) {
      const p = start - 1;
      const pw = lower[p]!;
      if (pw === '’s' && p - 1 >= from && isCapitalized(raw[p - 1]!)) {
        start = p - 1;
        continue;
      }
      if (MODIFIERS.has(pw) || (isCapitalized(raw[p]!) && isWordToken(raw[p]!) && !STOP_MODIFIERS.has(pw) && !personAt(p))) {
        start = p;
        continue;
      }
      break;
    }
    // trailing: "familiar with the matter", "close to the Kremlin", "with knowledge of the talks"
    let end = i + 1;
    if (end < to && (lower[end] === 'familiar' || lower[end] === 'close')) {
      const prep = lower[end] === 'familiar' ? 'with' : 'to';
      if (end + 1 < to && lower[end + 1] === prep) {
        let e = end + 2;
        if (e < to && lower[e] === 'the') e++;
        if (e < to && isWordToken(raw[e]!)) end = e + 1;
      }
    } else if (end + 1 < to && lower[end] === 'with' && lower[end + 1] === 'knowledge' && end + 2 < to && lower[end + 2] === 'of') {
      let e = end + 3;
      if (e < to && lower[e] === 'the') e++;
      if (e < to && isWordToken(raw[e]!)) end = e + 1;
    }
    push(out, from, { start, end, head: i });
    i = end - 1;
  }
  return out;
}

/** Add `m` unless it overlaps the last match (matches come in text order from `from`). */
function push(out: VagueSourceMatch[], from: number, m: VagueSourceMatch): void {
  const lastEnd = out.length > 0 ? out[out.length - 1]!.end : from;
  if (m.start >= lastEnd) out.push(m);
}

/** Skip the weasel adverbs ("widely", "often") after `i`: the index of the next other word. */
function skipWeaselAdverbs(lower: readonly string[], i: number, end: number): number {
  const limit = Math.min(end, i + 3);
  while (i < limit && (WEASEL_ADVERBS.has(lower[i]!) || lower[i]!.endsWith('ly'))) i++;
  return i;
}

/**
 * An agentless passive of perception or naming at the be-form `i`: "was seen as", "is widely
 * regarded as", "is considered rare", "is often called", "is referred to as", "is credited
 * with". The end (exclusive) of the match, or `i` when there is none. "… by someone" names
 * the holder of the view, so it is no match.
 */
function weaselPassive(words: Words, i: number, to: number): number {
  const { lower, raw } = words;
  const p = skipWeaselAdverbs(lower, i + 1, to);
  if (p >= to) return i;
  const part = lower[p]!;
  // "questioned" alone may be a police interview, "condemned to" a sentence
  const challenge =
    CHALLENGE_PARTICIPLES.has(part) && lower[i] === 'been' && (part !== 'questioned' || p > i + 1 || (i > 0 && WEASEL_ADVERBS.has(lower[i - 1]!))) && !(part === 'condemned' && p + 1 < to && lower[p + 1] === 'to');
  if (!challenge && (p + 1 >= to || !VIEW_PARTICIPLES.has(part))) return i;
  // "… as a masterpiece by the jury": the holder is named a few words on; "by many" names none
  for (let k = p + 1; k < to && k < p + 9; k++) {
    const x = lower[k]!;
    if (x === 'by') return k + 1 < to && BY_VAGUE.has(lower[k + 1]!) && (k + 2 >= to || !isWordToken(raw[k + 2]!) || NOT_AFTER_NAMING.has(lower[k + 2]!)) ? k + 2 : i;
    if (x === ',' || x === ';' || x === '.' || x === 'and' || x === 'but') break;
  }
  // "has been questioned", "have been widely criticised": no one named
  if (challenge) return p + 1;
  const next = lower[p + 1]!;
  const adverb = p > i + 1;
  if (part === 'referred') return next === 'to' && p + 2 < to && lower[p + 2] === 'as' ? p + 3 : i;
  if (part === 'credited') return next === 'with' ? p + 2 : i;
  if (part === 'known') return next === 'to' || (next === 'as' && adverb) ? p + 2 : i;
  if (next === 'as' || (next === 'to' && !NAMING_PARTICIPLES.has(part))) return p + 2;
  if (VIEW_WITH_COMPLEMENT.has(part) && isWordToken(raw[p + 1]!) && !NOT_BEFORE_FINITE.has(next) && next !== 'that') return p + 1;
  if (NAMING_PARTICIPLES.has(part) && !NOT_AFTER_NAMING.has(next) && (adverb || QUOTES.has(next))) return p + 1;
  return i;
}

/**
 * A group headed by a quantifier that speaks or holds a view: "some scholars contend", "many
 * political analysts believe", "many in the administration felt", "some have argued". The
 * end (exclusive) of the group, or `i` when there is none.
 */
function quantifiedGroup(words: Words, i: number, to: number): number {
  const { lower, raw } = words;
  let k = i + 1;
  // "many in the administration"
  if (k + 2 < to && (lower[k] === 'in' || lower[k] === 'within' || lower[k] === 'among') && (lower[k + 1] === 'the' || lower[k + 1] === 'his' || lower[k + 1] === 'her' || lower[k + 1] === 'their')) {
    const v = skipAdverbs(lower, k + 3, to);
    if (isWordToken(raw[k + 2]!) && v < to && isStanceVerb(lower[v]!)) return k + 3;
    return i;
  }
  // "some have argued", "others had suggested"
  if (k + 1 < to && (lower[k] === 'have' || lower[k] === 'had')) {
    const v = skipAdverbs(lower, k + 1, to);
    if (v < to && lower[v]!.endsWith('ed') && isStanceVerb(lower[v]!)) return k;
    return i;
  }
  // up to three lowercase modifiers, then a plural noun, then (adverbs and) a verb of saying or believing
  let noun = -1;
  for (let n = 0; n < 4 && k < to; n++, k++) {
    const x = lower[k]!;
    if (!isWordToken(raw[k]!) || NOT_BEFORE_FINITE.has(x) || SUBJECT_PRONOUNS.has(x) || x === 'and' || x === 'or') break;
    if (x.length > 3 && x.endsWith('s') && !x.endsWith('ss') && !x.endsWith('’s') && !isStanceVerb(x)) noun = k;
    else if (noun >= 0) break;
  }
  if (noun < 0) return i;
  const v = skipAdverbs(lower, noun + 1, to);
  if (v < to && isStanceVerb(lower[v]!) && lower[v] !== 'back' && lower[v] !== 'call') return noun + 1;
  return i;
}

function hasSingularDeterminer(lower: readonly string[], i: number, from: number): boolean {
  for (let k = i - 1; k >= from && k >= i - 3; k--) {
    if (SINGULAR_DETERMINERS.has(lower[k]!)) return true;
    if (!MODIFIERS.has(lower[k]!) && !lower[k]!.endsWith('ly')) return false;
  }
  return false;
}

/** "people", "sources", "voices" are sources only when they speak or are described as informed. */
function inSourcingContext(words: Words, i: number, from: number, to: number): boolean {
  const { lower, raw } = words;
  const next = skipAdverbs(lower, i + 1, to);
  if (next < to && (SOURCING_FOLLOWERS.has(lower[next]!) || isStanceVerb(lower[next]!))) {
    if (lower[next] === 'with' && !(next + 1 < to && lower[next + 1] === 'knowledge')) return false;
    return true;
  }
  const prev = i - 1 >= from ? lower[i - 1]! : '';
  if (prev === 'to' && i - 2 >= from && lower[i - 2] === 'according') return true;
  if (lower[i] === 'sources' && SOURCE_MODIFIERS.has(prev)) return true;
  // "Conservative voices", "dissenting voices": an adjective before "voices"
  if (lower[i] === 'voices' && prev !== '' && isWordToken(raw[i - 1]!) && !STOP_MODIFIERS.has(prev)) return true;
  return false;
}
