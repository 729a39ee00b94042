import type { Analysis, Attribution, Claim, Claimant, Entity, Mention, NameType } from '../types/analysis.js';
import type { Span } from '../types/span.js';
import { firstEndingAfter } from '../text/spans.js';

/**
 * The highlight view as plain data: a small tree of elements and text that `toHtml` writes
 * as a string and `@presslens/web` builds with DOM APIs. Tags and attribute names come from
 * this module only; article text appears only as text nodes and attribute values, so every
 * writer can escape it in one place.
 */
export type HtmlTag =
  | 'a'
  | 'article'
  | 'aside'
  | 'dd'
  | 'div'
  | 'dl'
  | 'dt'
  | 'h1'
  | 'h2'
  | 'h3'
  | 'li'
  | 'mark'
  | 'ol'
  | 'p'
  | 'q'
  | 'section'
  | 'small'
  | 'span'
  | 'strong'
  | 'ul';

export interface HtmlElementNode {
  tag: HtmlTag;
  attrs: Record<string, string>;
  children: HtmlNode[];
}

/** An element, or text (raw: writers escape it). */
export type HtmlNode = HtmlElementNode | string;

export interface HtmlTreeOptions {
  /** Prefix of every element id, so two reports can share a page (default `pl-`). */
  idPrefix?: string;
  /** How many claims the claims panel lists, most check-worthy first (default: all). */
  maxClaims?: number;
}

export interface HtmlTree {
  /** `<article>`: the article text, every character of it in order, with the findings marked. */
  article: HtmlElementNode;
  /** `<aside>`: the panels (people and organisations, who said what, claims, signals, times) and a key. */
  panels: HtmlElementNode;
}

/** What a highlight marks; also its `data-kind` attribute and part of its class. */
export type HighlightKind = 'entity' | 'value' | 'time' | 'claim' | 'quote' | 'source' | 'cue' | 'vague' | 'hedge' | 'loaded';

interface Mark {
  start: number;
  end: number;
  /** Nesting order: lower ranks are outer elements. */
  rank: number;
  kind: HighlightKind | 'block';
  tag: HtmlTag;
  /** Attributes on every fragment. */
  attrs: Record<string, string>;
  /** Attributes on the first fragment only (id, tabindex, accessible description). */
  first: Record<string, string>;
}

interface Node {
  start: number;
  end: number;
  mark: Mark | null;
  children: Node[];
}

const TYPE_LABEL: Record<string, string> = {
  PERSON: 'person',
  ORG: 'organisation',
  LOC: 'place',
  NORP: 'group or nationality',
  EVENT: 'event',
  MISC: 'other name',
  MONEY: 'money',
  PERCENT: 'percentage',
  QUANTITY: 'quantity',
};

const QUOTED_LABEL = { direct: 'direct quote', partial: 'partial quote', none: 'reported speech' } as const;
const SAFE_ID = /[^A-Za-z0-9_-]/g;

/** An element id from a finding id: analysis ids are minted by core, but a result may come from anywhere. */
export function htmlId(prefix: string, id: string): string {
  return `${prefix}${id.replace(SAFE_ID, '_')}`;
}

function el(tag: HtmlTag, attrs: Record<string, string>, ...children: (HtmlNode | null | false | undefined)[]): HtmlElementNode {
  return { tag, attrs, children: children.filter((c): c is HtmlNode => c !== null && c !== false && c !== undefined && c !== '') };
}

function score(x: number): string {
  return Number.isFinite(x) ? x.toFixed(2) : '0.00';
}

function pct(x: number): string {
  return `${Math.round((Number.isFinite(x) ? x : 0) * 100)}%`;
}

/** A span that lies inside the text (anything else is left out of the view, never thrown on). */
function inText(span: { start: number; end: number }, length: number): boolean {
  return Number.isInteger(span.start) && Number.isInteger(span.end) && span.start >= 0 && span.start < span.end && span.end <= length;
}

function claimantName(entities: ReadonlyMap<string, Entity>, c: Claimant): string {
  if (c.kind === 'entity') return entities.get(c.entity)?.name ?? 'an unresolved source';
  if (c.kind === 'vague') return `${c.text} (vague)`;
  return 'the author';
}

function sourceName(entities: ReadonlyMap<string, Entity>, a: Attribution): string {
  if (!a.source) return 'unattributed';
  const named = a.source.entity ? entities.get(a.source.entity)?.name : undefined;
  return named ?? a.source.text;
}

function modalityFlags(c: Claim): string[] {
  return [c.modality.hedged && 'hedged', c.modality.negated && 'negated', c.modality.conditional && 'conditional'].filter((f): f is string => typeof f === 'string');
}

function claimDescription(entities: ReadonlyMap<string, Entity>, c: Claim): string {
  const flags = modalityFlags(c);
  const parts = [`${c.kind} claim${flags.length ? ` (${flags.join(', ')})` : ''}`, `check-worthiness ${score(c.checkworthiness)}`, `by ${claimantName(entities, c.claimant)}`];
  if (c.evidence.length) parts.push(c.evidence.join('; '));
  return parts.join(', ');
}

function attributionDescription(entities: ReadonlyMap<string, Entity>, a: Attribution, ref: string): string {
  const source = a.source ? `${sourceName(entities, a)}${a.source.kind === 'named' ? '' : ` (${a.source.kind} source)`}` : 'no source';
  return `${ref}: ${QUOTED_LABEL[a.quoted]} — ${source}${a.cue ? `, ${a.cue.text}` : ''}; confidence ${score(a.confidence)}`;
}

function attributionRefs(analysis: Analysis): Map<string, string> {
  return new Map(analysis.attributions.map((a, i) => [a.id, `Q${i + 1}`]));
}

function mentionMark(prefix: string, entities: ReadonlyMap<string, Entity>, m: Mention): Mark | null {
  if (m.type === 'DATE' || m.type === 'TIME' || m.type === 'CARDINAL' || m.type === 'ORDINAL') return null; // dates come from the times layer
  const entity = m.entity ? entities.get(m.entity) : undefined;
  const isName = m.type in NAME_CLASS;
  const typeLabel = TYPE_LABEL[m.type] ?? m.type.toLowerCase();
  const what = entity ? `${typeLabel}: ${entity.name}` : typeLabel;
  const form = m.form === 'name' ? '' : ` (${m.form})`;
  const attrs: Record<string, string> = {
    class: isName ? `pl-mark pl-entity pl-${NAME_CLASS[m.type as NameType]} pl-form-${m.form}` : 'pl-mark pl-value',
    'data-kind': isName ? 'entity' : 'value',
    'data-type': m.type,
    title: `${what}${form}`,
  };
  attrs['data-mention'] = m.id;
  if (entity) attrs['data-entity'] = entity.id;
  return { start: m.start, end: m.end, rank: 4, kind: isName ? 'entity' : 'value', tag: 'mark', attrs, first: { id: htmlId(prefix, m.id), tabindex: '0', 'aria-description': `${what}${form}` } };
}

const NAME_CLASS: Record<NameType, string> = { PERSON: 'person', ORG: 'org', LOC: 'loc', NORP: 'norp', EVENT: 'event', MISC: 'misc' };

function signalId(prefix: string, kind: string, i: number): string {
  return `${prefix}${kind}-${i + 1}`;
}

/** Every highlight in the article, outer layers first. */
function collectMarks(analysis: Analysis, prefix: string): Mark[] {
  const length = analysis.article.text.length;
  const entities = new Map<string, Entity>(analysis.entities.map((e) => [e.id, e]));
  const refs = attributionRefs(analysis);
  const marks: Mark[] = [];
  const add = (m: Mark | null): void => {
    if (m && inText(m, length)) marks.push(m);
  };

  // blocks: the title and the paragraphs, never overlapping (a block is never nested in another)
  const { title, paragraphs } = analysis.article;
  const blocks: { span: Span; tag: HtmlTag }[] = [];
  if (title) blocks.push({ span: title, tag: 'h1' });
  for (const p of paragraphs) blocks.push({ span: p, tag: 'p' });
  blocks.sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
  let covered = 0;
  for (const { span, tag } of blocks) {
    const start = Math.max(span.start, covered);
    if (!inText({ start, end: span.end }, length)) continue;
    marks.push({ start, end: span.end, rank: 0, kind: 'block', tag, attrs: { class: tag === 'h1' ? 'pl-title' : 'pl-paragraph' }, first: {} });
    covered = span.end;
  }

  for (const c of analysis.claims) {
    const description = claimDescription(entities, c);
    add({
      start: c.start,
      end: c.end,
      rank: 1,
      kind: 'claim',
      tag: 'mark',
      attrs: {
        class: `pl-mark pl-claim pl-claim-${c.kind.replace(SAFE_ID, '')}${c.checkworthiness >= 0.5 ? ' pl-check' : ''}`,
        'data-kind': 'claim',
        'data-claim': c.id,
        'data-cw': score(c.checkworthiness),
        title: description,
      },
      first: { id: htmlId(prefix, c.id), tabindex: '0', 'aria-description': description },
    });
  }

  for (const a of analysis.attributions) {
    const ref = refs.get(a.id) ?? a.id;
    const description = attributionDescription(entities, a, ref);
    const shared = { 'data-attribution': a.id, 'data-ref': ref, title: description };
    add({
      start: a.content.start,
      end: a.content.end,
      rank: 2,
      kind: 'quote',
      tag: 'mark',
      attrs: { class: `pl-mark pl-quote pl-quoted-${a.quoted}`, 'data-kind': 'quote', ...shared },
      first: { id: htmlId(prefix, a.id), tabindex: '0', 'aria-description': `quoted content, ${description}` },
    });
    if (a.source) {
      add({
        start: a.source.start,
        end: a.source.end,
        rank: 3,
        kind: 'source',
        tag: 'mark',
        attrs: { class: `pl-mark pl-source pl-source-${a.source.kind}`, 'data-kind': 'source', ...shared },
        first: { id: `${htmlId(prefix, a.id)}-source`, tabindex: '0', 'aria-description': `source, ${description}` },
      });
    }
    if (a.cue) {
      add({
        start: a.cue.start,
        end: a.cue.end,
        rank: 3,
        kind: 'cue',
        tag: 'mark',
        attrs: { class: 'pl-mark pl-cue', 'data-kind': 'cue', ...shared },
        first: { id: `${htmlId(prefix, a.id)}-cue`, tabindex: '0', 'aria-description': `cue, ${description}` },
      });
    }
  }

  for (const m of analysis.mentions) add(mentionMark(prefix, entities, m));

  for (const t of analysis.times) {
    const description = `time (${t.type}): ${t.value ?? 'unresolved'}`;
    add({
      start: t.start,
      end: t.end,
      rank: 4,
      kind: 'time',
      tag: 'mark',
      attrs: { class: 'pl-mark pl-time', 'data-kind': 'time', 'data-value': t.value ?? '', title: description },
      first: { id: htmlId(prefix, t.id), tabindex: '0', 'aria-description': description },
    });
  }

  const { signals } = analysis;
  const signal = (kind: 'vague' | 'hedge' | 'loaded', span: Span, i: number, description: string): void =>
    add({
      start: span.start,
      end: span.end,
      rank: 5,
      kind,
      tag: 'mark',
      attrs: { class: `pl-mark pl-${kind}`, 'data-kind': kind, title: description },
      first: { id: signalId(prefix, kind, i), tabindex: '0', 'aria-description': description },
    });
  signals.vagueSources.forEach((s, i) => signal('vague', s, i, 'vague or anonymous source'));
  signals.hedges.forEach((s, i) => signal('hedge', s, i, 'hedge'));
  signals.loaded.forEach((s, i) => signal('loaded', s, i, `loaded language (${s.reason})`));

  // outer layers first; within a layer, earlier then longer spans first
  return marks.sort((a, b) => a.rank - b.rank || a.start - b.start || b.end - a.end);
}


/**
 * Put `mark` over `[start, end)` under `node`. Marks already in the tree are outer: where the
 * new one crosses one of their edges, it is split, and each piece nests where it falls, so the
 * tree is always properly nested (valid HTML) however the spans overlap.
 */
function insert(node: Node, mark: Mark, start: number, end: number): void {
  const { children } = node;
  const i = firstEndingAfter(children, start);
  const head = children[i];
  if (head && head.start <= start && end <= head.end) {
    insert(head, mark, start, end);
    return;
  }
  let from = start;
  let to = end;
  let j = i;
  if (head && head.start < start) {
    insert(head, mark, start, head.end); // the piece inside a child that starts before us
    from = head.end;
    j = i + 1;
  }
  let k = j;
  while (k < children.length && children[k]!.end <= end) k++;
  const tail = children[k];
  if (tail && tail.start < end) {
    insert(tail, mark, tail.start, end); // the piece inside a child that ends after us
    to = tail.start;
  }
  if (from >= to) return;
  const wrapped = children.slice(j, k);
  children.splice(j, k - j, { start: from, end: to, mark, children: wrapped });
}

function buildTree(text: string, marks: readonly Mark[]): Node {
  const root: Node = { start: 0, end: text.length, mark: null, children: [] };
  for (const m of marks) insert(root, m, m.start, m.end);
  return root;
}

function toHtmlNodes(text: string, node: Node, seen: Set<Mark>): HtmlNode[] {
  const out: HtmlNode[] = [];
  let at = node.start;
  for (const child of node.children) {
    if (child.start > at) out.push(text.slice(at, child.start));
    const mark = child.mark!;
    const isFirst = !seen.has(mark);
    seen.add(mark);
    const attrs = isFirst ? { ...mark.attrs, ...mark.first } : { ...mark.attrs, 'data-continued': '' };
    out.push({ tag: mark.tag, attrs, children: toHtmlNodes(text, child, seen) });
    at = child.end;
  }
  if (at < node.end) out.push(text.slice(at, node.end));
  return out;
}

function link(prefix: string, id: string, ...children: HtmlNode[]): HtmlElementNode {
  const target = htmlId(prefix, id);
  return el('a', { href: `#${target}`, class: 'pl-link', 'data-target': target }, ...children);
}

function panel(prefix: string, name: string, heading: string, ...body: (HtmlNode | null)[]): HtmlElementNode {
  const headingId = `${prefix}panel-${name}`;
  return el('section', { class: `pl-panel pl-panel-${name}`, 'aria-labelledby': headingId }, el('h2', { id: headingId }, heading), ...body);
}

function entitiesPanel(analysis: Analysis, prefix: string): HtmlElementNode {
  const mentionsById = new Map(analysis.mentions.map((m) => [m.id, m]));
  const groups: { label: string; types: NameType[] }[] = [
    { label: 'People', types: ['PERSON'] },
    { label: 'Organisations', types: ['ORG'] },
    { label: 'Places', types: ['LOC'] },
    { label: 'Groups, nationalities, events and other names', types: ['NORP', 'EVENT', 'MISC'] },
  ];
  const body: HtmlNode[] = [];
  for (const group of groups) {
    const list = analysis.entities.filter((e) => group.types.includes(e.type)).sort((a, b) => b.salience - a.salience);
    if (list.length === 0) continue;
    body.push(el('h3', {}, group.label));
    body.push(
      el(
        'ul',
        { class: 'pl-entities' },
        ...list.map((e) => {
          const first = e.mentions.map((id) => mentionsById.get(id)).find((m): m is Mention => m !== undefined);
          const name = el('span', { class: `pl-swatch pl-${NAME_CLASS[e.type] ?? 'misc'}` }, e.name);
          const titles = [...new Set(e.titles.map((t) => t.text))];
          return el(
            'li',
            { 'data-entity': e.id, 'data-type': e.type },
            first ? link(prefix, first.id, name) : name,
            el('small', {}, ` ${TYPE_LABEL[e.type] ?? e.type} · ${e.mentions.length} mention${e.mentions.length === 1 ? '' : 's'}${titles.length ? ` · ${titles.join(', ')}` : ''}`),
          );
        }),
      ),
    );
  }
  return panel(prefix, 'entities', 'People and organisations', ...(body.length ? body : [el('p', {}, 'None found.')]));
}

function attributionsPanel(analysis: Analysis, prefix: string): HtmlElementNode {
  const entities = new Map<string, Entity>(analysis.entities.map((e) => [e.id, e]));
  const refs = attributionRefs(analysis);
  if (analysis.attributions.length === 0) return panel(prefix, 'attributions', 'Who said what', el('p', {}, 'No quotes or reported speech found.'));
  return panel(
    prefix,
    'attributions',
    'Who said what',
    el(
      'ol',
      { class: 'pl-attributions' },
      ...analysis.attributions.map((a) => {
        const ref = refs.get(a.id) ?? a.id;
        return el(
          'li',
          { 'data-attribution': a.id },
          el('span', { class: 'pl-ref', 'aria-hidden': 'true' }, ref),
          ' ',
          el('strong', {}, sourceName(entities, a)),
          a.source && a.source.kind !== 'named' ? el('small', {}, ` (${a.source.kind} source)`) : null,
          a.cue ? ` ${a.cue.text}` : '',
          ': ',
          link(prefix, a.id, el('q', {}, a.content.text)),
          el('small', {}, ` ${QUOTED_LABEL[a.quoted]}, confidence ${score(a.confidence)}`),
        );
      }),
    ),
  );
}

function claimsPanel(analysis: Analysis, prefix: string, max: number): HtmlElementNode {
  const entities = new Map<string, Entity>(analysis.entities.map((e) => [e.id, e]));
  if (analysis.claims.length === 0) return panel(prefix, 'claims', 'Claims to check', el('p', {}, 'No claims found.'));
  const ranked = [...analysis.claims].sort((a, b) => b.checkworthiness - a.checkworthiness || a.start - b.start).slice(0, max);
  return panel(
    prefix,
    'claims',
    'Claims to check',
    el('p', { class: 'pl-note' }, `Ranked by check-worthiness (0–1); ${ranked.length} of ${analysis.claims.length} claims.`),
    el(
      'ol',
      { class: 'pl-claims' },
      ...ranked.map((c) => {
        const flags = modalityFlags(c);
        return el(
          'li',
          { 'data-claim': c.id, 'data-kind': c.kind },
          el('span', { class: 'pl-score', 'aria-label': `check-worthiness ${score(c.checkworthiness)}` }, score(c.checkworthiness)),
          ' ',
          link(prefix, c.id, c.text),
          el('small', {}, ` ${c.kind}${flags.length ? ` (${flags.join(', ')})` : ''} · ${claimantName(entities, c.claimant)}${c.evidence.length ? ` · ${c.evidence.join('; ')}` : ''}`),
        );
      }),
    ),
  );
}

function signalsPanel(analysis: Analysis, prefix: string): HtmlElementNode {
  const { signals } = analysis;
  const entities = new Map<string, Entity>(analysis.entities.map((e) => [e.id, e]));
  const row = (label: string, kind: string, spans: readonly (Span & { reason?: string })[]): HtmlNode[] => [
    el('dt', {}, label),
    el(
      'dd',
      {},
      ...(spans.length === 0
        ? ['none']
        : spans.flatMap((s, i) => [
            i > 0 ? ', ' : '',
            el('a', { href: `#${signalId(prefix, kind, i)}`, class: 'pl-link', 'data-target': signalId(prefix, kind, i) }, s.text),
            s.reason ? el('small', {}, ` (${s.reason})`) : '',
          ])),
    ),
  ];
  const voices = signals.summary.voices.map((v) => `${entities.get(v.entity)?.name ?? v.entity} ${v.attributions}`).join(', ');
  return panel(
    prefix,
    'signals',
    'Framing signals',
    el(
      'dl',
      { class: 'pl-signals' },
      ...row('Vague or anonymous sources', 'vague', signals.vagueSources),
      ...row('Hedges', 'hedge', signals.hedges),
      ...row('Loaded language', 'loaded', signals.loaded),
      el('dt', {}, 'Sourcing'),
      el('dd', {}, `claims attributed to a source: ${pct(signals.summary.attributedClaimShare)}; named sources: ${pct(signals.summary.namedSourceShare)}`),
      voices ? el('dt', {}, 'Voices') : null,
      voices ? el('dd', {}, voices) : null,
    ),
  );
}

function timesPanel(analysis: Analysis, prefix: string): HtmlElementNode | null {
  if (analysis.times.length === 0) return null;
  return panel(
    prefix,
    'times',
    'Times',
    el('ul', { class: 'pl-times' }, ...analysis.times.map((t) => el('li', {}, link(prefix, t.id, t.text), el('small', {}, ` → ${t.value ?? 'unresolved'} (${t.type})`)))),
  );
}

function keyPanel(prefix: string): HtmlElementNode {
  const item = (cls: string, sample: string, label: string): HtmlElementNode => el('li', {}, el('mark', { class: `pl-mark ${cls}` }, sample), ` ${label}`);
  return panel(
    prefix,
    'key',
    'Key',
    el(
      'ul',
      { class: 'pl-key' },
      item('pl-entity pl-person', 'Person', 'person'),
      item('pl-entity pl-org', 'Organisation', 'organisation'),
      item('pl-entity pl-loc', 'Place', 'place'),
      item('pl-entity pl-norp', 'Group', 'group, nationality, event, other'),
      item('pl-time', 'Wednesday', 'time'),
      item('pl-source', 'Source', 'who speaks'),
      item('pl-cue', 'said', 'speech cue'),
      item('pl-quote', 'what is said', 'quote or reported speech (same Q number)'),
      item('pl-claim pl-claim-factual', 'factual', 'claim: solid underline'),
      item('pl-claim pl-claim-opinion', 'opinion', 'wavy'),
      item('pl-claim pl-claim-prediction', 'prediction', 'dashed'),
      item('pl-claim pl-claim-question', 'question', 'dotted; the badge is the check-worthiness'),
      item('pl-vague', 'observers', 'vague source'),
      item('pl-hedge', 'might', 'hedge'),
      item('pl-loaded', 'brutal', 'loaded language'),
    ),
  );
}

/**
 * The highlight view of an analysis as a tree of plain data: the article with its findings
 * marked (entities by type, times, attributions with source, cue and content linked by
 * `data-attribution`, claims by kind with their check-worthiness, framing signals), and the
 * panels beside it. The text content of `article` is exactly `analysis.article.text`.
 */
export function toHtmlTree(analysis: Analysis, options: HtmlTreeOptions = {}): HtmlTree {
  const prefix = options.idPrefix ?? 'pl-';
  const { text } = analysis.article;
  const root = buildTree(text, collectMarks(analysis, prefix));
  const label = analysis.article.title?.text ?? `Article ${analysis.article.id}`;
  const article: HtmlElementNode = {
    tag: 'article',
    attrs: { class: 'pl-article', 'aria-label': `${label} — with highlights` },
    children: toHtmlNodes(text, root, new Set()),
  };
  const panels = el(
    'aside',
    { class: 'pl-panels', 'aria-label': 'Findings' },
    entitiesPanel(analysis, prefix),
    attributionsPanel(analysis, prefix),
    claimsPanel(analysis, prefix, options.maxClaims ?? Number.POSITIVE_INFINITY),
    signalsPanel(analysis, prefix),
    timesPanel(analysis, prefix),
    keyPanel(prefix),
  );
  return { article, panels };
}

/** The text content of a node, as a DOM's `textContent` would read it. */
export function htmlTextContent(node: HtmlNode): string {
  return typeof node === 'string' ? node : node.children.map(htmlTextContent).join('');
}
