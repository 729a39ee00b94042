import { PresslensError, isPresslensError } from '../errors.js';
import { fnv1a } from '../text/hash.js';
import { normalizePublishedAt } from '../text/dates.js';
import { ID_PREFIX, type IdKind, type IdKinds } from '../types/ids.js';
import { SCHEMA_VERSION, type Analysis, type ArticleInput, type Message } from '../types/analysis.js';
import { BUILTIN_LAYERS, type LayerName, type Layers } from '../types/layers.js';
import type { Span } from '../types/span.js';
import type { AnyExtractor, ArticleBase, ExtractorContext, MessageInit } from './extractor.js';
import { planExtractors } from './plan.js';
import { builtinDefaults } from './defaults.js';
import { keepValidSpans } from './validate.js';

export interface PipelineOptions {
  /** The extractors, in registration order (default: `defaultExtractors()`). */
  extractors?: readonly AnyExtractor[];
  /** Makes an article id from its text when the input has none (default: FNV-1a). */
  hash?: (text: string) => string;
  /** Longest text accepted, in UTF-16 code units (default 5,000,000); longer gives `INPUT_TOO_LARGE`. */
  maxTextLength?: number;
}

export interface Pipeline {
  /** Extractor names in the order they run. */
  readonly plan: readonly string[];
  /** Run every extractor's `setup` once (analyze() calls it for you). */
  ready(): Promise<void>;
  /** Analyse one article. Throws only for invalid input; extractor failures become messages. */
  analyze(input: ArticleInput | string): Promise<Analysis>;
}

export const DEFAULT_MAX_TEXT_LENGTH = 5_000_000;

/** Check and normalise what a caller gave; throws `INVALID_INPUT` or `INPUT_TOO_LARGE`. */
export function toArticleBase(
  input: ArticleInput | string,
  options: { hash?: (text: string) => string; maxTextLength?: number } = {},
): { base: ArticleBase; messages: Message[] } {
  const given: ArticleInput = typeof input === 'string' ? { text: input } : input;
  if (!given || typeof given !== 'object' || typeof given.text !== 'string') {
    throw new PresslensError('INVALID_INPUT', 'An article must be a string or an object with a string `text` field.');
  }
  const max = options.maxTextLength ?? DEFAULT_MAX_TEXT_LENGTH;
  let text = given.text;
  const title = typeof given.title === 'string' ? given.title.trim() : '';
  if (title && !text.trimStart().startsWith(title)) text = `${title}\n\n${text}`;
  if (text.length > max) {
    throw new PresslensError(
      'INPUT_TOO_LARGE',
      `The article is ${text.length} characters long, over the limit of ${max}. Split it, or raise \`maxTextLength\`.`,
    );
  }
  const messages: Message[] = [];
  let publishedAt: string | null = null;
  if (given.publishedAt != null && given.publishedAt !== '') {
    publishedAt = typeof given.publishedAt === 'string' ? normalizePublishedAt(given.publishedAt) : null;
    if (publishedAt === null) {
      messages.push({
        severity: 'warning',
        rule: 'invalid-published-at',
        text: `publishedAt "${String(given.publishedAt)}" is not a date; relative dates are left unresolved. Use YYYY-MM-DD.`,
        producer: 'pipeline',
      });
    }
  }
  const id = given.id != null && String(given.id) !== '' ? String(given.id) : (options.hash ?? fnv1a)(text);
  return { base: { id, text, publishedAt, input: given }, messages };
}

/**
 * Build a pipeline: the extractors are checked and ordered once, here. A missing provider, a
 * duplicate name or a cycle throws a `PresslensError` that names the extractor.
 */
export function createPipeline(extractors: readonly AnyExtractor[], options: Omit<PipelineOptions, 'extractors'> = {}): Pipeline {
  const ordered = planExtractors(extractors);
  // what each extractor may read and write, worked out once here rather than per article
  const declared = ordered.map((e) => ({
    allowed: new Set<string>([...e.needs, ...e.provides]),
    provides: new Set<string>(e.provides as readonly string[]),
  }));
  let setupDone: Promise<void> | undefined;

  const ready = (): Promise<void> => {
    setupDone ??= (async () => {
      for (const e of ordered) await e.setup?.();
    })();
    return setupDone;
  };

  const analyze = async (input: ArticleInput | string): Promise<Analysis> => {
    const { base, messages } = toArticleBase(input, options);
    await ready();
    const layers = new Map<string, unknown>();
    const failed = new Set<string>();
    const counters: Record<IdKind, number> = { mention: 0, entity: 0, attribution: 0, claim: 0, time: 0 };
    const checkedSpan = (start: number, end: number): Span => {
      if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end > base.text.length) {
        throw new PresslensError('INVALID_SPAN', `Span [${start}, ${end}) is outside the text (length ${base.text.length}).`);
      }
      return { start, end, text: base.text.slice(start, end) };
    };

    for (let e = 0; e < ordered.length; e++) {
      const extractor = ordered[e]!;
      const { allowed, provides } = declared[e]!;
      let haveNeeds = true;
      for (const layer of extractor.needs as readonly string[]) if (!layers.has(layer)) haveNeeds = false;
      if (!haveNeeds) {
        const missing = extractor.needs.filter((layer: string) => !layers.has(layer));
        messages.push({
          severity: 'warning',
          rule: 'extractor-skipped',
          text: `Skipped because layer ${missing.map((l: string) => `"${l}"`).join(', ')} could not be made.`,
          producer: extractor.name,
        });
        for (const layer of extractor.provides) failed.add(layer);
        continue;
      }
      const ctx: ExtractorContext = {
        article: base,
        text: base.text,
        producer: extractor.name,
        get(layer) {
          if (!allowed.has(layer)) {
            throw new PresslensError('LAYER_NOT_DECLARED', `Extractor "${extractor.name}" reads layer "${layer}" without declaring it in \`needs\`.`);
          }
          if (!layers.has(layer)) {
            throw new PresslensError('LAYER_NOT_DECLARED', `Extractor "${extractor.name}" reads layer "${layer}" before it was set.`);
          }
          return layers.get(layer) as never;
        },
        set(layer, value) {
          if (!provides.has(layer)) {
            throw new PresslensError('LAYER_NOT_DECLARED', `Extractor "${extractor.name}" writes layer "${layer}" without declaring it in \`provides\`.`);
          }
          layers.set(layer, value);
        },
        span: checkedSpan,
        mint<K extends IdKind>(kind: K): IdKinds[K] {
          counters[kind] += 1;
          return `${ID_PREFIX[kind]}${counters[kind]}` as IdKinds[K];
        },
        report(init: MessageInit) {
          messages.push({ severity: init.severity ?? 'warning', ...init, producer: extractor.name });
        },
      };
      try {
        const done = extractor.run(ctx);
        // await only what is a promise: a synchronous extractor costs no extra microtask
        if (done != null && typeof (done as Promise<void>).then === 'function') await done;
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        messages.push({
          severity: 'error',
          rule: isPresslensError(error) ? `extractor-failed:${error.code}` : 'extractor-failed',
          text: `Extractor "${extractor.name}" failed on this article: ${reason}`,
          producer: extractor.name,
        });
        for (const layer of extractor.provides as string[]) {
          const fallback = (extractor.defaults as Record<string, (() => unknown) | undefined> | undefined)?.[layer] ?? builtinDefaults[layer as keyof typeof builtinDefaults];
          if (fallback) layers.set(layer, fallback());
          else {
            layers.delete(layer);
            failed.add(layer);
          }
        }
        continue;
      }
      for (const layer of extractor.provides as string[]) {
        if (!layers.has(layer)) {
          const fallback = builtinDefaults[layer as keyof typeof builtinDefaults];
          if (fallback) layers.set(layer, fallback());
        }
      }
    }

    return assemble(base, layers, messages);
  };

  return { plan: ordered.map((e) => e.name), ready, analyze };
}

function layer<K extends keyof typeof builtinDefaults>(layers: Map<string, unknown>, name: K): Layers[K] {
  return (layers.get(name) as Layers[K] | undefined) ?? (builtinDefaults[name]() as Layers[K]);
}

function assemble(base: ArticleBase, layers: Map<string, unknown>, messages: Message[]): Analysis {
  const segments = layer(layers, 'segments');
  const analysis: Analysis = {
    schemaVersion: SCHEMA_VERSION,
    article: {
      id: base.id,
      text: base.text,
      title: segments.title,
      byline: segments.byline,
      dateline: segments.dateline,
      publishedAt: base.publishedAt,
      paragraphs: segments.paragraphs,
      sentences: segments.sentences,
    },
    mentions: [...layer(layers, 'mentions')].sort((a, b) => a.start - b.start || b.end - a.end),
    entities: layer(layers, 'entities'),
    attributions: layer(layers, 'attributions'),
    claims: layer(layers, 'claims'),
    times: layer(layers, 'times'),
    signals: layer(layers, 'signals'),
    messages,
  };
  const builtin = new Set<string>(BUILTIN_LAYERS);
  const extensions: Record<string, unknown> = {};
  for (const [name, value] of layers) if (!builtin.has(name)) extensions[name as LayerName] = value;
  if (Object.keys(extensions).length > 0) analysis.extensions = extensions as Analysis['extensions'];
  keepValidSpans(analysis);
  return analysis;
}
