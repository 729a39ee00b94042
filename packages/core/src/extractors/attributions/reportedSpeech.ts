/**
 * Rule pass 2, reported speech after a reporting verb ("X said (that) …", ", adding that …",
 * "…, Y said", "As X noted, …"): `reportedSpeech` and the readers it alone uses (noun readings
 * of cue words, opening participles, control verbs, catenatives, adjectives before "to", asides
 * after the cue, contents before their source).
 */
import type { AttributionSource, Quoted } from '../../types/analysis.js';
import { TokenKind } from '../../types/layers.js';
import type { Span } from '../../types/span.js';
import { mainClauseStart, isPossessive, type TokenView } from '../entities/tokenView.js';
import { premodifierTitle } from '../entities/titles.js';
import { INFINITIVE_BELIEF, NOUN_READINGS, WEAK_BELIEF, takesClause } from './cues.js';
import { animacyOf, needsSpeaker } from './animacy.js';
import { knownLemma } from './lemma.js';
import { DETERMINERS, GROUP_NOUNS, ROLE_NOUNS, SOURCE_PRONOUNS, isSourceModifier } from './sources.js';
import { ADVERBS, MODALS, PASSIVE, PROGRESSIVE, PREPOSITIONS, SENTENCE_END, isIng, DATELINE_DASHES, type Scope, sentenceOf, tokenSpan, skipAdverbsBack, pastDateline, confidenceOf, inHeadline, RAISING_VERBS, askedAside, FINITE_AUX } from './scope.js';
import { classify, nounLike, phraseBefore, phraseAfter, affiliationAfter, gluedHyphen, HONORIFIC_BEFORE, type Phrase } from './phrases.js';
import { BOUNDARY_WORDS, INNER_REPORTS, INNER_REPORT_LEMMAS, reportAhead, contentEnd, trimmedSpan, quotesIn, adjunctEnd, attitudeObjectStart, pushContentDraft } from './contentEnds.js';
import { skipParens, mainSubject, sourceBefore, skipSubjectAdjuncts, contractedAux, bothAt, floatingAt, INTRO_CLAUSE_OPENERS, commaInQuote, SUBJECT_ADJUNCTS_SKIP, CONNECTIVES } from './sourceFinder.js';
import { RAISING_STOP } from './otherCueRules.js';

/** Listeners a cue like "told" takes before its content. */
/** Round thirteen: capitalised words after "told" that no name covers are the listener (`reportedSpeech`). */
/** Twenty-fifth session: an -ing word that is an adjective after a copula is no cue ("the results are promising"; `reportedSpeech`). */
/** Twenty-fifth session: "told shareholders." is an object and no complement (`reportedSpeech`). */
const PLAIN_LISTENER = true;
/** Twenty-fifth session: "said in a statement there was …": past the medium's phrase to the clause's subject (`afterAdjuncts`). */
const MEDIUM_THEN_SUBJECT = true;
const MEDIUM_DETERMINERS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'his', 'her', 'its', 'their', 'our']);
const MEDIUM_NOUNS: ReadonlySet<string> = new Set(['statement', 'interview', 'speech', 'letter', 'note', 'email', 'e-mail', 'release', 'memo', 'broadcast', 'address', 'report', 'filing', 'message', 'post', 'tweet', 'column', 'editorial']);
/** -ing nouns that name a listening audience ("told the annual meeting"). */
const LISTENER_INGS: ReadonlySet<string> = new Set(['meeting', 'briefing', 'gathering', 'hearing', 'meetings', 'briefings', 'hearings']);
const ING_ADJECTIVE = true;
const ING_ADJECTIVES: ReadonlySet<string> = new Set(['promising', 'encouraging', 'reassuring', 'worrying', 'alarming', 'disturbing', 'convincing', 'compelling', 'threatening', 'disappointing', 'surprising']);
const COPULAS: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'look', 'looks', 'looked', 'seem', 'seems', 'seemed', 'remain', 'remains', 'remained', 'appear', 'appears', 'appeared', "'s", '’s', "'re", '’re']);
const CAPITAL_LISTENER = true;
const OBJECTS: ReadonlySet<string> = new Set(['reporters', 'journalists', 'me', 'him', 'her', 'them', 'us', 'you', 'listeners', 'viewers', 'audiences', 'parliament', 'congress', 'lawmakers', 'supporters', 'delegates', 'colleagues']);
const TIME_WORDS: ReadonlySet<string> = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tonight', 'earlier', 'later',
  'recently', 'again', 'also', 'previously', 'repeatedly', 'publicly', 'privately', 'separately', 'last', 'this', 'week', 'month',
  'year', 'morning', 'evening', 'afternoon', 'night', 'on',
]);
const ADJUNCT_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'on', 'at', 'during', 'after', 'before', 'via', 'through']);
/** Words before a participle cue whose subject is the sentence's ("by saying he would …", "after saying …"). */
const PARTICIPLE_PREPOSITIONS: ReadonlySet<string> = new Set(['by', 'for', 'after', 'before', 'while', 'when', 'from']);
/** Twelfth session: "criticised the council for claiming …": the object of a verb of blame or praise speaks (`blamedObject`). */
const FOR_ING_OBJECT = true;
const HONORIFIC_WORDS: ReadonlySet<string> = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'sir', 'lord', 'lady', 'mr.', 'mrs.', 'ms.', 'dr.']);
const BLAME_VERBS: ReadonlySet<string> = new Set([
  'criticised', 'criticized', 'criticises', 'criticizes', 'attacked', 'attacks', 'branded', 'brands', 'accused', 'accuses', 'blamed',
  'blames', 'condemned', 'condemns', 'slammed', 'slams', 'rebuked', 'rebukes', 'mocked', 'mocks', 'ridiculed', 'ridicules',
  'praised', 'praises', 'thanked', 'thanks', 'hailed', 'hails', 'applauded', 'applauds', 'lambasted', 'lambasts', 'castigated', 'chided',
]);

/**
 * The object of a verb of blame or praise before "for" (at `forTok`): "criticised [the council] for claiming", "branded [Mr
 * Lyle] "reckless and wrong" for claiming" (past a quoted complement). Null when no such verb opens the object.
 */
function blamedObject(st: Scope, forTok: number, floor: number, speakerOnly: boolean): AttributionSource | null {
  const { v } = st;
  let j = forTok - 1;
  // past a quoted complement: "… Mr Lyle "reckless and wrong" for"
  if (j > floor && /^["”’']$/.test(v.raw(j))) {
    let o = j - 1;
    while (o > floor && o > j - 12 && !/^["“‘']$/.test(v.raw(o))) o--;
    if (o <= floor || o <= j - 12) return null;
    j = o - 1;
  }
  const p = j > floor ? phraseBefore(st, j, floor) : null;
  if (!p) return null;
  // (past an honorific the name leaves out: "branded Mr Lyle")
  const verb = HONORIFIC_WORDS.has(v.lower[p.start - 1] ?? '') ? p.start - 2 : p.start - 1;
  if (verb < floor || !BLAME_VERBS.has(v.lower[verb]!)) return null;
  return classify(st, p, speakerOnly);
}
/** A content that is one manner adverb ("positively", "angrily"). */
export const LONE_ADVERB = /^[A-Za-z]{3,}ly$/;

/** "Conceding that …, he said …": a participle cue opening its sentence reports for the main clause's subject. */
const PARTICIPLE_OPENER = true;
/**
 * `contentBeforeSource`: "For years, Mr. de Haan noted, …" (a name particle), "…, union members and
 * leaders say, …" (a conjoined source), ", a top aide said, “is …”" (a quote goes on after the comma).
 */
const PARENTHETICAL_SOURCES = true;
const NAME_PARTICLES: ReadonlySet<string> = new Set(['de', 'da', 'di', 'du', 'del', 'della', 'van', 'von', 'der', 'den', 'le', 'la', 'al', 'el', 'bin', 'ibn']);
/** `YOU_DISCOURSE_OFF` (round nine, with `YOU_SOURCE` in `sources.ts`): "you know", "you see" are no reports. */
export const YOU_DISCOURSE_OFF = true;
export const YOU_DISCOURSE: ReadonlySet<string> = new Set(['know', 'see', 'mean']);
/** `reportedSpeech`: a particle cue followed by a name and "that" ("wrote on Twitter that …") is the verb alone, its content after "that". */
const PARTICLE_THAT = true;
/** Capitalised cues inside a title-case headline. */
const TITLE_CASE_CUES = true;
/** A participle cue right after a noun phrase takes it as source ("a group backing Ann Keller", "with Dorsey calling Keller a fraud"). */
const PARTICIPLE_SUBJECT = true;
/** Round twelve: "with former Ohio Gov. Liam O’Hara calling …" (a title before the name), "– Dorsey saying he was …" (after a dash). */
const ABSOLUTE_TITLES = true;
/** Most title tokens read past between "with" and the name. */
const ABSOLUTE_TITLE_WINDOW = 6;
/** Round sixteen: lower-case role words between "with" and the name ("with finance minister Jan Kessler saying"). */
const ABSOLUTE_ROLES = true;
/** Round sixteen: ", he said, adding that …" takes the speaker of the cue right before the comma (`reportedSpeech`). */
const SAID_ADDING = true;
/** Twenty-seventh session: "“…,” says Vell, adding that …": the inverted speaker before the comma (`reportedSpeech`). */
const INVERTED_SAID_ADDING = true;

/** Whether a noun phrase starting at token `s` is the subject of an absolute construction: after "with" (past a title), or (`ABSOLUTE_TITLES`) right after a dash. */
function absoluteBefore(st: Scope, s: number, floor: number): boolean {
  const { v } = st;
  if (v.lower[s - 1] === 'with') return true;
  if (!ABSOLUTE_TITLES) return false;
  if (s - 1 > floor && DATELINE_DASHES.has(v.lower[s - 1]!) && v.isCap(s)) return true;
  let x = s - 1;
  // (round sixteen: lower-case role words too, "with finance minister Jan Kessler saying", "with leader Colin Fairley saying")
  while (x > floor && x >= s - ABSOLUTE_TITLE_WINDOW && v.isWord(x) && (v.isCap(x) || isSourceModifier(v.lower[x]!) || v.lower[x] === 'the' || (ABSOLUTE_ROLES && (ROLE_NOUNS.has(v.lower[x]!) || (nounLike(st, x) && v.lower[x] !== 'with'))))) x--;
  return x < s - 1 && v.lower[x] === 'with';
}

/** Round six (b): a content may open with a preposition after "that" ("said that about 30 percent …"). */
const THAT_PREPOSITION = true;
/** Round six (b): ", then says …" / "and then said …" take the sentence's subject. */
const THEN_PREDICATE = true;
/** `reportedSpeech`: a second predicate with no subject after "and" / "but" takes the speaker of the sentence's first cue. */
const CONJOINED_SPEAKER = true;
/** `reportedSpeech`: "is called", "has been accused" — a form of "be" before an -ed cue is a passive, not a progressive ("was asked" kept: PolNeAR marks the question). */
export const BE_PARTICIPLE = true;
/** Round eleven: the same adjunct cut for the noun-phrase contents of the rules (`reportedSpeech`), not only the cue model's drafts. */
const RULE_OBJECT_ADJUNCTS = true;

/**
 * Round thirteen (g): "…, said Mr Pendry." — after a comma, a cue followed by a named person
 * that runs to the end of the sentence is an inverted report (content, cue, source), even where a
 * noun before the comma could be read as its source (`nameToEnd`).
 */
const INVERTED_NAME = true;

/** Whether a person's name (with a title or honorific) runs from token `i` to the sentence's end at `limit`. */
function nameToEnd(st: Scope, i: number, limit: number): boolean {
  const { v } = st;
  const p = phraseAfter(st, i, limit);
  if (!p) return false;
  const m = v.nameAt[p.head];
  // (or an honorific before a capitalised name the NER left out: "Mr Pendry")
  const person = (!!m && m.type === 'PERSON') || (HONORIFIC_BEFORE.has(v.lower[p.start]!) && p.head > p.start && v.isCap(p.head));
  return person && (p.end >= limit || SENTENCE_END.has(v.lower[p.end]!));
}

/**
 * Round thirteen (h): "Also, said Mr Flynn, Acme has cut off …" — a cue and its source between
 * commas after no more than a connective ("Also", "But", "However") take the clause after the
 * second comma as their content (`reportedSpeech`, `openerOnly`).
 */
const SOURCE_BETWEEN_COMMAS = true;
/**
 * Twelfth session: "A, said X, because B." — reported speech split by its cue, with a clause that goes on after the source's
 * comma (a conjunction opens it), is one content through the sentence's end, as a quote split by its cue is.
 */
const SPLIT_BY_CUE = true;
const CLAUSE_GOES_ON: ReadonlySet<string> = new Set(['because', 'but', 'although', 'though', 'so', 'since', 'unless']);
/** Connectives that may stand before "…, said X, <content>". */
/** Twenty-seventh session: two-word openers before an inverted source ("For now, says …"), and the source's appositive skipped. */
const TWO_WORD_OPENERS = true;
const OPENING_CONNECTIVES: ReadonlySet<string> = new Set([
  'also', 'but', 'and', 'however', 'meanwhile', 'indeed', 'still', 'yet', 'so', 'moreover', 'furthermore', 'now', 'then', 'again', 'instead', 'likewise', 'similarly',
  // (twenty-seventh session, `TWO_WORD_OPENERS`: "For now, says …", "In fact, said …", "Of course, says …")
  ...(TWO_WORD_OPENERS ? ['for', 'example', 'instance', 'in', 'fact', 'of', 'course', 'at', 'least', 'finally', 'first'] : []),
]);

/** Round fourteen: a cue word that also reads as a plural noun, right before an auxiliary or modal, is that noun (`reportedSpeech`). */
const NOUN_BEFORE_AUX = true;
const prevWord = (v: Scope['v'], k: number): string => v.lower[k - 1] ?? '';

/** Whether tokens [from, to) are empty or one or two connectives ("Also", "But, however"), commas aside. */
/**
 * `TWO_WORD_OPENERS`: the comma that closes an appositive opened after the comma at `comma` ("…, president-elect of the
 * society,"): lower-case words, names, possessives and hyphens up to the next comma, with no verb of saying; else `comma`.
 */
function appositiveEnd(st: Scope, comma: number, limit: number): number {
  const { v, tokCue } = st;
  const first = comma + 1;
  // (a name, or a capitalised word that is no determiner, opens the content itself: "…, says Ann Lee, Halden will …")
  if (v.nameAt[first] || (v.isCap(first) && !DETERMINERS.has(v.lower[first]!))) return comma;
  for (let x = first; x < limit && x < first + 12; x++) {
    if (v.isPunct(x, ',')) return x + 3 < limit && v.isWord(x + 1) ? x : comma;
    if (tokCue[x] || !(v.isWord(x) || v.lower[x] === '-' || isPossessive(v.lower[x]!) || v.tokens.kind[x] === TokenKind.Number)) return comma;
  }
  return comma;
}

function openerOnly(st: Scope, from: number, to: number): boolean {
  const { v } = st;
  let words = 0;
  for (let x = from; x < to; x++) {
    if (v.isPunct(x, ',')) continue;
    if (!OPENING_CONNECTIVES.has(v.lower[x]!) || ++words > 2) return false;
  }
  return true;
}

export function reportedSpeech(st: Scope): void {
  const { ctx, v, timeTok, quotes, inside, tokCue, tokCuePair, usedCue, quoteUsed, drafts, starts } = st;
  // the first attribution with a cue in each sentence (a direct quote's, or reported speech's), for
  // the participles after it ("“…,” he said, adding that …")
  const speakerIn = new Map<number, { source: AttributionSource | null; cueEnd: number }>();
  for (const d of drafts) if (d.cue) speakerIn.set(sentenceOf(st, v.tokenAtOrAfter(d.cue.start)), { source: d.source, cueEnd: d.cue.end });

  // ----- 2. reported speech after a reporting verb
  for (const k of starts.cues) {
    const cue = tokCuePair[k];
    if (!cue || usedCue[k] || inside[k]! >= 0) continue;
    if (cue.kind === 'belief' && WEAK_BELIEF.has(cue.lemma)) continue;
    // ("Peter Lyle, asked about the remark, said …": a passive aside, read by `askedAbout`)
    if (askedAside(v, k)) continue;
    // (round fourteen: a noun reading before an auxiliary is a subject, "12 regional offices have been closed", "the claims were false")
    // (not after a pronoun: "what he fears is a collapse")
    if (NOUN_BEFORE_AUX && NOUN_READINGS.has(v.lower[k]!) && (FINITE_AUX.has(v.lower[k + 1] ?? '') || MODALS.has(v.lower[k + 1] ?? '')) && !SOURCE_PRONOUNS.has(prevWord(v, k))) continue;
    let cueEnd = cue.phrase === 'particle' ? k + 2 : k + 1;
    const sentence = sentenceOf(st, k);
    if (sentence < 0) continue;
    const floor = v.sentenceFirst[sentence]!;
    const prev = v.lower[k - 1] ?? '';
    if (k > floor && ((DETERMINERS.has(prev) && !floatingAt(st, k - 1, floor) && !bothAt(st, k - 1, floor)) || (isPossessive(prev) && !contractedAux(v, k - 1))) && (NOUN_READINGS.has(v.lower[k]!) || prev !== 'that')) continue;
    // capitalised cue words only open a sentence, or follow a name in a title-case headline ("…, Dana Whitlock Says.")
    // or, in a title-case headline, follow a capitalised word ("Tom Rudd Calls Ann Keller ‘A Disgrace’", "New Poll Shows …")
    if (v.isCap(k) && k !== floor && !(inHeadline(st, k) && cue.kind === 'speech' && v.nameAt[k - 1] && !v.nameAt[k] && !v.isWord(k + 1)) &&
      !(TITLE_CASE_CUES && inHeadline(st, k) && cue.kind === 'speech' && cue.weight >= 0.3 && v.isCap(k - 1) && !v.nameAt[k] && (v.isCap(k + 1) || !v.isWord(k + 1)))) continue;
    if (v.lower[k - 1] === 'of') continue; // "the secretary of state"
    // "The NAO report said …": a noun before the reporting verb, not a cue of its own
    const after = cue.phrase ? undefined : tokCue[k + 1];
    if (after && after.kind === 'speech' && !after.participle && after.weight > 0.6 && !v.isCap(k + 1)) continue;
    if (NOUN_AGREEMENT && !cue.phrase && nounReading(st, k, floor)) continue;

    let source: AttributionSource | null;
    let rule: string;
    let base: number;
    const speakerOnly = needsSpeaker(cue.lemma, cue.weight);
    const before = skipAdverbsBack(st, k - 1, floor);
    // (twenty-fifth session, `ING_ADJECTIVE`: "the results are promising", "the figures look encouraging": an adjective after a copula)
    if (ING_ADJECTIVE && ING_ADJECTIVES.has(v.lower[k]!) && COPULAS.has(v.lower[before] ?? '')) continue;
    let modal = false;
    for (let x = before + 1; x < k; x++) if (MODALS.has(v.lower[x]!)) modal = true;
    if (modal) continue; // "would announce": not a report
    // "prompting Keller to … suggest …", "urged her to say …": the object of the control verb speaks
    const control = objectControl(st, before, floor);
    // "to say", "urged her to say": not a report; "prompted Keller to suggest": Keller's
    // "he appeared to suggest …": the subject of the raising verb speaks, and the cue is "appeared to suggest"
    // "he began to argue …", "went on to say …", "began dismissing …": a catenative verb opens the cue (`CATENATIVES`)
    const catenative = v.lower[before] === 'to' && !control ? catenativeStart(v, before - 1, false) : cue.participle ? catenativeStart(v, before, true) : -1;
    // "voters are more likely to say …", "was quick to add …": an adjective that takes the infinitive (`ADJECTIVE_TO`)
    const adjective = v.lower[before] === 'to' && !control && catenative < floor ? adjectiveToStart(st, before - 1, floor) : -1;
    const raised = v.lower[before] === 'to' && !control && (RAISING_VERBS.has(v.lower[before - 1] ?? '') || catenative >= floor || adjective >= floor);
    if ((v.lower[before] === 'to' && !control && !raised) || (control && !control.implicative)) continue;
    const cueFrom = catenative >= floor ? catenative : adjective >= floor ? adjective : raised ? before - 1 : k;
    const controller = control?.source;
    if (cue.participle && !PROGRESSIVE.has(v.lower[before] ?? '') && !contractedAux(v, before) && catenative < floor) {
      // "Conceding that a deal would come, he said …": a participle opening the sentence, the main clause's subject its source
      if (PARTICIPLE_OPENER && k === floor && v.lower[k] !== 'according' && participleOpener(st, k, cueEnd, sentence)) continue;
      // ", adding that …", "by saying he would …"
      if (!v.isPunct(before, ',') && !PARTICIPLE_PREPOSITIONS.has(v.lower[before] ?? '') && !commaInQuote(st, before)) {
        // "with Liam O’Hara calling Keller a fraud", "a group backing Ann Keller", "911 calls saying …": the noun phrase right before
        const p = PARTICIPLE_SUBJECT && before === k - 1 && before >= floor && v.isWord(before) ? phraseBefore(st, before, floor) : null;
        const subject = p && absoluteBefore(st, p.start, floor) ? classify(st, p, true) : null;
        if (!subject || subject.kind === 'pronoun') continue;
        source = subject;
        rule = 'participle-subject';
        base = 0.6;
      } else {
      // round sixteen (`SAID_ADDING`): "The important thing was action, he said, adding that …": the speaker of the cue right
      // before the comma, not the sentence's first words
      const said = SAID_ADDING && v.isPunct(before, ',') && before - 2 >= floor && st.tokCue[before - 1]?.kind === 'speech' &&
        (SOURCE_PRONOUNS.has(v.lower[before - 2]!) || v.nameAt[before - 2] !== undefined) ? sourceBefore(st, before - 1, floor, speakerOnly) : null;
      // twelfth session (`FOR_ING_OBJECT`): "criticised the council for claiming …", "branded Mr Lyle "reckless" for
      // claiming …": the one criticised, the object of the verb before "for", made the claim
      const blamed = FOR_ING_OBJECT && !said && v.lower[before] === 'for' ? blamedObject(st, before, floor, speakerOnly) : null;
      // (twenty-seventh session, `INVERTED_SAID_ADDING`: "“…?” “…,” says Vell, adding that …": the speaker after the cue, right
      // before the comma, not the first words of a sentence that opens inside the quote)
      const spoke = INVERTED_SAID_ADDING && !said && !blamed && v.isPunct(before, ',') ? speakerIn.get(sentence) : undefined;
      const inverted = spoke?.source && spoke.cueEnd <= spoke.source.start && v.tokenEndingBy(spoke.source.end) === before - 1 ? spoke.source : null;
      source = said ?? blamed ?? inverted ?? mainSubject(st, sentence, before, speakerOnly);
      if (!source) {
        // "“…,” he said, adding that …": the speaker of the cue before it in the sentence
        const d = speakerIn.get(sentence);
        if (d && d.cueEnd <= v.tokens.start[k]!) source = d.source;
      }
      rule = 'participle-cue';
      base = 0.72;
      }
    } else {
      if (PASSIVE.has(v.lower[before] ?? '') && !contractedAux(v, before) && (!PROGRESSIVE.has(v.lower[before] ?? '') || (BE_PARTICIPLE && v.lower[before] !== 'kept' && v.lower[before] !== 'keeps' && v.lower[k]!.endsWith('ed') && v.lower[k] !== 'asked'))) continue;
      // "Hager offered the man a job, then says he’ll …": a second predicate of the sentence's subject
      const thenPredicate = THEN_PREDICATE && !controller && v.lower[k - 1] === 'then' && k - 2 > floor && (v.isPunct(k - 2, ',') || v.lower[k - 2] === 'and');
      // round thirteen (h): "As one of the farmers gathered at the show remarked, …": a long source after "as"
      const asLong = AS_LONG_SOURCE && AS_SOURCE_CUE && !controller && !thenPredicate && v.isPunct(cueEnd, ',') ? asLongSource(st, cueFrom, floor, speakerOnly) : null;
      source = controller ?? (thenPredicate ? mainSubject(st, sentence, k - 2, speakerOnly) : null) ?? asLong ?? sourceBefore(st, cueFrom, floor, speakerOnly);
      // "Keller is telling nurses that … and says she will …": the subject of the sentence
      // ("… but on Tuesday wrote that …": past a time expression)
      const conj = SUBJECT_ADJUNCTS_SKIP ? skipSubjectAdjuncts(st, before, floor) : before;
      if (!source && (v.lower[conj] === 'and' || v.lower[conj] === 'but') && conj > floor) {
        source = mainSubject(st, sentence, conj, speakerOnly);
        // "The retired teacher confirmed he had missed the vote but said …": the first cue's speaker
        const first = CONJOINED_SPEAKER && !source ? speakerIn.get(sentence) : undefined;
        if (first && first.cueEnd <= v.tokens.start[conj]!) source = first.source;
      }
      rule = cue.kind === 'belief' ? 'source-belief' : controller ? 'object-control' : 'source-cue';
      base = cue.kind === 'belief' ? 0.68 : 0.84;
    }
    const limit = v.sentenceEnd[sentence]!;
    // round thirteen (g): "… the likes of Bilt-Rite, said Mr Pendry.": a name that runs to the sentence's end after the cue is
    // the source, not the content, even with a noun before the comma
    if (INVERTED_NAME && source && rule === 'source-cue' && v.isPunct(before, ',') && nameToEnd(st, cueEnd, limit)) source = null;
    if (!source && rule === 'source-cue' && v.isPunct(before, ',')) {
      // "Steps against … led to their dismissal, said Martin Keogh, a senior official." : content, cue, source
      const p0 = phraseAfter(st, cueEnd, limit);
      // ("…, say researchers at Pell Hanbury.": through the organisation, round thirteen (g))
      let p = p0 ? affiliationAfter(st, p0, limit) : null;
      // (twenty-fourth session, `ROLE_PP_AFTER`: "…, said a spokesman for the city.": a role's own phrase to the sentence's end or a comma)
      if (ROLE_PP_AFTER && p) p = rolePhraseAfter(st, p, limit);
      const after = p ? classify(st, p) : null;
      // (twenty-seventh session, `PERSON_AFFILIATION_AFTER`: "…, said Peter Jacobs of Halden Securities.": past the person's firm)
      let end = p ? skipParens(st, PERSON_AFFILIATION_AFTER ? personAffiliationEnd(st, p, limit) : p.end, limit) : limit;
      // (twenty-seventh session, `TRAILING_PP_AFTER_SOURCE`: "…, says Brody in this month's Halden Journal.", "…, says Dr
      // John Auston of NOAA's laboratory in Boulder.": a prepositional phrase with no verb of saying in it to the sentence's end)
      if (TRAILING_PP_AFTER_SOURCE && p && after && end < limit && TRAILING_PREPOSITIONS.has(v.lower[end]!)) end = trailingPhraseEnd(st, end, limit);
      if (p && after && (end >= limit || v.isPunct(end, ',') || SENTENCE_END.has(v.lower[end]!))) {
        const start = pastDateline(st, contentFirstStart(st, sentence, before), before);
        let span = before - start >= 3 ? trimmedSpan(st, v.tokens.start[start]!, v.tokens.start[before]!) : null;
        // round thirteen (h): "Also, said Mr Flynn, Acme has cut off …": nothing before but a connective, the content after the source's comma
        if (!span && SOURCE_BETWEEN_COMMAS && v.isPunct(end, ',') && end + 3 < limit && openerOnly(st, v.sentenceFirst[sentence]!, before) && v.isWord(end + 1) && !BOUNDARY_WORDS.has(v.lower[end + 1]!) && !isIng(v.lower[end + 1]!)) {
          // (twenty-seventh session, `TWO_WORD_OPENERS`: past the source's appositive, "…, says Ann Lee, president of the society, the law …")
          const past = TWO_WORD_OPENERS ? appositiveEnd(st, end, limit) : end;
          span = trimmedSpan(st, v.tokens.start[past + 1]!, v.tokens.end[limit - 1]!);
        }
        // twelfth session: "Delays like this happen, said Mr Ostrow, because when airlines …": reported speech split by its
        // cue runs on to the sentence's end when a clause goes on after the source's comma
        else if (span && SPLIT_BY_CUE && v.isPunct(end, ',') && end + 3 < limit && CLAUSE_GOES_ON.has(v.lower[end + 1]!)) {
          span = trimmedSpan(st, span.start, v.tokens.end[limit - 1]!);
        }
        if (span) {
          pushContentDraft(st, { source: after, cue: tokenSpan(st, cueFrom, cueEnd), content: span, confidence: confidenceOf(st, after, 0.8), rule: 'content-cue-source' }, { cueTok: k, exclusive: true });
        }
      }
      continue;
    }
    if (!source) continue;
    // "you know", "you see", "you mean": a discourse marker, not a report
    if (YOU_DISCOURSE_OFF && YOU_DISCOURSE.has(cue.lemma) && v.lower[v.tokenAtOrAfter(source.start)] === 'you') continue;
    // where the content starts
    let c = cueEnd;
    let objectOnly = false;
    // "wrote on Twitter that …", "said on CNN that …": the particle's phrase is an adjunct, the content follows "that"
    let phrase = cue.phrase;
    if (PARTICLE_THAT && phrase === 'particle') {
      // (names only in between: "spoke about the plan that failed" keeps its object)
      for (let x = cueEnd; x < limit && x < cueEnd + 5 && v.isWord(x) && (v.isCap(x) || v.lower[x] === 'that'); x++) {
        if (v.lower[x] !== 'that') continue;
        if (x > cueEnd) {
          cueEnd = k + 1;
          c = x;
          phrase = undefined;
        }
        break;
      }
    }
    if (cue.object === 'skip' && v.lower[c] !== 'that' && v.lower[c] !== 'of' && v.lower[c] !== 'against') {
      let that = -1;
      // "told WKTV’s “Early Shift” on Friday that …"
      for (let x = c; x < limit && x < c + 10 && (v.isWord(x) || v.tokens.kind[x] === TokenKind.Quote || isPossessive(v.lower[x]!)); x++) {
        if (v.lower[x] === 'that') {
          that = x;
          break;
        }
      }
      if (that >= 0) c = that;
      else {
        const obj = phraseAfter(st, c, limit);
        let objEnd = obj ? obj.end : v.nameAt[c] ? v.tokenEndingBy(v.nameAt[c]!.end) + 1 : OBJECTS.has(v.lower[c] ?? '') ? c + 1 : c;
        // "told POLITICO earlier this week": capitalised words the NER left out are the listener's name (round thirteen)
        if (CAPITAL_LISTENER && objEnd === c && cue.lemma === 'tell') while (objEnd < limit && objEnd < c + 4 && v.isWord(objEnd) && v.isCap(objEnd) && !tokCue[objEnd] && !timeTok[objEnd]) objEnd++;
        // (twenty-fifth session, `PLAIN_LISTENER`: "…, Reed told shareholders.", "told the annual meeting.": a plain noun phrase the
        // phrase reader took for no speaker is the listener when nothing but an adjunct or the sentence's end follows it)
        if (PLAIN_LISTENER && objEnd === c && cue.lemma === 'tell') {
          let y = DETERMINERS.has(v.lower[c] ?? '') ? c + 1 : c;
          while (y < limit && y < c + 5 && v.isWord(y) && !v.isCap(y) && (nounLike(st, y) || LISTENER_INGS.has(v.lower[y]!)) && !timeTok[y]) y++;
          if (y > c && !DETERMINERS.has(v.lower[y - 1]!) && (y >= limit || v.isPunct(y, '.') || v.isPunct(y, ',') || timeTok[y] || ADJUNCT_PREPOSITIONS.has(v.lower[y]!))) objEnd = y;
        }
        let x = objEnd;
        while (x < limit && v.isWord(x) && v.nameAt[x] && v.nameAt[x] === v.nameAt[x - 1]) x++;
        // "told The Daily Ledger on Wednesday." : an adjunct after the object
        if (x > c && x < limit && (timeTok[x] || ADJUNCT_PREPOSITIONS.has(v.lower[x]!) || (BY_MEDIUM && v.lower[x] === 'by' && BY_MEDIA.has(v.lower[x + 1] ?? '')))) x = afterAdjuncts(st, x, limit, false);
        // "told POLITICO, however, that …": an aside before the complement
        if (CAPITAL_LISTENER && v.isPunct(x, ',') && v.lower[x + 2] !== undefined && v.isPunct(x + 2, ',') && v.lower[x + 3] === 'that') x += 3;
        // "told GMTV’s Sunday programme." : an object and no complement
        if (isPossessive(v.lower[x] ?? '') || x >= limit || v.isPunct(x, '.') || v.isPunct(x, ',')) objectOnly = true;
        c = x;
      }
    } else if (cue.object === 'none') {
      c = afterAdjuncts(st, c, limit, cue.lemma === 'say');
    }
    // "She also said, without proof, that …", "He said, twice, that …", "Dorsey says, win or lose …, he’s staying"
    if (COMMA_ASIDE && v.isPunct(c, ',') && !objectOnly && !cue.participle && (cue.weight >= ASIDE_CUE_WEIGHT || cue.kind === 'belief') && source.kind !== 'vague' &&
      contentBeforeSource(v, source, floor) === null && !(AS_SOURCE_CUE && asContent(st, source, c, sentence, floor))) {
      const a = commaAside(st, c, limit);
      // (after an adjunct the parser read past, "said on Sky, where he is …, that …", only a complementiser)
      if (c === cueEnd || v.lower[a] === 'that') c = a;
    }
    if (v.lower[c] === 'that' || v.isPunct(c, ':')) c++;
    // ", adding, “…”": a quote after the participle's comma
    else if (cue.participle && v.isPunct(c, ',') && v.tokens.kind[c + 1] === TokenKind.Quote && c + 1 < limit) c++;
    // "said that, if chosen, he would …"
    if (v.lower[c - 1] === 'that' && v.isPunct(c, ',')) c++;
    const noComplement = c >= limit || (!v.isWord(c) && v.tokens.kind[c] !== TokenKind.Quote && v.tokens.kind[c] !== TokenKind.Number);
    if (noComplement || objectOnly) {
      // "As the Weekly Courier noted, Keller raised …": the clause after the comma
      const asSpan = AS_SOURCE_CUE && !objectOnly && rule !== 'participle-cue' ? asContent(st, source, c, sentence, floor) : null;
      if (asSpan) {
        pushContentDraft(st, { source, cue: tokenSpan(st, cueFrom, cueEnd), content: asSpan, confidence: confidenceOf(st, source, base - 0.04), rule: 'as-source-cue' }, { cueTok: k, exclusive: true });
        continue;
      }
      // the content came first: "It would mean …, Ms Pryor told GMTV."
      // (twenty-seventh session, `BARE_PRONOUN_ADJACENT`: with no comma, a pronoun source only right before its cue: "the evidence it
      // has presented in the report" is a relative clause, no report of the sentence before it)
      const bareOk = !(BARE_PRONOUN_ADJACENT && source.kind === 'pronoun' && v.tokenEndingBy(source.end) !== cueFrom - 1);
      const before = contentBeforeSource(v, source, floor, bareOk && (c >= limit || v.isPunct(c, '.')));
      if (before !== null && rule !== 'participle-cue') {
        // "Acts of kindness, Mr. Dorn said, are acts of courage": the cue interrupts the content,
        // which (PARC) runs on to the end of the sentence, the cue inside it
        let plain = true;
        if (!objectOnly) for (let x = cueEnd; x < c; x++) if (!TIME_WORDS.has(v.lower[x]!) && !timeTok[x]) plain = false;
        // (", a senior aide said, “is fully confident …”": a quote after the comma goes on too)
        const next = PARENTHETICAL_SOURCES && v.tokens.kind[c + 1] === TokenKind.Quote && v.isWord(c + 2) ? c + 2 : c + 1;
        // (", records show, and rail experts say …": a clause of its own after "and" is no more of the content)
        const goesOn = (plain || objectOnly) && next < limit && v.isPunct(c, ',') && v.isWord(next) && !BOUNDARY_WORDS.has(v.lower[next]!) && !isIng(v.lower[next]!) &&
          !(INNER_REPORTS && (v.lower[next] === 'and' || v.lower[next] === 'or') && reportAhead(st, next + 1, limit));
        // (the cue inside an opening adjunct's sentence: "For years, Mr. de Haan noted, the county has …" from its start)
        let mainStart = contentFirstStart(st, sentence, before);
        // "Other candidates said they support X, but they would not …, they said": the content starts after the report before it
        // (twenty-sixth session, `OUTER_REPORT_WHOLE`: with no clause of its own after the report inside, the outer report holds it
        // all, "The bank announced a profit and has assets of …, Lu said", and the inner report stays: rule `…+wraps`)
        let wraps = false;
        if (INNER_REPORTS && !goesOn) {
          const after = afterInnerReport(st, mainStart, before);
          if (after < 0 && !OUTER_REPORT_WHOLE) continue;
          if (after < 0) wraps = true;
          else mainStart = after;
        }
        const from = pastDateline(st, PARENTHETICAL_SOURCES && goesOn && before < mainStart ? v.sentenceFirst[sentence]! : mainStart, before);
        const span = goesOn ? trimmedSpan(st, v.tokens.start[from]!, v.tokens.end[limit - 1]!) : trimmedSpan(st, v.tokens.start[from]!, v.tokens.start[before]!);
        if (span && (goesOn || before - mainStart >= 3)) {
          if (!pushContentDraft(st, { source, cue: tokenSpan(st, cueFrom, cueEnd), content: span, confidence: confidenceOf(st, source, base - 0.04), rule: wraps ? 'content-source-cue+wraps' : 'content-source-cue' }, { cueTok: k, exclusive: true })) continue;
        }
      }
      continue;
    }
    const first = v.lower[c]!;
    if (first === 'to' && cue.object !== 'keep' && cue.phrase !== 'infinitive' && !INFINITIVE_BELIEF.has(cue.lemma) && !['promise', 'vow', 'pledge', 'threaten', 'agree'].includes(cue.lemma)) continue;
    const infinitive = first === 'to' && (cue.phrase === 'infinitive' || INFINITIVE_BELIEF.has(cue.lemma));
    // (after "that" a preposition opens the content: "said that about 30 percent of …"; "as much as")
    const afterThat = THAT_PREPOSITION && v.lower[c - 1] === 'that';
    if (cue.kind === 'belief' && (PREPOSITIONS.has(first) || first === 'to') && !infinitive && !afterThat) continue;
    if (cue.phrase !== 'particle' && (first === 'for' || first === 'about' || first === 'with' || first === 'by' || first === 'as') && !afterThat && !asMuchAs(v, c)) continue;
    const nounPhrase = !takesClause(cue.lemma) && v.lower[c - 1] !== 'that' && v.lower[c] !== 'to' && !infinitive;
    const end = contentEnd(st, c, sentence, rule === 'participle-cue', nounPhrase);
    const from = nounPhrase ? attitudeObjectStart(st, c, end, cue.lemma) : c;
    const span = trimmedSpan(st, v.tokens.start[from]!, RULE_OBJECT_ADJUNCTS && nounPhrase ? adjunctEnd(st, from, end) : end);
    if (!span || span.end - span.start < 3) continue;
    // "responded positively": a manner adverb alone says how, not what
    if (LONE_ADVERB.test(span.text)) continue;
    const covered = quotesIn(st, span);
    for (const qi of covered) quoteUsed[qi] = 1;
    const whole = covered.length === 1 && quotes.list[covered[0]!]!.start === span.start && quotes.list[covered[0]!]!.end >= span.end - 1;
    const quoted: Quoted = covered.length === 0 ? 'none' : whole ? 'direct' : 'partial';
    usedCue[k] = 1;
    if (!speakerIn.has(sentence)) speakerIn.set(sentence, { source, cueEnd: v.tokens.end[cueEnd - 1]! });
    drafts.push({
      quoted,
      source,
      cue: tokenSpan(st, cueFrom, cueEnd),
      content: whole ? ctx.span(quotes.list[covered[0]!]!.contentStart, quotes.list[covered[0]!]!.contentEnd) : span,
      confidence: confidenceOf(st, source, base + (quoted === 'none' ? 0 : 0.04)),
      rule: `${rule}${phrase ? `+${phrase}` : ''}${quoted === 'partial' ? '+partial-quote' : ''}`,
      quotes: covered,
      extendTo: -1,
    });
  }
}

/** A cue word that reads as a noun by what stands around it (`nounReading`). */
const NOUN_AGREEMENT = true;
const ARTICLES: ReadonlySet<string> = new Set(['a', 'an', 'the']);
const NOUN_FINITE_AFTER: ReadonlySet<string> = new Set(['is', 'was', 'has', 'had', 'will', 'would', 'could', 'can', 'may', 'might', 'should', 'must', 'does', 'did', 'were', 'are', 'have']);
/** Singular-looking nouns that take a plural verb ("data show", "police say"). */
const PLURAL_NOUNS: ReadonlySet<string> = new Set(['data', 'media', 'people', 'police', 'staff', 'public', 'majority', 'minority', 'government', 'party', 'team', 'firm', 'company', 'committee', 'family', 'board', 'jury', 'panel']);

/**
 * "the NIESR report was optimistic", "the Vance report recommends …", "a report issued on Tuesday",
 * "a TV talent show or …", "the hit show Pop Idols": a word that is a noun as often as a
 * reporting verb (`report`, `show`, `claim` …) is a noun when a finite verb or a participle
 * follows it, or, for the bare `show`, when a singular noun stands before it (a subject would take
 * `shows`).
 */
function nounReading(st: Scope, k: number, floor: number): boolean {
  const { v, tokCue } = st;
  const w = v.lower[k]!;
  if (!NOUN_READINGS.has(w) && w !== 'show') return false;
  if (k <= floor) return false;
  const p = v.lower[k - 1]!;
  // (not after its subject: "which he estimates will …", "what Democrats hope will …")
  const subject = !v.isWord(k - 1) || SOURCE_PRONOUNS.has(p) || PLURAL_NOUNS.has(p) || (p.endsWith('s') && !p.endsWith('ss')) || MODALS.has(p) || p === 'to' || p === 'not' || ADVERBS.has(p) || p.endsWith('ly');
  if (subject) return false;
  // (a name before it is its subject, unless an article opens the name: "the FEC report was …")
  const name = v.nameAt[k - 1];
  let first = name ? v.tokenAtOrAfter(name.start) : k - 1;
  while (!name && first > floor && v.isCap(first - 1) && !ARTICLES.has(v.lower[first - 1]!)) first--;
  if ((name || v.isCap(k - 1)) && !ARTICLES.has(v.lower[first - 1] ?? '')) return false;
  const next = v.lower[k + 1] ?? '';
  const hyphened = v.tokens.end[k + 1] === v.tokens.start[k + 2];
  const nextCue = tokCue[k + 1];
  const finite = NOUN_FINITE_AFTER.has(next) || (nextCue !== undefined && !nextCue.participle && (next.endsWith('s') || next.endsWith('ed')));
  if (v.isWord(k + 1) && !v.isCap(k + 1) && !hyphened && (finite || ((next.endsWith('ed') || next.endsWith('ing')) && nextCue === undefined && next.length > 4))) return true;
  if (w !== 'show') return false;
  // a singular noun or a name after an article before the bare "show": "a TV talent show", "a Jane Marlow show"
  return name !== undefined || v.isCap(k - 1) || nounLike(st, k - 1);
}

/**
 * Object-control verbs: in "prompting Keller to … suggest she might attend", "urged her to say …",
 * the object of the verb (not its subject) is the one who would do the infinitive's act.
 * Implicative ones say the act happened ("prompted Keller to suggest …": Keller suggested), so the
 * object is the source; the others only ask for it ("urged her to say …", "asked the candidates
 * to discuss …", "dared him to say …": PolNeAR marks the asking, not the asked-for speech), so the
 * infinitive is no attribution at all.
 */
const CONTROL_VERBS: ReadonlyMap<string, boolean> = new Map([
  ...['prompt', 'persuade', 'convince', 'force', 'lead', 'inspire', 'compel', 'spur', 'cause', 'get'].map((l) => [l, true] as const),
  ...['urge', 'ask', 'tell', 'encourage', 'push', 'press', 'pressure', 'invite', 'call', 'implore', 'beg', 'challenge', 'dare', 'order',
    'remind', 'advise', 'want', 'expect', 'allow'].map((l) => [l, false] as const),
]);
const controlLemma = (form: string): string | undefined => knownLemma(form, (l) => CONTROL_VERBS.has(l));
const OBJECT_PRONOUNS: ReadonlySet<string> = new Set(['him', 'her', 'them', 'us', 'me']);
/** Most tokens back from a coordinated cue to the "to" of its infinitive ("to publicly support and even suggest"). */
const CONTROL_WINDOW = 10;

/**
 * The object of a control verb when the cue at `before + 1` is its infinitive ("prompting Keller
 * to suggest …", "urged her to say …") or coordinated with it ("prompting Keller—currently in
 * Oslo—to publicly support and even suggest …"), and whether the verb is implicative; else null.
 */
function objectControl(st: Scope, before: number, floor: number): { source: AttributionSource; implicative: boolean } | null {
  const { v, refAt } = st;
  let to = -1;
  if (v.lower[before] === 'to') to = before;
  else if (v.lower[before] === 'and' || v.lower[before] === 'or') {
    for (let x = before - 1; x > floor && x >= before - CONTROL_WINDOW && v.isWord(x); x--) {
      if (v.lower[x] === 'to') {
        to = x;
        break;
      }
    }
  }
  if (to <= floor) return null;
  let o = skipAdverbsBack(st, to - 1, floor);
  // "Keller—currently in Oslo—to": past a parenthesis between dashes
  if (o > floor && DATELINE_DASHES.has(v.lower[o]!)) {
    for (let x = o - 1; x > floor && x >= o - 8; x--) {
      if (DATELINE_DASHES.has(v.lower[x]!)) {
        o = x - 1;
        break;
      }
    }
    if (DATELINE_DASHES.has(v.lower[o]!)) return null;
  }
  if (o < floor || !v.isWord(o)) return null;
  let source: AttributionSource | null;
  let verb: number;
  if (OBJECT_PRONOUNS.has(v.lower[o]!)) {
    source = { ...tokenSpan(st, o, o + 1), entity: refAt.get(o)?.entity ?? null, kind: 'pronoun' };
    verb = o - 1;
  } else {
    const p = phraseBefore(st, o, floor);
    source = p ? classify(st, p) : null;
    verb = p ? p.start - 1 : -1;
  }
  if (v.lower[verb] === 'on') verb--; // "called on X to"
  const lemma = source && verb >= floor ? controlLemma(v.lower[verb]!) : undefined;
  return source && lemma ? { source, implicative: CONTROL_VERBS.get(lemma)! } : null;
}

/**
 * `CATENATIVES` (round nine): "He began to argue that …", "went on to say …", "used to boast …",
 * "began dismissing …", "started saying …": the verb before the infinitive or the -ing form opens
 * the cue, its subject is the source (as `RAISING_VERBS` do for "seemed to suggest"). Returns the
 * catenative's first token when the word at `x` is one (`ing`: before an -ing form), else -1.
 */
const CATENATIVES = true;
const CATENATIVE_FORMS: ReadonlySet<string> = new Set([
  'begin', 'begins', 'began', 'begun', 'start', 'starts', 'started', 'continue', 'continues', 'continued', 'try', 'tries', 'tried', 'used',
]);
const GO_FORMS: ReadonlySet<string> = new Set(['go', 'goes', 'went', 'gone']);
function catenativeStart(v: TokenView, x: number, ing: boolean): number {
  if (!CATENATIVES || x < 1) return -1;
  const w = v.lower[x]!;
  if (ing) return w !== 'used' && w !== 'try' && w !== 'tries' && w !== 'tried' && CATENATIVE_FORMS.has(w) ? x : -1;
  if (CATENATIVE_FORMS.has(w)) return x;
  return w === 'on' && GO_FORMS.has(v.lower[x - 1]!) ? x - 1 : -1;
}

/**
 * `ADJECTIVE_TO` (round nine): "Young renters are far more likely to say …", "was quick
 * to add …", "is unlikely to tell …", "have been reluctant to reveal …": a form of *be* and an
 * adjective that takes an infinitive open the cue, the subject before them is the source. Returns
 * the form of *be* when the adjective ends at `x` (adverbs and degree words in between), else -1.
 */
const ADJECTIVE_TO = true;
const TO_ADJECTIVES: ReadonlySet<string> = new Set([
  'likely', 'unlikely', 'quick', 'ready', 'eager', 'able', 'unable', 'willing', 'unwilling', 'reluctant', 'keen', 'careful', 'correct', 'right',
  'poised', 'prepared', 'happy', 'glad', 'anxious', 'loath', 'loth', 'hesitant', 'wrong', 'wise',
]);
const BE_FORMS: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', '’s', "'s", '’re', "'re"]);
const DEGREE_WORDS: ReadonlySet<string> = new Set(['more', 'most', 'less', 'least', 'very', 'so', 'too', 'quite', 'rather', 'slightly', 'much', 'far', 'generally', 'equally', 'particularly', 'especially', 'increasingly', 'also', 'not', 'still', 'now', 'always', 'often', 'usually', 'even', 'all']);
function adjectiveToStart(st: Scope, x: number, floor: number): number {
  const { v } = st;
  if (!ADJECTIVE_TO || x <= floor || !TO_ADJECTIVES.has(v.lower[x]!)) return -1;
  let y = x - 1;
  while (y > floor && y > x - 5 && (DEGREE_WORDS.has(v.lower[y]!) || (v.lower[y]!.endsWith('ly') && v.lower[y]!.length > 4))) y--;
  return BE_FORMS.has(v.lower[y]!) && !(v.lower[y] === '’s' || v.lower[y] === "'s" ? !contractedAux(v, y) : false) ? y : -1;
}

/** Most tokens of the opening participle clause. */
const PARTICIPLE_OPENER_WINDOW = 30;
/** Participles that open a report with any content (the others need a that-clause). */
const OPENER_LEMMAS: ReadonlySet<string> = new Set([
  'say', 'tell', 'add', 'note', 'acknowledge', 'concede', 'declare', 'insist', 'warn', 'argue', 'claim', 'explain', 'state', 'stress',
  'emphasize', 'emphasise', 'promise', 'predict', 'respond', 'repeat', 'recall', 'reflect', 'admit', 'deny', 'announce', 'suggest',
  'complain', 'boast', 'vow', 'pledge', 'praise', 'criticize', 'criticise', 'accuse', 'question', 'reply', 'write', 'tweet',
]);

/**
 * "Conceding that there would probably be a pay deal, he said …", "Promising that his next
 * reports would dig deeper, Hartley …": the participle opening the sentence is the cue, the clause
 * up to its comma the content, the main clause's subject after the comma the source. Drafts it and
 * returns true, or returns false (no comma, or no subject after it).
 */
function participleOpener(st: Scope, k: number, cueEnd: number, sentence: number): boolean {
  const { v, inside } = st;
  const limit = v.sentenceEnd[sentence]!;
  let comma = -1;
  for (let x = cueEnd + 1; x < limit && x < k + PARTICIPLE_OPENER_WINDOW; x++) {
    if (v.isPunct(x, ',') && inside[x]! < 0) {
      comma = x;
      break;
    }
  }
  if (comma < 0 || comma + 1 >= limit) return false;
  const p = phraseAfter(st, comma + 1, limit);
  const source = p ? classify(st, p) : null;
  // (the subject's verb right after it: "…, he said", "…, Hartley spoke")
  if (!source || !p || p.end >= limit || !v.isWord(p.end) || v.isCap(p.end)) return false;
  let c = cueEnd;
  // (speech, or a that-clause: not "Unveiling the budget, …", "Aiming to …", "Describing the meeting, …")
  const lemma = st.tokCue[k]?.lemma ?? '';
  if (v.lower[c] !== 'that' && !OPENER_LEMMAS.has(lemma)) return false;
  if (v.lower[c] === 'that') c++;
  const span = trimmedSpan(st, v.tokens.start[c]!, v.tokens.start[comma]!);
  if (!span) return false;
  return pushContentDraft(st, { source, cue: tokenSpan(st, k, cueEnd), content: span, confidence: confidenceOf(st, source, 0.6), rule: 'participle-opener' }, { cueTok: k });
}

/** `afterAdjuncts`: "Organisers say this year's festival …" — time words before a possessive open the content. */
const TIME_POSSESSIVE = true;

/** Round fourteen: a time phrase after a cue's preposition, then a subject, opens the content ("said on Tuesday it had …"; `afterAdjuncts`). */
const TIME_THEN_SUBJECT = true;
const SUBJECT_OPENERS: ReadonlySet<string> = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'there', 'the', 'a', 'an', 'his', 'her', 'its', 'their', 'this', 'these', 'no']);
/** (a name followed by a cue is the next report's source: "said on Monday Smith told …" is rare, left as it was) */
const tokCueAt = (st: Scope, x: number): boolean => st.tokCue[x] !== undefined;

/**
 * Where content starts after a cue that takes no object, past time words and adjunct phrases:
 * "said Friday that …", "says at a town hall in Dayton, Ohio, that …". An adjunct with no
 * "that" after it ends the clause ("said at a Denver event last month.") unless a quote
 * follows its comma; then the content came first (the index returned is not a word).
 */
/** Twenty-seventh session: "by telephone", "by e-mail" after the cue is the means of saying, an adjunct like "in a statement" (`afterAdjuncts`). */
const BY_MEDIUM = true;
const BY_MEDIA: ReadonlySet<string> = new Set(['telephone', 'phone', 'fax', 'email', 'e-mail', 'letter', 'telex', 'cable', 'radio', 'satellite', 'videolink', 'video', 'text', 'mail']);
function afterAdjuncts(st: Scope, c: number, limit: number, say: boolean): number {
  const { v, timeTok, inside } = st;
  const from = c;
  // time words ("this week", "last month"); "this" alone is the content's subject ("thinks this is …")
  while (c < limit && ((TIME_WORDS.has(v.lower[c]!) && v.lower[c] !== 'on' && ((v.lower[c] !== 'this' && v.lower[c] !== 'last') || timeTok[c + 1] || TIME_WORDS.has(v.lower[c + 1] ?? ''))) || timeTok[c])) c++;
  // "say this year's festival will …": the time words own a noun of the content
  if (TIME_POSSESSIVE && c > from && isPossessive(v.lower[c] ?? '')) return from;
  const w = v.lower[c] ?? '';
  // (twenty-seventh session, `BY_MEDIUM`: "said by telephone", "told Reuters by phone on Monday": the means, then what follows it)
  if (BY_MEDIUM && w === 'by' && BY_MEDIA.has(v.lower[c + 1] ?? '')) return afterAdjuncts(st, c + 2, limit, say);
  if (!ADJUNCT_PREPOSITIONS.has(w) && !(say && w === 'of')) return c;
  // (round fourteen: "said on Monday it had been given …": a time phrase, then a clause's subject with no "that")
  if (TIME_THEN_SUBJECT && timeTok[c + 1]) {
    let x = c + 1;
    while (x < limit && timeTok[x]) x++;
    const y = v.lower[x] ?? '';
    if (x < limit && v.isWord(x) && (SUBJECT_OPENERS.has(y) || (v.nameAt[x] !== undefined && !tokCueAt(st, x + 1)))) return x;
  }
  // (twenty-fifth session, `MEDIUM_THEN_SUBJECT`: "said in a statement there was no danger", "said in a telephone interview he would
  // stay": the medium's phrase, then a clause's subject with no "that")
  if (MEDIUM_THEN_SUBJECT && w === 'in') {
    let x = c + 1;
    if (MEDIUM_DETERMINERS.has(v.lower[x] ?? '')) x++;
    let words = 0;
    while (x < limit && words < 2 && v.isWord(x) && !v.isCap(x) && !MEDIUM_NOUNS.has(v.lower[x]!) && !tokCueAt(st, x)) {
      x++;
      words++;
    }
    if (MEDIUM_NOUNS.has(v.lower[x] ?? '')) {
      x++;
      while (x < limit && timeTok[x]) x++;
      const y = v.lower[x] ?? '';
      if (x < limit && v.isWord(x) && (SUBJECT_OPENERS.has(y) || (v.nameAt[x] !== undefined && !tokCueAt(st, x + 1)))) return x;
    }
  }
  let comma = -1;
  for (let x = c + 1; x < limit && x < c + 18; x++) {
    if (v.lower[x] === 'that') return x;
    if (v.tokens.kind[x] === TokenKind.Quote || inside[x]! >= 0) break;
    if (v.isPunct(x, ',')) {
      if (comma < 0) comma = x;
      // only a place name goes on past a comma ("in Dayton, Ohio, that"); "on Friday, is that" ends here
      if (!v.isCap(x + 1) && v.lower[x + 1] !== 'that') break;
      continue;
    }
    if (!v.isWord(x) && v.tokens.kind[x] !== TokenKind.Number) break;
  }
  if (comma < 0) {
    let x = c + 1;
    while (x < limit && (v.isWord(x) || v.tokens.kind[x] === TokenKind.Number)) x++;
    return x >= limit || !v.isPunct(x, ',') ? limit : x;
  }
  return v.tokens.kind[comma + 1] === TokenKind.Quote ? comma + 1 : comma;
}

/**
 * `COMMA_ASIDE` (round nine): a cue followed by an aside between commas and then its content
 * ("She also said, without proof, that …", "He believes, for example, that …", "refused,
 * generally, to concede …"): the content starts after the aside when a complementiser, a wh-word
 * or `to` follows it, else at the aside ("She said, if chosen, she would …"); `commaAside`
 * returns the content's first token, or `c` (the comma) when the words after it are no aside
 * (a quote, a reporting verb, no second comma within `COMMA_ASIDE_WINDOW` tokens).
 */
const COMMA_ASIDE = true;
const COMMA_ASIDE_WINDOW = 10;
const ASIDE_CUE_WEIGHT = 0.6;
const ASIDE_OPENERS: ReadonlySet<string> = new Set(['if', 'when', 'unless', 'once', 'while', 'although', 'though', 'because', 'whether', 'after', 'before', 'since', 'until']);
/** (a finite verb in between: "she added, Ann Keller is a seasoned negotiator, a …" is no aside) */
const ASIDE_VERBS: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'should', 'must']);
const ASIDE_NEXT: ReadonlySet<string> = new Set(['that', 'to', 'why', 'whether', 'how', 'what', 'who', 'where', 'when', 'if']);
function commaAside(st: Scope, c: number, limit: number): number {
  const { v, inside, tokCue } = st;
  for (let x = c + 1; x < limit && x <= c + COMMA_ASIDE_WINDOW; x++) {
    if (inside[x]! >= 0 || v.tokens.kind[x] === TokenKind.Quote) return c;
    if (v.isPunct(x, ',')) {
      if (x === c + 1 || x + 1 >= limit) return c;
      const next = x + 1;
      if (ASIDE_NEXT.has(v.lower[next]!) && !ASIDE_OPENERS.has(v.lower[c + 1]!)) return next;
      // ("Dorsey acknowledged, however, “As the saying goes …”": a quote after the aside)
      if (v.tokens.kind[next] === TokenKind.Quote && x === c + 2 && CONNECTIVES.has(v.lower[c + 1]!)) return next;
      // ("She said, if chosen, she would …": a subordinate clause belongs to the content; "said, in short, the plan …" does not)
      return !v.isWord(next) || v.lower[next] === 'and' || v.lower[next] === 'but' ? c : ASIDE_OPENERS.has(v.lower[c + 1]!) && x > c + 2 ? c + 1 : next;
    }
    if (!v.isWord(x) && v.tokens.kind[x] !== TokenKind.Number && v.lower[x] !== '-') return c;
    if ((tokCue[x] && tokCue[x]!.kind === 'speech' && tokCue[x]!.weight > 0.6) || ASIDE_VERBS.has(v.lower[x]!)) return c;
  }
  return c;
}

/** `reportedSpeech`: a content may open as "as much as" (after "that": `THAT_PREPOSITION`). */
const AS_X_AS = true;

/** "said that as much as 5% …": a content may open with "as X as" (`reportedSpeech`; after "that" see `THAT_PREPOSITION`). */
function asMuchAs(v: TokenView, c: number): boolean {
  return AS_X_AS && v.lower[c] === 'as' && v.lower[c + 2] === 'as' && v.isWord(c + 1);
}

/**
 * `AS_SOURCE_CUE`: "As X noted, <clause>" ("as" opens the sentence or follows a comma, then the
 * source and the cue, then a comma): the clause after the comma, ended as reported speech is
 * (`contentEnd`). (Only sentence-initial "as": train 5 and dev 3 fewer right.)
 */
function asContent(st: Scope, source: AttributionSource, c: number, sentence: number, floor: number): Span | null {
  const { v } = st;
  const limit = v.sentenceEnd[sentence]!;
  if (!v.isPunct(c, ',') || c + 3 >= limit) return null;
  const s0 = v.tokenAtOrAfter(source.start);
  let a = s0 - 1;
  while (a > floor && a > s0 - 6 && v.isWord(a) && v.lower[a] !== 'as') a--;
  if (a < floor || v.lower[a] !== 'as' || (a > floor && !v.isPunct(a - 1, ',') && !RAISING_STOP.has(v.lower[a - 1]!))) return null;
  const span = trimmedSpan(st, v.tokens.start[c + 1]!, contentEnd(st, c + 1, sentence));
  return span && span.end - span.start >= 10 ? span : null;
}

const AS_SOURCE_CUE = true;

/**
 * Round thirteen (h): the source of "As X noted, <clause>" may be longer than `sourceBefore` reads:
 * a quantity "of" a group and a participle or prepositional phrase after it ("As one of the
 * farmers gathered at the show remarked, …"). The noun phrase right after an "as" that opens
 * the sentence or follows a comma, with only words up to the cue (`asLongSource`).
 */
const AS_LONG_SOURCE = true;
/** Most tokens between "as" and the cue for `AS_LONG_SOURCE`. */
const AS_LONG_WINDOW = 14;
const AS_QUANTIFIERS: ReadonlySet<string> = new Set(['one', 'some', 'many', 'several', 'most', 'few', 'two', 'three', 'each', 'all', 'none']);

function asLongSource(st: Scope, k: number, floor: number, speakerOnly: boolean): AttributionSource | null {
  const { v, tokCue, inside } = st;
  let a = k - 1;
  while (a > floor && a > k - AS_LONG_WINDOW && v.isWord(a) && v.lower[a] !== 'as' && !((tokCue[a]?.weight ?? 0) > 0.6 && !tokCue[a]!.participle) && inside[a]! < 0) a--;
  if (a < floor || v.lower[a] !== 'as' || a + 1 >= k || (a > floor && !v.isPunct(a - 1, ','))) return null;
  // ("one of the farmers": the group after the quantifier heads the phrase)
  const quantified = AS_QUANTIFIERS.has(v.lower[a + 1]!) && v.lower[a + 2] === 'of';
  const p = phraseAfter(st, quantified ? a + 3 : a + 1, k);
  if (!p) return null;
  const src = classify(st, { start: a + 1, end: p.end, head: p.head }, speakerOnly);
  return src && src.kind !== 'pronoun' && (GROUP_NOUNS.has(v.lower[p.head]!) || ROLE_NOUNS.has(v.lower[p.head]!) || animacyOf(v.lower[p.head]!) === 'speaker' || !!v.nameAt[p.head]) ? src : null;
}

/**
 * When a source stands right after a comma ("…, Ms Pryor told GMTV"), the token index of that comma;
 * with `bare`, also the source's first token when no comma precedes it ("The plan will fail Smith said."); else null.
 */
function contentBeforeSource(v: TokenView, source: AttributionSource, floor: number, bare = false): number | null {
  let t = v.tokenAtOrAfter(source.start);
  const title = premodifierTitle(v, t);
  if (title) t = title[0];

  // "Mr. de Haan": a name particle the name left out
  if (PARENTHETICAL_SOURCES && NAME_PARTICLES.has(v.lower[t - 1] ?? '') && v.isCap(t - 2)) t--;
  if (HONORIFIC_BEFORE.has(v.lower[t - 1] ?? '')) t--;
  if (v.lower[t - 1] === 'the' || v.lower[t - 1] === 'a' || v.lower[t - 1] === 'an') t--;
  // modifiers the source phrase left out: "…, top black lawmakers said"
  // (twenty-seventh session, `NAMED_PREMODIFIER_BEFORE`: and a body's or a place's name among them, "…, Ministry of Railways senior
  // engineer Tom Reed said", with a glued prefix, "pro-Lindor legislator Ann Vell")
  let reach = t - 3;
  for (let x = t - 1; x > floor && x >= reach && !v.isPunct(x, ','); x--) {
    // (only before a title or a role's noun the name modifies: "Ministry of Railways senior engineer")
    const m = NAMED_PREMODIFIER_BEFORE && source.kind !== 'pronoun' && (title || ROLE_NOUNS.has(v.lower[t - 1] ?? '')) ? v.nameAt[x] : undefined;
    if (m && m.type !== 'PERSON') {
      x = v.tokenAtOrAfter(m.start);
      if (gluedHyphen(v, x - 1) && v.isWord(x - 2)) x -= 2;
      reach = Math.min(reach, x - 1);
      if (v.isPunct(x - 1, ',')) t = x;
      continue;
    }
    if (!v.isWord(x) || (!isSourceModifier(v.lower[x]!) && !LEFT_OUT_MODIFIERS.has(v.lower[x]!) && !(ANY_MODIFIER && plainModifier(v, x)))) break;
    if (v.isPunct(x - 1, ',')) t = x;
  }
  if (t - 1 > floor && v.isPunct(t - 1, ',')) return t - 1;
  // "…, union members and leaders say, …": a conjoined source
  if (PARENTHETICAL_SOURCES && (v.lower[t - 1] === 'and' || v.lower[t - 1] === 'or')) {
    for (let x = t - 2; x > floor && x >= t - 6; x--) {
      if (v.isPunct(x, ',')) return x;
      if (!v.isWord(x) || NOT_BEFORE_BARE.has(v.lower[x]!)) break;
    }
  }
  // "The plan will fail Smith said." : no comma, a named or pronoun source closing the sentence
  if (bare && (source.kind === 'named' || source.kind === 'pronoun') && t - floor >= 4 && v.isWord(t - 1) && !NOT_BEFORE_BARE.has(v.lower[t - 1]!)) return t;
  return null;
}

/** Twenty-seventh session: a content before a pronoun source with no comma only when the cue follows the pronoun at once (`reportedSpeech`). */
const BARE_PRONOUN_ADJACENT = true;
/** Twenty-seventh session: a name before the title before the source is part of the source's phrase (`contentBeforeSource`). */
const NAMED_PREMODIFIER_BEFORE = true;
const LEFT_OUT_MODIFIERS: ReadonlySet<string> = new Set(['top', 'black', 'white', 'young', 'old', 'many', 'some', 'other', 'several', 'two', 'three']);
/** Any plain lower-case word left out before the source between the commas: "…, veteran Republicans said, …". */
const ANY_MODIFIER = true;
function plainModifier(v: TokenView, x: number): boolean {
  const w = v.lower[x]!;
  return !v.isCap(x) && w.length > 2 && !NOT_BEFORE_BARE.has(w) && !ADVERBS.has(w) && !w.endsWith('ly') && !MODALS.has(w) && !BE_FORMS.has(w) && !CONNECTIVE_WORDS.has(w);
}

const CONNECTIVE_WORDS: ReadonlySet<string> = new Set(['then', 'also', 'later', 'now', 'but', 'yet', 'still', 'though', 'however', 'even', 'too', 'not', 'has', 'have', 'had', 'did', 'does']);
/** Words that cannot end a content before a bare "Smith said" ("what", "as", "than" …: the clause is not reported speech). */
const NOT_BEFORE_BARE: ReadonlySet<string> = new Set([
  'what', 'as', 'than', 'that', 'which', 'who', 'whom', 'and', 'or', 'but', 'because', 'if', 'when', 'where', 'how', 'why', 'the', 'a',
  'an', 'of', 'to', 'in', 'on', 'for', 'with', 'by', 'from', 'at', 'about', 'since', 'until', 'while', 'after', 'before',
]);
/**
 * Where a content that comes before its source starts: the main clause's start, unless the intro
 * that `mainClauseStart` skips ran up to the comma before the source ("This was a mistake, she
 * said.", "In 2012 the law passed, he said.": "this", "in" open intros there), then the sentence's
 * first token (past a conjunction: "But this was …").
 */
function contentFirstStart(st: Scope, sentence: number, before: number): number {
  const { v } = st;
  let start = mainClauseStart(v, sentence);
  // ("Still, the plan is good, officials said.": `mainClauseStart` stops on the comma after "still")
  if (INTRO_OWN_COMMA && v.isPunct(start, ',') && start + 1 < before) start++;
  if (!INTRO_OWN_COMMA || start <= before) return start;
  let f = v.sentenceFirst[sentence]!;
  if ((v.lower[f] === 'but' || v.lower[f] === 'and' || v.lower[f] === 'so' || v.lower[f] === 'yet') && f + 1 < before) f++;
  // (not after a preposition or subordinator: "In an interview, Dorsey said …" has its content after the cue)
  // (twenty-sixth session, `INTRO_NO_COMMA`: unless the opening phrase has no comma of its own before the source's, "Through such
  // contacts they would find people, he said": the content from the sentence's start)
  if (INTRO_NO_COMMA && INTRO_CLAUSE_OPENERS.has(v.lower[f]!) && PREPOSITION_OPENERS.has(v.lower[f]!) && !commaBetween(v, f, before - 1)) return f;
  return INTRO_CLAUSE_OPENERS.has(v.lower[f]!) ? start : f;
}

/** Twenty-sixth session: a content before its source that opens with a prepositional phrase and no comma runs from the sentence's start (`contentFirstStart`). */
const INTRO_NO_COMMA = true;
const PREPOSITION_OPENERS: ReadonlySet<string> = new Set(['in', 'on', 'at', 'for', 'with', 'after', 'before', 'despite', 'during', 'amid', 'under', 'by', 'from', 'over', 'within', 'without', 'through', 'until', 'unlike', 'like', 'since']);

/** Whether a comma lies in tokens [from, to). */
function commaBetween(v: Scope['v'], from: number, to: number): boolean {
  for (let x = from; x < to; x++) if (v.isPunct(x, ',')) return true;
  return false;
}

const INTRO_OWN_COMMA = true;
/** Twenty-sixth session: "X announced A, Lu said": the outer report's content is the whole clause when no clause of its own follows the inner report (`afterInnerReport`). */
const OUTER_REPORT_WHOLE = true;

const CLAUSE_JOINS: ReadonlySet<string> = new Set(['but', 'and', 'while', 'although', 'though', 'yet', 'so']);

/**
 * Where a content that comes before its source starts, given a report of its own inside
 * [from, before): "Other candidates said they support vouchers, but they would not advocate for
 * them federally, they said" → after ", but"; with no clause join after that report, -1 (no content
 * of its own). `from` when there is no report inside.
 */
function afterInnerReport(st: Scope, from: number, before: number): number {
  const { v, tokCue } = st;
  for (let x = from + 1; x < before; x++) {
    const cue = tokCue[x];
    if (!cue || cue.participle || !INNER_REPORT_LEMMAS.has(cue.lemma) || v.isCap(x) || st.inside[x]! >= 0 || !v.isWord(x - 1)) continue;
    const p = v.lower[x - 1]!;
    if (!SOURCE_PRONOUNS.has(p) && !v.nameAt[x - 1] && !GROUP_NOUNS.has(p) && !ROLE_NOUNS.has(p) && animacyOf(p) !== 'speaker') continue;
    for (let y = x + 1; y + 1 < before; y++) if (v.isPunct(y, ',') && CLAUSE_JOINS.has(v.lower[y + 1]!)) return y + 2 < before ? y + 2 : -1;
    return -1;
  }
  return from;
}

/** Twenty-seventh session: a prepositional phrase after an inverted source runs to the sentence's end or a comma (`trailingPhraseEnd`). */
const TRAILING_PP_AFTER_SOURCE = true;
const TRAILING_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'of', 'at', 'from', 'with', 'on', 'to', 'for', 'during', 'after']);
/** Most tokens of that phrase. */
const TRAILING_REACH = 14;
/**
 * `TRAILING_PP_AFTER_SOURCE`: the comma or the sentence's end that closes the phrase opened at token `from` (words, names,
 * numbers, possessives and hyphens only: no verb of saying, no quote); `from` when something else comes first.
 */
function trailingPhraseEnd(st: Scope, from: number, limit: number): number {
  const { v, tokCue } = st;
  for (let x = from; x < limit && x < from + TRAILING_REACH; x++) {
    if (v.isPunct(x, ',') || SENTENCE_END.has(v.lower[x]!)) return x;
    if (v.tokens.kind[x] === TokenKind.Quote || tokCue[x]?.kind === 'speech') return from;
    if (!(v.isWord(x) || v.tokens.kind[x] === TokenKind.Number || v.lower[x] === '-' || isPossessive(v.lower[x]!))) return from;
  }
  return from + TRAILING_REACH > limit ? limit : from;
}

/** Twenty-seventh session: a person's firm or place after the name read forwards ends the source too (`personAffiliationEnd`). */
const PERSON_AFFILIATION_AFTER = true;
const PERSON_AFFILIATION_WORDS: ReadonlySet<string> = new Set(['of', 'at', 'with', 'from', 'in']);
/**
 * `PERSON_AFFILIATION_AFTER`: the token after "of" / "at" / "with" / "from" / "in", an optional "the" and a name that follow
 * the person's name ending phrase `p` ("Peter Jacobs of Halden Securities", "Ann Lee at Varity Corp in Boston", and a firm the
 * tagger read as a person, "of Ragen Hale"); `p.end` when none follows.
 */
function personAffiliationEnd(st: Scope, p: Phrase, limit: number): number {
  const { v } = st;
  if (v.nameAt[p.head]?.type !== 'PERSON') return p.end;
  let end = p.end;
  for (let hop = 0; hop < 2 && end < limit && PERSON_AFFILIATION_WORDS.has(v.lower[end]!); hop++) {
    const at = v.lower[end + 1] === 'the' ? end + 2 : end + 1;
    const m = at < limit ? v.nameAt[at] : undefined;
    if (!m || v.tokenAtOrAfter(m.start) !== at) break;
    end = v.tokenEndingBy(m.end) + 1;
    // (capitalised words the tagger left out of the name: "of Ragen [MacKenzie]")
    while (end < limit && end < at + 6 && v.isWord(end) && v.isCap(end) && !v.nameAt[end] && !st.tokCue[end]) end++;
  }
  return end;
}

/**
 * Twenty-fourth session: "Costs rose sharply, said a spokesman for the city." made no attribution, the source read forwards
 * stopping at its head: a role noun's prepositional phrase ("for the city", "at the ministry", "of Halden Corp") runs to the
 * sentence's end or a comma, with no verb of saying in it (`reportedSpeech`, content-cue-source).
 */
const ROLE_PP_AFTER = true;
/** Twenty-seventh session: "…, says a survey by the Halden Group." : a document's "by" phrase too (`rolePhraseAfter`). */
const DOCUMENT_BY = true;
const ROLE_PP_WORDS: ReadonlySet<string> = new Set(['for', 'of', 'at', 'with', 'from', 'in', ...(DOCUMENT_BY ? ['by'] : [])]);
/** `ROLE_PP_AFTER`: phrase `p` run on through its role's prepositional phrase, or `p` as it was. */
function rolePhraseAfter(st: Scope, p: Phrase, limit: number): Phrase {
  const { v, tokCue } = st;
  if (p.end >= limit || v.nameAt[p.head] || !ROLE_PP_WORDS.has(v.lower[p.end]!) || !(ROLE_NOUNS.has(v.lower[p.head]!) || animacyOf(v.lower[p.head]!) === 'speaker')) return p;
  let x = p.end + 1;
  while (x < limit && x < p.end + 10 && !v.isPunct(x, ',') && !SENTENCE_END.has(v.lower[x]!) && !tokCue[x] && v.tokens.kind[x] !== TokenKind.Quote) x++;
  return x > p.end + 1 && (x >= limit || v.isPunct(x, ',') || SENTENCE_END.has(v.lower[x]!)) ? { start: p.start, end: x, head: p.head } : p;
}
