/**
 * The quote-based rules: direct quotes with a cue beside them (`quoteSpeakers`), "X: …" turns and
 * headlines (`colonTurns`), "- Name: “…”" digests (`dashColonQuotes`), embedded posts
 * (`embeddedPosts`), whole-sentence quotes after a person's sentence (`freeQuotes`) and quotes that
 * go on from the previous speaker's (`quoteContinuations`).
 */
import type { AttributionSource, Quoted } from '../../types/analysis.js';
import { TokenKind } from '../../types/layers.js';
import type { EntityId } from '../../types/ids.js';
import type { Span } from '../../types/span.js';
import { isPossessive } from '../entities/tokenView.js';
import type { Cue } from './cues.js';
import type { Quote } from './quotes.js';
import { animacyOf } from './animacy.js';
import { GROUP_NOUNS, ROLE_NOUNS } from './sources.js';
import { type Draft, PREPOSITIONS, SENTENCE_END, BOUNDARY_DASHES, DATELINE_DASHES, firstQuoteFrom, type Scope, sentenceOf, tokenSpan, skipAdverbsBack, pastDateline, confidenceOf, inHeadline, PRONOUN_GENDER, skipAdverbsForward } from './scope.js';
import { HONORIFIC_BEFORE, PERSON_ROLES, PP_ADJECTIVES, classify, finiteSaying, phraseAfter } from './phrases.js';
import { trimmedSpan, quotesIn, pushContentDraft } from './contentEnds.js';
import { skipParens, mainSubject, sourceBefore } from './sourceFinder.js';

/**
 * Prepositions of a phrase after a speaker's name, before the cue ("Mr. Haig of the Green River Club said"); twenty-fourth session
 * (`MORE_POST_MODIFIERS`): "for", "in", "to" too ("“…,” a spokesman for the company said", "“…,” one trader in Tokyo said").
 */
/** Twenty-fifth session: "“…” - Tom Reed said.": the speaker after a spaced dash that follows the closing mark (`quoteRules`). */
const QUOTE_DASH_SPEAKER = true;
const MORE_POST_MODIFIERS = true;
const POST_MODIFIER_PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'from', 'at', 'with', ...(MORE_POST_MODIFIERS ? ['for', 'in', 'to'] : [])]);
/** Twenty-fourth session: an adjunct between the cue and the colon before a quote ("said in a statement: “…”"; `quoteSpeakers`). */
const ADJUNCT_BEFORE_COLON = true;
const ADJUNCT_WINDOW = 8;
const ADJUNCT_OPENERS: ReadonlySet<string> = new Set(['in', 'on', 'at', 'during', 'after', 'before', 'last', 'earlier', 'later', 'yesterday', 'today', 'tonight', 'this', 'of', 'from', 'when', 'while', 'simply', 'only', 'then', 'afterwards', 'recently']);
/** Twenty-fourth session: "“…,” the envoy, who would only speak privately, said": the cue after a relative clause set off by commas (`quoteSpeakers`). */
const RELATIVE_ASIDE_QUOTE = true;
/** Twenty-seventh session: "“…,” Halden & Lee's said.": the "'s" of a firm's name between the name and the verb after a quote (`quoteSpeakers`). */
const NAME_S_AFTER_QUOTE = true;
/** Twenty-seventh session: "Still, says Mr. Lee: “…”": an inverted verb and person before a colon and a quote (`quoteSpeakers`, rule `cue-source-quote`). */
const INVERTED_COLON_QUOTE = true;
/** Twenty-seventh session: an adjective that takes a phrase ("close to", "familiar with") after the source's head, before the cue (`quoteSpeakers`). */
const PP_ADJECTIVE_AFTER_QUOTE = true;
/** `quoteSpeakers`: “…,” Smith and Jones said (both, no one entity); “…,” one voter, Jane Doe, said (the person). */
const QUOTE_SOURCE_PAIRS = true;
/** `quoteSpeakers`: an apostrophe after a plural ("Reeves’ campaign manager") does not end an appositive after a quote. */
const PLURAL_POSSESSIVE = true;
/** `quoteSpeakers`: `and said, “…”` / `and adding, “…”` take the sentence's subject. */
const CONJOINED_QUOTE = true;
/** Closing marks of a quote inside a quote, skipped when reading how a quote ends: ’ ' " ” */
const INNER_CLOSERS: ReadonlySet<number> = new Set([0x2019, 39, 34, 0x201d, 32]);
/** A quote that ends with a full stop takes the speaker of a following sentence of at most this many tokens ("Keller said."). */
const QUOTE_STOP_SPEAKER = true;
const SHORT_SPEAKER_SENTENCE = 8;
/** Round thirteen: “…” said X with no comma inside or after the closing mark (the cue right after it, then a word). */
const QUOTE_CUE_NO_COMMA = true;
/** `quoteSpeakers`: "“…”. Mr Hallam said." — the short speaker sentence after a full stop outside the closing mark. */
const STOP_OUTSIDE = true;

/** Round fourteen: "“…,” Mr Fenwick, Halden's chief executive said": an appositive owned by a body, left unclosed before the cue. */
const UNCLOSED_APPOSITIVE_QUOTE = true;
/** Round fifteen: the unclosed appositive may open with an article instead of holding a possessive ("Karl Brenner, an Airlux spokesman told"). */
const UNCLOSED_ARTICLE_APPOSITIVE = true;
/** Twenty-sixth session: the unclosed appositive may hold a role's noun instead ("Egil Haaland, Halden marketing manager for eastern Europe said"). */
const UNCLOSED_ROLE_APPOSITIVE = true;
const ARTICLES: ReadonlySet<string> = new Set(['a', 'an', 'the']);

/** Eighteenth session: "“…,” he was quoted as saying": a quote's speaker before a passive "was quoted as" (`quoteSpeakers`). */
const QUOTED_PASSIVE_AFTER = true;

/**
 * Round fourteen: "X told Five's Morning Mix show: “…”": a cue word right before the colon that follows an earlier listener-taking
 * cue ("told", within `LISTENER_NOUN_WINDOW` words, only capitalised words, possessives and "the" between) is part of the
 * listener, and the earlier cue is the quote's.
 */
const LISTENER_NOUN_CUE = true;
const LISTENER_NOUN_WINDOW = 7;

/** Whether `text` holds a space in [start, end): a quote of more than one word, read only when drafted (no `split` per quote). */
function hasSpace(text: string, start: number, end: number): boolean {
  const at = text.indexOf(' ', start);
  return at >= 0 && at < end;
}

export function quoteSpeakers(st: Scope): void {
  const { ctx, text, v, quotes, inside, tokCue, personBySurname, usedCue, quoteUsed, drafts } = st;
  // ----- 1. direct quotes with a cue beside them
  directQuotes: for (let qi = 0; qi < quotes.list.length; qi++) {
    const q = quotes.list[qi]!;
    // (round twelve) a title is no one's words: "Sunday on Channel Nine’s “Weekend Round Table,” …"
    if (TITLE_QUOTES && isQuotedTitle(st, q)) continue directQuotes;
    const lead = q.close >= 0 ? leadIn(st, q) : -1;
    const content = lead >= 0 ? ctx.span(lead, q.end) : ctx.span(q.contentStart, q.contentEnd);
    const quoted: Quoted = lead >= 0 ? 'partial' : 'direct';
    // a signed quote: “…” ― Sonya Markham (the name ends the line)
    if (q.close >= 0 && lead < 0 && DATELINE_DASHES.has(v.lower[q.close + 1] ?? '')) {
      const d = q.close + 1;
      const name = v.nameAt[d + 1];
      // the name, or 1–5 capitalised words the NER did not tag ("Julie A. Ortega Ruiz")
      let last = name && v.tokenAtOrAfter(name.start) === d + 1 && (name.type === 'PERSON' || name.type === 'ORG') ? v.tokenEndingBy(name.end) : -1;
      if (!name) {
        let x = d + 1;
        while (x < v.count && x < d + 8 && ((v.isWord(x) && v.isCap(x)) || (v.isPunct(x, '.') && v.raw(x - 1).length === 1))) x++;
        if (x - (d + 1) >= 2 && x - (d + 1) <= 6) last = x - 1;
      }
      const end = last >= 0 && v.isPunct(last + 1, '.') ? last + 1 : last; // "― Carla Benitez."
      const lineEnds = last >= 0 && (end + 1 >= v.count || text.slice(v.tokens.end[end]!, v.tokens.start[end + 1]!).includes('\n'));
      if (last >= 0 && lineEnds) {
        const entity = name ? name.entity : personBySurname.get(v.lower[last]!) ?? null;
        const source: AttributionSource = { ...tokenSpan(st, d + 1, last + 1), entity, kind: 'named' };
        usedCue[d] = 1;
        quoteUsed[qi] = 1;
        drafts.push({ quoted: 'direct', source, cue: tokenSpan(st, d, d + 1), content, confidence: confidenceOf(st, source, 0.85), rule: 'quote-dash-source', quotes: [qi], extendTo: -1 });
        continue directQuotes;
      }
    }
    // speaker after the quote: “…,” Keller said. / “…,” said Keller.
    if (q.close >= 0) {
      let j = q.close + 1;
      // the last character before the closing mark, past an inner quote's own closing mark ("‘What can I do?’”")
      let lastAt = q.contentEnd - 1;
      while (lastAt > q.contentStart && INNER_CLOSERS.has(text.charCodeAt(lastAt))) lastAt--;
      const lastChar = text.charCodeAt(lastAt);
      const openEnded = lastChar === 44 || lastChar === 33 || lastChar === 63 || lastChar === 0x2014 || lastChar === 0x2026 || lastChar === 45;
      // “… the figures.” Keller said. : a full stop inside the quote, then a short sentence of speaker and cue
      // “… the figures”. Keller said. : British, the full stop outside the closing mark
      const stopOutside = STOP_OUTSIDE && v.isPunct(j, '.') && v.isWord(j + 1);
      if (stopOutside) j++;
      const shortAfter = QUOTE_STOP_SPEAKER && (lastChar === 46 || stopOutside) && j < v.count && v.isWord(j) && sentenceOf(st, j) >= 0 && v.sentenceEnd[sentenceOf(st, j)]! - j <= SHORT_SPEAKER_SENTENCE;
      if (v.isPunct(j, ',')) j++;
      // (twenty-fifth session, `QUOTE_DASH_SPEAKER`: "“…” - Tom Reed said.": a spaced dash after the closing mark, then a short clause of
      // speaker and cue)
      const dashAfter = QUOTE_DASH_SPEAKER && j === q.close + 1 && (v.lower[j] === '-' || v.lower[j] === '–' || v.lower[j] === '—') && v.tokens.start[j]! > v.tokens.end[q.close]! && v.isWord(j + 1) && sentenceOf(st, j + 1) >= 0 && v.sentenceEnd[sentenceOf(st, j + 1)]! - (j + 1) <= SHORT_SPEAKER_SENTENCE;
      if (dashAfter) j++;
      // “… anonymity” said Nick Farrow: no comma before the closing mark, the cue right after it (round thirteen)
      const cueRightAfter = QUOTE_CUE_NO_COMMA && j === q.close + 1 && tokCue[j]?.kind === 'speech' && !tokCue[j]!.participle && v.lower[j + 1] !== 'to' && v.isWord(j + 1) && (q.open === 0 || v.paragraph[q.open - 1] !== v.paragraph[q.open] || v.sentenceFirst[sentenceOf(st, q.open)] === q.open) && q.close - q.open > 4;
      if ((openEnded || shortAfter || cueRightAfter || dashAfter || v.isPunct(q.close + 1, ',')) && j < v.count && v.paragraph[j] === v.paragraph[q.close]) {
        const sentence = sentenceOf(st, j);
        const limit = sentence >= 0 ? v.sentenceEnd[sentence]! : Math.min(v.count, j + 12);
        const cueHere = tokCue[j];
        if (cueHere && cueHere.kind === 'speech' && !cueHere.participle) {
          // “…,” said 9/11 widow Jane Moran.
          let from = j + 1;
          while (from < limit && from < j + 4 && (v.tokens.kind[from] === TokenKind.Number || v.isPunct(from, '/'))) from++;
          const p = phraseAfter(st, from, limit);
          const source = p ? classify(st, p) : null;
          if (source) {
            usedCue[j] = 1;
            quoteUsed[qi] = 1;
            drafts.push({ quoted, source, cue: tokenSpan(st, j, j + 1), content, confidence: confidenceOf(st, source, 0.92), rule: lead >= 0 ? 'quote-cue-source+lead-in' : 'quote-cue-source', quotes: [qi], extendTo: -1 });
            continue directQuotes;
          }
        }
        const p = phraseAfter(st, j, limit);
        if (p) {
          let k = skipAdverbsForward(v, skipParens(st, p.end, limit), limit);
          // (twenty-seventh session, `NAME_S_AFTER_QUOTE`: "“…,” Halden & Lee's said.": the "'s" of a firm's name before the verb)
          if (NAME_S_AFTER_QUOTE && k === p.end && v.nameAt[p.head] && isPossessive(v.lower[k] ?? '') && tokCue[k + 1]?.kind === 'speech' && finiteSaying(v.lower[k + 1]!)) k++;
          // “…,” Mr. Haig of the Green River Club said.
          // (twenty-seventh session, `PP_ADJECTIVE_AFTER_QUOTE`: "“…,” a source close to the deal said": past an adjective and its phrase too)
          if (!tokCue[k] && (POST_MODIFIER_PREPOSITIONS.has(v.lower[k] ?? '') || (PP_ADJECTIVE_AFTER_QUOTE && PP_ADJECTIVES.has(v.lower[k] ?? '') && PREPOSITIONS.has(v.lower[k + 1] ?? '')))) {
            for (let x = k + 1; x < limit && x < k + 8; x++) {
              // (`RELATIVE_ASIDE_QUOTE`: up to the comma of a relative clause, "“…,” an official from Halden Ltd, who asked …, said")
              if (RELATIVE_ASIDE_QUOTE && v.isPunct(x, ',') && (v.lower[x + 1] === 'who' || v.lower[x + 1] === 'which')) {
                k = x;
                break;
              }
              if (!v.isWord(x)) break;
              const c = tokCue[x];
              if (c && c.kind === 'speech' && !c.participle) {
                k = x;
                break;
              }
            }
          }
          // “…,” Smith and Jones said: a second name joins the source
          let joined = -1;
          if (QUOTE_SOURCE_PAIRS && (v.lower[k] === 'and' || v.lower[k] === '&') && v.nameAt[k + 1] && (v.nameAt[k + 1]!.type === 'PERSON' || v.nameAt[k + 1]!.type === 'ORG')) {
            const last = v.tokenEndingBy(v.nameAt[k + 1]!.end);
            if (tokCue[last + 1]?.kind === 'speech') {
              joined = last;
              k = last + 1;
            }
          }
          // “…,” one voter, Jane Doe, said: the person in apposition speaks
          let apposed = -1;
          if (QUOTE_SOURCE_PAIRS && v.isPunct(k, ',') && v.nameAt[k + 1]?.type === 'PERSON' && v.nameAt[p.head]?.type !== 'PERSON') {
            const last = v.tokenEndingBy(v.nameAt[k + 1]!.end);
            if (v.isPunct(last + 1, ',') && tokCue[last + 2]?.kind === 'speech') {
              apposed = k + 1;
              k = last + 2;
            }
          }
          // “…,” Scott Mercer, the attorney general of Oklahoma, said
          // (twenty-fourth session, `RELATIVE_ASIDE_QUOTE`: or any source before a relative clause, "“…,” the envoy, who would only
          // speak privately, said")
          if (v.isPunct(k, ',') && (v.nameAt[p.head]?.type === 'PERSON' || (RELATIVE_ASIDE_QUOTE && (v.lower[k + 1] === 'who' || v.lower[k + 1] === 'which')))) {
            let owned = false;
            for (let x = k + 1; x < limit && x < k + 30; x++) {
              // (an apostrophe right after a plural is a possessive, not a quote: "Reeves’ campaign manager")
              if (v.tokens.kind[x] === TokenKind.Quote && !(PLURAL_POSSESSIVE && v.isWord(x - 1) && v.lower[x - 1]!.endsWith('s') && v.tokens.end[x - 1] === v.tokens.start[x] && v.tokens.end[x]! - v.tokens.start[x]! === 1)) break;
              if (v.isPunct(x, ',') && tokCue[x + 1]?.kind === 'speech') {
                k = x + 1;
                break;
              }
              // (round fourteen: the appositive left unclosed before the cue, "“…,” Mr Fenwick, Halden's chief executive said")
              // (round fifteen: also one that opens with an article, "“…,” Karl Brenner, an Airlux spokesman told the BBC")
              owned ||= isPossessive(v.lower[x]!) || (UNCLOSED_ARTICLE_APPOSITIVE && x === k + 1 && ARTICLES.has(v.lower[x]!)) ||
                // (twenty-sixth session, `UNCLOSED_ROLE_APPOSITIVE`: or one that holds a role's noun, "Egil Haaland, Halden marketing manager
                // for eastern Europe said")
                (UNCLOSED_ROLE_APPOSITIVE && x <= k + 4 && !v.isCap(x) && (ROLE_NOUNS.has(v.lower[x]!) || PERSON_ROLES.has(v.lower[x]!) || animacyOf(v.lower[x]!) === 'speaker'));
              if (UNCLOSED_APPOSITIVE_QUOTE && owned && x - k <= 8 && v.isWord(x - 1) && tokCue[x]?.kind === 'speech' && !tokCue[x]!.participle && !v.isCap(x)) {
                k = x;
                break;
              }
            }
          }
          // (eighteenth session, `QUOTED_PASSIVE_AFTER`: "“…,” he was quoted as saying in an interview": the passive's participle is the cue)
          const passive = QUOTED_PASSIVE_AFTER && (v.lower[k] === 'was' || v.lower[k] === 'is' || v.lower[k] === 'were') && v.lower[k + 1] === 'quoted' && v.lower[k + 2] === 'as' && k + 1 < limit;
          if (passive) k++;
          const cue = k < limit ? tokCue[k] : undefined;
          let source = apposed >= 0 ? classify(st, { start: apposed, end: v.tokenEndingBy(v.nameAt[apposed]!.end) + 1, head: v.tokenEndingBy(v.nameAt[apposed]!.end) }) : classify(st, p);
          if (source && joined >= 0) source = { ...ctx.span(source.start, v.tokens.end[joined]!), entity: null, kind: source.kind };
          if (cue && cue.kind === 'speech' && (!cue.participle || passive) && source) {
            usedCue[k] = 1;
            quoteUsed[qi] = 1;
            drafts.push({ quoted, source, cue: tokenSpan(st, k, k + 1), content, confidence: confidenceOf(st, source, 0.93), rule: lead >= 0 ? 'quote-source-cue+lead-in' : 'quote-source-cue', quotes: [qi], extendTo: -1 });
            continue directQuotes;
          }
        }
      }
    }
    // speaker before the quote: Keller said: “…” / Keller said that “…”
    let j = q.open - 1;
    const colon = v.isPunct(j, ':');
    if (colon || v.isPunct(j, ',')) j--;
    if (v.lower[j] === 'that') j--;
    let cueAt = -1;
    let cue: Cue | undefined;
    for (let k = j; k >= 0 && k >= j - 3; k--) {
      const c = tokCue[k];
      if (c && c.kind === 'speech' && (k === j || c.object === 'skip')) {
        cueAt = k;
        cue = c;
        break;
      }
      if (!v.isWord(k)) break;
    }
    // (twenty-fourth session, `ADJUNCT_BEFORE_COLON`: "Halden said in a statement: “…”", "Ms Kerr said on Monday: “…”": past the
    // adjunct that opens with a preposition or a time word after the cue, or past the listener and an adjunct, "told the BBC on Monday: “…”")
    if (!cue && colon && ADJUNCT_BEFORE_COLON) {
      for (let k = j - 1; k >= 0 && k >= j - ADJUNCT_WINDOW; k--) {
        const c = tokCue[k];
        if (c) {
          if (c.kind === 'speech' && !c.participle && (ADJUNCT_OPENERS.has(v.lower[k + 1]!) || c.object === 'skip')) {
            cueAt = k;
            cue = c;
          }
          break;
        }
        if (!v.isWord(k) && !v.isPunct(k, ',')) break;
      }
    }
    // (twenty-seventh session, `INVERTED_COLON_QUOTE`: "Still, says Mr. Lee: “…”": the verb, then the person before the colon)
    if (INVERTED_COLON_QUOTE && !cue && colon && j > 0 && v.nameAt[j]?.type === 'PERSON' && v.tokenEndingBy(v.nameAt[j]!.end) === j) {
      const m = v.nameAt[j]!;
      let c0 = v.tokenAtOrAfter(m.start) - 1;
      if (HONORIFIC_BEFORE.has(v.lower[c0] ?? '')) c0--;
      const c = c0 >= 0 ? tokCue[c0] : undefined;
      if (c && c.kind === 'speech' && !c.participle && inside[c0]! < 0 && (v.isSentenceFirst(c0) || v.isPunct(c0 - 1, ','))) {
        const sentence = sentenceOf(st, c0);
        const source = sentence >= 0 ? classify(st, { start: v.tokenAtOrAfter(m.start), end: j + 1, head: j }) : null;
        if (source) {
          usedCue[c0] = 1;
          quoteUsed[qi] = 1;
          drafts.push({ quoted: 'direct', source, cue: tokenSpan(st, c0, c0 + 1), content: ctx.span(q.contentStart, q.contentEnd), confidence: confidenceOf(st, source, 0.85), rule: 'cue-source-quote', quotes: [qi], extendTo: -1 });
          continue directQuotes;
        }
      }
    }
    if (!cue || cueAt < 0 || inside[cueAt]! >= 0) continue directQuotes;
    // (round fourteen: "Mr Hallam told Five's Morning Mix show: “…”": a cue word inside the listener of an earlier "told" is a noun)
    if (LISTENER_NOUN_CUE && cue.object !== 'skip' && !cue.participle && cueAt === j && !v.isCap(cueAt) && cueAt > 0 && v.isCap(cueAt - 1) && !/(?:ed|s)$/.test(v.lower[cueAt]!)) {
      // (the words between are the listener's: capitalised words, possessives, "the")
      for (let x = cueAt - 2; x >= 0 && x >= cueAt - LISTENER_NOUN_WINDOW; x--) {
        const c = tokCue[x];
        if (c && c.kind === 'speech' && c.object === 'skip' && !v.isCap(x)) {
          cueAt = x;
          cue = c;
          break;
        }
        if (!(v.isCap(x) || isPossessive(v.lower[x]!) || v.lower[x] === 'the')) break;
      }
    }
    // “My wish,” he said, “is that …”: the cue of the quote before, which goes on in this one
    const last = drafts.length > 0 ? drafts[drafts.length - 1] : undefined; // no out-of-bounds load
    if (usedCue[cueAt] && last && last.quoted === 'direct' && last.cue && v.tokenAtOrAfter(last.cue.start) === cueAt && last.content.end < q.start) {
      last.extendTo = q.contentEnd;
      last.quotes.push(qi);
      if (!last.rule.endsWith('+continued')) last.rule += '+continued';
      quoteUsed[qi] = 1;
      continue directQuotes;
    }
    const sentence = sentenceOf(st, cueAt);
    if (sentence < 0) continue directQuotes;
    // the quote must end its sentence (otherwise it is a partial quote inside reported speech)
    if (q.close >= 0) {
      const after = q.close + 1;
      if (after < v.count && sentenceOf(st, after) === sentenceOf(st, q.close) && v.isWord(after)) continue directQuotes;
    }
    const floor = v.sentenceFirst[sentence]!;
    let source = cue.participle && v.isPunct(skipAdverbsBack(st, cueAt - 1, floor), ',') ? mainSubject(st, sentence, cueAt) : sourceBefore(st, cueAt, floor);
    // "Keller called on him to resign and said, “…”", "by raising the case for a bridge and adding, “…”": the sentence's subject
    const conj = CONJOINED_QUOTE && !source ? skipAdverbsBack(st, cueAt - 1, floor) : -1;
    if (conj > floor && (v.lower[conj] === 'and' || v.lower[conj] === 'but')) source = mainSubject(st, sentence, conj);
    if (!source) continue directQuotes;
    usedCue[cueAt] = 1;
    quoteUsed[qi] = 1;
    drafts.push({ quoted: 'direct', source, cue: tokenSpan(st, cueAt, cueAt + 1), content: ctx.span(q.contentStart, q.contentEnd), confidence: confidenceOf(st, source, hasSpace(text, q.contentStart, q.contentEnd) ? 0.9 : 0.8), rule: 'source-cue-quote', quotes: [qi], extendTo: -1 });
  }
}

/** Round twelve: a short title-case quote after a possessive or "on / of / show …" is a title (a show, a book), not someone's words. */
const TITLE_QUOTES = true;
/** Most words in a quoted title. */
const TITLE_WORDS = 7;
/** Words a title may hold in lower case. */
const TITLE_GLUE: ReadonlySet<string> = new Set(['of', 'the', 'and', 'a', 'an', 'to', 'in', 'on', 'for', 'with', '&']);
/** Words before a title's opening mark. */
const TITLE_BEFORE: ReadonlySet<string> = new Set(['on', 'of', 'in', 'called', 'titled', 'entitled', 'show', 'program', 'programme', 'series', 'book', 'film', 'movie', 'album', 'song']);

/** Whether quote `q` is a title: up to `TITLE_WORDS` words, each capitalised or glue, after a possessive or a `TITLE_BEFORE` word. */
function isQuotedTitle(st: Scope, q: Quote): boolean {
  const { v } = st;
  const before = v.lower[q.open - 1] ?? '';
  if (!isPossessive(before) && !TITLE_BEFORE.has(before)) return false;
  let words = 0;
  for (let x = q.open + 1; x < v.count && v.tokens.start[x]! < q.contentEnd; x++) {
    if (!v.isWord(x)) continue;
    if (!v.isCap(x) && !TITLE_GLUE.has(v.lower[x]!)) return false;
    if (++words > TITLE_WORDS) return false;
  }
  return words > 0;
}

/**
 * Where the unquoted words before a quote start when the quote does not open its sentence ("With
 * hundreds of ticket machines, “there is no one place it can all go wrong,” he said.": PolNeAR
 * content is the whole sentence), or -1; not past another quote or a reporting verb.
 */
function leadIn(st: Scope, q: Quote): number {
  const { v, inside, tokCue } = st;
  const sentence = sentenceOf(st, q.open);
  if (sentence < 0) return -1;
  const first = pastDateline(st, v.sentenceFirst[sentence]!, q.open);
  if (first >= q.open || q.open - first > 40) return -1;
  for (let x = first; x < q.open; x++) {
    if (inside[x]! >= 0 || v.tokens.kind[x] === TokenKind.Quote || v.isPunct(x, ':')) return -1;
    const c = tokCue[x];
    if (c && c.weight > 0.5) return -1;
  }
  return v.tokens.start[first]!;
}

/** Headlines: a kicker before the speaker ("EXCLUSIVE – X: …"), titles before the person ("Dr. Ben Carver: …"). */
const HEADLINE_TITLED = true;

export function colonTurns(st: Scope): void {
  const { segments, v, quotes, inside, quoteUsed, drafts, headlineBlock, turns } = st;
  // ----- 5. "X: …": transcript turns ("HARMON: …") and headlines ("Pat Dillard: Voters Worried …")
  const headline = headlineBlock;
  const blocks = segments.title ? [segments.title, ...segments.paragraphs] : segments.paragraphs;
  for (const block of segments.paragraphs) {
    const first = blockFirst(st, block);
    for (let x = first + 1; x < v.count && x < first + 3 && v.isPunct(x, ':') === false && v.isWord(x); x++) {
      if (v.isPunct(x + 1, ':')) {
        const key = v.lower.slice(first, x + 1).join(' ');
        turns.set(key, (turns.get(key) ?? 0) + 1);
      }
    }
    if (v.isPunct(first + 1, ':')) turns.set(v.lower[first]!, (turns.get(v.lower[first]!) ?? 0) + 1);
  }
  for (const block of blocks) {
    let first = blockFirst(st, block);
    // a headline's kicker: "EXCLUSIVE – Roger Hale: Don’t Trust the Parking Meters"
    if (HEADLINE_TITLED && block === headline && v.isWord(first) && v.raw(first).length >= 4 && v.raw(first) === v.raw(first).toUpperCase() && BOUNDARY_DASHES.has(v.lower[first + 1] ?? '')) first += 2;
    let colon = -1;
    for (let x = first; x < v.count && x < first + 6 && v.tokens.end[x]! <= block.end; x++) {
      if (v.isPunct(x, ':')) {
        colon = x;
        break;
      }
      if (!v.isWord(x) && !v.isPunct(x, '.')) break;
    }
    if (colon <= first || (inside[colon]! >= 0 && inside[colon] !== inside[first]) || v.tokens.start[v.tokenAtOrAfter(block.start)]! !== block.start) continue;
    const source = speakerBefore(st, first, colon, block === headline);
    if (!source) continue;
    const span = trimmedSpan(st, v.tokens.end[colon]!, block.end);
    if (!span || span.end - span.start < 8) continue;
    if (drafts.some((d) => d.content.start < span.end && d.content.end > span.start && d.quoted === 'direct')) continue;
    const covered = quotesIn(st, span);
    // the turn's quotes, and a stray mark opening the paragraph, belong to this turn
    for (let qi = firstQuoteFrom(quotes.list, block.start); qi < quotes.list.length && quotes.list[qi]!.start < block.end; qi++) quoteUsed[qi] = 1;
    drafts.push({
      quoted: covered.length ? 'partial' : 'none',
      source,
      cue: tokenSpan(st, colon, colon + 1),
      content: span,
      confidence: confidenceOf(st, source, 0.8),
      rule: block === headline ? 'headline-colon' : 'speaker-colon',
      quotes: covered,
      extendTo: -1,
    });
  }
}

/**
 * The speaker of "X: …" in tokens [first, colon): a name, an upper-case surname of a person in
 * the article ("HARMON"), or, in a headline, a source noun ("Poll: …").
 */
function speakerBefore(st: Scope, first: number, colon: number, headline: boolean): AttributionSource | null {
  const { ctx, v, personBySurname, turns } = st;
  const name = v.nameAt[colon - 1];
  const nameOk = name && (name.type === 'PERSON' || name.type === 'ORG' || (headline && (name.type === 'LOC' || name.type === 'MISC')));
  if (name && nameOk && v.tokenAtOrAfter(name.start) === first) {
    return { ...ctx.span(name.start, name.end), entity: name.entity, kind: 'named' };
  }
  // a headline's person after capitalised title or role words: "Ross Challenger Dana Pike: …", "Dr. Ben Carver: …"
  if (HEADLINE_TITLED && headline && name && name.type === 'PERSON') {
    const s = v.tokenAtOrAfter(name.start);
    let ok = s > first && s - first <= 3;
    for (let x = first; ok && x < s; x++) if (!v.isCap(x) || v.nameAt[x]?.type === 'PERSON' || PREPOSITIONS.has(v.lower[x]!)) ok = false;
    if (ok) return { ...tokenSpan(st, first, colon), entity: name.entity, kind: 'named' };
  }
  if (colon - first > 2) return null;
  let upper = true;
  for (let x = first; x < colon; x++) {
    const r = v.raw(x);
    if (!v.isWord(x) || r.length < 2 || r !== r.toUpperCase()) upper = false;
  }
  if (upper) {
    // a surname of a person in the article, or a speaker who takes several turns
    const last = v.lower[colon - 1]!;
    const person = personBySurname.get(last);
    if (person || (turns.get(v.lower.slice(first, colon).join(' ')) ?? 0) > 1) return { ...tokenSpan(st, first, colon), entity: person ?? null, kind: 'named' };
  }
  if (headline && colon - first === 1 && (GROUP_NOUNS.has(v.lower[first]!) || ROLE_NOUNS.has(v.lower[first]!))) {
    return { ...tokenSpan(st, first, colon), entity: null, kind: 'nominal' };
  }
  return null;
}

/** First token of a block, past a stray opening quote mark ('"HARMON: …'). */
function blockFirst(st: Scope, block: Span): number {
  const { v } = st;
  const f = v.tokenAtOrAfter(block.start);
  return v.tokens.kind[f] === TokenKind.Quote && v.tokens.start[f] === block.start ? f + 1 : f;
}

/** "OHIO SURVEYS NOT BIASED, JUST TOO SMALL - Mark Dunning and Jon Kerr: “Although the surveys …”": a name after a dash, a colon and a quote. */
export const DASH_COLON_QUOTES = true;
/** Most tokens of the names between the dash and the colon. */
const DASH_COLON_WINDOW = 10;

/**
 * A quote introduced by names after a dash inside a paragraph, as digests and live blogs cite
 * ("… JUST TOO SMALL - Mark Dunning and Jon Kerr: “…”", "… important - Philip Rook: “…”"):
 * the names (one, or two joined by "and") are the source, the colon the cue, the quote the content.
 */
export function dashColonQuotes(st: Scope): void {
  const { v, quotes, quoteUsed, drafts } = st;
  for (let qi = 0; qi < quotes.list.length; qi++) {
    const q = quotes.list[qi]!;
    if (quoteUsed[qi]) continue;
    const colon = q.open - 1;
    if (colon < 2 || !v.isPunct(colon, ':')) continue;
    // back over the names to the dash
    let x = colon - 1;
    let first = -1;
    let entity: EntityId | null = null;
    while (x >= 0 && x > colon - 1 - DASH_COLON_WINDOW) {
      const name = v.nameAt[x];
      if (name && (name.type === 'PERSON' || name.type === 'ORG')) {
        entity ??= name.entity;
        x = v.tokenAtOrAfter(name.start) - 1;
        first = x + 1;
        if (v.lower[x] === 'and' && v.nameAt[x - 1]) {
          x--;
          continue;
        }
        break;
      }
      break;
    }
    if (first < 1 || !BOUNDARY_DASHES.has(v.lower[first - 1]!) || v.paragraph[first - 1] !== v.paragraph[colon]) continue;
    const source: AttributionSource = { ...tokenSpan(st, first, colon), entity, kind: 'named' };
    quoteUsed[qi] = 1;
    drafts.push({ quoted: 'direct', source, cue: tokenSpan(st, colon, colon + 1), content: st.ctx.span(q.contentStart, q.contentEnd), confidence: confidenceOf(st, source, 0.8), rule: 'dash-colon-quote', quotes: [qi], extendTo: -1 });
  }
}

/** An embedded post: "TEXT — Name (@handle) September 1, 2016" is Name's post. */
export const EMBEDDED_POSTS = true;
/** The signature of an embedded post after its text: a dash, a name, an @handle in parentheses. */
const POST_SIGNATURE = /[—―–-] ([^()\n—―]{2,60}?) \(@\w{1,30}\)/g;

/**
 * Embedded posts as pasted into articles ("Just another day on the trail. — Sam Kirby
 * (@samkirby) March 3, 2016"): the name before the handle is the source, the dash the cue,
 * the post's text (from its paragraph's start, or the markup's `>`) the content.
 */
export function embeddedPosts(st: Scope): void {
  const { ctx, v, text, segments } = st;
  for (const block of segments.paragraphs) {
    const para = text.slice(block.start, block.end);
    if (para.indexOf('(@') < 0) continue;
    POST_SIGNATURE.lastIndex = 0;
    for (let m = POST_SIGNATURE.exec(para); m; m = POST_SIGNATURE.exec(para)) {
      const dash = block.start + m.index;
      const nameStart = dash + 2;
      const nameEnd = nameStart + m[1]!.length;
      const tag = para.lastIndexOf('>', m.index);
      let from = block.start + (tag >= 0 ? tag + 1 : 0);
      const prev = para.lastIndexOf(')', m.index);
      // (a second post in the same paragraph starts after the first one's signature and date)
      if (prev > tag && prev >= 0) continue;
      while (from < dash && (text.charCodeAt(from) === 32 || text.charCodeAt(from) === 10)) from++;
      const content = trimmedSpan(st, from, dash);
      if (!content || content.end - content.start < 8) continue;
      const t = v.tokenAtOrAfter(nameStart);
      const name = v.nameAt[t];
      const source: AttributionSource = { ...ctx.span(nameStart, nameEnd), entity: name?.entity ?? null, kind: 'named' };
      pushContentDraft(st, { source, cue: ctx.span(dash, dash + 1), content, confidence: confidenceOf(st, source, 0.8), rule: 'embedded-post' }, { keepQuotes: true });
    }
  }
}

/** Most tokens between a speaker's quote and a quote that goes on from it in the next paragraph. */
const MAX_CONTINUATION_GAP = 400;
/** `freeQuotes`: a whole-sentence quote with no cue after a sentence whose subject is a person. */
const FREE_QUOTES = true;
/** `freeQuotes`: after a sentence of reported speech, its speaker ("…, he argued. "…""). */
const FREE_QUOTE_AFTER_SPEECH = true;
/** `freeQuotes`: fewer words than this is rather a title or a scare quote. */
const FREE_QUOTE_WORDS = 4;

/**
 * A quote that is a whole sentence with no cue, right after a sentence whose subject is a person
 * ("On this topic, Hartley sounds almost missionary. "I was on a ferry …"."): that person's words.
 * Runs before `quoteContinuations`, which carries the speaker on to the free quotes that follow.
 */
export function freeQuotes(st: Scope): void {
  if (!FREE_QUOTES) return;
  const { ctx, text, v, quotes, quoteUsed, inside, drafts } = st;
  // the latest end of a quoted attribution before each quote: one that near is `quoteContinuations`' to go on from
  const quoted = drafts.filter((d) => d.quoted !== 'none').sort((a, b) => endOf(st, a) - endOf(st, b));
  let e = 0;
  let lastEnd = -1;
  let lastEntity: EntityId | null = null;
  // the speaker of reported speech in each sentence ("…, he argued. "…"")
  const speaker = new Map<number, AttributionSource>();
  for (const d of drafts) if (FREE_QUOTE_AFTER_SPEECH && d.cue && d.source && d.quoted === 'none' && !d.rule.startsWith('source-belief') && !d.rule.startsWith('raising')) speaker.set(sentenceOf(st, v.tokenAtOrAfter(d.cue.start)), d.source);
  for (let qi = 0; qi < quotes.list.length; qi++) {
    const q = quotes.list[qi]!;
    for (; e < quoted.length && endOf(st, quoted[e]!) <= q.start; e++) {
      lastEnd = endOf(st, quoted[e]!);
      lastEntity = quoted[e]!.source?.entity ?? null;
    }
    if (quoteUsed[qi] || q.open < 1 || inHeadline(st, q.open)) continue;
    if (lastEnd >= 0) {
      // (unless a person named since then speaks instead: "Labour campaign spokesman Gavin Dawes said …")
      const from = v.tokenAtOrAfter(lastEnd);
      let named = false;
      if ((v.paragraph[q.open] ?? 0) - (v.paragraph[from] ?? 0) <= 1 && q.open - from <= MAX_CONTINUATION_GAP) {
        for (let x = from; x < q.open && !named; x++) {
          const m = v.nameAt[x];
          if (m && m.type === 'PERSON' && m.entity !== lastEntity && inside[x]! < 0 && !PREPOSITIONS.has(v.lower[x - 1] ?? '') && !isPossessive(v.lower[v.tokenEndingBy(m.end) + 1] ?? '')) named = true;
        }
        if (!named) continue;
      }
    }
    let words = 1;
    for (let x = q.contentStart; x < q.contentEnd && words < FREE_QUOTE_WORDS; x++) if (text.charCodeAt(x) === 32) words++;
    if (words < FREE_QUOTE_WORDS) continue;
    // the quote opens its sentence and ends it (British "…". or American "…."; or runs on to a new quote or paragraph)
    const before = q.open - 1;
    // (twenty-sixth session, `COLON_SUBJECT_QUOTE`: or after a colon that ends a clause of narration, "Tom Reed was blunt: “…”")
    const colon = COLON_SUBJECT_QUOTE && !v.isSentenceFirst(q.open) && v.isPunct(before, ':');
    if (!v.isSentenceFirst(q.open) && !SENTENCE_END.has(v.lower[before]!) && !colon) continue;
    const after = q.close + 1;
    let lastAt = q.contentEnd - 1;
    while (lastAt > q.contentStart && INNER_CLOSERS.has(text.charCodeAt(lastAt))) lastAt--;
    const last = text.charCodeAt(lastAt);
    const stops = last === 46 || last === 33 || last === 63;
    const closes = q.close < 0 || after >= v.count || v.paragraph[after] !== v.paragraph[q.close] || (SENTENCE_END.has(v.lower[after]!) && v.lower[after] !== ';') ||
      (stops && !v.isPunct(after, ',') && !(v.isWord(after) && !v.isCap(after)));
    if (!closes) continue;
    // the sentence before: plain narration in this paragraph or the one before, with a person as its subject
    const s = sentenceOf(st, before);
    if (s < 0 || (s === sentenceOf(st, q.open) && !SENTENCE_END.has(v.lower[before]!) && !colon)) continue;
    const first = v.sentenceFirst[s]!;
    const end = colon ? before : v.sentenceEnd[s]!;
    if (first < 0 || (v.paragraph[q.open] ?? -1) - (v.paragraph[first] ?? -1) > 1 || inHeadline(st, first)) continue;
    let plain = true;
    for (let x = first; x < end && plain; x++) if (inside[x]! >= 0 || v.tokens.kind[x] === TokenKind.Quote) plain = false;
    if (!plain) continue;
    const source = speaker.get(s) ?? mainSubject(st, s, end, true);
    if (!source) continue;
    const h = v.tokenEndingBy(source.end);
    const person = source.kind === 'pronoun' ? PRONOUN_GENDER.has(v.lower[h]!) : source.kind === 'named' && (v.nameAt[h]?.type ?? 'PERSON') === 'PERSON';
    if (!person) continue;
    quoteUsed[qi] = 1;
    drafts.push({ quoted: 'direct', source, cue: null, content: ctx.span(q.contentStart, q.contentEnd), confidence: 0.5, rule: 'quote-after-subject', quotes: [qi], extendTo: -1 });
  }
}

/** Twenty-sixth session: a quote after a colon that ends a clause of narration with a person as its subject ("Tom Reed was blunt: “…”") is that person's (`freeQuotes`). */
const COLON_SUBJECT_QUOTE = true;

/** Most characters between two quotes of one speaker that can still be one content (“A,” she said. “B.”). */
const MERGE_GAP = 100;
/** `quoteContinuations`: a quote after an abbreviation's full stop ("Fla. “…”") opens a sentence. */
const ABBREVIATION_STOP = true;
/** `quoteContinuations`: a quote left open (no closing mark) and the quote that opens right after it in its paragraph are one content. */
const RUN_ON_QUOTES = true;

/**
 * Twenty-seventh session: a short quote that is a whole sentence of its own goes on from its speaker's quote before it too
 * ("“We have a plan,” Lane said. “It works.”"); before, a quote of under 12 characters never did (a scare quote, a title).
 */
const SHORT_SENTENCE_QUOTES = true;
/** `SHORT_SENTENCE_QUOTES`: quote `q` is closed, ends its sentence inside its marks ("It works.", "Never!") and holds a word. */
function shortSentenceQuote(st: Scope, q: { close: number; contentStart: number; contentEnd: number }): boolean {
  if (q.close < 0 || q.contentEnd - q.contentStart < 3) return false;
  const text = st.ctx.text;
  const last = text.charCodeAt(q.contentEnd - 1);
  return (last === 46 || last === 33 || last === 63 || last === 0x2026) && /^[A-Z0-9]/.test(text[q.contentStart] ?? '');
}

export function quoteContinuations(st: Scope): void {
  const { ctx, v, quotes, quoteUsed, drafts } = st;
  // ----- 6. a quote that goes on from the previous speaker's quote
  // the previous quoted attribution of each quote, found in one pass: drafts by content end, and the last one this loop made
  const byEnd = drafts.filter((d) => d.quoted !== 'none').sort((a, b) => a.content.end - b.content.end);
  let endAt = 0;
  let lastEnded: Draft | null = null;
  let recent: Draft | null = null;
  continuations: for (let qi = 0; qi < quotes.list.length; qi++) {
    const q = quotes.list[qi]!;
    while (endAt < byEnd.length && byEnd[endAt]!.content.end <= q.start) {
      const d = byEnd[endAt++]!;
      if (!lastEnded || d.content.start >= lastEnded.content.start) lastEnded = d;
    }
    if (quoteUsed[qi]) continue continuations;
    // (“…,” said Rachel Dunn, 20, of Tampa, Fla. “…”: an abbreviation's full stop ends the sentence before the quote)
    const opensSentence = v.isSentenceFirst(q.open) || v.isPunct(q.open - 1, '.') || q.close < 0 || SENTENCE_END.has(v.lower[q.open - 1] ?? '') ||
      (ABBREVIATION_STOP && q.open > 0 && v.isWord(q.open - 1) && v.lower[q.open - 1]!.endsWith('.') && v.tokens.end[q.open - 1]! < v.tokens.start[q.open]!);
    const afterComma = v.isPunct(q.open - 1, ',');
    if ((!opensSentence && !afterComma) || (q.contentEnd - q.contentStart < 12 && !(SHORT_SENTENCE_QUOTES && opensSentence && shortSentenceQuote(st, q)))) continue continuations;
    let previous = lastEnded;
    if (recent && endOf(st, recent) <= q.start && (!previous || recent.content.start >= previous.content.start)) previous = recent;
    if (!previous || !previous.source) continue continuations;
    // “A,” Dorsey said, referring to the delay, “B.” : only straight on from a direct quote and its cue
    if (!opensSentence && !(previous.quoted === 'direct' && previous.cue && previous.cue.start < q.start && q.start - endOf(st, previous) <= MERGE_GAP)) continue continuations;
    const gapFrom = v.tokenAtOrAfter(endOf(st, previous));
    const pFrom = v.paragraph[gapFrom] ?? -1;
    const pTo = v.paragraph[q.open] ?? -1;
    if (pFrom < 0 || pTo < 0 || pTo - pFrom > 1 || q.open - gapFrom > MAX_CONTINUATION_GAP) continue continuations;
    // “A,” Mr. Dorn said on Friday at the dinner in Chicago, where Mrs. Keller also spoke. “B.” : a quote
    // that opens the sentence right after its speaker's cue goes on from it however long that sentence
    const cueTok = previous.cue ? v.tokenAtOrAfter(previous.cue.start) : -1;
    const cueSentence = cueTok >= 0 && previous.quoted === 'direct' && previous.cue!.start < q.start ? sentenceOf(st, cueTok) : -1;
    // (while the quotes are most of the joined span: a long appositive keeps them apart)
    const nextSentence = cueSentence >= 0 && sentenceOf(st, q.open) === cueSentence + 1 && v.paragraph[q.open] === v.paragraph[cueTok] && opensSentence &&
      q.start - endOf(st, previous) <= endOf(st, previous) - previous.content.start + (q.contentEnd - q.contentStart);
    // no other speaker named in between (a name in the cue's own sentence is not one: "said of Mrs. Keller's plan")
    let otherSpeaker = false;
    let otherPerson = false;
    for (let k = nextSentence ? Math.max(gapFrom, v.sentenceEnd[cueSentence]!) : gapFrom; k < q.open; k++) {
      const m = v.nameAt[k];
      if (!m || m.type !== 'PERSON' || m.entity === previous.source.entity) continue;
      otherPerson = true;
      // a person spoken of ("speaking of Keller’s health") is not a new speaker
      if (!PREPOSITIONS.has(v.lower[k - 1] ?? '') && !isPossessive(v.lower[v.tokenEndingBy(m.end) + 1] ?? '')) otherSpeaker = true;
    }
    // (twenty-fourth session, `GAP_CUE_APART`: not across a sentence of the gap with a verb of saying of its own, "“A.” However
    // Okafor warned his side not to relax. “B.”": B is its own quote, of the same speaker)
    const gapCue = GAP_CUE_APART && !nextSentence && cueInGap(st, gapFrom, q.open, cueTok);
    const merge = nextSentence || (previous.quoted === 'direct' && previous.cue && q.start - endOf(st, previous) <= MERGE_GAP && previous.cue.start < q.start && !gapCue);
    if (otherSpeaker || (otherPerson && !merge)) continue continuations;
    quoteUsed[qi] = 1;
    // "A. "B". : a quote left open runs on into the next one in its paragraph, one content
    const lastQuote = quotes.list[previous.quotes[previous.quotes.length - 1] ?? -1];
    const runOn = RUN_ON_QUOTES && lastQuote !== undefined && lastQuote.close < 0 && q.start - endOf(st, previous) <= 3 && v.paragraph[q.open] === v.paragraph[lastQuote.open];
    // “A,” she said. “B.” — PARC content goes on across the cue: one attribution whose content spans both quotes
    if ((merge && previous.cue) || runOn) {
      previous.extendTo = q.contentEnd; // the span is made once, after the last quote joins
      previous.quotes.push(qi);
      previous.rule = previous.rule.endsWith('+continued') ? previous.rule : `${previous.rule}+continued`;
      recent = previous;
      continue continuations;
    }
    recent = {
      quoted: 'direct',
      source: previous.source,
      cue: null,
      content: ctx.span(q.contentStart, q.contentEnd),
      confidence: previous.source.kind === 'named' || previous.source.entity ? 0.6 : 0.5,
      rule: 'quote-continuation',
      quotes: [qi],
      extendTo: -1,
    };
    drafts.push(recent);
  }
}

function endOf(st: Scope, d: Draft): number {
  return d.extendTo >= 0 ? d.extendTo : d.content.end;
}

/** Twenty-fourth session: a quote after a sentence with its own verb of saying is no continuation of the quote before it (`quoteContinuations`). */
const GAP_CUE_APART = true;
/** `GAP_CUE_APART`: whether a verb of saying other than the one at `cueTok` stands in tokens [from, to), outside quotes. */
function cueInGap(st: Scope, from: number, to: number, cueTok: number): boolean {
  const { v, tokCue, inside } = st;
  for (let k = from; k < to; k++) if (k !== cueTok && inside[k]! < 0 && v.isWord(k) && tokCue[k]?.kind === 'speech' && !tokCue[k]!.participle) return true;
  return false;
}
