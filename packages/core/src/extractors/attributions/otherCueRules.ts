/**
 * The rules for cues other than reporting verbs and quotes: "according to X" (`accordingTo`), a
 * poll or study opening its sentence (`inSource`), a subjectless "asked" (`askedAbout`), noun cues
 * ("his claim that …", `nounCues`), "made it clear that …" (`madeClear`) and no-source raising
 * ("X is expected to …", `raisedContents`).
 */
import type { AttributionSource } from '../../types/analysis.js';
import { TokenKind } from '../../types/layers.js';
import type { Span } from '../../types/span.js';
import { mainClauseStart, isPossessive, type TokenView } from '../entities/tokenView.js';
import { nounCueOf } from './cues.js';
import { DETERMINERS } from './sources.js';
import { ADVERBS, MODALS, PASSIVE, PREPOSITIONS, SENTENCE_END, isIng, BOUNDARY_DASHES, FINITE_AUX, type Scope, sentenceOf, tokenSpan, skipAdverbsBack, pastDateline, confidenceOf, RAISING_VERBS, RAISING_PASSIVE, RAISING_BARE, isPastParticiple, QUESTION_WORDS, isLyAdverb } from './scope.js';
import { INDEFINITE, PERSON_ROLES, classify, nounLike, phraseBefore, phraseAfter, type Phrase } from './phrases.js';
import { BOUNDARY_WORDS, adjunctEnd, contentEnd, trimmedSpan, pushContentDraft } from './contentEnds.js';
import { mainSubject, sourceBefore } from './sourceFinder.js';

/** Round twelve: an appositive after the source of "according to" must close (comma or dash) within its window. */
const APPOSITIVE_CLOSED = true;
/** "X, according to Y, Z": the content is the whole sentence around the cue. */
const ACCORDING_INSIDE = true;
const WH_AFTER: ReadonlySet<string> = new Set(['which', 'who', 'whose', 'where', 'when', 'and', 'or', 'as']);

const APPOSITIVE_OPENERS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'another', 'one', 'its', 'his', 'her', 'their', 'which', 'who']);

/** Twenty-seventh session: a content before "according to" starts after the last semicolon before the cue (`accordingTo`). */
const SEMICOLON_START = true;

export function accordingTo(st: Scope): void {
  const { v, inside, starts } = st;
  // ----- 3. according to X
  for (const k of starts.according) {
    if (v.lower[k] !== 'according' || v.lower[k + 1] !== 'to' || inside[k]! >= 0) continue;
    const sentence = sentenceOf(st, k);
    if (sentence < 0) continue;
    const limit = v.sentenceEnd[sentence]!;
    let p = phraseAfter(st, k + 2, limit);
    let source = p ? classify(st, p) : null;
    if (!p || !source) {
      // any noun phrase up to the comma: "according to exit polls", "according to a Politico report"
      let e = k + 2;
      while (e < limit && e < k + 22 && (v.isWord(e) || v.tokens.kind[e] === TokenKind.Number || v.isPunct(e, '-'))) e++;
      if (e === k + 2 || (e < limit && !v.isPunct(e, ',') && !SENTENCE_END.has(v.lower[e]!))) continue;
      let head = e - 1;
      for (let x = k + 2; x < e; x++) if (PREPOSITIONS.has(v.lower[x]!) && x > k + 2) {
        head = x - 1;
        break;
      }
      // (round fourteen: a cue word after "according to" is a noun: "according to studio estimates", "according to reports")
      const cueNoun = ACCORDING_CUE_NOUN && st.tokCue[head] !== undefined && !v.isCap(head) && !v.lower[head]!.endsWith('ed') && !isIng(v.lower[head]!);
      if (!nounLike(st, head) && !v.nameAt[head] && !cueNoun) continue;
      p = { start: k + 2, end: e, head };
      const first = v.lower[k + 2]!;
      const w = v.lower[head]!;
      const vague = INDEFINITE.has(first) || (!DETERMINERS.has(first) && w.endsWith('s') && !w.endsWith('ss'));
      source = { ...tokenSpan(st, k + 2, e), entity: v.nameAt[head]?.entity ?? null, kind: v.nameAt[head] ? 'named' : vague ? 'vague' : 'nominal' };
    }
    const from = mainClauseStart(v, sentence);
    let span: Span | null = null;
    if (k === v.sentenceFirst[sentence] || (k === from && !v.isPunct(k - 1, ','))) {
      let c = p.end;
      while (c < limit && !v.isPunct(c, ',')) c++;
      // (round fourteen: past a person's name in apposition to a role: "According to its Geneva lawyer, Marc Duval of
      // Hart and Keane, the claim …": the person is the source)
      const named = ACCORDING_ROLE_NAME && c < limit && p.head >= 0 ? roleNameAfter(st, p, c, limit) : null;
      if (named) {
        source = { ...tokenSpan(st, p.start, named.comma), entity: v.nameAt[named.start]!.entity ?? null, kind: 'named' };
        c = named.comma;
      }
      if (c < limit) span = trimmedSpan(st, v.tokens.start[c + 1] ?? v.tokens.end[c]!, contentEnd(st, c + 1, sentence));
    } else {
      let start = from < k ? from : v.sentenceFirst[sentence]!;
      // (twenty-seventh session, `SEMICOLON_START`: "Mr. Spoon said …; Newsweek's pages totaled 1,620, according to the bureau": the
      // content starts after the last semicolon before the cue, leaving the clause before it its own report)
      if (SEMICOLON_START) for (let x = k - 1; x > start; x--) if (v.isPunct(x, ';') && inside[x]! < 0) {
        start = x + 1;
        break;
      }
      // "At the root of the dispute, according to Mr. Dorn, was a ruling …": the cue interrupts
      // the content, which (PARC) runs on to the sentence's end, the cue inside it
      let close = p.end;
      // (past a relative clause of the source: "according to staff «who spoke with journalists later», was …")
      if (APPOSITIVE_CLOSED && (v.lower[close] === 'who' || v.lower[close] === 'that')) {
        let x = close + 1;
        while (x < limit && x < close + 16 && !v.isPunct(x, ',')) x++;
        if (x < limit && v.isPunct(x, ',')) close = x;
      }
      // (past an appositive of the source: "according to Bill Hardesty, a Republican pollster, …")
      if (ACCORDING_INSIDE && v.isPunct(close, ',') && APPOSITIVE_OPENERS.has(v.lower[close + 1] ?? '')) {
        let x = close + 2;
        while (x < limit && x < close + 16 && !v.isPunct(x, ',') && !BOUNDARY_DASHES.has(v.lower[x]!)) x++;
        // (round twelve: an appositive closes with a comma or dash; without one, ", the rise in …" is the content going on)
        if (!APPOSITIVE_CLOSED || x >= limit || v.isPunct(x, ',') || BOUNDARY_DASHES.has(v.lower[x]!)) close = x < limit ? x : limit;
      }
      const goesOn = ACCORDING_INSIDE && close + 1 < limit && (v.isPunct(close, ',') || BOUNDARY_DASHES.has(v.lower[close]!)) && v.isPunct(k - 1, ',') === (v.isPunct(close, ',')) &&
        v.isWord(close + 1) && !BOUNDARY_WORDS.has(v.lower[close + 1]!) && !WH_AFTER.has(v.lower[close + 1]!) && !isIng(v.lower[close + 1]!) &&
        !(isPastParticiple(v.lower[close + 1]!) && !v.isCap(close + 1)) && !isPossessive(v.lower[close + 2] ?? '') && !finiteIn(v, start, k);
      span = trimmedSpan(st, v.tokens.start[start]!, goesOn ? v.tokens.end[limit - 1]! : v.tokens.start[k]!);
    }
    if (!span) continue;
    pushContentDraft(st, { source, cue: tokenSpan(st, k, k + 2), content: span, confidence: confidenceOf(st, source, 0.86), rule: 'according-to' });
  }
}

/** Round fourteen: the head after "according to" may be a word the lexicon reads as a cue ("studio estimates", "reports"). */
const ACCORDING_CUE_NOUN = true;
/** Round fourteen: a person's name in apposition after the role noun that "according to" opens with (`roleNameAfter`). */
const ACCORDING_ROLE_NAME = true;

/**
 * Nineteenth session: the roles a name in apposition may follow, past `PERSON_ROLES`: "According to the restaurant's general manager,
 * Kevin Lorne, the dishes …" (an office or a trade, one person).
 */
const ROLE_NAME_MORE = true;
const ROLE_NAME_HEADS: ReadonlySet<string> = new Set([
  'manager', 'director', 'executive', 'chief', 'president', 'chairman', 'chairwoman', 'secretary', 'minister', 'head', 'professor',
  'researcher', 'scientist', 'author', 'founder', 'owner', 'partner', 'editor', 'officer', 'engineer', 'expert', 'consultant', 'coach',
  'captain', 'governor', 'mayor', 'ambassador', 'commissioner', 'superintendent', 'principal', 'curator', 'veterinarian', 'doctor',
]);

/**
 * "According to its Geneva lawyer, Marc Duval of Hart and Keane, …": after the comma `c` that closes a phrase headed
 * by one person's role ("lawyer", "spokesman"), a person's name, an optional "of" + capitalised words, and a comma: that name
 * (its first token `start`) and the comma after the apposition (`comma`); else null.
 */
function roleNameAfter(st: Scope, p: Phrase, c: number, limit: number): { start: number; comma: number } | null {
  const { v } = st;
  const head = v.lower[p.head]!;
  if (v.nameAt[p.head] || !(PERSON_ROLES.has(head) || (ROLE_NAME_MORE && ROLE_NAME_HEADS.has(head)))) return null;
  const m = v.nameAt[c + 1];
  if (!m || m.type !== 'PERSON' || v.tokenAtOrAfter(m.start) !== c + 1) return null;
  const end = v.tokenEndingBy(m.end) + 1;
  let x = end;
  if (v.lower[x] === 'of' && v.isCap(x + 1)) {
    x++;
    while (x < limit && x < end + 8 && (v.isCap(x) || ((v.lower[x] === 'and' || v.lower[x] === '&') && v.isCap(x + 1)))) x++;
  }
  // (not before an age or a relative clause of the name: "Mr Hallam, 45, …", "Mr Hallam, who …" is the content's subject)
  const next = v.lower[x + 1] ?? '';
  return x + 1 < limit && v.isPunct(x, ',') && v.tokens.kind[x + 1] !== TokenKind.Number && !WH_AFTER.has(next) ? { start: c + 1, comma: x } : null;
}

/** A finite verb in tokens [from, to): the clause before "according to" is complete ("The top 5 percent would see …, according to X, more than …"). */
function finiteIn(v: TokenView, from: number, to: number): boolean {
  for (let x = from; x < to; x++) {
    const w = v.lower[x]!;
    if (FINITE_AUX.has(w) || MODALS.has(w) || w === '’s' || w === "'s" || (w.length > 4 && w.endsWith('ed') && !v.isCap(x))) return true;
  }
  return false;
}

/** "In a CNN poll, Keller held a 12-point lead": a poll or study opening the sentence is a source (cue "in"). */
export const IN_SOURCE = true;
/** Heads of the phrase after "In" that report findings. */
const FINDING_NOUNS: ReadonlySet<string> = new Set([
  'poll', 'polls', 'survey', 'surveys', 'study', 'studies', 'report', 'reports', 'analysis', 'census', 'audit', 'review', 'findings', 'data', 'estimate',
  'estimates', 'projections', 'forecast', 'ranking', 'rankings', 'index', 'tally', 'count', 'research', 'paper', 'filing', 'indictment',
]);
/** Words after the phrase's comma that open an aside, not the content. */
const IN_ASIDES: ReadonlySet<string> = new Set(['however', 'though', 'anyway', 'meanwhile', 'too', 'also', 'for', 'which', 'who']);
const OWNERS: ReadonlySet<string> = new Set(['its', 'his', 'her', 'their', 'our', 'my', 'your']);
/** Most tokens of the phrase between "In" and its comma. */
const IN_SOURCE_WINDOW = 16;

/**
 * "In a CNN national poll, Ann Keller held a 12-point lead", "In the polls, Dorsey has a
 * clear lead", "In a study issued last week, analysts disputed that view": PolNeAR marks
 * the poll or document as the source and "in" as the cue of the clause after the comma. Only
 * finding nouns (polls, surveys, studies, reports, data …), not statements or interviews, whose
 * speaker the clause names anyway ("In a statement, the firm said …").
 */
export function inSource(st: Scope): void {
  const { v, inside, drafts } = st;
  for (let sentence = 0; sentence < v.sentenceFirst.length; sentence++) {
    let k = v.sentenceFirst[sentence]!;
    const limit = v.sentenceEnd[sentence]!;
    if (v.lower[k] === 'but' || v.lower[k] === 'and') k++;
    // (not "In its report, the OECD cut …": a report the clause's own subject owns is its vehicle, not a source)
    if (k + 1 >= limit || v.lower[k] !== 'in' || inside[k]! >= 0 || OWNERS.has(v.lower[k + 1]!)) continue;
    // the phrase up to its comma, and its head: the finding noun before a preposition or participle ("a study issued last week")
    let comma = -1;
    let head = -1;
    for (let x = k + 1; x < limit && x < k + 1 + IN_SOURCE_WINDOW; x++) {
      if (v.isPunct(x, ',')) {
        comma = x;
        break;
      }
      if (head < 0 && FINDING_NOUNS.has(v.lower[x]!) && !v.isCap(x)) head = x;
    }
    if (comma < 0 || head < 0) continue;
    // past an aside after the phrase: ", conducted in May,", ", however,"
    while (comma + 1 < limit && (IN_ASIDES.has(v.lower[comma + 1]!) || (isPastParticiple(v.lower[comma + 1]!) && !v.isCap(comma + 1)))) {
      let x = comma + 1;
      while (x < limit && x < comma + IN_SOURCE_WINDOW && !v.isPunct(x, ',')) x++;
      if (x >= limit || !v.isPunct(x, ',')) break;
      comma = x;
    }
    if (comma + 1 >= limit || !v.isWord(comma + 1) || IN_ASIDES.has(v.lower[comma + 1]!)) continue;
    const span = trimmedSpan(st, v.tokens.start[comma + 1]!, contentEnd(st, comma + 1, sentence));
    if (!span) continue;
    // a report of its own in the clause ("…, Robby Nash acknowledged …") keeps its attribution
    if (drafts.some((d) => d.cue !== null && d.cue.start >= span.start && d.cue.end <= span.end)) continue;
    const first = v.lower[k + 1]!;
    const w = v.lower[head]!;
    const vague = INDEFINITE.has(first) || (!DETERMINERS.has(first) && w.endsWith('s'));
    let named = -1;
    for (let x = k + 1; x < head; x++) if (v.nameAt[x]) named = x;
    const source: AttributionSource = { ...tokenSpan(st, k + 1, comma), entity: named >= 0 ? v.nameAt[named]!.entity : null, kind: vague ? 'vague' : 'nominal' };
    pushContentDraft(st, { source, cue: tokenSpan(st, k, k + 1), content: span, confidence: confidenceOf(st, source, 0.6), rule: 'in-source' });
  }
}

/** Words before a subjectless "asked" (`askedAbout`), what may follow it, and how far its content runs. */
const ASKED_AFTER: ReadonlySet<string> = new Set(['when', 'if', ',', 'after', 'once', 'while']);
const ASKED_WINDOW = 40;

/**
 * "when asked about the vagueness", "When asked whether he would …", "Asked about X, she said …":
 * an "asked" with no subject is an attribution with no source (PolNeAR), its content the topic
 * or question up to the clause's end. Train: ~70 such golds missed before this rule.
 */
export function askedAbout(st: Scope): void {
  const { v, inside, usedCue, drafts, starts } = st;
  for (const k of starts.asked) {
    if (inside[k]! >= 0 || usedCue[k]) continue;
    const sentence = sentenceOf(st, k);
    if (sentence < 0) continue;
    const limit = v.sentenceEnd[sentence]!;
    const prev = v.lower[k - 1] ?? '';
    const opens = k === v.sentenceFirst[sentence];
    if (!opens && !ASKED_AFTER.has(prev)) continue;
    const about = v.lower[k + 1] === 'about';
    const c = about ? k + 2 : k + 1;
    if (c >= limit || !v.isWord(c) || (!about && !QUESTION_WORDS.has(v.lower[c]!))) continue;
    let e = c;
    while (e < limit && e < c + ASKED_WINDOW && !v.isPunct(e, ',') && !SENTENCE_END.has(v.lower[e]!) && v.tokens.kind[e] !== TokenKind.Quote) e++;
    if (e === c || e === c + ASKED_WINDOW) continue;
    const span = trimmedSpan(st, v.tokens.start[c]!, v.tokens.end[e - 1]!);
    if (!span) continue;
    usedCue[k] = 1;
    drafts.push({ quoted: 'none', source: null, cue: tokenSpan(st, k, about ? k + 2 : k + 1), content: span, confidence: 0.5, rule: 'asked-no-source', quotes: [], extendTo: -1 });
  }
}

const POSSESSIVE_PRONOUNS: ReadonlySet<string> = new Set(['his', 'her', 'their', 'its', 'our', 'my']);

export function nounCues(st: Scope): void {
  const { ctx, v, inside, refAt, usedCue, drafts, starts } = st;
  // ----- 4. noun cues: "Keller’s claim that …", "his promise to …", "the suggestion that …"
  for (const k of starts.nounCues) {
    const next = v.lower[k + 1]!;
    if (inside[k]! >= 0 || usedCue[k] || nounCueOf(v.lower[k]!, next) === undefined) continue;
    const sentence = sentenceOf(st, k);
    if (sentence < 0 || sentenceOf(st, k + 2) !== sentence) continue;
    const opener = v.lower[k - 1]!;
    let source: AttributionSource | null;
    if (isPossessive(opener)) {
      const name = v.nameAt[k - 2];
      const owner = name ? null : phraseBefore(st, k - 2, v.sentenceFirst[sentence]!);
      source = name ? { ...ctx.span(name.start, name.end), entity: name.entity, kind: name.type === 'NORP' ? 'vague' : 'named' } : owner ? classify(st, owner) : null;
      if (!source) continue;
    } else if (POSSESSIVE_PRONOUNS.has(opener)) {
      source = { ...tokenSpan(st, k - 1, k), entity: refAt.get(k - 1)?.entity ?? null, kind: 'pronoun' };
    } else continue; // "the claim that …": PolNeAR names a source elsewhere, rarely this one (train cue+source 0.13)
    // "his promise to repeal …", not "its opposition to Brexit"
    if (next === 'to' && (DETERMINERS.has(v.lower[k + 2]!) || v.isCap(k + 2) || !v.isWord(k + 2))) continue;
    const c = next === 'that' ? k + 2 : k + 1;
    const span = trimmedSpan(st, v.tokens.start[c]!, contentEnd(st, c, sentence));
    if (!span || span.end - span.start < 8) continue;
    if (drafts.some((d) => d.content.start <= span.start && d.content.end >= span.end && d.quoted !== 'none')) continue;
    pushContentDraft(st, { source, cue: tokenSpan(st, k, k + 1), content: span, confidence: confidenceOf(st, source, 0.62), rule: 'noun-cue' }, { cueTok: k });
  }
}

/**
 * `MAKE_CLEAR`: "made (it) clear (that) …", "makes it plain …": the source before "made", the cue
 * "made (it) clear", the content after (PolNeAR train: "made it clear" 9 and "made clear" 5 missed
 * golds, no lexicon cue).
 */
export function madeClear(st: Scope): void {
  const { v, inside, usedCue, starts } = st;
  for (const k of starts.make) {
    if (inside[k]! >= 0 || usedCue[k]) continue;
    let x = k + 1;
    if (v.lower[x] === 'it') x++;
    if (v.lower[x] !== 'clear' && v.lower[x] !== 'plain') {
      if (LIGHT_VERB_NOUNS) madeSpeechNoun(st, k);
      continue;
    }
    const sentence = sentenceOf(st, k);
    if (sentence < 0 || sentenceOf(st, x) !== sentence) continue;
    const limit = v.sentenceEnd[sentence]!;
    let c = x + 1;
    if (v.lower[c] === 'that') c++;
    else if (v.lower[c] === 'to' || v.lower[c] === 'in' || v.lower[c] === 'on' || v.lower[c] === 'at') continue;
    if (c >= limit || !v.isWord(c)) continue;
    const floor = v.sentenceFirst[sentence]!;
    const before = skipAdverbsBack(st, k - 1, floor);
    const source = isIng(v.lower[k]!) && v.isPunct(before, ',') ? mainSubject(st, sentence, before) : sourceBefore(st, k, floor);
    if (!source) continue;
    const span = trimmedSpan(st, v.tokens.start[c]!, contentEnd(st, c, sentence));
    if (!span || span.end - span.start < 8) continue;
    pushContentDraft(st, { source, cue: tokenSpan(st, k, x + 1), content: span, confidence: confidenceOf(st, source, 0.8), rule: 'source-cue' }, { cueTok: k, exclusive: true, partialRule: 'source-cue+partial-quote' });
  }
}

/**
 * Round thirteen (d): "made the case that …", "made no mention of X", "has made several statements on X", "made a plea
 * for …": a form of "make" and, up to three words on, a noun of saying (`SPEECH_NOUNS`) with its complement — the cue
 * is "made … case" (and the preposition: "made no mention of"), the content the clause after "that" or the object of
 * the preposition, the source before "made" (PolNeAR train: 46 of 78 such phrases inside a gold cue, 0.59; none in the
 * lexicon, which keeps single words and pairs). Not after "to" (5 of 11: "easier to make the case that …"), nor in a
 * passive ("claims that could be made against Keller").
 */
export const LIGHT_VERB_NOUNS = true;
/** Nouns of saying that "make" turns into a report (`LIGHT_VERB_NOUNS`). */
const SPEECH_NOUNS: ReadonlySet<string> = new Set([
  'case', 'point', 'argument', 'arguments', 'comment', 'comments', 'statement', 'statements', 'remark', 'remarks', 'mention', 'plea', 'pitch',
  'claim', 'claims', 'accusation', 'accusations', 'allegation', 'allegations', 'attack', 'attacks', 'observation', 'assertion', 'commitment',
  'promise', 'promises', 'pledge', 'vow', 'prediction', 'predictions', 'threat', 'threats', 'apology', 'announcement', 'appeal', 'suggestion',
  'joke', 'jokes', 'reference', 'references',
]);
/** What follows the noun (`LIGHT_VERB_NOUNS`): "that" opens a clause; the prepositions join the cue and take the object. */
const SPEECH_NOUN_LINKS: ReadonlySet<string> = new Set(['that', 'for', 'about', 'on', 'against', 'of']);

/** `LIGHT_VERB_NOUNS`: the report that a form of "make" at `k` and a noun of saying open, if any. */
function madeSpeechNoun(st: Scope, k: number): void {
  const { v } = st;
  const sentence = sentenceOf(st, k);
  if (sentence < 0) return;
  const limit = v.sentenceEnd[sentence]!;
  let x = k + 1;
  while (x < limit && x <= k + 4 && v.isWord(x) && !SPEECH_NOUNS.has(v.lower[x]!) && v.lower[x] !== 'that' && !PREPOSITIONS.has(v.lower[x]!)) x++;
  if (x >= limit || x > k + 4 || !SPEECH_NOUNS.has(v.lower[x]!) || !SPEECH_NOUN_LINKS.has(v.lower[x + 1] ?? '')) return;
  const floor = v.sentenceFirst[sentence]!;
  const before = skipAdverbsBack(st, k - 1, floor);
  if (v.lower[before] === 'to' || (PASSIVE.has(v.lower[before] ?? '') && v.lower[k] === 'made')) return;
  const link = v.lower[x + 1]!;
  const cueEnd = link === 'that' ? x + 1 : x + 2;
  const c = x + 2;
  if (c >= limit || (!v.isWord(c) && v.tokens.kind[c] !== TokenKind.Quote && v.tokens.kind[c] !== TokenKind.Number)) return;
  pushObjectReport(st, k, cueEnd, c, sentence, link !== 'that', 0.8);
}

/**
 * The report a cue from token `k` to `cueEnd` opens, its content from token `c` (an object noun phrase or a clause),
 * its source before `k` (the main clause's subject for a participle after a comma). Shared by `LIGHT_VERB_NOUNS` and
 * `THREE_WORD_CUES`.
 */
function pushObjectReport(st: Scope, k: number, cueEnd: number, c: number, sentence: number, nounPhrase: boolean, base: number): void {
  const { v } = st;
  const floor = v.sentenceFirst[sentence]!;
  const before = skipAdverbsBack(st, k - 1, floor);
  const source = isIng(v.lower[k]!) && v.isPunct(before, ',') ? mainSubject(st, sentence, before) : sourceBefore(st, k, floor);
  if (!source) return;
  const end = contentEnd(st, c, sentence, false, nounPhrase);
  const span = trimmedSpan(st, v.tokens.start[c]!, nounPhrase ? adjunctEnd(st, c, end) : end);
  if (!span || span.end - span.start < 3) return;
  pushContentDraft(st, { source, cue: tokenSpan(st, k, cueEnd), content: span, confidence: confidenceOf(st, source, base), rule: 'source-cue' }, { cueTok: k, exclusive: true, partialRule: 'source-cue+partial-quote' });
}

/**
 * Round thirteen: verb + particle + preposition cues the two-word lexicon cannot hold ("lashed out at Dorsey", "took aim at
 * the deal", "took issue with the prediction", "fired back at Keller"; PolNeAR train: 18 of 22 such phrases are gold cues).
 * The cue is the three words, the content the object after them, the source before the verb.
 */
export const THREE_WORD_CUES = true;
const THREE_WORD_TABLE: ReadonlyMap<string, readonly (readonly [string, string])[]> = (() => {
  const m = new Map<string, (readonly [string, string])[]>();
  const add = (forms: string, second: string, third: string): void => {
    for (const f of forms.split(' ')) m.set(f, [...(m.get(f) ?? []), [second, third] as const]);
  };
  const take = 'take takes took taking taken';
  add(take, 'aim', 'at');
  add(take, 'issue', 'with');
  add('lash lashes lashed lashing', 'out', 'at');
  add('fire fires fired firing', 'back', 'at');
  add('hit hits hitting', 'back', 'at');
  add('shoot shoots shot shooting', 'back', 'at');
  add('push pushes pushed pushing', 'back', 'against');
  return m;
})();

/** A bit per length (under 32) of a word of `THREE_WORD_TABLE` in second or third place. */
function lengthsOf(place: 0 | 1): number {
  let bits = 0;
  for (const pairs of THREE_WORD_TABLE.values()) for (const pair of pairs) bits |= 1 << pair[place].length;
  return bits;
}
/**
 * The lengths of the table's second and third words: a token whose next two words have none of them opens no
 * three-word cue, told apart by two length reads instead of a map look-up per token.
 */
const THREE_WORD_SECOND_LENGTHS = lengthsOf(0);
const THREE_WORD_THIRD_LENGTHS = lengthsOf(1);
/** Whether `word`'s length is one of the `bits` (`lengthsOf`). */
const lengthIn = (bits: number, word: string): boolean => word.length < 32 && ((bits >>> word.length) & 1) === 1;

/** `THREE_WORD_CUES`: every verb + particle + preposition cue of `THREE_WORD_TABLE` outside quotes. */
export function threeWordCues(st: Scope): void {
  const { v, inside, usedCue } = st;
  for (let k = 0; k + 3 < v.count; k++) {
    if (inside[k]! >= 0 || usedCue[k] || !lengthIn(THREE_WORD_SECOND_LENGTHS, v.lower[k + 1]!) || !lengthIn(THREE_WORD_THIRD_LENGTHS, v.lower[k + 2]!)) continue;
    const pairs = THREE_WORD_TABLE.get(v.lower[k]!);
    if (!pairs || v.isCap(k)) continue;
    if (!pairs.some(([second, third]) => v.lower[k + 1] === second && v.lower[k + 2] === third)) continue;
    const sentence = sentenceOf(st, k);
    if (sentence < 0 || k + 3 >= v.sentenceEnd[sentence]! || !v.isWord(k + 3)) continue;
    // (not an infinitive or a passive: "to take aim at", "was taken")
    const before = skipAdverbsBack(st, k - 1, v.sentenceFirst[sentence]!);
    if (v.lower[before] === 'to' || PASSIVE.has(v.lower[before] ?? '')) continue;
    pushObjectReport(st, k, k + 3, k + 3, sentence, true, 0.8);
  }
}

/**
 * Round thirteen (e): a raising passive with adverbs or a negation between "be" and the participle ("Keller is also
 * expected to …", "The bill is widely expected to pass", "He isn’t expected to attend"); before, only "is expected to".
 * Train +10 contents on +13 predictions (0.77 right), dev +0 on +1: on, the one dev prediction read as noise.
 */
const RAISING_PASSIVE_ADVERBS = true;
const NEGATED_BE: ReadonlySet<string> = new Set(["isn't", 'isn’t', "aren't", 'aren’t', "wasn't", 'wasn’t', "weren't", 'weren’t']);
/** The form of "be" before the participle at `k`, past up to three adverbs ("not", "also", "widely"), or -1. */
function passiveBe(st: Scope, k: number): number {
  const { v } = st;
  for (let x = k - 1; x >= 0 && x >= k - 4; x--) {
    const w = v.lower[x]!;
    if (PASSIVE.has(w) || NEGATED_BE.has(w)) return x;
    if (!(ADVERBS.has(w) || (isLyAdverb(w) && !v.nameAt[x]) || w === 'not' || w === "n't" || w === 'n’t')) return -1;
  }
  return -1;
}

/** Most tokens of a raised subject. */
const RAISING_SUBJECT = 14;
/** Words that end a raised subject, left out of the content. */
export const RAISING_STOP: ReadonlySet<string> = new Set(['and', 'but', 'or', 'because', 'if', 'when', 'while', 'although', 'though', 'as', 'since', 'so']);
/** Relative pronouns that open a raised content ("which seems to be …"). */
const RELATIVES: ReadonlySet<string> = new Set(['which', 'that', 'who']);

/** Round fourteen: a raising passive before a verb of saying ("He is expected to tell MPs that …") reports its subject's words (`raisedContents`). */
const RAISED_SPEECH = true;
/** The verbs of saying and showing that make it so (not "expected to resist …", "expected to deliver …"). */
const RAISED_SPEECH_LEMMAS: ReadonlySet<string> = new Set([
  'say', 'argue', 'announce', 'claim', 'insist', 'declare', 'unveil', 'report', 'testify', 'confirm', 'deny', 'suggest', 'reveal', 'stress',
  'outline', 'propose', 'discuss', 'endorse', 'show', 'address', 'explain', 'defend', 'criticize', 'criticise', 'reiterate', 'admit',
]);

export function raisedContents(st: Scope): void {
  const { v, inside, tokCue, usedCue, drafts, starts } = st;
  // ----- 4b. no-source raising: "Keller is expected to deliver …", "RT can seem like …" — PolNeAR
  // marks these with no source, the cue inside the content (train: "be expected to" is a cue 55 of 64
  // times, with no source 53; "seem/appear to" 143 of 253, no source 109)
  // not inside another attribution's content ("said that she’s glad Dorsey appeared to be recovering well")
  const inContent = new Uint8Array(v.count);
  for (const d of drafts) for (let t = v.tokenAtOrAfter(d.content.start); t < v.count && v.tokens.end[t]! <= d.content.end; t++) inContent[t] = 1;
  for (const k of starts.raising) {
    const w = v.lower[k]!;
    if (inContent[k]) continue;
    // ("is also expected to", "is widely expected to", "isn’t expected to": adverbs and a negation between, `RAISING_PASSIVE_ADVERBS`)
    const be = RAISING_PASSIVE_ADVERBS ? passiveBe(st, k) : k - 1;
    const passive = RAISING_PASSIVE.has(w) && be >= 0 && (PASSIVE.has(v.lower[be]!) || NEGATED_BE.has(v.lower[be]!)) && v.lower[k + 1] === 'to';
    // "appeared to suggest …": the verb after "to" is the cue, with the subject as source (the verb loop)
    const seem = RAISING_VERBS.has(w) && ((v.lower[k + 1] === 'to' && !tokCue[k + 2]) || RAISING_BARE);
    if ((!passive && !seem) || inside[k]! >= 0 || usedCue[k]) continue;
    const sentence = sentenceOf(st, k);
    if (sentence < 0) continue;
    const floor = pastDateline(st, mainClauseStart(v, sentence), k);
    const cueStart = passive ? be : k;
    // (round fourteen: "He is expected to tell MPs that …", "she's expected to claim that …": the subject will speak — PolNeAR's source,
    // the cue through the verb of saying, the content after it)
    const said = passive && RAISED_SPEECH ? tokCue[k + 2] : undefined;
    if (said && RAISED_SPEECH_LEMMAS.has(said.lemma) && !said.participle && said.object !== 'skip' && !v.isCap(k + 2)) {
      const source = sourceBefore(st, be, floor);
      let c = k + 3;
      // (past a time phrase: "is expected to announce on Friday that …")
      while (c < v.sentenceEnd[sentence]! && (st.timeTok[c] || ((v.lower[c] === 'on' || v.lower[c] === 'in' || v.lower[c] === 'at') && st.timeTok[c + 1]))) c++;
      if (v.lower[c] === 'that') c++;
      const span = source && c < v.sentenceEnd[sentence]! && v.isWord(c) ? trimmedSpan(st, v.tokens.start[c]!, contentEnd(st, c, sentence)) : null;
      if (source && span) {
        usedCue[k + 2] = 1;
        pushContentDraft(st, { source, cue: tokenSpan(st, cueStart, k + 3), content: span, confidence: confidenceOf(st, source, 0.8), rule: 'source-cue+raising' }, { cueTok: k });
        continue;
      }
    }
    // the subject: back past adverbs and modals ("can", "may once have") to the clause's start
    let s = cueStart - 1;
    while (s >= floor && (ADVERBS.has(v.lower[s]!) || MODALS.has(v.lower[s]!) || v.lower[s] === 'have' || v.lower[s] === 'once')) s--;
    const subjectEnd = s + 1;
    while (s >= floor && subjectEnd - s <= RAISING_SUBJECT && (v.isWord(s) || v.tokens.kind[s] === TokenKind.Number || isPossessive(v.lower[s]!) || v.isPunct(s, '-')) && !RAISING_STOP.has(v.lower[s]!) && inside[s]! < 0) {
      if (RELATIVES.has(v.lower[s]!)) {
        s--;
        break;
      }
      s--;
    }
    const start = s + 1;
    if (start >= subjectEnd || (s >= floor && !v.isPunct(s, ',') && !RAISING_STOP.has(v.lower[s]!) && !RELATIVES.has(v.lower[s + 1]!))) continue;
    const c = v.lower[k + 1] === 'to' ? k + 1 : k;
    const span = trimmedSpan(st, v.tokens.start[start]!, contentEnd(st, c, sentence));
    if (!span || span.end - span.start < 12) continue;
    if (drafts.some((d) => d.content.start <= span.start && d.content.end >= span.end && d.quoted === 'direct')) continue;
    pushContentDraft(st, { source: null, cue: tokenSpan(st, cueStart, k + 1), content: span, confidence: 0.5, rule: passive ? 'raising-passive' : 'raising' }, { cueTok: k, keepQuotes: true });
  }
}

/**
 * Fifteenth session: "“…,” the newspaper quoted Skyline chief executive Geoff Dunstan as saying", "Reuters quoted a spokesman as
 * saying …": the one quoted is the speaker, not the one who quoted; reported speech after the "as saying" is the content.
 */
export const QUOTED_AS_SAYING = true;
const QUOTED_FORMS: ReadonlySet<string> = new Set(['quoted', 'quotes', 'quote', 'quoting']);
const AS_SAYING: ReadonlySet<string> = new Set(['saying', 'telling', 'stating', 'adding', 'warning', 'claiming', 'insisting', 'arguing', 'describing']);
/** Most tokens between "quoted" and "as saying". */
const QUOTED_REACH = 14;

/** Verbs of writing to someone: "X has written to the watchdog saying …" is X's. */
const WROTE_TO: ReadonlySet<string> = new Set(['wrote', 'written', 'writes', 'write', 'writing']);

/** `QUOTED_AS_SAYING`: give each draft cued by "quoted … as saying" the quoted speaker. */
export function quotedAsSaying(st: Scope): void {
  const { v, ctx, drafts } = st;
  for (const d of drafts) {
    if (!d.cue) continue;
    const c = v.tokenAtOrAfter(d.cue.start);
    // "Mr Becker was quoted in the Observer newspaper saying: …", "Matthew Dunne has written to the regulator saying: …": the
    // one quoted, the one who wrote, not the paper or the one written to right before "saying"
    if (AS_SAYING.has(v.lower[c]!) && d.source && d.source.end <= d.cue.start) {
      const s0 = v.tokenAtOrAfter(d.source.start);
      let by = -1;
      if ((v.lower[s0 - 1] === 'in' || v.lower[s0 - 1] === 'by') && v.lower[s0 - 2] === 'quoted' && PASSIVE.has(v.lower[s0 - 3] ?? '')) by = s0 - 3;
      else if (v.lower[s0 - 1] === 'to' && WROTE_TO.has(v.lower[s0 - 2] ?? '')) by = s0 - 2;
      while (by > 0 && (FINITE_AUX.has(v.lower[by - 1]!) || v.lower[by - 1] === 'been' || ADVERBS.has(v.lower[by - 1]!))) by--;
      const sentence = sentenceOf(st, c);
      const p = by > 0 && sentence >= 0 ? phraseBefore(st, by - 1, v.sentenceFirst[sentence]!) : null;
      const source = p ? classify(st, p) : null;
      if (source) {
        d.source = source;
        d.rule += '+quoted-as';
      }
      continue;
    }
    if (!QUOTED_FORMS.has(v.lower[c]!)) continue;
    const s = sentenceOf(st, c);
    const limit = s >= 0 ? v.sentenceEnd[s]! : Math.min(v.count, c + QUOTED_REACH);
    let as = -1;
    for (let k = c + 2; k < limit && k <= c + QUOTED_REACH; k++) {
      if (v.lower[k] === 'as' && AS_SAYING.has(v.lower[k + 1] ?? '')) {
        as = k;
        break;
      }
    }
    if (as < 0) continue;
    const p = phraseAfter(st, c + 1, as);
    const source = p && p.end === as ? classify(st, p) : null;
    if (!source) continue;
    d.source = source;
    // (reported speech after the cue now starts after "as saying (that)")
    if (d.content.start >= d.cue.end) {
      let from = as + 2;
      if (v.lower[from] === 'that') from++;
      if (from < v.count && v.tokens.start[from]! < d.content.end) d.content = ctx.span(v.tokens.start[from]!, d.content.end);
    }
    d.rule += '+quoted-as';
  }
}

/**
 * Fifteenth session: "…, the BBC was told", "Mr Hallam was told the plan had failed": the subject of a passive
 * "told" heard it; who told it is not said, so the attribution has no source.
 */
export const TOLD_PASSIVE = true;

/** `TOLD_PASSIVE`: drop the source of each draft cued by a passive "told". */
export function toldPassive(st: Scope): void {
  const { v, drafts } = st;
  for (const d of drafts) {
    if (!d.cue || !d.source || d.source.end > d.cue.start) continue;
    const c = v.tokenAtOrAfter(d.cue.start);
    if (v.lower[c] !== 'told') continue;
    let k = c - 1;
    while (k >= 0 && (ADVERBS.has(v.lower[k]!) || isLyAdverb(v.lower[k]!))) k--;
    if (k < 0 || !PASSIVE.has(v.lower[k]!)) continue;
    d.source = null;
    d.rule += '+told-passive';
  }
}
