import type { NameType } from '../../types/analysis.js';
import { isPossessive, type TokenView } from './tokenView.js';

/** Nouns that head a title or role ("President", "aide", "chief of staff"). */
export const TITLE_HEADS: ReadonlySet<string> = new Set([
  'president', 'president-elect', 'premier', 'minister', 'secretary', 'undersecretary', 'chancellor', 'senator', 'sen.', 'rep.',
  'representative', 'congressman', 'congresswoman', 'governor', 'gov.', 'mayor', 'aide', 'adviser', 'advisor', 'spokesman',
  'spokeswoman', 'spokesperson', 'chief', 'director', 'leader', 'ambassador', 'envoy', 'general', 'gen.', 'admiral', 'colonel',
  'commander', 'king', 'queen', 'prince', 'princess', 'emperor', 'pope', 'ceo', 'chairman', 'chairwoman', 'chair', 'commissioner',
  'judge', 'justice', 'officer', 'negotiator', 'diplomat', 'correspondent', 'editor', 'analyst', 'professor', 'prof.', 'lawyer',
  'attorney', 'counsel', 'head', 'speaker', 'mp', 'mep', 'manager', 'coach', 'founder', 'executive', 'economist', 'strategist',
  'official', 'inspector', 'sheriff', 'prosecutor', 'archbishop', 'bishop', 'cardinal', 'rabbi', 'imam', 'sergeant', 'captain',
  'lieutenant', 'superintendent', 'ruler', 'monarch', 'treasurer', 'deputy', 'spokesperson', 'lawmaker', 'legislator', 'vice-president',
  'mpp', 'mla', 'mna', 'msp', 'councillor', 'councilor', 'councilman', 'councilwoman', 'alderman', 'constable', 'trustee',
]);

/**
 * Issue 4, twentieth session (`OCCUPATION_TITLES`): occupations head a person's title too ("math teacher Tom Abele", "Dr Ann Lee, a
 * physicist at …"), so that "the teacher told the court" finds the person the article called one. Only as a title's head: they are
 * no office, and the other uses of `TITLE_HEADS` (names a title opens, nominal heads) leave them out.
 */
const OCCUPATION_TITLES = true;
export const OCCUPATION_HEADS: ReadonlySet<string> = new Set([
  'teacher', 'headteacher', 'headmaster', 'headmistress', 'principal', 'lecturer', 'scientist', 'researcher', 'physicist', 'chemist',
  'biologist', 'geologist', 'astronomer', 'historian', 'academic', 'doctor', 'physician', 'surgeon', 'nurse', 'dentist', 'psychologist',
  'psychiatrist', 'pharmacist', 'farmer', 'grower', 'author', 'writer', 'novelist', 'poet', 'playwright', 'journalist', 'reporter',
  'columnist', 'critic', 'actor', 'actress', 'singer', 'musician', 'composer', 'conductor', 'artist', 'painter', 'sculptor',
  'photographer', 'designer', 'architect', 'engineer', 'pilot', 'activist', 'campaigner', 'organiser', 'organizer', 'priest',
  'pastor', 'vicar', 'nun', 'monk', 'student', 'businessman', 'businesswoman', 'entrepreneur', 'banker', 'broker', 'investor',
  'producer', 'filmmaker', 'consultant', 'owner', 'lobbyist', 'veteran', 'soldier', 'detective', 'investigator',
]);

/** Words that modify a title head ("Prime", "former", "presidential"). */
export const TITLE_MODIFIERS: ReadonlySet<string> = new Set([
  'prime', 'vice', 'deputy', 'former', 'ex', 'acting', 'interim', 'senior', 'top', 'chief', 'foreign', 'defense', 'defence', 'interior',
  'finance', 'health', 'home', 'trade', 'education', 'energy', 'economy', 'presidential', 'national', 'security', 'state', 'federal',
  'assistant', 'associate', 'shadow', 'junior', 'first', 'incoming', 'outgoing', 'late', 'managing', 'principal', 'special', 'press',
  'communications', 'opposition', 'party', 'military', 'army', 'police', 'government', 'cabinet', 'foreign-policy', 'lead', 'general',
  'supreme', 'deputy-prime', 'white', 'house', 'union', 'labour', 'democratic', 'republican', 'conservative', 'liberal', 'campaign',
  'transportation', 'transport', 'international', 'development', 'constitutional', 'media', 'sport', 'communities', 'rural', 'local',
  // twelfth session: more portfolios ("Libya's oil minister")
  'oil', 'petroleum', 'justice', 'environment', 'agriculture', 'culture', 'industry', 'economic', 'treasury', 'welfare', 'employment',
]);

/** Lower-case words allowed after "of"/"for" in a title ("chief of staff", "Secretary of State"). */
const OF_WORDS: ReadonlySet<string> = new Set(['staff', 'state', 'defense', 'defence', 'the', 'and', '&', 'foreign', 'affairs', 'justice', 'health']);

/** Head nouns a role nominal can use to refer back ("the president", "Russia’s leader"). */
export const NOMINAL_HEADS: ReadonlySet<string> = new Set([
  'president', 'premier', 'chancellor', 'leader', 'minister', 'secretary', 'senator', 'governor', 'mayor', 'spokesman', 'spokeswoman',
  'king', 'queen', 'pope', 'chairman', 'ceo', 'envoy', 'ambassador', 'ruler', 'monarch', 'general', 'aide', 'coach',
]);

/** Heads that "leader" can stand for. */
export const LEADER_HEADS: ReadonlySet<string> = new Set(['president', 'premier', 'chancellor', 'leader', 'king', 'queen', 'ruler', 'monarch', 'minister']);

const WEEKDAYS_MONTHS: ReadonlySet<string> = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may', 'june',
  'july', 'august', 'september', 'october', 'november', 'december', 'i', 'meanwhile', 'however', 'but', 'and', 'the', 'a', 'an',
]);

const MODIFIER_MENTION_TYPES: ReadonlySet<NameType | string> = new Set(['NORP', 'LOC', 'ORG', 'MISC']);

function isJoiner(lower: string): boolean {
  return lower === 'and' || lower === '&' || lower === '-' || lower === '‑';
}

/** Can token `i` sit inside a title before its head? */
function isPremodifier(v: TokenView, i: number): boolean {
  const w = v.lower[i]!;
  if (TITLE_MODIFIERS.has(w) || TITLE_HEADS.has(w)) return true;
  const m = v.nameAt[i];
  if (m) return MODIFIER_MENTION_TYPES.has(m.type);
  if (!v.isCap(i) || WEEKDAYS_MONTHS.has(w)) return false;
  // an unknown capitalised word ("Trade and Industry Secretary") but not the first word of a sentence
  return !v.isSentenceFirst(i);
}

function isOfWord(v: TokenView, i: number, loose: boolean): boolean {
  const w = v.lower[i]!;
  if (OF_WORDS.has(w)) return true;
  const m = v.nameAt[i];
  if (m && m.type === 'PERSON') return false;
  if (v.isCap(i) && !WEEKDAYS_MONTHS.has(w)) return true;
  return loose && v.isWord(i) && !isPossessive(w);
}

/**
 * Does tokens `[s, e)` form a title: premodifiers, a head, then optional "of/for …"
 * complements ("Secretary of State for Rural Transport")? `loose` lets the complement hold
 * lower-case words (an appositive bounded by commas).
 */
export function isTitlePhrase(v: TokenView, s: number, e: number, loose = false): boolean {
  if (e <= s || e - s > 10) return false;
  if (isJoiner(v.lower[s]!) || v.lower[s] === 'of' || v.lower[s] === 'for' || v.lower[s] === 'the') return false;
  // find the last head before any "of"/"for"
  let firstOf = e;
  for (let k = s; k < e; k++) {
    if (v.lower[k] === 'of' || v.lower[k] === 'for') {
      firstOf = k;
      break;
    }
  }
  const last = firstOf - 1;
  if (last < s || !(TITLE_HEADS.has(v.lower[last]!) || (OCCUPATION_TITLES && OCCUPATION_HEADS.has(v.lower[last]!)))) return false;
  for (let k = s; k < last; k++) if (!isPremodifier(v, k) && !isJoiner(v.lower[k]!)) return false;
  // complements
  let k = firstOf;
  while (k < e) {
    if (v.lower[k] !== 'of' && v.lower[k] !== 'for') return false;
    k++;
    if (k < e && v.lower[k] === 'the') k++;
    const from = k;
    while (k < e && v.lower[k] !== 'of' && v.lower[k] !== 'for' && isOfWord(v, k, loose)) k++;
    if (k === from) return false;
  }
  return true;
}

/** A title right before a name ("Russian President" in "Russian President Vladimir Putin"): its token range, or null. */
export function premodifierTitle(v: TokenView, nameFirst: number): [number, number] | null {
  const e = nameFirst;
  let s = e;
  while (s > 0 && e - s < 10) {
    const k = s - 1;
    if (v.tokens.sentence[k] !== v.tokens.sentence[nameFirst]) break;
    const w = v.lower[k]!;
    const m = v.nameAt[k];
    if (m && m.type === 'PERSON') break;
    const ok = isPremodifier(v, k) || (OCCUPATION_TITLES && k === e - 1 && OCCUPATION_HEADS.has(w)) || isJoiner(w) || w === 'of' || w === 'for' || (w === 'the' && (v.lower[k - 1] === 'of' || v.lower[k - 1] === 'for')) || (OF_WORDS.has(w) && w !== 'the');
    if (!ok) break;
    s = k;
  }
  for (let from = s; from < e; from++) if (isTitlePhrase(v, from, e)) return [from, e];
  return null;
}

function isDeterminerLike(v: TokenView, i: number): boolean {
  const w = v.lower[i]!;
  return w === 'the' || w === 'a' || w === 'an' || w === 'his' || w === 'her' || w === 'its' || w === 'their' || isPossessive(w);
}

/** "Andriy Yermak, Zelensky’s chief of staff," — the title after a name, or null. */
export function appositiveAfter(v: TokenView, nameLast: number): [number, number] | null {
  let i = nameLast + 1;
  if (!v.isPunct(i, ',')) return null;
  i++;
  // optional determiner or possessive name ("the", "Zelensky’s")
  if (v.lower[i] === 'the' || v.lower[i] === 'a' || v.lower[i] === 'an' || v.lower[i] === 'his' || v.lower[i] === 'her') i++;
  if (v.nameAt[i] && i + 1 < v.count) {
    let j = i;
    while (j < v.count && v.nameAt[j] === v.nameAt[i]) j++;
    if (isPossessive(v.lower[j] ?? '')) i = j + 1;
  } else if (v.isWord(i) && isPossessive(v.lower[i + 1] ?? '')) i += 2; // "the company’s chief executive"

  const s = i;
  const sentence = v.tokens.sentence[nameLast];
  let e = s;
  while (e < v.count && e - s <= 10 && v.tokens.sentence[e] === sentence && !v.isPunct(e)) e++;
  const closes = e >= v.count || v.tokens.sentence[e] !== sentence || v.isPunct(e, ',') || v.isPunct(e, '.') || v.isPunct(e, ';') || v.isPunct(e, ')');
  if (!closes || e === s) return null;
  return isTitlePhrase(v, s, e, true) ? [s, e] : null;
}

/** "Zelensky’s chief of staff, Andriy Yermak" — the title before a name and its comma, or null. */
export function appositiveBefore(v: TokenView, nameFirst: number): [number, number] | null {
  const comma = nameFirst - 1;
  if (!v.isPunct(comma, ',')) return null;
  const sentence = v.tokens.sentence[nameFirst];
  let s = comma;
  while (s > 0 && comma - s < 10) {
    const k = s - 1;
    if (v.tokens.sentence[k] !== sentence || v.isPunct(k)) break;
    if (isDeterminerLike(v, k) && !(v.lower[k] === 'the' && (v.lower[k - 1] === 'of' || v.lower[k - 1] === 'for'))) break;
    s = k;
  }
  if (s === comma) return null;
  const before = s - 1;
  const opened = before < 0 || v.tokens.sentence[before] !== sentence || isDeterminerLike(v, before) || v.isPunct(before, ',');
  if (!opened) return null;
  // an unknown capitalised first word of a sentence is fine here ("Chief executive Jane Doe")
  return isTitlePhrase(v, s, comma, true) ? [s, comma] : null;
}
