/**
 * The learned cue model's drafts (`modelCues`): cue words the lexicon does not know or drops, scored
 * by `cueModel.ts` and drafted with the rules' own source and content readers.
 */
import type { AttributionSource, Quoted } from '../../types/analysis.js';
import { TokenKind } from '../../types/layers.js';
import { WEAK_BELIEF } from './cues.js';
import { needsSpeaker } from './animacy.js';
import { cueModelTap, cueModelThreshold, keepDraft, scoreCandidates, type CueModelInput, type DraftFacts } from './cueModel.js';
import { PASSIVE, PROGRESSIVE, isIng, type Scope, sentenceOf, tokenSpan, skipAdverbsBack, isPastParticiple } from './scope.js';
import { contentEnd, trimmedSpan, quotesIn, objectEnd } from './contentEnds.js';
import { mainSubject, sourceBefore } from './sourceFinder.js';
import { LONE_ADVERB, YOU_DISCOURSE_OFF, YOU_DISCOURSE, BE_PARTICIPLE } from './reportedSpeech.js';

/** Prepositions a model cue takes into its span before its content ("voted against the bill", "focused on jobs"). */
const MODEL_PARTICLES: ReadonlySet<string> = new Set(['on', 'against', 'for', 'about', 'with', 'over', 'into', 'at', 'up', 'out', 'off', 'down', 'back']);
/** Words that open a clause content after a model cue (else the content is the object noun phrase). */
const MODEL_CLAUSE_OPENERS: ReadonlySet<string> = new Set(['whether', 'if', 'what', 'how', 'why', 'when', 'where', 'who', 'he', 'she', 'they', 'we', 'i', 'there']);

/** Drafts (of the rules) remembered per token for the model's duplicate check. */
const MODEL_COVER = 4;
/** Most tokens per article the model drafts from (its scan is linear anyway; this bounds the output). */
const MODEL_MAX_DRAFTS = 200;

/** Scratch buffers of `modelCues`, kept between articles (grown as needed) so that no article allocates its own. */
let inContentScratch = new Uint8Array(0);
let coverScratchBuf = new Int32Array(0);

/**
 * The per-token draft counts (zeroed) and the `MODEL_COVER` draft slots per token (all -1) for `count` tokens: views on
 * module-level buffers, cleared over their first `count` tokens only, the same values fresh arrays would hold.
 */
function coverScratch(count: number): { inContent: Uint8Array; cover: Int32Array } {
  if (inContentScratch.length < count) {
    inContentScratch = new Uint8Array(count);
    coverScratchBuf = new Int32Array(count * MODEL_COVER);
  }
  const inContent = inContentScratch.subarray(0, count);
  const cover = coverScratchBuf.subarray(0, count * MODEL_COVER);
  inContent.fill(0);
  cover.fill(-1);
  return { inContent, cover };
}

/**
 * Attributions whose cue the lexicon does not know or drops (`voted against`, `backed`, `is
 * planning`): a learned cue model (`cueModel.ts`) scores the word tokens no rule used, and each one
 * at or above its threshold is drafted like reported speech: the source before it
 * (`sourceBefore`; a participle after a comma takes the main subject), the content after it
 * (`contentEnd`). A draft whose content is mostly another attribution's is left out.
 */
export function modelCues(st: Scope): void {
  const { v, sentence, tokCue, inside, usedCue, quoteUsed, quotes, drafts, ctx } = st;
  // how many drafts hold each token in their content, and up to MODEL_COVER of them per token
  const tap = cueModelTap();
  // (a tap may keep its input past this article: it gets arrays of its own)
  const { inContent, cover } = tap ? { inContent: new Uint8Array(v.count), cover: new Int32Array(v.count * MODEL_COVER).fill(-1) } : coverScratch(v.count);
  for (let di = 0; di < drafts.length; di++) {
    const d = drafts[di]!;
    for (let t = v.tokenAtOrAfter(d.content.start); t < v.count && v.tokens.start[t]! < d.content.end; t++) {
      const n = inContent[t]!;
      if (n < MODEL_COVER) cover[t * MODEL_COVER + n] = di;
      if (n < 255) inContent[t] = n + 1;
    }
  }
  const x: CueModelInput = { v, sentence, tokCue, inside, usedCue, inContent };
  tap?.input(x);
  const scored = scoreCandidates(x, cueModelThreshold());
  let made = 0;
  for (const { token: k, p } of scored) {
    if (made >= MODEL_MAX_DRAFTS) break;
    if (usedCue[k]) continue;
    // what the rules leave out on purpose: internal states PolNeAR rarely marks ("seems"), "known as"; a title-case word inside another content ("Pat Dillard: Voters Worried About Costs")
    const lexical = tokCue[k];
    if (lexical && (WEAK_BELIEF.has(lexical.lemma) || (lexical.lemma === 'know' && v.lower[k + 1] === 'as'))) continue;
    if (inContent[k] && v.isCap(k) && !v.isSentenceFirst(k)) continue;
    const s = sentenceOf(st, k);
    const floor = v.sentenceFirst[s]!;
    const limit = v.sentenceEnd[s]!;
    const before = skipAdverbsBack(st, k - 1, floor);
    // a passive with its agent after it ("was not mentioned by the panel"): not drafted
    if (v.lower[k + 1] === 'by') continue;
    // nor a passive without one ("has been accused of", "is called"), as in `reportedSpeech`
    // ("The planned summit in Istanbul was seen as …": irregular participles too)
    if (BE_PARTICIPLE && PASSIVE.has(v.lower[before] ?? '') && isPastParticiple(v.lower[k]!) && v.lower[before] !== 'kept' && v.lower[before] !== 'keeps' && v.lower[k] !== 'asked') continue;
    // a lexicon cue that is as often said of facts as of speakers ("The bridge highlights …") needs a speaker, as in `reportedSpeech`
    const speakerOnly = lexical !== undefined && needsSpeaker(lexical.lemma, lexical.weight);
    let source: AttributionSource | null;
    if (isIng(v.lower[k]!) && !PROGRESSIVE.has(v.lower[before] ?? '')) {
      // a participle: ", portraying …", "spent most of the week … portraying Reeves as …" → the main subject,
      // unless the noun phrase right before is that subject ("people supporting a plan")
      source = mainSubject(st, s, before, speakerOnly);
      if (source && !v.isPunct(before, ',') && source.end >= v.tokens.start[k - 1]!) source = null;
    } else {
      source = sourceBefore(st, k, floor, speakerOnly);
      if (!source && (v.lower[before] === 'and' || v.lower[before] === 'but') && before > floor) source = mainSubject(st, s, before, speakerOnly);
    }
    // (drafting with no source as well: out of fold on train content F1 +0.016 but cue+source −0.020 and content precision −0.022)
    if (!source) continue;
    if (YOU_DISCOURSE_OFF && v.lower[v.tokenAtOrAfter(source.start)] === 'you' && YOU_DISCOURSE.has(v.lower[k]!)) continue;
    let cueEnd = k + 1;
    // "lashed out at Dorsey", "shot back “…”"
    for (let n = 0; n < 2 && cueEnd + 1 < limit && MODEL_PARTICLES.has(v.lower[cueEnd]!) && (v.isWord(cueEnd + 1) || v.tokens.kind[cueEnd + 1] === TokenKind.Quote); n++) cueEnd++;
    let c = cueEnd;
    if (v.lower[c] === 'that' || v.isPunct(c, ':')) c++;
    if (c >= limit || (!v.isWord(c) && v.tokens.kind[c] !== TokenKind.Quote && v.tokens.kind[c] !== TokenKind.Number)) continue;
    const clause = v.lower[c - 1] === 'that' || v.lower[c] === 'to' || MODEL_CLAUSE_OPENERS.has(v.lower[c]!) || v.tokens.kind[c] === TokenKind.Quote;
    const end = contentEnd(st, c, s, false, !clause);
    const span = trimmedSpan(st, v.tokens.start[c]!, clause ? end : objectEnd(st, c, end));
    if (!span || span.end - span.start < 3 || LONE_ADVERB.test(span.text)) continue;
    // another attribution with (mostly) this content: a draft that holds its middle token and overlaps half of the longer
    const mid = v.tokenAtOrAfter((span.start + span.end) >> 1);
    let dup = false;
    for (let j = 0; j < MODEL_COVER && mid < v.count && !dup; j++) {
      const di = cover[mid * MODEL_COVER + j]!;
      if (di < 0) break;
      const o = drafts[di]!.content;
      const overlap = Math.min(o.end, span.end) - Math.max(o.start, span.start);
      dup = overlap * 2 >= Math.max(o.end - o.start, span.end - span.start);
    }
    if (dup) continue;
    const covered = quotesIn(st, span);
    if (covered.some((qi) => quoteUsed[qi])) continue;
    // round nine: the draft scorer (`keepDraft`, cueModel.ts) reads the draft itself
    const facts: DraftFacts = { source: source.kind, gap: k - v.tokenAtOrAfter(source.end), clause, quotes: covered.length, tokens: v.tokenAtOrAfter(span.end) - v.tokenAtOrAfter(span.start), particles: cueEnd - k - 1, p };
    if (!keepDraft(x, k, facts)) continue;
    for (const qi of covered) quoteUsed[qi] = 1;
    const whole = covered.length === 1 && quotes.list[covered[0]!]!.start === span.start && quotes.list[covered[0]!]!.end >= span.end - 1;
    const quoted: Quoted = covered.length === 0 ? 'none' : whole ? 'direct' : 'partial';
    usedCue[k] = 1;
    made++;
    const content = whole ? ctx.span(quotes.list[covered[0]!]!.contentStart, quotes.list[covered[0]!]!.contentEnd) : span;
    tap?.drafted(v.tokens.start[k]!, content.start, content.end, p);
    drafts.push({
      quoted,
      source,
      cue: tokenSpan(st, k, cueEnd),
      content,
      confidence: p,
      rule: `source-cue+model${quoted === 'partial' ? '+partial-quote' : ''}`,
      quotes: covered,
      extendTo: -1,
    });
  }
}
