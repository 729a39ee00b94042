/**
 * Finding the source of a cue: `sourceBefore` (the subject before a finite cue, past adverbs,
 * appositives, asides, relative clauses, coordinations, shares of a polled group …) and
 * `mainSubject` (the subject of a sentence's main clause), with their helpers.
 */
import type { AttributionSource } from '../../types/analysis.js';
import type { EntityId } from '../../types/ids.js';
import { TokenKind } from '../../types/layers.js';
import { mainClauseStart, isPossessive, type TokenView } from '../entities/tokenView.js';
import { appositiveAfter, TITLE_HEADS } from '../entities/titles.js';
import { DETERMINERS, GROUP_NOUNS, ROLE_NOUNS, SOURCE_PRONOUNS, isSourceModifier } from './sources.js';
import { animacyOf } from './animacy.js';
import { LEGAL_SUFFIX_WORDS } from '../mentions/gazetteer.js';
import { MODALS, PASSIVE, PREPOSITIONS, PROGRESSIVE, inHeadline, isIng, BOUNDARY_DASHES, firstQuoteFrom, FINITE_AUX, type Scope, tokenSpan, skipAdverbsBack, pastDateline, isPastParticiple, askedAside } from './scope.js';
import { type Phrase, classify, nounLike, phraseBefore, phraseAfter, NUMBER_WORDS, ROLE_PREPOSITIONS, PERSON_ROLES, PERSON_BEFORE_APPOSITIVE, NAME_SUFFIXES, ageEndingAt, HONORIFIC_BEFORE, finiteSaying } from './phrases.js';
import { SECOND_PREDICATE } from './contentEnds.js';
import { RELATIVE_PREDICATE } from './nestedDrafts.js';

/** `mainSubject`: past an opening participle clause ("Walking to the next stall, Varga … said"). */
const PARTICIPLE_INTRO = true;

/** The subject of the main clause of a sentence, when it comes first. */
export function mainSubject(st: Scope, sentence: number, before: number, speakerOnly = false): AttributionSource | null {
  const { v } = st;
  const start = PARTICIPLE_INTRO ? participleIntroEnd(st, sentence, mainClauseStart(v, sentence), before) : mainClauseStart(v, sentence);
  if (start < 0) return null;
  let p = phraseAfter(st, pastDateline(st, start, before), before);
  // (twenty-fifth session, `OWNED_NAME_SUBJECT`: "British entrepreneur Richard Halvorsen's Vantage Group won … and said": the name owned)
  if (OWNED_NAME_SUBJECT && p && isPossessive(v.lower[p.end] ?? '') && v.nameAt[p.head]) {
    const owned = v.nameAt[p.end + 1];
    const last = owned && (owned.type === 'ORG' || owned.type === 'PERSON') && v.tokenAtOrAfter(owned.start) === p.end + 1 ? v.tokenEndingBy(owned.end) : -1;
    if (last > 0 && last < before) p = { start: p.start, end: last + 1, head: last };
  }
  // (twenty-fifth session, `NAME_THEN_VERB`: "The Harbour Boat Owners Association disagrees, saying …": a lower-case word in -s right after
  // a name that closes the clause is its verb, not the phrase's head)
  if (NAME_THEN_VERB && p && p.end === before && p.head === before - 1 && p.head - 1 >= p.start && !v.isCap(p.head) && v.lower[p.head]!.endsWith('s') && !v.lower[p.head]!.endsWith('ss')) {
    const m = v.nameAt[p.head - 1];
    if (m && v.tokenEndingBy(m.end) === p.head - 1) p = { start: p.start, end: p.head, head: p.head - 1 };
  }
  // (round fourteen: "The Liberal Party's Holyrood leader, Moira Tennant, welcomed the ruling but added …": the person in apposition)
  if (APPOSED_SUBJECT && p && !v.nameAt[p.head] && v.isPunct(p.end, ',')) {
    const m = v.nameAt[p.end + 1];
    const last = m && m.type === 'PERSON' && v.tokenAtOrAfter(m.start) === p.end + 1 ? v.tokenEndingBy(m.end) : -1;
    if (last > 0 && last + 1 < before && v.isPunct(last + 1, ',')) return classify(st, { start: p.end + 1, end: last + 1, head: last }, speakerOnly);
  }
  // (round fifteen: "New Northshire Police Commissioner Sir Alan Pryce has backed …, saying": the office read as a name, then the person)
  if (TITLED_PERSON_SUBJECT && p && v.nameAt[p.head] && v.nameAt[p.head]!.type !== 'PERSON') {
    let k = HONORIFIC_BEFORE.has(v.lower[p.end] ?? '') ? p.end + 1 : p.end;
    // (round sixteen: past title words, "Omar Haddad's Labour MP Peter Rowlett welcomed …, but said", `NAME_TITLE_PERSON_SUBJECT`)
    if (NAME_TITLE_PERSON_SUBJECT) while (k < before && k < p.end + 3 && !v.nameAt[k] && (TITLE_HEADS.has(v.lower[k]!) || ROLE_NOUNS.has(v.lower[k]!) || HONORIFIC_BEFORE.has(v.lower[k]!))) k++;
    const m = v.nameAt[k];
    const last = m && m.type === 'PERSON' && v.tokenAtOrAfter(m.start) === k ? v.tokenEndingBy(m.end) : -1;
    if (last > 0 && last < before) return classify(st, { start: k, end: last + 1, head: last }, speakerOnly);
  }
  // (round sixteen: "Tory peer Lord Ashworth said …, and said …", "UK software giant Delmont has posted … and predicted …": a
  // description before the name it titles, read as the subject phrase, is the name's)
  // (twenty-first session, `TITLE_OF_BODY_SUBJECT`: a capitalised title too, "Chairman of FleecePoll 2007 Tom Kenny accepts …, but says")
  const titleHead = TITLE_OF_BODY_SUBJECT && p !== null && v.isCap(p.head) && TITLE_HEADS.has(v.lower[p.head]!);
  if (DESCRIBED_NAME_SUBJECT && p && !v.nameAt[p.head] && (!v.isCap(p.head) || titleHead) && animacyOf(v.lower[p.head]!) !== 'abstract') {
    let k = HONORIFIC_BEFORE.has(v.lower[p.end] ?? '') ? p.end + 1 : p.end;
    // ("Labour's deputy minister for transport Helen Marsh accused … and said …": past the role's "for" / "of" phrase)
    if (ROLE_OF_NAME_SUBJECT && (v.lower[k] === 'for' || v.lower[k] === 'of') && (ROLE_NOUNS.has(v.lower[p.head]!) || PERSON_ROLES.has(v.lower[p.head]!))) {
      let x = k + 1;
      while (x < before && x < k + 5 && v.isWord(x) && !v.isCap(x) && nounLike(st, x)) x++;
      if (x > k + 1 && v.nameAt[x]?.type === 'PERSON') k = x;
      // (`TITLE_OF_BODY_SUBJECT`: past the body's name and a year, "of FleecePoll 2007")
      const body = TITLE_OF_BODY_SUBJECT ? v.nameAt[k + 1] : undefined;
      if (body && body.type !== 'PERSON' && v.tokenAtOrAfter(body.start) === k + 1) {
        let y = v.tokenEndingBy(body.end) + 1;
        if (v.tokens.kind[y] === TokenKind.Number) y++;
        if (y < before && v.nameAt[y]?.type === 'PERSON' && v.tokenAtOrAfter(v.nameAt[y]!.start) === y) k = y;
      }
    }
    // (twelfth session, `DESCRIBED_THE_NAME`: past "the", "Anti-noise group the Quiet Skies Alliance "applauded" …, but said")
    if (DESCRIBED_THE_NAME && v.lower[k] === 'the' && v.nameAt[k + 1]?.type === 'ORG') k++;
    const m = v.nameAt[k];
    const named = m && (m.type === 'PERSON' || m.type === 'ORG') && v.tokenAtOrAfter(m.start) === k;
    const last = named ? v.tokenEndingBy(m.end) : -1;
    if (last > 0 && last < before) return classify(st, { start: k, end: last + 1, head: last }, speakerOnly);
  }
  return p ? classify(st, p, speakerOnly) : null;
}
/** Twenty-fifth session: a subject that is a name's possessive and the name it owns is the owned name (`mainSubject`). */
const OWNED_NAME_SUBJECT = true;
/** Twenty-fifth session: "Halden Corp disagrees, saying …": the clause's closing word in -s after a name is the verb (`mainSubject`). */
const NAME_THEN_VERB = true;
/** Twelfth session: a description before "the" and a body's name is that body ("Anti-noise group the Quiet Skies Alliance"; `mainSubject`). */
const DESCRIBED_THE_NAME = true;
/** Round fourteen: a sentence's subject that is a description with a person's name in apposition is that person (`mainSubject`). */
const APPOSED_SUBJECT = true;
/** Round fifteen: a subject that is an office the tagger read as a name, right before a person's name, is that person (`mainSubject`). */
const TITLED_PERSON_SUBJECT = true;
/** Round sixteen: the same past title words between the body's name and the person ("Labour MP Peter Rowlett"). */
const NAME_TITLE_PERSON_SUBJECT = true;
/** Round sixteen: a subject that is a lower-case description right before a person's or organisation's name is that name (`mainSubject`). */
const DESCRIBED_NAME_SUBJECT = true;
/** Round sixteen: the same past the role's "for" / "of" phrase ("Labour's deputy minister for transport Helen Marsh"). */
const ROLE_OF_NAME_SUBJECT = true;
/** Twenty-first session: the same with a capitalised title before "of" and a body's name ("Chairman of FleecePoll 2007 Tom Kenny"). */
const TITLE_OF_BODY_SUBJECT = true;

/**
 * `PARTICIPLE_INTRO`: a sentence that opens with a participle clause ("Walking to the next stall,
 * Varga recalled …") has its main clause after the clause's comma (`mainClauseStart` knows
 * only intro words).
 */
function participleIntroEnd(st: Scope, sentence: number, start: number, before: number): number {
  const { v } = st;
  if (start < 0 || start !== v.sentenceFirst[sentence] || !isIng(v.lower[start]!)) return start;
  for (let k = start + 1; k < before && k < start + 16; k++) if (v.isPunct(k, ',')) return k + 1;
  return start;
}

/** Past a short parenthesis at `k` ("(D-Wis.)"), or `k`. */
export function skipParens(st: Scope, k: number, limit: number): number {
  const { v } = st;
  if (!v.isPunct(k, '(')) return k;
  for (let x = k + 1; x < limit && x < k + 8; x++) if (v.isPunct(x, ')')) return x + 1;
  return k;
}

/** A title in quotes or a plural possessive inside an appositive source: "Dunmore, the co-author of “Signal Lost,” said", "Ray Colby, Reeves' senior media adviser, said". */
const APPOSITIVE_QUOTES = true;
/** `QUANTITY_OF` (round nine): "Almost half of respondents said": see `quantityOf`; up to this many nouns after the share. */
const QUANTITY_OF = true;
const QUANTITY_NOUNS = 5;
/** `COORDINATED_SOURCES` (round nine): "Smith and Jones said": see `coordinated`; up to this many plain words in the right conjunct. */
const COORDINATED_SOURCES = true;
const COORDINATED_WINDOW = 5;
/** `sourceBefore`: "X, who …, is calling for": step over the auxiliary to the appositive's comma or dash first. */
const PROGRESSIVE_FIRST = true;
/** `sourceBefore`: a hyphen with spaces on both sides closes a dash appositive ("Reeves - who … - has vowed"), read back up to `DASH_APPOSITIVE_LONG` tokens. */
const SPACED_HYPHEN = true;
const DASH_APPOSITIVE_LONG = 28;
/** Twenty-sixth session: a named person or body coordinated with an unnamed group ("Tom Hahn and many analysts say") is the speaker (`coordinated`). */
const NAMED_BESIDE_GROUP = true;
/** Twenty-sixth session: "But the study, reported in the Halden Journal of Biology, says": a cue's participle opening an aside is no report (`sourceBefore`). */
const PARTICIPLE_CUE_ASIDE = true;
const ASIDE_PARTICIPLE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'by', 'on', 'at', 'to']);
/** Twenty-sixth session: "Senator Bob Kerrey, Democrat of Nebraska, said": the person before a party's word and "of" a place (`sourceBefore`). */
const PARTY_OF_PLACE = true;
const PARTY_LETTERS: ReadonlySet<string> = new Set(['D', 'R', 'I']);
/** `sourceBefore`: a role or group noun before a participle aside ("A hospital manager, speaking anonymously to reporters, said"). */
const PARTICIPLE_ASIDE = true;
/** `sourceBefore`: the phrase before a participle phrase ("New polls released Sunday showed"), see `reducedRelative`. */
const REDUCED_RELATIVE = true;
const REDUCED_WINDOW = 8;
/** Words between a subject and its cue that `sourceBefore` steps over (`skipSubjectAdjuncts`). */
export const SUBJECT_ADJUNCTS_SKIP = true;
const SUBJECT_ADJUNCTS: ReadonlySet<string> = new Set(['since', 'long', 'always', 'often', 'sometimes', 'here', 'there', 'ago', 'subsequently', 'meanwhile', 'ultimately', 'eventually']);
/** A reporting verb inside a relative clause of a long appositive does not stop the source search (`sourceBefore`). */
const RELATIVE_HOLDS_CUE = true;
/** Round six (b): connectives skipped between a subject and its reporting verb (see `sourceBefore`). */
const CONNECTIVES_SKIP = true;
/** Round six (b): the person before an appositive past a place or a party tag (see `personBeforeComma`). */
const APPOSITIVE_OWNER = true;
/** Round six (b): a source before an appositive between dashes, at most this many tokens long. */
const DASH_APPOSITIVE = true;
const DASH_APPOSITIVE_WINDOW = 16;
/** Round thirteen: a relative clause between double or em dashes is read back as far as a spaced hyphen's, past a quote or report of its own ("The senator -- who has been in a public row … -- said"). */
const DASH_RELATIVE = true;
const RELATIVES: ReadonlySet<string> = new Set(['who', 'which', 'whose', 'whom']);
export const CONNECTIVES: ReadonlySet<string> = new Set(['however', 'though', 'meanwhile', 'moreover', 'nonetheless', 'nevertheless', 'instead', 'likewise', 'therefore', 'too', 'then']);
/** `sourceBefore`: a known surname the NER missed before a long appositive ("Mr Dalby, who is now retired …, said"). */
const SURNAME_APPOSITIVE = true;

/**
 * Round thirteen (e): "The group, which endorsed Ann Keller, …", "the union, which supported …": the antecedent of a
 * relative pronoun after a comma is the phrase right before the comma when no appositive reading of `sourceBefore`
 * finds one (that reading wants "X, a title, said" shapes); "which" needs an antecedent that can be a source.
 */
const COMMA_ANTECEDENT = true;

/**
 * Round thirteen (e): a relative "that" right before the cue, after a noun phrase that can be its source ("a new poll
 * that showed Keller leading …", "the first union that endorsed Reeves"), is the source as "who" and "which" are
 * (PolNeAR marks the pronoun); not after a verb or an auxiliary ("said that …" is a complementiser).
 */
const RELATIVE_THAT = true;

/** Round thirteen: "…, said Paul Dufresne, a former strategist.": no source before the comma when a person right after the cue ends the clause. */
const INVERTED_CUE = true;
function invertedPerson(st: Scope, k: number): boolean {
  const { v, timeTok, tokCue } = st;
  const m = v.nameAt[k + 1];
  let after: number;
  if (m) {
    if (m.type !== 'PERSON' || v.tokenAtOrAfter(m.start) !== k + 1) return false;
    after = v.tokenEndingBy(m.end) + 1;
  } else {
    // (capitalised words the NER left out: "said Paul Dufresne, a former strategist")
    after = k + 1;
    while (after < v.count && after <= k + 4 && v.isWord(after) && v.isCap(after) && !timeTok[after] && !tokCue[after] && !v.nameAt[after]) after++;
    if (after - k - 1 < 2) return false;
  }
  return after >= v.count || v.isPunct(after, ',') || v.isPunct(after, '.');
}

/**
 * Round thirteen: the source before an appositive chain, not a name inside it — an organisation before a
 * lower-case appositive ("Kestrel Hydro Power, the operator of Norway's Fjellvik Dam, has said"), a
 * person past an age and places ("Daniel Pryor, 34, from Wedmore, Somerset, said"), a speaking noun
 * before a participle aside ("The book, serialised in a Sunday paper, alleges").
 */
const APPOSITIVE_CHAIN = true;
/** Whether a preposition stands in tokens [from, to) ("the operator «of» Norway's Fjellvik Dam": the name is the appositive's object, not its head). */
function prepositionBetween(v: TokenView, from: number, to: number): boolean {
  for (let x = from; x < to; x++) if (PREPOSITIONS_AFTER_PARTICIPLE.has(v.lower[x]!) || v.lower[x] === 'of') return true;
  return false;
}
/** Words that open a participle aside besides regular "-ed" forms. */
const IRREGULAR_PARTICIPLES: ReadonlySet<string> = new Set(['written', 'known', 'seen', 'given', 'taken', 'made', 'held', 'led', 'run', 'brought', 'set', 'published', 'quoted', 'cited', 'broadcast']);
/** Token `x` opens a participle aside ("serialised in", "published by", "quoted by"). */
function isPastParticipleAside(st: Scope, x: number): boolean {
  const { v, tokCue } = st;
  // (`PARTICIPLE_CUE_ASIDE`: a cue's participle too, "reported in", "quoted by")
  if (!v.isWord(x) || v.isCap(x) || (tokCue[x] !== undefined && !(PARTICIPLE_CUE_ASIDE && v.lower[x]!.endsWith('ed')))) return false;
  const w = v.lower[x]!;
  return (IRREGULAR_PARTICIPLES.has(w) || (w.length > 4 && w.endsWith('ed'))) && PREPOSITIONS_AFTER_PARTICIPLE.has(v.lower[x + 1] ?? '');
}
const PREPOSITIONS_AFTER_PARTICIPLE: ReadonlySet<string> = new Set(['in', 'by', 'on', 'at', 'from', 'for', 'to', 'with']);

/**
 * Round fourteen: "Neil Ambrose, managing director of ISP Wavelink said": a body's name after a role noun and "of" / "at" /
 * "for", the role after a comma and a person's name, with no comma before the verb — the person (`personBeforeRoleOf`).
 */
const UNCLOSED_APPOSITIVE = true;

function personBeforeRoleOf(st: Scope, p: Phrase, floor: number): Phrase | null {
  const { v } = st;
  const m = v.nameAt[p.head];
  // ("Tom Hardwick, Vantage's chief financial officer said", "Mr Fenwick, Halden's chief executive said": a role owned by a body)
  if (!m && (ROLE_NOUNS.has(v.lower[p.head]!) || PERSON_ROLES.has(v.lower[p.head]!) || animacyOf(v.lower[p.head]!) === 'speaker') && v.isPunct(p.start - 1, ',') && p.start - 2 > floor) {
    let owned = false;
    for (let t = p.start; t < p.head && !owned; t++) owned = isPossessive(v.lower[t]!);
    const person = owned ? v.nameAt[p.start - 2] : undefined;
    if (person && person.type === 'PERSON' && v.tokenEndingBy(person.end) === p.start - 2) return { start: v.tokenAtOrAfter(person.start), end: p.start - 1, head: p.start - 2 };
    if (!OPENING_PERSON_APPOSITIVE) return null;
  }
  if (!m && OPENING_PERSON_APPOSITIVE) {
    const person = openingPersonBefore(st, p, floor);
    if (person) return person;
  }
  if (!m || m.type === 'PERSON') return null;
  let x = p.start - 1;
  if (v.lower[x] === 'the') x--;
  if (x - 2 <= floor || !(v.lower[x] === 'of' || v.lower[x] === 'at' || v.lower[x] === 'for')) return null;
  let r = x - 1;
  if (!(ROLE_NOUNS.has(v.lower[r]!) || PERSON_ROLES.has(v.lower[r]!) || (MORE_ROLES_OF && ROLES_OF.has(v.lower[r]!)))) return null;
  while (r - 1 > floor && r > x - 4 && v.isWord(r - 1) && !v.isCap(r - 1) && (nounLike(st, r - 1) || isIng(v.lower[r - 1]!) || isSourceModifier(v.lower[r - 1]!))) r--;
  // (seventeenth session, `TWO_ROLES_OF`: "Ken Hale, president and CEO of …": two roles joined by "and")
  if (TWO_ROLES_OF && v.lower[r - 1] === 'and' && r - 2 > floor && (ROLE_NOUNS.has(v.lower[r - 2]!) || PERSON_ROLES.has(v.lower[r - 2]!))) {
    r -= 2;
    while (r - 1 > floor && r > x - 8 && v.isWord(r - 1) && !v.isCap(r - 1) && (nounLike(st, r - 1) || isSourceModifier(v.lower[r - 1]!))) r--;
  }
  if (v.lower[r - 1] === 'the' || v.lower[r - 1] === 'a') r--;
  if (!v.isPunct(r - 1, ',')) return null;
  const person = v.nameAt[r - 2];
  if (!person || person.type !== 'PERSON' || v.tokenEndingBy(person.end) !== r - 2) return null;
  return { start: v.tokenAtOrAfter(person.start), end: r - 1, head: r - 2 };
}

/** Seventeenth session: more roles held at a body ("Matt Hale, a fund manager at Westland Trustees said", `personBeforeRoleOf`). */
const MORE_ROLES_OF = true;
const ROLES_OF: ReadonlySet<string> = new Set(['manager', 'professor', 'researcher', 'fellow', 'partner', 'head', 'editor', 'correspondent', 'member', 'founder', 'chair', 'trustee', 'officer', 'lecturer', 'consultant', 'economist', 'strategist', 'analyst']);
/** Seventeenth session: "Ken Hale, president and CEO of the Westland Sports Corporation, which owns the team, said": two roles (`personBeforeRoleOf`). */
const TWO_ROLES_OF = true;
/** Seventeenth session: the owner of a relative clause before the verb that is the body of a person's role is that person (`nearestSourceBefore`). */
const ROLE_OF_RELATIVE_OWNER = true;

/**
 * Round sixteen: "Warren Lyle, VFA president and consumer activist said:": a role phrase left unclosed before the verb,
 * after the comma of a person's name that opens the sentence, is that person's (up to `OPENING_APPOSITIVE_WINDOW` words
 * between the comma and the role's head: lower-case words, "and", names of bodies, possessives).
 */
const OPENING_PERSON_APPOSITIVE = true;
const OPENING_APPOSITIVE_WINDOW = 8;
/** Round sixteen: the same before a body's name that follows a role and its preposition (`openingPersonBefore`). */
const OPENING_PERSON_ROLE_OF = true;
/** Round sixteen: "Owen Tracey from LearnGrid told": the person, not the body after "from" / "at" (`sourceBefore`). */
const PERSON_FROM_BODY = true;
/** Round sixteen: a place or body named after a person, past prepositions and commas, is not the source (`sourceBefore`). */
const PLACE_AFTER_PERSON = true;
/** Round sixteen: a relative clause left unclosed before the verb belongs to the person before its comma (`sourceBefore`). */
const UNCLOSED_RELATIVE = true;
/** Round sixteen: a connective ("Meanwhile", "However") is never the source (`sourceBefore`). */
const CONNECTIVE_NOT_SOURCE = true;
/** Round sixteen: "The firm, whose Farmhold subsidiary operates … in Uruguay, insisted": a "whose" clause holds its names too. */
const WHOSE_CLAUSE = true;
const UNCLOSED_RELATIVE_WINDOW = 14;
const PLACE_AFTER_WINDOW = 14;
const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'at', 'on', 'near', 'with', 'from', 'of']);

function openingPersonBefore(st: Scope, p: Phrase, floor: number): Phrase | null {
  const { v } = st;
  const head = v.lower[p.head]!;
  // (round sixteen: also a body's name after a role and its preposition, "Jane Colley, head of policy at cancer charity the
  // Lantern Trust said", `OPENING_PERSON_ROLE_OF`)
  const body = v.nameAt[p.head];
  const named = OPENING_PERSON_ROLE_OF && body !== undefined && body.type !== 'PERSON';
  if (!named && (v.isCap(p.head) || animacyOf(head) === 'abstract')) return null;
  let x = p.start - 1;
  let roleOf = false;
  for (let n = 0; x > floor && n < OPENING_APPOSITIVE_WINDOW + (named ? 3 : 0) && !v.isPunct(x, ','); n++, x--) {
    const m = v.nameAt[x];
    if (m ? m.type === 'PERSON' : !v.isWord(x) && !isPossessive(v.lower[x]!)) return null;
    if (ROLE_PREPOSITIONS.has(v.lower[x]!) && v.isWord(x - 1) && !v.isCap(x - 1)) roleOf = true;
  }
  // (a description after the comma, lower-case, with "of" / "at" / "for" before the body)
  if (named && (!roleOf || v.isCap(x + 1))) return null;
  if (!v.isPunct(x, ',') || x - 1 <= floor) return null;
  const person = v.nameAt[x - 1];
  if (!person || person.type !== 'PERSON' || v.tokenEndingBy(person.end) !== x - 1) return null;
  const first = v.tokenAtOrAfter(person.start);
  const opens = v.isSentenceFirst(first) || (first > 0 && (v.isPunct(first - 1, '"') || v.isPunct(first - 1, '“') || v.isPunct(first - 1, '”')));
  return opens ? { start: first, end: x, head: x - 1 } : null;
}

/** Round fourteen: a name inside a relative clause between the subject and its verb is not the source ("Hollins, which makes Red Fox Ale, said"). */
const RELATIVE_HOLDS_NAME = true;
const RELATIVE_LIST_WINDOW = 24;
/** Round fifteen: a person before an appositive that opens with a capitalised title is the source ("Lord Pellow, Minister for Rural Affairs, said"). */
const TITLE_APPOSITIVE = true;
/** Round sixteen: the same for an appositive that opens with a party's or body's name and a title ("Lord Garside, Tory chief whip in the Lords, said"). */
const NAMED_TITLE_APPOSITIVE = true;
/** Round fifteen: the relative clause's owner may be the sentence's first word ("Halloran, who …, insisted"). */
const ONE_WORD_OWNER = true;

/** The source before a ", which / who" clause that runs up to token `at` (a list's commas inside it), or null. */
function ownerBeforeRelative(st: Scope, at: number, floor: number, speakerOnly: boolean): AttributionSource | null {
  const { v, inside, tokCue } = st;
  // (round fifteen: down to the sentence's second token, "Halloran, who fired Wexford into … the semi-finals, insisted": a
  // one-word subject that opens the sentence)
  let reported = false;
  for (let c = at - 1; c > floor + (ONE_WORD_OWNER ? 0 : 1) && c > at - RELATIVE_LIST_WINDOW; c--) {
    if (inside[c]! >= 0 || v.tokens.kind[c] === TokenKind.Quote || (tokCue[c] !== undefined && v.lower[c - 1] !== 'which' && v.lower[c - 1] !== 'who')) {
      // (twenty-first session, `RELATIVE_REPORT`: a report the relative clause makes, "Halden Corp, which has said it is mulling a
      // bid for Ostrand Corp, said …")
      if (!RELATIVE_REPORT || v.tokens.kind[c] === TokenKind.Quote) return null;
      reported = true;
      continue;
    }
    if (!v.isPunct(c, ',') || (v.lower[c + 1] !== 'which' && v.lower[c + 1] !== 'who')) continue;
    if (reported && !reportOpensRelative(st, c + 1)) return null;
    // (`RELATIVE_REPORT`: past a ticker, "Torvald Group Inc <TVG>, which")
    const p = phraseBefore(st, RELATIVE_REPORT ? beforeTicker(v, c - 1, floor) : c - 1, floor);
    return p ? classify(st, p, speakerOnly) : null;
  }
  return null;
}

/** Twenty-first session: "who" after an appositive chain that ends in a body stands for the person who heads the chain (`nearestSourceBefore`). */
const WHO_PERSON_CHAIN = true;

/** `WHO_PERSON_CHAIN`: the entity of the person named before a comma that opens the appositive chain ending before token `a`, or null. */
function personHeadingChain(st: Scope, a: number, floor: number): EntityId | null {
  const { v, inside, tokCue } = st;
  for (let c = a - 1; c > floor && c > a - 20; c--) {
    if (inside[c]! >= 0 || v.tokens.kind[c] === TokenKind.Quote || (tokCue[c]?.weight ?? 0) > 0.6) return null;
    if (!v.isPunct(c, ',')) continue;
    const m = v.nameAt[c - 1];
    if (m?.type === 'PERSON' && m.entity && v.tokenEndingBy(m.end) === c - 1) return m.entity;
  }
  return null;
}

/** Twenty-third session: "who" after a body or place that hangs on a person by a preposition stands for that person (`nearestSourceBefore`). */
const WHO_HEAD_BEFORE_NAME = true;
const WHO_PREPOSITIONS: ReadonlySet<string> = new Set(['at', 'in', 'of', 'with', 'from', 'for', 'near', 'off']);
/** `WHO_HEAD_BEFORE_NAME`: heads of bodies, which "who" does not stand for. */
const WHO_BODY_HEADS: ReadonlySet<string> = new Set([
  'company', 'firm', 'group', 'bank', 'ministry', 'government', 'agency', 'department', 'committee', 'commission', 'council', 'party',
  'union', 'board', 'office', 'unit', 'division', 'subsidiary', 'team', 'club', 'court', 'administration', 'report', 'study', 'survey',
]);

/**
 * `WHO_HEAD_BEFORE_NAME`: what "who" stands for when the names before it, from token `s0` back, hang on a person by prepositions
 * ("a source close to Conrail and Halden Corp", "Ann Lee with Varity Corp in Boston"): the person's entity, null for an unnamed
 * person ("a source", "fishermen"), undefined when no person heads the chain.
 */
function whoBeforeNames(st: Scope, s0: number, floor: number): EntityId | null | undefined {
  const { v } = st;
  let x = s0 - 1;
  for (let link = 0; link < 4 && x > floor; link++) {
    if (v.lower[x] === 'the') x--;
    // (past "and" and another name: "close to Conrail and Halden Corp")
    if (v.lower[x] === 'and' && v.nameAt[x - 1]) {
      x = v.tokenAtOrAfter(v.nameAt[x - 1]!.start) - 1;
      if (v.lower[x] === 'the') x--;
    }
    if (v.lower[x] === 'to' && v.lower[x - 1] === 'close') x--;
    else if (!WHO_PREPOSITIONS.has(v.lower[x] ?? '')) return undefined;
    x--;
    if (x < floor) return undefined;
    const m = v.nameAt[x];
    if (m) {
      if (m.type === 'PERSON') return v.tokenEndingBy(m.end) === x ? (m.entity ?? null) : undefined;
      x = v.tokenAtOrAfter(m.start) - 1;
      continue;
    }
    const w = v.lower[x]!;
    return v.isWord(x) && !v.isCap(x) && (GROUP_NOUNS.has(w) || PERSON_ROLES.has(w) || animacyOf(w) === 'speaker') && !WHO_BODY_HEADS.has(w) ? null : undefined;
  }
  return undefined;
}

/** Twenty-seventh session: a name before an aside opened by a cue's -ing participle is the subject of the verb after it (`nearestSourceBefore`). */
const NAME_PARTICIPLE_ASIDE = true;
/** Twenty-seventh session: "who" right after a description in apposition to a person's name is that person (`personBeforeDescription`). */
const WHO_APPOSITIVE_PERSON = true;
/** Most tokens of a description between its article and its head noun: "a Halden University law professor". */
const DESCRIPTION_REACH = 8;
/**
 * `WHO_APPOSITIVE_PERSON`: token `h` heads a description of a person ("professor", "lawyer"), which opens with "a", "an" or
 * "the" right after a comma, and the person's name ends before that comma ("Lena Dorsk, a Halden University law
 * professor"): that person; else null. Names, possessives and hyphens may stand inside the description, no comma.
 */
function personBeforeDescription(st: Scope, h: number, floor: number): EntityId | null {
  const { v } = st;
  if (h <= floor || !v.isWord(h) || v.isCap(h) || animacyOf(v.lower[h]!) !== 'speaker') return null;
  for (let x = h - 1; x > floor && x >= h - DESCRIPTION_REACH; x--) {
    const w = v.lower[x]!;
    if (w === 'a' || w === 'an' || w === 'the') {
      if (x - 2 < floor || !v.isPunct(x - 1, ',')) return null;
      const m = v.nameAt[x - 2];
      return m?.type === 'PERSON' && m.entity && v.tokenEndingBy(m.end) === x - 2 ? m.entity : null;
    }
    if (!(v.isWord(x) || w === '-' || isPossessive(w))) return null;
  }
  return null;
}

/** Twenty-first session: a relative clause between the subject and its verb may hold a report of its own (`ownerBeforeRelative`). */
const RELATIVE_REPORT = true;
const RELATIVE_AUXILIARIES: ReadonlySet<string> = new Set(['has', 'had', 'have', 'also', 'already', 'previously', 'earlier', 'recently', 'repeatedly']);

/** Token `x`, or the token before the ticker in angle brackets or the parenthesis that `x` closes ("Halden Inc <HAL>", "Halden (HAL.N)"). */
function beforeTicker(v: TokenView, x: number, floor: number): number {
  if (!v.isPunct(x, '>')) return beforeParenthesis(v, x, floor);
  for (let y = x - 1; y > floor && y > x - 6; y--) if (v.isPunct(y, '<')) return y - 1;
  return x;
}

/** `RELATIVE_REPORT`: whether the relative pronoun at `w` is followed by a cue word, past auxiliaries ("which has said", "who had earlier told"). */
function reportOpensRelative(st: Scope, w: number): boolean {
  const { v, tokCue } = st;
  let x = w + 1;
  while (x < w + 4 && RELATIVE_AUXILIARIES.has(v.lower[x] ?? '')) x++;
  return tokCue[x] !== undefined;
}

/** Token `x`, or the token before the parenthesis that `x` closes ("Marsh (D-Wis.)": the name), looking back at most 8 tokens and not to `floor`. */
function beforeParenthesis(v: TokenView, x: number, floor: number): number {
  // (twenty-sixth session, `ANGLE_BRACKETS`: the wires' "<Noranda Inc> said" and "Alsthom <ALSF.PA> said": a name inside the brackets is
  // the phrase, a ticker inside them is skipped)
  if (ANGLE_BRACKETS && v.isPunct(x, '>')) {
    for (let y = x - 1; y >= floor && y > x - 10; y--) {
      if (!v.isPunct(y, '<')) continue;
      // (a name the tagger left untagged inside too: "<Consolidated Halden Resources Ltd> said")
      return !tickerInside(v, y + 1, x) ? x - 1 : y > floor ? y - 1 : x;
    }
    return x;
  }
  if (!v.isPunct(x, ')')) return x;
  // (and the brackets before an acronym's parentheses: "<Gulf Halden Bank BSC> (GHB) said")
  for (let y = x - 1; y > floor && y > x - 8; y--) if (v.isPunct(y, '(')) return ANGLE_BRACKETS && v.isPunct(y - 1, '>') ? beforeParenthesis(v, y - 1, floor) : y - 1;
  return x;
}

/** Twenty-sixth session: "Halden Bank Ltd (HBL), said": an acronym in parentheses after a name, before the appositive's comma (`nearestSourceBefore`). */
const PAREN_ACRONYM = true;
/** Twenty-sixth session: a name or a ticker in angle brackets before the verb, as the wires write them (`beforeParenthesis`). */
const ANGLE_BRACKETS = true;
/** `ANGLE_BRACKETS`: tokens [from, to) are a ticker: capitals, dots and digits only ("ALSF.PA", "HSN"). */
function tickerInside(v: TokenView, from: number, to: number): boolean {
  for (let t = from; t < to; t++) if (!/^[A-Z0-9.]+$/.test(v.raw(t))) return false;
  return to > from;
}

/** The source right before a finite cue at `k` (skipping adverbs, an appositive, "who"). */
export function sourceBefore(st: Scope, k: number, floor: number, speakerOnly = false): AttributionSource | null {
  const found = nearestSourceBefore(st, k, floor, speakerOnly);
  if (!found) return found;
  const { v } = st;
  const first = v.tokenAtOrAfter(found.start);
  const last = v.tokenEndingBy(found.end);
  /** The source is a name, and not a person's: a body's or a place's ("Lantern Trust", "Somerset"). */
  const body = found.kind === 'named' && v.nameAt[last]?.type !== 'PERSON';
  // round sixteen: the fixes below read the words around the source the finder chose, and may give its place to a person
  if (NAME_IN_ASIDE && found.kind === 'named') {
    const subject = subjectBeforeAside(st, found, k, floor, speakerOnly);
    if (subject) return subject;
  }
  // (`CONNECTIVE_NOT_SOURCE`: "Meanwhile, Corvex which posted …, said": a connective is never the source; the name before a
  // relative "which" / "who" that opens with no comma is)
  if (CONNECTIVE_NOT_SOURCE && found.kind !== 'named' && CONNECTIVES.has(found.text.toLowerCase())) return nameBeforeBareRelative(st, last, k, speakerOnly);
  // (`UNCLOSED_RELATIVE`: "Ms Doyle, who presents The Morning Quiz tells …", "Mr Fairley, whose party opposes the plan said
  // …": a relative clause left unclosed before the verb belongs to the person before its comma)
  if (UNCLOSED_RELATIVE && !(found.kind === 'named' && !body)) {
    const owner = ownerOfUnclosedRelative(st, found, floor);
    if (owner) return classify(st, owner, speakerOnly) ?? found;
  }
  // (`PLACE_AFTER_PERSON`: "BBC correspondent Anna Pryce at Dunkery on Exmoor in the West Country said", "Gary Lumb,
  // Fleetwood Traders Association said": a place or body named after a person, past prepositions and commas, is where the person
  // is or whom they stand for: the person speaks)
  const capitalised = found.kind === 'nominal' && !found.entity && v.isCap(last);
  if (PLACE_AFTER_PERSON && (body || capitalised)) {
    const person = personBeforePlace(st, found, floor);
    if (person) return classify(st, person, speakerOnly) ?? found;
  }
  // (eighteenth session, `BODY_BEFORE_PLACE`: "Jim Orwell, president of Barnwell Capital Advisers Inc., in Tampa, Fla., said": the
  // place of the body of a person's role)
  if (BODY_BEFORE_PLACE && found.kind === 'named' && v.nameAt[last]?.type === 'LOC') {
    const person = personBeforeBodyPlace(st, first, floor);
    if (person) return classify(st, person, speakerOnly) ?? found;
    // (`BODY_THEN_PLACE`: "Genlon Institute Inc., Cambridge, Mass., said": the company, its city and state after it)
    const body = BODY_THEN_PLACE ? bodyBeforePlaces(st, first, floor) : null;
    if (body) return classify(st, body, speakerOnly) ?? found;
  }
  // (`PERSON_FROM_BODY`: "Owen Tracey from LearnGrid told …")
  if (PERSON_FROM_BODY && body) {
    const person = personFromBody(st, first, floor);
    if (person) return classify(st, person, speakerOnly) ?? found;
  }
  // (seventeenth session, `ROLE_OF_RELATIVE_OWNER`: "Ken Hale, president and CEO of the Westland Corporation, which owns the
  // team, said": a body followed by its relative clause, the body of a person's role)
  if (ROLE_OF_RELATIVE_OWNER && body && v.isPunct(last + 1, ',') && (v.lower[last + 2] === 'which' || v.lower[last + 2] === 'that')) {
    const person = personBeforeRoleOf(st, { start: first, end: last + 1, head: last }, floor);
    if (person) return classify(st, person, speakerOnly) ?? found;
  }
  // (`OPENING_PERSON_APPOSITIVE`, `OPENING_PERSON_ROLE_OF`: "Warren Lyle, VFA president and consumer activist said:")
  const described = !found.entity && (found.kind === 'nominal' || found.kind === 'vague');
  if (!OPENING_PERSON_APPOSITIVE || !(described || (OPENING_PERSON_ROLE_OF && body)) || first > last) return found;
  const person = openingPersonBefore(st, { start: first, end: last + 1, head: last }, floor);
  return person ? (classify(st, person, speakerOnly) ?? found) : found;
}

/** `CONNECTIVE_NOT_SOURCE`: the name right before a "which" / "who" in the few words after the connective ending at `last`; else null. */
function nameBeforeBareRelative(st: Scope, last: number, k: number, speakerOnly: boolean): AttributionSource | null {
  const { v } = st;
  for (let x = last + 1; x < k && x < last + 8; x++) {
    const m = v.nameAt[x - 1];
    if ((v.lower[x] === 'which' || v.lower[x] === 'who') && m) return classify(st, { start: v.tokenAtOrAfter(m.start), end: x, head: x - 1 }, speakerOnly);
  }
  return null;
}

/**
 * `PERSON_FROM_BODY`: the person before "from" / "at" and the body whose name starts at token `first` ("Owen Tracey from
 * LearnGrid told", also past the body's owner: "Karen Mills from the EPA's Office of Air Quality told"), when the person
 * opens the sentence or follows a comma or a quote mark; else null.
 */
function personFromBody(st: Scope, first: number, floor: number): Phrase | null {
  const { v } = st;
  if (isPossessive(v.lower[first - 1] ?? '') && v.nameAt[first - 2]) {
    first = v.tokenAtOrAfter(v.nameAt[first - 2]!.start);
    if (v.lower[first - 1] === 'the') first--;
  }
  const w = v.lower[first - 1];
  const person = w === 'from' || w === 'at' ? v.nameAt[first - 2] : undefined;
  if (person?.type !== 'PERSON' || v.tokenEndingBy(person.end) !== first - 2) return null;
  const start = v.tokenAtOrAfter(person.start);
  const opens = v.isSentenceFirst(start) || v.isPunct(start - 1, ',') || v.isPunct(start - 1, '"') || v.isPunct(start - 1, '“');
  return start >= floor && opens ? { start, end: first - 1, head: first - 2 } : null;
}

/**
 * Round sixteen: a name that ends an aside between commas is not the subject when the aside opens with a participle, a
 * preposition or a quantifier ("A senior army official, speaking to … correspondent Ruth Kelso, said", "many analysts,
 * including the IMF, have pointed out", "The writer's sources, all nameless friends of Mr Hallam and Mr Reid, said"):
 * the phrase before the aside is.
 */
const NAME_IN_ASIDE = true;
const ASIDE_WINDOW = 14;
const ASIDE_OPENERS: ReadonlySet<string> = new Set(['including', 'among', 'all', 'both', 'like', 'especially', 'notably', 'chiefly', 'mainly']);

function subjectBeforeAside(st: Scope, found: AttributionSource, k: number, floor: number, speakerOnly: boolean): AttributionSource | null {
  const { v } = st;
  const first = v.tokenAtOrAfter(found.start);
  const last = v.tokenEndingBy(found.end);
  const close = last + 1;
  // (not the antecedent of a relative pronoun: "campaigners, including … Margaret Thorne, who says")
  const w = v.lower[k]!;
  if (w === 'who' || w === 'which' || w === 'that' || w === 'whose') return null;
  if (!v.isPunct(close, ',') || skipAdverbsBack(st, k - 1, floor) !== close) return null;
  let open = first - 1;
  while (open > floor && first - open < ASIDE_WINDOW && !v.isPunct(open, ',')) {
    // (`PASSIVE_ASIDE`: and a share's number, "45 pct owned by")
    if (!v.isWord(open) && !v.isPunct(open, '-') && !isPossessive(v.lower[open]!) && !(PASSIVE_ASIDE && v.tokens.kind[open] === TokenKind.Number)) return null;
    open--;
  }
  if (!v.isPunct(open, ',') || open + 1 >= first || open - 1 <= floor) return null;
  const opener = v.lower[open + 1]!;
  const participle = PASSIVE_ASIDE && participleAside(st, open + 1, first);
  if (!(ASIDE_OPENERS.has(opener) || PREPOSITIONS.has(opener) || (isIng(opener) && !v.isCap(open + 1)) || participle)) return null;
  const p = phraseBefore(st, open - 1, floor);
  if (!p || p.end !== open) return null;
  // (twenty-third session, `PASSIVE_ASIDE`: a name before an aside that opens with a past participle, "Halden Airlines Inc, owned by
  // Varity Corp, said")
  const named = v.nameAt[p.head];
  if (named) return participle && named.type !== 'LOC' ? classify(st, p, speakerOnly) : null;
  const head = v.lower[p.head]!;
  if (animacyOf(head) !== 'speaker') return null;
  return classify(st, p, speakerOnly);
}

/**
 * Twenty-third session: an aside that opens with a past participle and its agent or place ("Halden Airlines Inc, owned by
 * Varity Corp, said", "…, 45 pct owned by …", "…, a wholly owned unit …" is a noun phrase) leaves the name before it the subject
 * (`subjectBeforeAside`).
 */
const PASSIVE_ASIDE = true;
const ASIDE_PARTICIPLES: ReadonlySet<string> = new Set([
  'owned', 'controlled', 'backed', 'led', 'run', 'founded', 'listed', 'traded', 'acquired', 'bought', 'formed', 'created', 'chaired',
  'headed', 'managed', 'operated', 'funded', 'financed', 'sponsored', 'supported', 'represented', 'advised', 'hired', 'appointed',
]);
const PARTICIPLE_ADVERBS: ReadonlySet<string> = new Set(['wholly', 'majority', 'partly', 'jointly', 'formerly', 'recently', 'newly', 'also', 'now', 'once']);
const SHARE_WORDS: ReadonlySet<string> = new Set(['pct', 'percent', '%', 'per']);

/** `PASSIVE_ASIDE`: the aside from token `x` to the name at `first` opens with a past participle and "by" / a preposition. */
function participleAside(st: Scope, x: number, first: number): boolean {
  const { v } = st;
  // (past a share, "45 pct owned by", "51 per cent owned by", and an adverb, "wholly owned by")
  if (v.tokens.kind[x] === TokenKind.Number) {
    x++;
    while (x < first && SHARE_WORDS.has(v.lower[x]!)) x++;
    if (v.lower[x] === 'cent') x++;
  }
  if (PARTICIPLE_ADVERBS.has(v.lower[x]!)) x++;
  if (v.isPunct(x, '-')) x++;
  return x < first && ASIDE_PARTICIPLES.has(v.lower[x]!) && (v.lower[x + 1] === 'by' || PREPOSITIONS.has(v.lower[x + 1]!));
}

/** `UNCLOSED_RELATIVE`: the person before ", who" / ", whose" when the relative clause runs, with no comma, to `found`; else null. */
function ownerOfUnclosedRelative(st: Scope, found: AttributionSource, floor: number): Phrase | null {
  const { v, tokCue } = st;
  let x = v.tokenAtOrAfter(found.start) - 1;
  for (let n = 0; x > floor && n < UNCLOSED_RELATIVE_WINDOW; n++, x--) {
    if (v.isPunct(x) && !isPossessive(v.lower[x]!) && !v.isPunct(x, '"') && !v.isPunct(x, '“') && !v.isPunct(x, '”')) return null;
    if (tokCue[x] && tokCue[x]!.kind === 'speech') return null;
    if ((v.lower[x] === 'who' || v.lower[x] === 'whose') && v.isPunct(x - 1, ',')) break;
  }
  if (!(v.lower[x] === 'who' || v.lower[x] === 'whose') || x - 2 < floor) return null;
  const person = v.nameAt[x - 2];
  if (person?.type !== 'PERSON' || v.tokenEndingBy(person.end) !== x - 2) return null;
  const start = v.tokenAtOrAfter(person.start);
  // (the person opens the sentence, past an honorific and at most one opening word: "Earlier Mr Fairley, whose …")
  let y = start - 1;
  if (y >= floor && HONORIFIC_BEFORE.has(v.lower[y]!)) y--;
  if (y >= floor && y === floor && v.isCap(y) && !v.nameAt[y]) y--;
  return y < floor ? { start, end: x - 1, head: x - 2 } : null;
}

/** `PLACE_AFTER_PERSON`: the person named before the place or body `found`, past prepositions, commas and other names; else null. */
function personBeforePlace(st: Scope, found: AttributionSource, floor: number): Phrase | null {
  const { v, tokCue } = st;
  let x = v.tokenAtOrAfter(found.start) - 1;
  // (not in a headline, where every word is capitalised)
  if (inHeadline(st, x + 1)) return null;
  let linked = false;
  for (let n = 0; x >= floor && n < PLACE_AFTER_WINDOW; n++, x--) {
    const m = v.nameAt[x];
    if (m?.type === 'PERSON') break;
    if (tokCue[x]) return null;
    const w = v.lower[x]!;
    if (m || w === 'the' || (v.isCap(x) && !v.isSentenceFirst(x))) continue;
    if (!PLACE_PREPOSITIONS.has(w) && !v.isPunct(x, ',')) return null;
    linked = true;
  }
  const person = x >= floor ? v.nameAt[x] : undefined;
  if (!linked || person?.type !== 'PERSON' || v.tokenEndingBy(person.end) !== x) return null;
  const start = v.tokenAtOrAfter(person.start);
  // (the person opens the clause, past titles and an owner: not "After her talks with Keller, the White House announced")
  let y = start - 1;
  while (y >= floor && (v.nameAt[y] || v.isCap(y) || DETERMINERS.has(v.lower[y]!) || isPossessive(v.lower[y]!) || (v.isWord(y) && nounLike(st, y) && !PREPOSITIONS.has(v.lower[y]!)))) y--;
  if (y >= floor && !(y === floor && (v.lower[y] === 'and' || v.lower[y] === 'but')) && !v.isPunct(y, '"') && !v.isPunct(y, '“')) return null;
  return { start, end: x + 1, head: x };
}

/** Eighteenth session: a relative "who" after a description in apposition to a person's name is that person's (`nearestSourceBefore`). */
const APPOSITIVE_RELATIVE = true;
/** Eighteenth session: the person of a role of the body named before ", in" and places (`sourceBefore`). */
const BODY_BEFORE_PLACE = true;

/** Eighteenth session: a company's name, then its city and state between commas, before the verb ("Genlon Institute Inc., Cambridge, Mass., said"): the company (`sourceBefore`). */
const BODY_THEN_PLACE = true;

/** Back from token `x` past commas and places' names (six steps at most): where the walk stops, and how many commas it passed. */
function backPastPlaces(v: TokenView, x: number, floor: number): { x: number; commas: number } {
  let commas = 0;
  for (let n = 0; x > floor && n < 6; n++) {
    const m = v.nameAt[x];
    if (v.isPunct(x, ',')) {
      commas++;
      x--;
    } else if (m?.type === 'LOC' && v.tokenEndingBy(m.end) === x) x = v.tokenAtOrAfter(m.start) - 1;
    else break;
  }
  return { x, commas };
}

/** `BODY_THEN_PLACE`: from the place starting at token `first`, back past places and commas (one at least) to a body's name that opens its clause. */
function bodyBeforePlaces(st: Scope, first: number, floor: number): Phrase | null {
  const { v } = st;
  const { x, commas } = backPastPlaces(v, first - 1, floor);
  const body = commas > 0 && x >= floor && v.isPunct(x + 1, ',') ? v.nameAt[x] : undefined;
  if (!body || body.type !== 'ORG' || v.tokenEndingBy(body.end) !== x) return null;
  const start = v.tokenAtOrAfter(body.start);
  // (the body opens its clause: not "… talks with Genlon Inc., Boston, Mass., said")
  const before = start - 1;
  if (before >= floor && !(v.lower[before] === 'the' || v.isPunct(before, ',') || v.lower[before] === 'and' || v.lower[before] === 'but')) return null;
  return { start, end: x + 1, head: x };
}

/** `BODY_BEFORE_PLACE`: from the place starting at token `first`, back past commas, places and one ", in" / ", at" to a body's name, and the person whose role it is. */
function personBeforeBodyPlace(st: Scope, first: number, floor: number): Phrase | null {
  const { v } = st;
  const { x } = backPastPlaces(v, first - 1, floor);
  if (!(v.lower[x] === 'in' || v.lower[x] === 'at') || !v.isPunct(x - 1, ',') || x - 2 <= floor) return null;
  const body = v.nameAt[x - 2];
  if (!body || body.type !== 'ORG' || v.tokenEndingBy(body.end) !== x - 2) return null;
  return personBeforeRoleOf(st, { start: v.tokenAtOrAfter(body.start), end: x - 1, head: x - 2 }, floor);
}

/**
 * Nineteenth session: "Villagers near Lindor, a town north of Georgeville, said", "Residents of Linden, 70 miles south of Georgeville,
 * say": a place after a preposition at the end of an appositive is not the subject; the phrase before the appositive, when it can
 * speak, is (`speakerBeforePlaceAside`).
 */
const PLACE_IN_APPOSITIVE = true;
const ASIDE_PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'near', 'outside', 'from', 'in', 'at']);

/** Walking back from token `from` to the comma that opens the aside before the comma `j`: the phrase before it when it can speak, else null. */
/** Twentieth session: an aside that ends in "based in" and a chain of places describes the name before it (`subjectBeforeBasedIn`). */
const BASED_IN_ASIDE = true;
const BASED_WORDS: ReadonlySet<string> = new Set(['based', 'headquartered', 'located']);
/** Twenty-first session: the places after "based in" may be words the tagger read as anything ("Easton, Md."; `BASED_IN_ASIDE`). */
const BASED_IN_PLACE_WORDS = true;

/**
 * `BASED_IN_ASIDE`: the phrase of the name an aside describes that ends in "based in" and the places from token `place` on ("Halden
 * Co., a tour firm based in Kobe, Japan,"), or of the person whose own aside names that body ("Ian Dukes, an analyst with
 * the research firm Instar, based in Tempe, Ariz.,"); null when the words do not read so.
 */
function subjectBeforeBasedIn(st: Scope, place: number, floor: number): { start: number; end: number; head: number } | null {
  const { v, inside } = st;
  let x = place - 1;
  // (back over a chain of places: "Kobe, Japan")
  while (x - 1 > floor && v.isPunct(x, ',') && v.nameAt[x - 1]?.type === 'LOC') x = v.tokenAtOrAfter(v.nameAt[x - 1]!.start) - 1;
  // (twenty-first session, `BASED_IN_PLACE_WORDS`: or over capitalised words the tagger did not read as places, "based in Easton,
  // Md.", "Easton" read as a person)
  if (BASED_IN_PLACE_WORDS && v.lower[x] !== 'in') {
    let y = place - 1;
    while (y > floor && y > place - 8 && (v.isPunct(y, ',') || (v.isWord(y) && v.isCap(y))) && v.lower[y] !== 'in') y--;
    if (v.lower[y] === 'in' && v.isWord(y + 1) && v.isCap(y + 1)) x = y;
  }
  if (v.lower[x] !== 'in' || !BASED_WORDS.has(v.lower[x - 1] ?? '')) return null;
  for (let c = x - 2; c > floor && c > x - 16; c--) {
    if (inside[c]! >= 0) return null;
    if (!v.isPunct(c, ',')) continue;
    let h = c - 1;
    if (LEGAL_SUFFIX_WORDS.has(v.lower[h]!) && v.nameAt[h - 1]?.type === 'ORG') h--;
    const name = v.nameAt[h];
    if (name?.type !== 'ORG' && name?.type !== 'PERSON') continue;
    // (a body inside a person's own aside: "Jeremy Dukes, an analyst with … Instar, based in …")
    if (name.type === 'ORG') {
      for (let b = v.tokenAtOrAfter(name.start) - 2; b > floor && b > c - 16; b--) {
        if (!v.isPunct(b, ',')) continue;
        if (v.nameAt[b - 1]?.type === 'PERSON' && (v.lower[b + 1] === 'a' || v.lower[b + 1] === 'an' || v.lower[b + 1] === 'the')) return phraseBefore(st, b - 1, floor);
        break;
      }
    }
    const p = phraseBefore(st, h, floor);
    return p ? { ...p, end: c } : null;
  }
  return null;
}

/** Twentieth session: a body that ends a person's title in apposition is not the source; the person is (`BODY_IN_TITLE`). */
const BODY_IN_TITLE = true;

/** `BODY_IN_TITLE`: the phrase of the person whose appositive title ends at comma `c` ("Kenji Oda, chairman of the Oda Corporation,"), or null. */
function personTitledUpTo(st: Scope, c: number, floor: number): { start: number; end: number; head: number } | null {
  const { v } = st;
  for (let b = c - 2; b > floor && b > c - 14; b--) {
    if (!v.isPunct(b, ',')) continue;
    const name = v.nameAt[b - 1];
    if (name?.type !== 'PERSON' || appositiveAfter(v, b - 1)?.[1] !== c) return null;
    return phraseBefore(st, b - 1, floor);
  }
  return null;
}

/**
 * Twentieth session: "Dana Ruiz, a lawyer representing Tom Keel, the firm's founder, says …": a person named inside another
 * person's appositive, after a word that ties them ("representing", "for"), is not who speaks; the person before it is.
 */
const CLIENT_IN_APPOSITIVE = true;
const APPOSITIVE_LINKS: ReadonlySet<string> = new Set(['representing', 'for', 'to', 'of', 'advising', 'defending']);
/** The phrase of the person before an appositive that ends in a tie word right before token `at` (`CLIENT_IN_APPOSITIVE`), or null. */
function personBeforeLinkedAppositive(st: Scope, at: number, floor: number): { start: number; end: number; head: number } | null {
  const { v, inside } = st;
  if (!APPOSITIVE_LINKS.has(v.lower[at - 1] ?? '')) return null;
  for (let c = at - 2; c > floor && c > at - 10; c--) {
    if (inside[c]! >= 0 || !v.isWord(c) && !v.isPunct(c, ',')) return null;
    if (!v.isPunct(c, ',')) {
      if (v.isCap(c) || v.nameAt[c]) return null;
      continue;
    }
    const name = v.nameAt[c - 1];
    if (name?.type !== 'PERSON' || c === at - 2) return null;
    return phraseBefore(st, c - 1, floor);
  }
  return null;
}

function speakerBeforePlaceAside(st: Scope, from: number, j: number, floor: number, speakerOnly: boolean): AttributionSource | null {
  const { v, inside, tokCue } = st;
  for (let c = from; c > floor && c > j - 24; c--) {
    if (inside[c]! >= 0 || v.tokens.kind[c] === TokenKind.Quote || (tokCue[c]?.weight ?? 0) > 0.6) return null;
    if (!v.isPunct(c, ',')) continue;
    // (the head before the phrases of places: "Residents of the mining town of Lindor")
    let x = c - 1;
    for (let hop = 0; hop < 3 && x >= floor; hop++) {
      const p = phraseBefore(st, x, floor);
      if (!p) break;
      const name = v.nameAt[p.head];
      if (name ? name.type === 'PERSON' || name.type === 'ORG' : animacyOf(v.lower[p.head]!) === 'speaker') return classify(st, name ? p : { start: p.start, end: c, head: p.head }, speakerOnly);
      if (p.start - 1 <= floor || !ASIDE_PLACE_PREPOSITIONS.has(v.lower[p.start - 1]!)) break;
      x = p.start - 2;
    }
    // (past a place in the chain: "Farmers in Lindor, Wessex, 70 miles south of …")
    if (v.nameAt[c - 1]?.type !== 'LOC') return null;
  }
  return null;
}

function nearestSourceBefore(st: Scope, k: number, floor: number, speakerOnly: boolean): AttributionSource | null {
  const { v, inside, tokCue, personBySurname } = st;
  let j = skipAdverbsBack(st, k - 1, floor);
  if (SUBJECT_ADJUNCTS_SKIP) j = skipSubjectAdjuncts(st, j, floor);
  // "Dorsey however said", "Others, however, say": a connective between the subject and its verb
  if (CONNECTIVES_SKIP && j > floor) {
    if (CONNECTIVES.has(v.lower[j]!)) j = skipAdverbsBack(st, j - 1, floor);
    else if (j - 2 > floor && v.isPunct(j, ',') && CONNECTIVES.has(v.lower[j - 1]!) && v.isPunct(j - 2, ',')) j = skipAdverbsBack(st, j - 3, floor);
    // "Cement makers, for instance, argue", "officials, in fact, even insist", "he, once again, pledged" (`ASIDE_PHRASES`)
    else if (ASIDE_PHRASES && v.isPunct(j, ',')) j = asidePhraseBefore(st, j, floor);
  }
  // "Rep. Ellen Marsh (D-Wis.) said"
  j = beforeParenthesis(v, j, floor);
  // "Ed Kransky, who won Nevada …, is calling for": the progressive's auxiliary before the appositive's comma
  if (PROGRESSIVE_FIRST && PROGRESSIVE.has(v.lower[j] ?? '') && j > floor) {
    const b = skipAdverbsBack(st, j - 1, floor);
    if (b >= floor && (v.isPunct(b, ',') || BOUNDARY_DASHES.has(v.lower[b]!))) j = b;
  }
  // "Dale Fisk — a farmer from Cedar Falls — says": an appositive between dashes
  // ("Reeves - who weighed … - has vowed": a hyphen with a space on both sides is a dash)
  const spacedHyphen = SPACED_HYPHEN && v.lower[j] === '-' && j > floor && v.tokens.start[j]! > v.tokens.end[j - 1]! && v.tokens.end[j]! < v.tokens.start[j + 1]!;
  if (DASH_APPOSITIVE && j > floor && BOUNDARY_DASHES.has(v.lower[j]!) && (v.lower[j] !== '-' || spacedHyphen)) {
    const long = spacedHyphen || (DASH_RELATIVE && v.lower[j] !== '-');
    let inner = false;
    for (let x = j - 2; x > floor && x > j - (long ? DASH_APPOSITIVE_LONG : DASH_APPOSITIVE_WINDOW); x--) {
      if (v.lower[x] === v.lower[j] && (!spacedHyphen || (v.tokens.start[x]! > v.tokens.end[x - 1]! && v.tokens.end[x]! < v.tokens.start[x + 1]!))) {
        // (a quote or a report inside the dashes only in a relative clause: "Keller - who previously said she would “scrap …” - said")
        if (v.isWord(x - 1) && (!inner || RELATIVES.has(v.lower[x + 1]!))) j = skipAdverbsBack(st, x - 1, floor);
        break;
      }
      if (inside[x]! >= 0 || v.tokens.kind[x] === TokenKind.Quote || (tokCue[x] !== undefined && !tokCue[x]!.participle && !v.isCap(x) && tokCue[x]!.weight > 0.6)) {
        if (!DASH_RELATIVE) break;
        inner = true;
      }
    }
  }
  if (j < floor) return null;
  if (contractedAux(v, j) && j - 1 >= floor) j--;
  if (PASSIVE.has(v.lower[j]!) && !PROGRESSIVE.has(v.lower[j]!)) return null;
  // a relative pronoun is the source (PolNeAR), standing for the phrase before it: "Mr. Dorn, who said …",
  // "the Tribune, which reported …", "voters who said …"
  if ((v.lower[j] === 'who' || v.lower[j] === 'which') && j > floor) {
    // ("The group, which endorsed …": the phrase right before the comma when no appositive reading finds one, `COMMA_ANTECEDENT`)
    const ante = v.isPunct(j - 1, ',') ? (sourceBefore(st, j, floor, speakerOnly) ?? (COMMA_ANTECEDENT && j - 2 >= floor && v.isWord(j - 2) ? antecedentBefore(st, j - 2, floor, speakerOnly) : null)) : antecedentBefore(st, j - 1, floor, speakerOnly);
    if (!ante && (v.lower[j] === 'which' || speakerOnly)) return null;
    // (twenty-first session, `WHO_PERSON_CHAIN`: "Dan Hoyle, editor of the town paper, The Valley Courier, who calls …": "who"
    // is the person who heads the appositive chain, not the body that ends it)
    if (WHO_PERSON_CHAIN && ante && v.lower[j] === 'who' && v.isPunct(j - 1, ',') && v.nameAt[v.tokenEndingBy(ante.end)]?.type !== 'PERSON') {
      const person = personHeadingChain(st, v.tokenAtOrAfter(ante.start), floor);
      if (person) return { ...tokenSpan(st, j, j + 1), entity: person, kind: 'pronoun' };
    }
    // (twenty-seventh session, `WHO_APPOSITIVE_PERSON`: "said Lena Dorsk, a Halden University law professor who wrote …":
    // "who" after a person's description in apposition to the person's name stands for the person, not the body inside it)
    if (WHO_APPOSITIVE_PERSON && v.lower[j] === 'who' && !v.isPunct(j - 1, ',')) {
      const person = personBeforeDescription(st, j - 1, floor);
      if (person) return { ...tokenSpan(st, j, j + 1), entity: person, kind: 'pronoun' };
    }
    // (twenty-third session, `WHO_HEAD_BEFORE_NAME`: "a source at Halden Corp who …", "analyst Ann Lee with Varity Corp in Boston, who
    // …": "who" is the person the body or place hangs on, not the body or the place)
    if (WHO_HEAD_BEFORE_NAME && ante?.entity && v.lower[j] === 'who' && ante.kind === 'named') {
      const m = v.nameAt[v.tokenEndingBy(ante.end)];
      const who = m && (m.type === 'ORG' || m.type === 'LOC') ? whoBeforeNames(st, v.tokenAtOrAfter(m.start), floor) : undefined;
      if (who !== undefined) return { ...tokenSpan(st, j, j + 1), entity: who, kind: 'pronoun' };
    }
    // (eighteenth session, `APPOSITIVE_RELATIVE`: "“…,” said Ray Tolland, the visiting captain who conceded …": a description in
    // apposition to a person's name stands for that person)
    if (APPOSITIVE_RELATIVE && ante && !ante.entity && ante.kind === 'nominal') {
      const a = v.tokenAtOrAfter(ante.start);
      const person = a - 2 >= floor && v.isPunct(a - 1, ',') ? v.nameAt[a - 2] : undefined;
      if (person?.type === 'PERSON' && person.entity && v.tokenEndingBy(person.end) === a - 2) return { ...tokenSpan(st, j, j + 1), entity: person.entity, kind: 'pronoun' };
    }
    return { ...tokenSpan(st, j, j + 1), entity: ante?.entity ?? null, kind: 'pronoun' };
  }
  // "a new poll that showed …", "the first union that endorsed …": a relative "that" after a noun that can be a source (`RELATIVE_THAT`)
  if (RELATIVE_THAT && v.lower[j] === 'that' && j > floor && v.isWord(j - 1) && !st.tokCue[j - 1] && !FINITE_AUX.has(v.lower[j - 1]!)) {
    const ante = antecedentBefore(st, j - 1, floor, speakerOnly);
    if (ante && ante.kind !== 'pronoun') return { ...tokenSpan(st, j, j + 1), entity: ante.entity, kind: 'pronoun' };
  }
  // "The man who wrote the speech says …", "Republicans who praised his candidacy warned …": the
  // subject is the noun before a restrictive relative clause, not the relative's object
  if (RELATIVE_PREDICATE && j > floor) {
    const who = restrictiveRelativeBefore(st, j, floor);
    if (who > floor) j = who - 1;
  }
  // "Dunmore, the co-author of “Signal Lost,” said": the appositive's comma inside a title's closing quote
  // (the title's closing mark then lies after `j`: `quoteEnd` is where titles must close by)
  let quoteEnd = j;
  if (APPOSITIVE_QUOTES && j - 1 > floor && commaInQuote(st, j) && quoteInAppositive(st, j, j + 1) && titleQuote(st, j, floor)) {
    j--;
    if (TITLE_OWNER) quoteEnd = j + 2;
  }
  // ("…, said Paul Dufresne, a former strategist.": a comma, the cue, then a person who ends the clause is the inversion, not "X, said")
  if (INVERTED_CUE && v.isPunct(j, ',') && invertedPerson(st, k)) return null;
  if (v.isPunct(j, ',')) {
    // "Alan Petch, director general of the Northern Chambers of Commerce, warned"
    for (let c = j - 2; c > floor && c > j - 14; c--) {
      if (!v.isPunct(c, ',')) continue;
      const name = v.nameAt[c - 1];
      const title = name && name.type === 'PERSON' ? appositiveAfter(v, c - 1) : null;
      if (title && title[1] === j) {
        const outer = CLIENT_IN_APPOSITIVE ? personBeforeLinkedAppositive(st, v.tokenAtOrAfter(name!.start), floor) : null;
        return classify(st, outer ?? { start: v.tokenAtOrAfter(name!.start), end: c, head: c - 1 });
      }
      break;
    }
    // "Andriy Yermak, emphasized"
    // (twenty-sixth session, `PAREN_ACRONYM`: "Norland National Bank Ltd (NNB), said": past an acronym in parentheses)
    const pj = PAREN_ACRONYM ? beforeParenthesis(v, j - 1, floor) : j - 1;
    const direct = phraseBefore(st, pj, floor);
    const src = direct ? classify(st, direct, speakerOnly) : null;
    if (src && v.nameAt[pj]) {
      // "Tom Ridley, ex-chief policy adviser to the Treasury, said": a person before the appositive, not the organisation in it;
      // nor the person in it ("Gil Sorensen, an adviser on energy policy to President Hale, has said", "Lawyer Anne
      // Pruett, who represents Mr Tahir and Mr Osei, said")
      // (round fourteen: a relative clause with a list inside, "The Alliance, which includes the X Society, Elder Voice and the Y
      // Society, said": the phrase before its "which")
      if (RELATIVE_HOLDS_NAME) {
        const owner = ownerBeforeRelative(st, direct!.start, floor, speakerOnly);
        if (owner) return owner;
      }
      if (v.nameAt[pj]!.type !== 'PERSON' || PERSON_BEFORE_APPOSITIVE) {
        for (let c = direct!.start - 1; c > floor && c > j - 20; c--) {
          // (twenty-sixth session, `PARTICIPLE_CUE_ASIDE`: a cue's participle that opens an aside is none, "the study, reported in the
          // Halden Journal, says")
          const participleAside = PARTICIPLE_CUE_ASIDE && v.isPunct(c - 1, ',') && v.lower[c]!.endsWith('ed') && ASIDE_PARTICIPLE_PREPOSITIONS.has(v.lower[c + 1] ?? '');
          if (((inside[c]! >= 0 || v.tokens.kind[c] === TokenKind.Quote) && !(APPOSITIVE_QUOTES && quoteInAppositive(st, c, j + 2))) || ((tokCue[c]?.weight ?? 0) > 0.6 && !participleAside)) break;
          if (!v.isPunct(c, ',')) continue;
          const name = v.nameAt[c - 1];
          const person = name ? name.type === 'PERSON' : v.isCap(c - 1) && personBySurname.has(v.lower[c - 1]!);
          // (round thirteen: "Kestrel Hydro Power, the operator of …, has said": an organisation before a lower-case appositive
          // that opens with a determiner; "Daniel Pryor, 34, from Wedmore, Somerset, said": an age or a place after the person)
          // (round fourteen: "Hollins, which makes Red Fox Ale, said": the phrase before a relative clause that holds the name)
          if (RELATIVE_HOLDS_NAME && (v.lower[c + 1] === 'which' || v.lower[c + 1] === 'who' || (WHOSE_CLAUSE && v.lower[c + 1] === 'whose')) && (name || v.isWord(c - 1))) {
            const p = phraseBefore(st, c - 1, floor);
            // (seventeenth session, `ROLE_OF_RELATIVE_OWNER`: "Ken Hale, president of the Westland Corporation, which owns the
            // team, said": the person whose role the relative clause's owner is the body of)
            const person = ROLE_OF_RELATIVE_OWNER && p ? personBeforeRoleOf(st, p, floor) : null;
            const owner = person ? classify(st, person, speakerOnly) : p ? classify(st, p, speakerOnly) : null;
            if (owner) return owner;
          }
          const org = APPOSITIVE_CHAIN && name !== undefined && name.type === 'ORG' && DETERMINERS.has(v.lower[c + 1] ?? '') && (v.nameAt[pj]!.type !== 'PERSON' || prepositionBetween(v, c + 1, direct!.start));
          // (round fifteen: also an appositive that opens with a capitalised title, "Lord Pellow, Minister for Rural Affairs, said")
          let titled = TITLE_APPOSITIVE && TITLE_HEADS.has(v.lower[c + 1] ?? '');
          // (round sixteen: or with a party's or a body's name before the title, "Lord Garside, Tory chief whip in the Lords, said",
          // `NAMED_TITLE_APPOSITIVE`)
          const opener = v.nameAt[c + 1];
          if (NAMED_TITLE_APPOSITIVE && !titled && opener && opener.type !== 'PERSON' && v.tokenAtOrAfter(opener.start) === c + 1) {
            const after = v.tokenEndingBy(opener.end) + 1;
            titled = v.isWord(after) && !v.isCap(after) && (TITLE_HEADS.has(v.lower[after]!) || ROLE_NOUNS.has(v.lower[after]!));
            // (twenty-sixth session, `PARTY_OF_PLACE`: "Senator Bob Kerrey, Democrat of Nebraska, said": a party member's home)
            titled ||= PARTY_OF_PLACE && opener.type === 'NORP' && (v.lower[after] === 'of' || v.lower[after] === 'from') && v.nameAt[after + 1]?.type === 'LOC';
          }
          // (and a party's letter and a state's, "Senator Bob Kerrey, D-Neb., said")
          titled ||= PARTY_OF_PLACE && c + 4 === j && PARTY_LETTERS.has(v.raw(c + 1)) && v.lower[c + 2] === '-' && v.isCap(c + 3);
          if ((person && ((v.isWord(c + 1) && !v.isCap(c + 1)) || titled || (APPOSITIVE_CHAIN && v.tokens.kind[c + 1] === TokenKind.Number))) || org) {
            const p = phraseBefore(st, c - 1, floor);
            // (twentieth session, `CLIENT_IN_APPOSITIVE`: "Dana Ruiz, a lawyer representing Tom Keel, the firm's founder, says": the
            // person whose appositive names the other)
            const outer = CLIENT_IN_APPOSITIVE && p ? personBeforeLinkedAppositive(st, p.start, floor) : null;
            const owner = outer ? classify(st, outer, speakerOnly) : p ? classify(st, p, speakerOnly) : null;
            if (owner) return owner;
          }
          // ("The book, serialised in a Sunday paper, alleges": a noun that can speak before a participle aside)
          if (APPOSITIVE_CHAIN && !name && isPastParticipleAside(st, c + 1)) {
            const p = phraseBefore(st, c - 1, floor);
            const owner = p && animacyOf(v.lower[p.head]!) === 'speaker' ? classify(st, p, speakerOnly) : null;
            if (owner) return owner;
          }
          // (past an age or a place in the chain: ", 34, from Wedmore, Somerset,")
          if (APPOSITIVE_CHAIN && ((name && name.type === 'LOC') || v.tokens.kind[c - 1] === TokenKind.Number)) continue;
          break;
        }
      }
      if (PLACE_IN_APPOSITIVE && v.nameAt[pj]!.type === 'LOC' && ASIDE_PLACE_PREPOSITIONS.has(v.lower[direct!.start - 1] ?? '')) return speakerBeforePlaceAside(st, direct!.start - 2, j, floor, speakerOnly) ?? src;
      // (twentieth session, `BASED_IN_ASIDE`: "Halden Co., a tour firm based in Kobe, Japan, announced …": the one an aside
      // that ends in where it is based describes)
      if (BASED_IN_ASIDE && v.nameAt[pj]!.type === 'LOC') {
        const based = subjectBeforeBasedIn(st, direct!.start, floor);
        if (based) return classify(st, based, speakerOnly) ?? src;
      }
      return src;
    }
    // "Mark Heller, director of the Centre for Fair Markets at Boston College’s law school, said"
    // a reporting verb in between is another attribution's, unless a relative clause holds it ("Dan Ruckert,
    // an Ohio Republican who has … been mentioned by aides as a likely running mate, said")
    let strong = -1;
    for (let c = j - 1; c > floor && c > j - 32; c--) {
      if ((inside[c]! >= 0 || v.tokens.kind[c] === TokenKind.Quote) && !(APPOSITIVE_QUOTES && quoteInAppositive(st, c, Math.max(j, quoteEnd)))) return null;
      // ("self-described democratic socialist": a cue inside a hyphenated word is an adjective, `NOUN_APPOSITIVE`)
      if ((tokCue[c]?.weight ?? 0) > 0.6 && !(NOUN_APPOSITIVE && v.lower[c - 1] === '-' && v.tokens.start[c] === v.tokens.end[c - 1]) && !askedAside(v, c)) {
        if (!RELATIVE_HOLDS_CUE) return null;
        if (strong < 0) strong = c;
      } else if (RELATIVE_HOLDS_CUE && strong >= 0 && (v.lower[c] === 'who' || v.lower[c] === 'which' || v.lower[c] === 'whose')) strong = -1;
      if (!v.isPunct(c, ',')) continue;
      // "A hospital manager, speaking anonymously to reporters, said": a speaker noun before a participle aside
      if (PARTICIPLE_ASIDE && (strong < 0 || strong === c + 1) && isIng(v.lower[c + 1] ?? '') && !v.nameAt[c - 1]) {
        const p = phraseBefore(st, c - 1, floor);
        const src = p && (ROLE_NOUNS.has(v.lower[p.head]!) || GROUP_NOUNS.has(v.lower[p.head]!)) ? classify(st, p, speakerOnly) : null;
        if (src) return src;
      }
      const at = APPOSITIVE_OWNER ? personBeforeComma(st, c, floor) : c - 1;
      const name = v.nameAt[at];
      // ("Mr Dalby, who is now retired …, said", the NER missed the surname of a person named before)
      const surname = !name && SURNAME_APPOSITIVE && v.isCap(at) && personBySurname.has(v.lower[at]!);
      if (!surname && (!name || (name.type !== 'PERSON' && name.type !== 'ORG'))) continue;
      // (twenty-seventh session, `NAME_PARTICIPLE_ASIDE`: "Halden Corp., citing weak demand, said …": the cue is the -ing
      // participle that opens the aside right after the name's comma, the aside's own report)
      if (strong >= 0 && !(NAME_PARTICIPLE_ASIDE && strong === c + 1 && isIng(v.lower[strong]!))) return null;
      // (twentieth session, `BODY_IN_TITLE`: "Kenji Oda, chairman of the Oda Corporation, one of the largest firms, said": the
      // person whose title the body ends, past the appositive after it)
      const titled = BODY_IN_TITLE && name?.type === 'ORG' ? personTitledUpTo(st, c, floor) : null;
      const p = titled ?? phraseBefore(st, at, floor);
      return p ? classify(st, p, speakerOnly) : null;
    }
    return NOUN_APPOSITIVE ? subjectBeforeAppositive(st, j, floor, speakerOnly) : null;
  }
  if (PROGRESSIVE.has(v.lower[j]!)) j = skipAdverbsBack(st, j - 1, floor);
  // "Richards and Delgado both stressed", "the ministers all urged": a floating quantifier after the subject
  if (floatingAt(st, j, floor)) j = skipAdverbsBack(st, j - 1, floor);
  const p = phraseBefore(st, j, floor);
  // (round fourteen: "Neil Ambrose, managing director of ISP Wavelink said": an appositive left unclosed before the verb)
  const unclosed = UNCLOSED_APPOSITIVE && p ? personBeforeRoleOf(st, p, floor) : null;
  if (unclosed) return classify(st, unclosed, speakerOnly);
  const role = p ? roleBefore(st, p, floor) : null;
  let found = role ? classify(st, role, speakerOnly) : p ? classify(st, p, speakerOnly) : quantityBefore(st, j, floor);
  if (QUANTITY_OF && (!found || found.kind === 'vague')) found = quantityOf(st, j, floor, found) ?? found;
  if (COORDINATED_SOURCES) found = coordinated(st, role ?? p, j, floor, speakerOnly, found) ?? found;
  // "Both want …", "…, and both vowed": a quantifier pronoun opening its clause (`BOTH_SOURCE`)
  if (!found && bothAt(st, j, floor)) found = { ...tokenSpan(st, j, j + 1), entity: null, kind: 'vague' };
  return found || !REDUCED_RELATIVE ? found : reducedRelative(st, j, floor, speakerOnly);
}

/** Most steps of `skipSubjectAdjuncts` (each a word, a time expression's token or an adverb run). */
const SUBJECT_ADJUNCT_WINDOW = 6;

/**
 * `SUBJECT_ADJUNCTS_SKIP`: words and time expressions between a subject and its verb that
 * `skipAdverbsBack` leaves ("Mrs. Keller has since said", "advisers have long insisted", "Sam
 * Pruitt on Thursday evening said", "A judge last month ordered", "workers here said"), with the
 * adverbs and auxiliaries before them ("has long", "has in fact").
 */
export function skipSubjectAdjuncts(st: Scope, j: number, floor: number): number {
  const { v, timeTok } = st;
  const from = j;
  for (let n = 0; j >= floor && n < SUBJECT_ADJUNCT_WINDOW; n++) {
    const w = v.lower[j]!;
    // (round fourteen: an age is no time adjunct: "The 21-year-old told …")
    if (ageEndingAt(v, j, floor)) break;
    if (SUBJECT_ADJUNCTS.has(w) || (timeTok[j] && !v.isPunct(j, ','))) j = skipAdverbsBack(st, j - 1, floor);
    // "on Thursday evening", "in fact", "two weeks ago"
    else if ((w === 'on' || w === 'in' || w === 'at') && j < from && (timeTok[j + 1] || v.lower[j + 1] === 'fact')) j = skipAdverbsBack(st, j - 1, floor);
    else if (w === 'fact' && v.lower[j - 1] === 'in') j -= 1;
    else break;
  }
  return j;
}

/**
 * `ASIDE_PHRASES` (round nine): an adverbial phrase between commas after the subject ("Cement
 * makers, for instance, argue", "officials, in fact, even insist", "he, once again, pledged"):
 * one of `ASIDE_PHRASE_SET` (up to three words); returns the token before the first comma (past
 * adverbs), else `j`.
 */
const ASIDE_PHRASES = true;
const ASIDE_PHRASE_SET: ReadonlySet<string> = new Set([
  'in fact', 'for instance', 'for example', 'of course', 'at least', 'in particular', 'in turn', 'in contrast', 'by contrast', 'in short',
  'in general', 'in addition', 'in part', 'after all', 'once again', 'as well', 'so far', 'at the same time', 'on the other hand',
  'not surprisingly', 'perhaps', 'apparently', 'reportedly', 'notably', 'indeed', 'also', 'still', 'predictably', 'similarly', 'again',
  'generally', 'privately', 'publicly', 'meantime', 'in the meantime', 'for their part', 'for his part', 'for her part', 'for its part',
]);
function asidePhraseBefore(st: Scope, j: number, floor: number): number {
  const { v } = st;
  for (let c = j - 2; c > floor && c >= j - 5; c--) {
    if (v.isPunct(c, ',')) {
      if (c - 1 < floor || !v.isWord(c - 1)) return j;
      let phrase = v.lower[c + 1]!;
      for (let x = c + 2; x < j; x++) phrase += ' ' + v.lower[x]!;
      if (!ASIDE_PHRASE_SET.has(phrase)) return j;
      const y = skipAdverbsBack(st, c - 1, floor);
      // (another comma before a noun: "Brian Tully, the chairman of …, for example, said" is an appositive, read from its comma)
      if (!SOURCE_PRONOUNS.has(v.lower[y] ?? '')) for (let x = c - 1; x > floor && x >= c - 16; x--) if (v.isPunct(x, ',')) return c;
      return y;
    }
    if (!v.isWord(c) || v.isCap(c)) return j;
  }
  return j;
}

/** `CONTRACTED_AUX` (round nine): "he’s said", "She’s predicting": the clitic is "has" / "is" after a subject pronoun, not a passive. */
const CONTRACTED_AUX = true;
const CONTRACTED_SUBJECTS: ReadonlySet<string> = new Set(['he', 'she', 'who']);
export function contractedAux(v: TokenView, x: number): boolean {
  if (!CONTRACTED_AUX || (v.lower[x] !== '’s' && v.lower[x] !== "'s")) return false;
  if (CONTRACTED_SUBJECTS.has(v.lower[x - 1] ?? '')) return true;
  // (twentieth session, `NAME_S_SUBJECT`: "Moody's said …", "Heck's said …": a name that ends in "'s" is the subject, not "X is
  // said"; only "X's said to …" is a passive)
  return NAME_S_SUBJECT && x > 0 && v.isCap(x - 1) && v.nameAt[x - 1] !== undefined && v.tokens.start[x] === v.tokens.end[x - 1] && finiteSaying(v.lower[x + 1] ?? '') && v.lower[x + 2] !== 'to';
}
/** Twentieth session: a name that ends in "'s" ("Moody's", "McDonald's") before a verb of saying is its subject (`contractedAux`). */
const NAME_S_SUBJECT = true;

/**
 * The "who" that opens a restrictive relative clause ending at token `j` (its verb between, no
 * comma, quote or other clause word), or -1: "[Republicans] who praised his candidacy | warned".
 */
/** Round fourteen: a hyphenated word inside the relative clause does not end it (`restrictiveRelativeBefore`). */
const RELATIVE_HYPHEN = true;
function restrictiveRelativeBefore(st: Scope, j: number, floor: number): number {
  const { v, tokCue, inside } = st;
  let verb = false;
  for (let x = j; x > floor && x > j - 16; x--) {
    const w = v.lower[x]!;
    // (round fourteen: a hyphen inside a word, "the council's anti-litter rules")
    const inWord = RELATIVE_HYPHEN && w === '-' && v.tokens.start[x] === v.tokens.end[x - 1] && v.tokens.end[x] === v.tokens.start[x + 1];
    if (!v.isWord(x) && v.tokens.kind[x] !== TokenKind.Number && !isPossessive(w) && !inWord) return -1;
    if (inside[x]! >= 0 || w === 'that' || w === 'which' || w === 'and' || w === 'but') return -1;
    if (w === 'who') return verb && x - 1 >= floor && v.isWord(x - 1) && !v.isPunct(x - 1, ',') ? x : -1;
    if (!v.isCap(x) && (tokCue[x] !== undefined || FINITE_AUX.has(w) || (w.length > 4 && w.endsWith('ed')))) verb = true;
  }
  return -1;
}

/** The quote whose opening or closing mark is token `mark`, or -1 (quotes are sorted by start; a few inner ones may lie between). */
function quoteOfMark(st: Scope, mark: number): number {
  const list = st.quotes.list;
  const i = firstQuoteFrom(list, st.v.tokens.start[mark]!);
  if (i < list.length && list[i]!.open === mark) return i;
  for (let x = i - 1; x >= 0 && x >= i - 8; x--) if (list[x]!.close === mark) return x;
  return -1;
}

/** The quote closed at `close` is a title inside an appositive: a plain lower-case word before its opening mark ("the co-author of “Signal Lost,”"), an appositive's comma before that. */
function titleQuote(st: Scope, close: number, floor: number): boolean {
  const { v, tokCue, quotes } = st;
  const qi = quoteOfMark(st, close);
  const open = qi >= 0 ? quotes.list[qi]!.open : -1;
  // (round thirteen: a network's show, "host of WKTV’s “Early Shift,”": a possessive after a capitalised owner)
  const owned = TITLE_OWNER && open - 2 > floor && isPossessive(v.lower[open - 1]!) && v.isCap(open - 2) && v.isWord(open - 2);
  if (owned) return titleAfterComma(v, open - 3, floor);
  if (open <= floor + 2 || !v.isWord(open - 1) || v.isCap(open - 1) || tokCue[open - 1] !== undefined || isPossessive(v.lower[open - 1]!)) return false;
  return titleAfterComma(v, open - 2, floor);
}

/** Round thirteen: a show title owned by a network in an appositive ("Dana Pirelli, host of WKTV’s “Early Shift,” suggested"), and a title whose comma sits inside its closing mark read past in a long appositive. */
const TITLE_OWNER = true;

/** An appositive's comma before token `from` (within 12 tokens), with words on both sides and a lower-case word after it. */
function titleAfterComma(v: TokenView, from: number, floor: number): boolean {
  for (let x = from; x > floor && x > from - 10; x--) if (v.isPunct(x, ',')) return v.isWord(x - 1) && v.isWord(x + 1) && !v.isCap(x + 1);
  return false;
}

/** Most tokens of a quoted title inside an appositive. */
const APPOSITIVE_QUOTE_TOKENS = 8;

/** Token `c` (a quote mark or a token inside quotes) belongs to a short quoted title, or is a plural possessive's apostrophe, closed before `j`. */
function quoteInAppositive(st: Scope, c: number, j: number): boolean {
  const { v, quotes, inside } = st;
  const r = v.raw(c);
  // "Reeves' senior": an apostrophe glued to a word in -s, a space after it
  if ((r === "'" || r === '’') && v.lower[c - 1]?.endsWith('s') && v.tokens.start[c] === v.tokens.end[c - 1] && v.tokens.end[c]! < (v.tokens.start[c + 1] ?? 0)) return true;
  // a token inside a quote, or a mark: the quote it opens or closes
  const qi = inside[c]! >= 0 ? inside[c]! : quoteOfMark(st, c);
  if (qi < 0) return false;
  const q = quotes.list[qi]!;
  return q.close >= 0 && q.close < j && q.close - q.open <= APPOSITIVE_QUOTE_TOKENS;
}

/** A comma inside a closing quote mark right before token `b` (`…,” adding, “…”`): the participle's comma. */
export function commaInQuote(st: Scope, b: number): boolean {
  const { v } = st;
  return COMMA_IN_QUOTE && b > 0 && v.tokens.kind[b] === TokenKind.Quote && v.isPunct(b - 1, ',');
}

const COMMA_IN_QUOTE = true;

/**
 * The last token of the name an appositive after the comma at `c` belongs to: the name right
 * before the comma, past a party tag ("Rep. Carl Dutton (D-Md.), chair of …") or a place
 * after "of" / "from" ("Rep. Tim Vance of Oklahoma, an ally of …", "Senator Gail Hursh of
 * Connecticut, who …"): the person before it.
 */
function personBeforeComma(st: Scope, c: number, floor: number): number {
  const { v } = st;
  const x = beforeParenthesis(v, c - 1, floor);
  const name = v.nameAt[x];
  if (!name || name.type === 'PERSON' || name.type === 'ORG') return x;
  const s = v.tokenAtOrAfter(name.start);
  const before = v.nameAt[s - 2];
  return s - 2 >= floor && (v.lower[s - 1] === 'of' || v.lower[s - 1] === 'from') && before && before.type === 'PERSON' ? s - 2 : x;
}

/**
 * `NOUN_APPOSITIVE` (round nine): a subject that opens its clause, then an appositive or relative
 * clause between commas, then the cue at `j + 1` ("Yet Democratic analysts, like their Republican
 * colleagues, say", "Republican senators, who are close to several of the farm groups …, have
 * vowed", "Gov. Dale Hager (R-OH), said", "Samuel T. Brandt Jr., who was to fly …, said"): the
 * noun phrase before the clause's first comma (at most `APPOSITIVE_SUBJECT` tokens in), when the
 * words up to `j` hold no quote and no content; the loop above reads names only.
 */
const NOUN_APPOSITIVE = true;
const APPOSITIVE_SUBJECT = 12;
const APPOSITIVE_SPAN = 32;

/** Intro words of `mainClauseStart` that open a phrase or clause of their own, not the content ("In an interview, …"). */
export const INTRO_CLAUSE_OPENERS: ReadonlySet<string> = new Set([
  'in', 'on', 'at', 'for', 'with', 'after', 'before', 'as', 'despite', 'although', 'though', 'when', 'while', 'since', 'during',
  'following', 'amid', 'under', 'according', 'if', 'because', 'by', 'from', 'over', 'within', 'without', 'through', 'until', 'unlike',
  'like', 'speaking', 'asked', 'once', 'overall',
]);
function subjectBeforeAppositive(st: Scope, j: number, floor: number, speakerOnly: boolean): AttributionSource | null {
  const { v } = st;
  let s = floor;
  while (s < j && (v.lower[s] === 'yet' || v.lower[s] === 'but' || v.lower[s] === 'and' || v.lower[s] === 'so')) s++;
  const found = appositiveSubjectFrom(st, s, j, speakerOnly);
  if (found || (!INTRO_CLAUSE_OPENERS.has(v.lower[s]!) && v.lower[s] !== 'among' && !isIng(v.lower[s]!))) return found;
  // "After winning Ohio in the caucus, Gov. Dale Hager (R-OH), said": past an opening adjunct
  for (let x = s + 1; x < j - 2 && x <= s + INTRO_WINDOW; x++) {
    if (v.isPunct(x, ',')) return appositiveSubjectFrom(st, x + 1, j, speakerOnly);
    if (v.tokens.kind[x] === TokenKind.Quote || st.inside[x]! >= 0) return null;
  }
  return null;
}

const INTRO_WINDOW = 20;
function appositiveSubjectFrom(st: Scope, s: number, j: number, speakerOnly: boolean): AttributionSource | null {
  const { v, inside } = st;
  let c0 = -1;
  for (let x = s + 1; x < j && x <= s + APPOSITIVE_SUBJECT; x++) {
    if (!v.isWord(x) && !v.isPunct(x, ',') && !v.isPunct(x, '(') && !v.isPunct(x, ')') && v.lower[x] !== '-' && v.lower[x] !== '.') return null;
    if (v.isPunct(x, ',')) {
      c0 = x;
      break;
    }
  }
  // ("Gov. Dale Hager (R-OH), said": a party tag and the cue's comma, no appositive)
  if (c0 < 0 && v.isPunct(j - 1, ')') && j - s <= APPOSITIVE_SUBJECT) c0 = j;
  if (c0 < 0 || j - c0 > APPOSITIVE_SPAN) return null;
  for (let x = c0 + 1; x < j; x++) if (inside[x]! >= 0 || v.tokens.kind[x] === TokenKind.Quote) return null;
  // past a party tag ("Hager (R-OH),") or a suffix ("Brandt Jr.,")
  let h = beforeParenthesis(v, c0 - 1, s);
  if (v.lower[h] === '.' && NAME_SUFFIXES.has(v.lower[h - 1]!)) h--;
  if (NAME_SUFFIXES.has(v.lower[h]!) && h - 1 > s) h--;
  if (h < s || !v.isWord(h)) return null;
  // ("Just under a third, 31 percent, say": a share)
  const q = quantityBefore(st, h, s);
  if (q) return q.start === v.tokens.start[s] ? q : null;
  const p = phraseBefore(st, h, s);
  if (!p) return null;
  // (a title before the name: "Vice President Samuel T. Brandt Jr.")
  let t = s;
  while (t < p.start && v.isWord(t) && v.isCap(t)) t++;
  return t === p.start ? classify(st, p, speakerOnly) : null;
}

/** `sourceBefore`: "a spokeswoman for the FAA's Denver office told" — the role, not the organisation, speaks. */
const ROLE_BEFORE_PHRASE = true;

/** "a spokeswoman for the company", "an official at the bank": the role before the preposition heads the phrase `p` ends. */
function roleBefore(st: Scope, p: Phrase, floor: number): Phrase | null {
  const { v } = st;
  const h = p.start - 2;
  if (!ROLE_BEFORE_PHRASE || h < floor || !ROLE_PREPOSITIONS.has(v.lower[p.start - 1]!) || !PERSON_ROLES.has(v.lower[h]!)) return null;
  const inner = phraseBefore(st, h, floor);
  return inner ? { start: inner.start, end: p.end, head: h } : null;
}

function antecedentBefore(st: Scope, j: number, floor: number, speakerOnly: boolean): AttributionSource | null {
  const p = phraseBefore(st, j, floor);
  return p ? classify(st, p, speakerOnly) : null;
}

/** `FLOATING_QUANTIFIERS` (round nine): "Richards and Delgado both stressed": the subject before `both` / `all` / `each`. */
const FLOATING_QUANTIFIERS = true;
const FLOATING: ReadonlySet<string> = new Set(['both', 'all', 'each']);
export function floatingAt(st: Scope, x: number, floor: number): boolean {
  const { v } = st;
  if (!FLOATING_QUANTIFIERS || !FLOATING.has(v.lower[x]!) || x - 1 < floor) return false;
  // (past auxiliaries: "Keller and Reeves have both urged")
  const y = skipAdverbsBack(st, x - 1, floor);
  if (y < floor) return false;
  const w = v.lower[y]!;
  return !!v.nameAt[y] || v.isPunct(y, ')') || w === 'they' || w === 'we' || (nounLike(st, y) && w.endsWith('s'));
}

/** `BOTH_SOURCE` (round nine): "Both want …", "Neither has said …" — the pronoun is the source (vague: who "both" are is not resolved). */
const BOTH_SOURCE = true;
const BOTH_WORDS: ReadonlySet<string> = new Set(['both', 'neither']);

/** Words after which a subject opens its clause. */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(['but', 'and', 'that', 'while', 'because', 'when', 'if', 'as', 'so', 'though', 'although', 'since', 'whereas', 'after', 'before']);
export function bothAt(st: Scope, x: number, floor: number): boolean {
  const { v } = st;
  return BOTH_SOURCE && BOTH_WORDS.has(v.lower[x]!) && (x === floor || v.isPunct(x - 1, ',') || CLAUSE_OPENERS.has(v.lower[x - 1]!));
}

/** Words that head a share of a polled group ("47 percent said", "half said"). */
const QUANTITY_HEADS: ReadonlySet<string> = new Set(['percent', '%', 'half', 'third', 'thirds', 'quarter', 'quarters', 'majority', 'plurality', 'fifth', 'fifths', 'tenth']);
/** Words inside such a share, before its head ("more than 4 in 10", "a mere 9 percent", "nearly half"). */
const QUANTITY_WORDS: ReadonlySet<string> = new Set([
  'in', 'of', 'out', 'more', 'less', 'fewer', 'than', 'nearly', 'almost', 'about', 'roughly', 'around', 'just', 'only', 'mere', 'a', 'over',
  'under', 'some', 'approximately', 'another', 'percent', 'half', 'three', '-', 'fully', 'slim', 'clear', 'narrow', 'bare',
]);
const QUANTITY_OPENERS: ReadonlySet<string> = new Set(['and', 'while', 'but', 'whereas', 'with']);
const QUANTITY_WINDOW = 8;

/**
 * A share of a polled group as the source: "Sixty-six percent said", "Six in 10 say", "more than
 * half said", "three-quarters said" (vague, no entity); at most QUANTITY_WINDOW tokens back.
 */
function quantityBefore(st: Scope, j: number, floor: number): AttributionSource | null {
  const { v } = st;
  const w = v.lower[j]!;
  const number = v.tokens.kind[j] === TokenKind.Number;
  if (!QUANTITY_HEADS.has(w) && !number && !NUMBER_WORDS.has(w)) return null;
  let s = j;
  let counted = QUANTITY_HEADS.has(w) && !NUMBER_WORDS.has(w) ? 0 : 1;
  while (s - 1 >= floor && s - 1 > j - QUANTITY_WINDOW) {
    const x = s - 1;
    const lw = v.lower[x]!;
    if (v.tokens.kind[x] === TokenKind.Number || NUMBER_WORDS.has(lw)) counted++;
    else if (!QUANTITY_WORDS.has(lw) && !(lw === '-' && NUMBER_WORDS.has(v.lower[x - 1] ?? ''))) break;
    s = x;
  }
  // a bare number needs another number or a share word with it ("Six in 10"), or to open its clause ("…, while 43 said")
  if (!QUANTITY_HEADS.has(w) && counted < 2 && (s !== j || !(v.isPunct(s - 1, ',') || QUANTITY_OPENERS.has(v.lower[s - 1] ?? '')) || w.length > 3)) return null;
  while (s < j && (v.lower[s] === 'of' || v.lower[s] === 'in' || v.lower[s] === '-')) s++;
  return { ...tokenSpan(st, s, j + 1), entity: null, kind: 'vague' };
}

/**
 * `QUANTITY_OF` (round nine): a share of a group that heads a longer phrase ("Almost half of
 * respondents said", "About 7 in 10 older women supported", "Just 35 percent of all parents
 * consider"): back from the head `j` over at most `QUANTITY_NOUNS` noun-like words (and `all` /
 * `the` after `of`) to a share, or to `of` after one; vague, no entity.
 */
function quantityOf(st: Scope, j: number, floor: number, found: AttributionSource | null): AttributionSource | null {
  const { v } = st;
  if (!v.isWord(j) || !nounLike(st, j) || v.nameAt[j] || QUANTITY_HEADS.has(v.lower[j]!)) return null;
  let x = j - 1;
  while (x >= floor && x > j - QUANTITY_NOUNS && v.isWord(x) && (nounLike(st, x) || isSourceModifier(v.lower[x]!) || v.nameAt[x]) && !QUANTITY_HEADS.has(v.lower[x]!)) x--;
  if (x < floor) return null;
  if (v.lower[x] === 'all' || v.lower[x] === 'the' || v.lower[x] === 'those') x--;
  const of = v.lower[x] === 'of';
  const q = quantityBefore(st, of ? x - 1 : x, floor);
  if (!q || (!of && !QUANTITY_HEADS.has(v.lower[x]!) && v.tokens.kind[x] !== TokenKind.Number)) return null;
  // (a number alone before a noun is a count, "three senators said": read as the phrase it is)
  if (!of && v.tokens.kind[x] === TokenKind.Number && !QUANTITY_HEADS.has(v.lower[x]!) && q.start === v.tokens.start[x]) return null;
  if (found && found.start < q.start) return null;
  return { ...st.ctx.span(q.start, v.tokens.end[j]!), entity: null, kind: 'vague' };
}

/**
 * `COORDINATED_SOURCES` (round nine): "Smith and Jones said", "Forbes and Reuters say",
 * "Nurses and doctors know": the source is the coordination when the conjunct before `and`
 * is a source that opens its clause; the right conjunct is `p` (its phrase) or a run of plain
 * nouns ending at `j`. The entity is the right conjunct's when it is a source on its own.
 */
function coordinated(st: Scope, p: Phrase | null, j: number, floor: number, speakerOnly: boolean, found: AttributionSource | null): AttributionSource | null {
  const { v } = st;
  let s = p ? p.start : j;
  if (!p) {
    if (!v.isWord(j) || !(nounLike(st, j) || v.nameAt[j] || v.isCap(j))) return null;
    while (s - 1 > floor && s > j - COORDINATED_WINDOW && v.isWord(s - 1) && (nounLike(st, s - 1) || isSourceModifier(v.lower[s - 1]!) || v.isCap(s - 1) || v.lower[s - 1] === '-')) s--;
  }
  if (s - 2 < floor || v.lower[s - 1] !== 'and' || (found && found.start < v.tokens.start[s]!)) return null;
  // ("Through weekly audits, nurses and doctors know": a bare plural opening its clause)
  let lf = s - 2;
  while (lf - 1 >= floor && lf > s - 2 - COORDINATED_WINDOW && v.isWord(lf - 1) && (nounLike(st, lf - 1) || isSourceModifier(v.lower[lf - 1]!))) lf--;
  const bound = lf > floor && (v.isPunct(lf - 1, ',') || CLAUSE_OPENERS.has(v.lower[lf - 1]!)) ? lf : floor;
  const left = phraseBefore(st, s - 2, bound);
  if (!left) return null;
  const opens = left.start === bound || !v.isWord(left.start - 1) || CLAUSE_OPENERS.has(v.lower[left.start - 1]!);
  const ls = opens ? classify(st, left, speakerOnly) : null;
  if (!ls) return null;
  // (the right conjunct alone must be a source, or plain nouns: "Forbes and the paper", not "Keller and her")
  if (!found && p && !classify(st, p)) return null;
  const kind = found ? (found.kind === 'named' && ls.kind === 'named' ? 'named' : found.kind === 'pronoun' ? ls.kind : found.kind) : ls.kind === 'pronoun' ? 'nominal' : ls.kind;
  // (twenty-sixth session, `NAMED_BESIDE_GROUP`: "Tom Hahn and many analysts say": the one named speaks for the unnamed group beside him)
  if (NAMED_BESIDE_GROUP && found && found.kind === 'vague' && !found.entity && ls.kind === 'named' && ls.entity) return { ...st.ctx.span(ls.start, v.tokens.end[j]!), entity: ls.entity, kind: 'named' };
  return { ...st.ctx.span(ls.start, v.tokens.end[j]!), entity: found ? found.entity : ls.entity, kind };
}

/**
 * `REDUCED_RELATIVE`: the noun phrase before a participle phrase right before the cue ("New polls
 * released Sunday showed", "A review issued last spring reported", "those surveyed said"):
 * back from `j` over at most `REDUCED_WINDOW` words that are no verb, no cue and no punctuation to
 * a past participle, and the phrase before it.
 */
function reducedRelative(st: Scope, j: number, floor: number, speakerOnly: boolean): AttributionSource | null {
  const { v, tokCue, inside } = st;
  for (let x = j; x > floor && x > j - REDUCED_WINDOW; x--) {
    if (inside[x]! >= 0) return null;
    const w = v.lower[x]!;
    if (v.isWord(x) && isPastParticiple(w) && !v.nameAt[x]) {
      const b = skipAdverbsBack(st, x - 1, floor);
      if (b < floor || !v.isWord(b) || PASSIVE.has(v.lower[b]!) || v.lower[b] === 'has' || v.lower[b] === 'have' || v.lower[b] === 'had') return null;
      // "those surveyed said"
      if (v.lower[b] === 'those') return { ...tokenSpan(st, b, x + 1), entity: null, kind: 'vague' };
      const p = phraseBefore(st, b, floor);
      return p ? classify(st, p, speakerOnly) : null;
    }
    if (v.tokens.kind[x] !== TokenKind.Number && !v.isWord(x)) return null;
    if ((tokCue[x] && !v.isCap(x)) || SECOND_PREDICATE.has(w) || MODALS.has(w) || w === 'and' || w === 'or' || w === 'but' || w === 'who' || w === 'which' || w === 'that') return null;
  }
  return null;
}
