import type { Attribution, Claim, Entity, LoadedSpan, Mention, Signals, VoiceShare } from '../../types/analysis.js';
import type { EntityId } from '../../types/ids.js';
import type { TokenTable } from '../../types/layers.js';
import type { Span } from '../../types/span.js';
import { defineExtractor } from '../../pipeline/extractor.js';
import { HEDGE_PHRASES, HEDGE_WORDS, hedgeAt } from '../claims/lexicon.js';
import { sigmoid } from '../claims/linear.js';
import { toWords } from '../claims/words.js';
import { LOADED, loadedAt } from './loaded.js';
import { findLoadedSpans, keepsLexiconWord, loadLoadedModel, type LoadedModel } from './loadedModel.js';
import { findVagueSources } from './vague.js';
import { wordBits, wordBitsOf } from '../../text/wordBits.js';
import { wordIdsOf } from '../../text/wordIds.js';

/**
 * Signals of framing and sourcing: loaded words, vague or anonymous sources, hedges, and a
 * summary of who gets to speak.
 */
export function signals(options: SignalsOptions = {}) {
  let loadedModel: LoadedModel | null = options.loadedModel ?? null;
  return defineExtractor({
    name: 'signals',
    needs: ['segments', 'tokens', 'mentions', 'entities', 'attributions', 'claims'],
    provides: ['signals'],
    async setup() {
      if (options.loadedModel === undefined) loadedModel = await loadLoadedModel();
    },
    run(ctx) {
      const found = findSignals({
        loadedModel,
        lexicon: options.lexicon ?? true,
        text: ctx.text,
        tokens: ctx.get('tokens'),
        mentions: ctx.get('mentions'),
        entities: ctx.get('entities'),
        attributions: ctx.get('attributions'),
        claims: ctx.get('claims'),
      });
      const span = (x: { start: number; end: number }) => ctx.span(x.start, x.end);
      ctx.set('signals', {
        loaded: found.loaded.map((x) => ({ ...span(x), reason: x.reason })),
        vagueSources: found.vagueSources.map(span),
        hedges: found.hedges.map(span),
        summary: found.summary,
      });
    },
  });
}

export interface SignalsOptions {
  /**
   * The learned loaded-language model: left out, the shipped one (loaded lazily in `setup`);
   * `null`, the hand-written lexicon alone (the baseline of the eval).
   */
  loadedModel?: LoadedModel | null;
  /** Also mark the hand-written lexicon's words (default true; with no model they are all there is). */
  lexicon?: boolean;
}

interface SignalInput {
  loadedModel?: LoadedModel | null;
  lexicon?: boolean;
  text: string;
  tokens: TokenTable;
  mentions: readonly Mention[];
  entities: readonly Entity[];
  attributions: readonly Attribution[];
  claims: readonly Claim[];
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/** A word that may open a loaded word or phrase (`loadedAt`). */
const OPENS_LOADED = 1;
/** A word that may open a hedge (`hedgeAt`). */
const OPENS_HEDGE = 2;
/** What a word may open, for the words that open anything (most tokens open nothing and are passed over). */
const OPENS = wordBits((() => {
  const out = new Map<string, number>();
  const add = (w: string, bit: number) => out.set(w, (out.get(w) ?? 0) | bit);
  for (const w of LOADED.words.keys()) add(w, OPENS_LOADED);
  for (const p of LOADED.phrases) add(p.tokens[0]!, OPENS_LOADED);
  for (const w of HEDGE_WORDS) add(w, OPENS_HEDGE);
  for (const p of HEDGE_PHRASES) if (p.length > 0) add(p[0]!, OPENS_HEDGE);
  return out;
})());

/** The signals of an article (pure: used by the extractor and by tests). */
export function findSignals(input: SignalInput): Signals {
  const { text, tokens, mentions, entities, attributions, claims } = input;
  const words = toWords(text, tokens);
  const { lower, raw } = words;
  const at = (a: number, b: number): Span => ({ start: tokens.start[a]!, end: tokens.end[b - 1]!, text: text.slice(tokens.start[a], tokens.end[b - 1]) });

  const model = input.loadedModel ?? null;
  const useLexicon = input.lexicon !== false || model === null;
  const lexical: { span: LoadedSpan; from: number; to: number }[] = [];
  const hedges: Span[] = [];
  const opensAt = new Uint8Array(tokens.count);
  wordBitsOf(OPENS, lower, opensAt);
  for (let i = 0; i < tokens.count; i++) {
    const opens = opensAt[i]!;
    if (opens === 0) continue;
    // stay within one sentence (or the headline) for multi-word matches
    let end = i + 1;
    while (end < tokens.count && end < i + 4 && tokens.sentence[end] === tokens.sentence[i]) end++;
    const l = useLexicon && (opens & OPENS_LOADED) !== 0 ? loadedAt(lower, i, end) : null;
    if (l) lexical.push({ span: { ...at(i, i + l.length), reason: l.reason }, from: i, to: i + l.length });
    const h = (opens & OPENS_HEDGE) !== 0 ? hedgeAt(lower, raw, i, end) : 0;
    if (h > 0) {
      hedges.push(at(i, i + h));
      i += h - 1;
    }
  }

  let loaded: LoadedSpan[] = lexical.map((x) => x.span);
  if (model) {
    // the model's spans, sentence by sentence, and the lexicon's words that none of them
    // covers when the model does not hold them unlikely: its emotive words and namings from
    // one floor, its exaggerations and intensifiers from another (`keepsLexiconWord`)
    const learned: LoadedSpan[] = [];
    const logits = new Float32Array(tokens.count);
    const ids = wordIdsOf(text, tokens);
    for (let a = 0; a < tokens.count; ) {
      let b = a + 1;
      while (b < tokens.count && tokens.sentence[b] === tokens.sentence[a]) b++;
      for (const m of findLoadedSpans(model, lower, raw, a, b, logits, ids)) learned.push({ ...at(m.start, m.end), reason: m.reason });
      a = b;
    }
    const kept = lexical.filter((x) => keepsLexiconWord(x.span.reason, lexiconProbability(logits, x.from, x.to), model.lexiconFloor, model.boostFloor ?? -Infinity)).map((x) => x.span);
    loaded = mergeLoaded(learned, kept);
  }
  // people, for "analyst John Smith" (a named source)
  const entityType = new Map(entities.map((e) => [e.id, e.type]));
  const personTok = new Uint8Array(tokens.count);
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  let t = 0;
  for (const m of sorted) {
    const type = m.entity ? (entityType.get(m.entity) ?? m.type) : m.type;
    if (type !== 'PERSON' || m.form === 'pronoun') continue;
    while (t > 0 && tokens.start[t - 1]! >= m.start) t--;
    while (t < tokens.count && tokens.end[t]! <= m.start) t++;
    for (let k = t; k < tokens.count && tokens.start[k]! < m.end; k++) personTok[k] = 1;
  }
  const vagueSources: Span[] = [];
  const personAt = (i: number) => personTok[i] === 1;
  for (let a = 0; a < tokens.count; ) {
    let b = a + 1;
    while (b < tokens.count && tokens.sentence[b] === tokens.sentence[a]) b++;
    for (const m of findVagueSources(words, a, b, personAt)) vagueSources.push(at(m.start, m.end));
    a = b;
  }

  const attributed = claims.filter((c) => c.claimant.kind !== 'author').length;
  const withSource = attributions.filter((a) => a.source !== null);
  const named = withSource.filter((a) => a.source!.entity !== null).length;
  const counts = new Map<EntityId, number>();
  for (const a of withSource) if (a.source!.entity) counts.set(a.source!.entity, (counts.get(a.source!.entity) ?? 0) + 1);
  const voices: VoiceShare[] = [];
  for (const [entity, n] of counts) voices.push({ entity, attributions: n });
  voices.sort((x, y) => y.attributions - x.attributions);
  return {
    loaded,
    vagueSources,
    hedges,
    summary: {
      attributedClaimShare: claims.length > 0 ? round(attributed / claims.length) : 0,
      namedSourceShare: withSource.length > 0 ? round(named / withSource.length) : 0,
      voices,
    },
  };
}

/** The highest model probability among the word tokens `[from, to)` of a lexicon match (−1 when none is a word). */
function lexiconProbability(logits: Float32Array, from: number, to: number): number {
  let z = -Infinity;
  for (let k = from; k < to; k++) z = Math.max(z, logits[k]!);
  return z === -Infinity ? -1 : sigmoid(z);
}

/** Spans of `a` and the spans of `b` that overlap none of `a`, in text order (both sorted). */
function mergeLoaded(a: LoadedSpan[], b: LoadedSpan[]): LoadedSpan[] {
  const out: LoadedSpan[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (j >= b.length || (i < a.length && a[i]!.start <= b[j]!.start)) {
      const x = a[i++]!;
      while (out.length > 0 && out.at(-1)!.end > x.start) out.pop(); // a lexicon word this span covers
      out.push(x);
    } else {
      const y = b[j++]!;
      if (out.length > 0 && out.at(-1)!.end > y.start) continue;
      if (i < a.length && a[i]!.start < y.end) continue;
      out.push(y);
    }
  }
  return out;
}
