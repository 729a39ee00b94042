import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../pipeline/analyze.js';
import { spanOf } from '../testing/index.js';
import type { Analysis, Attribution, Claim, Mention } from '../types/analysis.js';
import type { AttributionId, ClaimId, EntityId, MentionId } from '../types/ids.js';
import { escapeHtml, htmlNodeToString, toHtml } from './html.js';
import { htmlTextContent, toHtmlTree, type HtmlElementNode, type HtmlNode } from './htmlTree.js';

const SEED = readFileSync(new URL('../../../../examples/articles/putin-istanbul-talks.txt', import.meta.url), 'utf8');

/** A hostile article: markup, handlers, script links and a fake end of page, all as text. */
const HOSTILE = [
  'Hackers <script>document.title="pwned"</script> Strike Again',
  '',
  'Officials said <img src=x onerror="globalThis.__pwned=1"> the attack was "contained" & \'over\', Mayor Jane Doe said on Monday.',
  'Click <a href="javascript:alert(1)">here</a> for more, observers warned.</body></html><p onclick="x()">fake</p>',
].join('\n');

function emptyAnalysis(text: string, extra: Partial<Analysis> = {}): Analysis {
  return {
    schemaVersion: '1',
    article: { id: 'test', text, title: null, byline: null, dateline: null, publishedAt: null, paragraphs: [{ start: 0, end: text.length, text }], sentences: [] },
    mentions: [],
    entities: [],
    attributions: [],
    claims: [],
    times: [],
    signals: { loaded: [], vagueSources: [], hedges: [], summary: { attributedClaimShare: 0, namedSourceShare: 0, voices: [] } },
    messages: [],
    ...extra,
  };
}

function claim(text: string, needle: string, id: string, checkworthiness = 0.5): Claim {
  return {
    ...spanOf(text, needle),
    id: id as ClaimId,
    kind: 'factual',
    claimant: { kind: 'author' },
    attribution: null,
    modality: { hedged: false, negated: false, conditional: false },
    checkworthiness,
    entities: [],
    times: [],
    evidence: [],
  };
}

function quote(text: string, id: string, content: string, source?: string, cue?: string): Attribution {
  return {
    id: id as AttributionId,
    quoted: 'direct',
    source: source ? { ...spanOf(text, source), entity: null, kind: 'named' } : null,
    cue: cue ? spanOf(text, cue) : null,
    content: spanOf(text, content),
    confidence: 0.9,
    rule: 'test',
  };
}

function mention(text: string, needle: string, id: string, nth = 0): Mention {
  return { ...spanOf(text, needle, nth), id: id as MentionId, type: 'PERSON', form: 'name', entity: null };
}

/** Every element of the tree with the text offsets it covers. */
function positioned(nodes: HtmlNode[], at = 0, out: { node: HtmlElementNode; start: number; end: number }[] = []) {
  for (const node of nodes) {
    const length = htmlTextContent(node).length;
    if (typeof node !== 'string') {
      out.push({ node, start: at, end: at + length });
      positioned(node.children, at, out);
    }
    at += length;
  }
  return out;
}

/** The ranges covered by the fragments carrying `attr=value`, merged. */
function coverage(tree: HtmlElementNode, attr: string, value: string, kind?: string): [number, number][] {
  const ranges = positioned(tree.children)
    .filter(({ node }) => node.attrs[attr] === value && (kind === undefined || node.attrs['data-kind'] === kind))
    .map(({ start, end }) => [start, end] as [number, number])
    .sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const r of ranges) {
    const last = merged.at(-1);
    if (last && last[1] === r[0]) last[1] = r[1];
    else merged.push([...r]);
  }
  return merged;
}

/** Tags open and close in order (the writer emits no void elements). */
function isBalanced(html: string): boolean {
  const stack: string[] = [];
  for (const [, close, tag] of html.matchAll(/<(\/?)([a-z][a-z0-9]*)\b[^>]*>/g)) {
    if (close) {
      if (stack.pop() !== tag) return false;
    } else stack.push(tag!);
  }
  return stack.length === 0;
}

describe('toHtmlTree: overlapping spans nest or split', () => {
  const text = 'Alpha Beta said the economy grew fast, and Gamma agreed.';
  it.each([
    {
      case: 'a claim crossing a quote at both ends',
      analysis: emptyAnalysis(text, { claims: [claim(text, 'Beta said the economy', 'c1')], attributions: [quote(text, 'a1', 'the economy grew fast')] }),
      checks: [
        ['data-claim', 'c1', 'Beta said the economy'],
        ['data-attribution', 'a1', 'the economy grew fast'],
      ],
    },
    {
      case: 'a mention crossing a claim edge, same start as another',
      analysis: emptyAnalysis(text, {
        claims: [claim(text, 'Beta said', 'c1'), claim(text, 'Beta said the economy grew', 'c2')],
        mentions: [mention(text, 'Alpha Beta', 'm1'), mention(text, 'Gamma', 'm2')],
      }),
      checks: [
        ['data-claim', 'c1', 'Beta said'],
        ['data-claim', 'c2', 'Beta said the economy grew'],
        ['data-mention', 'm1', 'Alpha Beta'],
      ],
    },
    {
      case: 'source, cue and content of one attribution, and a claim over all of it',
      analysis: emptyAnalysis(text, {
        claims: [claim(text, 'Alpha Beta said the economy grew fast', 'c1')],
        attributions: [quote(text, 'a1', 'the economy grew fast', 'Alpha Beta', 'said')],
        mentions: [mention(text, 'Beta', 'm1')],
      }),
      checks: [
        ['data-claim', 'c1', 'Alpha Beta said the economy grew fast'],
        ['data-attribution', 'a1', 'Alpha Beta', 'source'],
        ['data-attribution', 'a1', 'said', 'cue'],
        ['data-attribution', 'a1', 'the economy grew fast', 'quote'],
        ['data-mention', 'm1', 'Beta'],
      ],
    },
    {
      case: 'a paragraph boundary inside a claim',
      analysis: {
        ...emptyAnalysis(text, { claims: [claim(text, 'economy grew fast, and Gamma', 'c1')] }),
        article: { ...emptyAnalysis(text).article, paragraphs: [spanOf(text, 'Alpha Beta said the economy grew fast,'), spanOf(text, 'and Gamma agreed.')] },
      },
      checks: [['data-claim', 'c1', 'economy grew fast, and Gamma']],
    },
  ])('$case', ({ analysis, checks }) => {
    const { article } = toHtmlTree(analysis);
    expect(htmlTextContent(article)).toBe(text);
    expect(isBalanced(htmlNodeToString(article))).toBe(true);
    for (const [attr, value, covered, kind] of checks as [string, string, string, string?][]) {
      const span = spanOf(text, covered);
      // the fragments of one finding cover exactly its span, however they were split
      expect(coverage(article, attr, value, kind), `${attr}=${value}`).toEqual([[span.start, span.end]]);
    }
  });

  it('gives the id, tab stop and description to the first fragment only', () => {
    const analysis = emptyAnalysis(text, { claims: [claim(text, 'Beta said the economy', 'c1')], attributions: [quote(text, 'a1', 'the economy grew fast')] });
    const fragments = positioned(toHtmlTree(analysis).article.children).filter(({ node }) => node.attrs['data-attribution'] === 'a1');
    expect(fragments.length).toBeGreaterThan(1);
    expect(fragments.map(({ node }) => [node.attrs.id, node.attrs.tabindex, 'data-continued' in node.attrs])).toEqual([
      ['pl-a1', '0', false],
      ...fragments.slice(1).map(() => [undefined, undefined, true]),
    ]);
  });

  it('skips spans outside the text instead of failing', () => {
    const bad = { ...claim(text, 'Alpha', 'c1'), start: 40, end: 400 };
    const { article } = toHtmlTree(emptyAnalysis(text, { claims: [bad, claim(text, 'Gamma', 'c2')] }));
    expect(htmlTextContent(article)).toBe(text);
    expect(coverage(article, 'data-claim', 'c1')).toEqual([]);
    expect(coverage(article, 'data-claim', 'c2')).toHaveLength(1);
  });
});

describe('toHtmlTree: any overlap of any spans', () => {
  const range = (length: number) => fc.tuple(fc.nat(length), fc.nat(length)).map(([a, b]) => [Math.min(a, b), Math.max(a, b)] as const);
  const arbitrary = fc.integer({ min: 1, max: 80 }).chain((length) =>
    fc.record({
      text: fc.string({ minLength: length, maxLength: length, unit: fc.constantFrom('a', ' ', '<', '&', '"', '\n', 'é') }),
      claims: fc.array(range(length), { maxLength: 6 }),
      quotes: fc.array(fc.tuple(range(length), range(length), range(length)), { maxLength: 4 }),
      mentions: fc.array(range(length), { maxLength: 8 }),
      paragraphs: fc.array(range(length), { maxLength: 4 }),
    }),
  );

  it('keeps the text, writes balanced HTML, and covers each finding exactly with its fragments', () => {
    fc.assert(
      fc.property(arbitrary, ({ text, claims, quotes, mentions, paragraphs }) => {
        const at = ([start, end]: readonly [number, number]) => ({ start: Math.min(start, text.length), end: Math.min(end, text.length), text: text.slice(start, end) });
        const analysis = emptyAnalysis(text, {
          claims: claims.map((r, i) => ({ ...claim(text, '', `c${i}`), ...at(r) })),
          attributions: quotes.map(([content, source, cue], i) => ({
            ...quote(text, `a${i}`, ''),
            content: at(content),
            source: { ...at(source), entity: null, kind: 'named' as const },
            cue: at(cue),
          })),
          mentions: mentions.map((r, i) => ({ ...mention(text, '', `m${i}`), ...at(r) })),
        });
        analysis.article.paragraphs = paragraphs.map(at);
        const { article } = toHtmlTree(analysis);
        expect(htmlTextContent(article)).toBe(text);
        expect(isBalanced(htmlNodeToString(article))).toBe(true);
        const expected = (r: readonly [number, number]) => (r[0] < Math.min(r[1], text.length) ? [[r[0], Math.min(r[1], text.length)]] : []);
        claims.forEach((r, i) => expect(coverage(article, 'data-claim', `c${i}`)).toEqual(expected(r)));
        mentions.forEach((r, i) => expect(coverage(article, 'data-mention', `m${i}`)).toEqual(expected(r)));
        quotes.forEach(([content], i) => expect(coverage(article, 'data-attribution', `a${i}`, 'quote')).toEqual(expected(content)));
      }),
      { numRuns: 300 },
    );
  });
});

describe('toHtmlTree on the seed article', async () => {
  const analysis = await analyze({ id: 'seed', text: SEED, publishedAt: '2025-05-15' });
  const { article, panels } = toHtmlTree(analysis);
  const all = positioned(article.children);

  it('keeps every character of the text, in order, with a heading and paragraphs', () => {
    expect(htmlTextContent(article)).toBe(SEED);
    expect(article.children.filter((n) => typeof n !== 'string' && n.tag === 'p')).toHaveLength(analysis.article.paragraphs.length);
    expect(article.children.find((n) => typeof n !== 'string' && n.tag === 'h1')).toMatchObject({ children: expect.anything() });
  });

  it('marks every claim and every attribution part over exactly its span', () => {
    for (const c of analysis.claims) expect(coverage(article, 'data-claim', c.id), c.id).toEqual([[c.start, c.end]]);
    for (const a of analysis.attributions) {
      for (const [kind, span] of [['quote', a.content], ['source', a.source], ['cue', a.cue]] as const) {
        if (span) expect(coverage(article, 'data-attribution', a.id, kind), `${a.id} ${kind}`).toEqual([[span.start, span.end]]);
      }
    }
  });

  it("links Trump's direct quote: source, cue and content share one attribution id and label", () => {
    const direct = analysis.attributions.find((a) => a.quoted === 'direct' && a.content.text.startsWith('I know he would like me'));
    expect(direct?.source?.text).toBe('Trump');
    const parts = all.filter(({ node }) => node.attrs['data-attribution'] === direct!.id && !('data-continued' in node.attrs));
    expect(parts.map(({ node }) => node.attrs['data-kind']).sort()).toEqual(['cue', 'quote', 'source']);
    expect(new Set(parts.map(({ node }) => node.attrs['data-ref'])).size).toBe(1);
    expect(parts.every(({ node }) => node.attrs.title!.includes('direct quote') && node.attrs.title!.includes('Donald Trump'))).toBe(true);
  });

  it('colours entity mentions by type and describes them', () => {
    const putin = all.find(({ node }) => node.attrs['data-kind'] === 'entity' && htmlTextContent(node) === 'Vladimir Putin');
    expect(putin?.node.attrs).toMatchObject({ class: expect.stringContaining('pl-person'), title: 'person: Vladimir Putin', tabindex: '0' });
    const istanbul = all.find(({ node }) => htmlTextContent(node) === 'Istanbul' && node.attrs['data-kind'] === 'entity');
    expect(istanbul?.node.attrs.class).toContain('pl-loc');
  });

  it('shows check-worthiness on claims and ranks them in the panel', () => {
    const claimsPanel = panels.children.find((n) => typeof n !== 'string' && n.attrs.class?.includes('pl-panel-claims')) as HtmlElementNode;
    const listed = positioned(claimsPanel.children)
      .filter(({ node }) => node.tag === 'li')
      .map(({ node }) => analysis.claims.find((c) => c.id === node.attrs['data-claim'])!.checkworthiness);
    expect(listed).toHaveLength(analysis.claims.length);
    expect(listed).toEqual([...listed].sort((a, b) => b - a));
    const top = analysis.claims.find((c) => c.checkworthiness === listed[0])!;
    const mark = all.find(({ node }) => node.attrs.id === `pl-${top.id}`)!.node;
    expect(mark.attrs['data-cw']).toBe(top.checkworthiness.toFixed(2));
    expect(mark.attrs.title).toContain(`check-worthiness ${top.checkworthiness.toFixed(2)}`);
  });

  it('points every panel link at an element of the article', () => {
    const ids = new Set(all.map(({ node }) => node.attrs.id).filter(Boolean));
    const links = positioned(panels.children).filter(({ node }) => node.tag === 'a');
    expect(links.length).toBeGreaterThan(analysis.claims.length);
    for (const { node } of links) expect(ids.has(node.attrs.href!.slice(1)), node.attrs.href).toBe(true);
  });
});

describe('escaping', () => {
  it.each([
    { input: '<script>', output: '&lt;script&gt;' },
    { input: 'a & b', output: 'a &amp; b' },
    { input: `"double" 'single'`, output: '&quot;double&quot; &#39;single&#39;' },
    { input: 'plain', output: 'plain' },
  ])('escapeHtml($input)', ({ input, output }) => {
    expect(escapeHtml(input)).toBe(output);
  });

  it.each<{ case: string; attrs: Record<string, string>; html: string }>([
    { case: 'an event handler', attrs: { onclick: 'x()' }, html: '<span></span>' },
    { case: 'a javascript: link', attrs: { href: 'javascript:alert(1)' }, html: '<span></span>' },
    { case: 'an attribute name that is not plain', attrs: { 'x" onload="y': '1' }, html: '<span></span>' },
    { case: 'an in-page link and a quoted value', attrs: { href: '#pl-c1', title: '"><img>' }, html: '<span href="#pl-c1" title="&quot;&gt;&lt;img&gt;"></span>' },
  ])('htmlNodeToString drops or escapes $case', ({ attrs, html }) => {
    expect(htmlNodeToString({ tag: 'span', attrs, children: [] })).toBe(html);
  });
});

describe('toHtml', async () => {
  const seed = toHtml(await analyze({ id: 'seed', text: SEED, publishedAt: '2025-05-15' }));
  const hostileAnalysis = await analyze({ id: 'evil"><script>x</script>', text: HOSTILE });
  const hostile = toHtml(hostileAnalysis);

  it.each([
    { case: 'the seed article', html: seed },
    { case: 'the hostile article', html: hostile },
  ])('$case: one standalone page, no network, no script but the JSON-LD data block', ({ html }) => {
    expect(html.startsWith('<!doctype html>\n<html lang="en">')).toBe(true);
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none';`);
    expect(html.match(/<script\b/g)).toEqual(['<script']);
    expect(html).toContain('<script type="application/ld+json">');
    expect(html.match(/<\/script>/g)).toHaveLength(1);
    expect(html.match(/<\/body>/g)).toHaveLength(1);
    const tags = html.match(/<[a-z][^>]*>/gi) ?? [];
    const allowed = new Set(['html', 'head', 'meta', 'title', 'style', 'script', 'body', 'header', 'p', 'div', 'main', 'article', 'h1', 'mark', 'aside', 'section', 'h2', 'h3', 'ul', 'li', 'a', 'span', 'small', 'ol', 'strong', 'q', 'dl', 'dt', 'dd', 'footer']);
    expect(tags.map((t) => t.match(/^<([a-z0-9]+)/i)![1]!.toLowerCase()).filter((tag) => !allowed.has(tag))).toEqual([]);
    expect(tags.filter((t) => /\s(on[a-z]+|src|srcset|action|formaction)=/i.test(t))).toEqual([]);
    expect(tags.filter((t) => /\shref="(?!#)/.test(t))).toEqual([]);
    expect(html).not.toMatch(/url\(|@import/);
    expect(isBalanced(html.slice(html.indexOf('<body'), html.lastIndexOf('</html>')))).toBe(true);
  });

  it('shows the hostile article as text, escaped', () => {
    expect(hostile).toContain('&lt;script&gt;document.title=&quot;pwned&quot;&lt;/script&gt;');
    expect(hostile).toContain('&lt;img src=x onerror=&quot;globalThis.__pwned=1&quot;&gt;');
    expect(hostile).toContain('&lt;a href=&quot;javascript:alert(1)&quot;&gt;');
    expect(hostile).toContain('&lt;/body&gt;&lt;/html&gt;&lt;p onclick=&quot;x()&quot;&gt;');
    expect(hostile).toContain('&quot;contained&quot; &amp; &#39;over&#39;');
    expect(hostile).toContain('<title>Hackers &lt;script&gt;document.title=&quot;pwned&quot;&lt;/script&gt; Strike Again — presslens</title>');
    // the JSON-LD block carries the text without a way out of its script element
    const jsonLd = hostile.slice(hostile.indexOf('<script type="application/ld+json">') + 35, hostile.indexOf('</script>'));
    expect(jsonLd).not.toMatch(/[<>]/);
    expect(JSON.parse(jsonLd)['@graph'][0].articleBody).toBe(hostileAnalysis.article.text);
  });

  it('lists the panels with headings, in reading order', () => {
    const headings = [...seed.matchAll(/<h2 id="[^"]+">([^<]+)<\/h2>/g)].map((m) => m[1]);
    expect(headings).toEqual(['People and organisations', 'Who said what', 'Claims to check', 'Framing signals', 'Times', 'Key']);
    expect(seed).toContain('<h1 class="pl-title">');
  });

  it.each([
    { options: { jsonLd: false }, has: [], hasNot: ['application/ld+json'] },
    { options: { title: 'My <report>', lang: 'de' }, has: ['<title>My &lt;report&gt; — presslens</title>', '<html lang="de">'], hasNot: [] },
    { options: { url: 'https://example.com/a' }, has: ['"@id": "https://example.com/a"'], hasNot: [] },
    { options: { maxClaims: 3 }, has: ['3 of '], hasNot: [] },
  ])('options $options', async ({ options, has, hasNot }) => {
    const html = toHtml(await analyze({ id: 'seed', text: SEED, publishedAt: '2025-05-15' }), options);
    for (const s of has) expect(html).toContain(s);
    for (const s of hasNot) expect(html).not.toContain(s);
  });

  it('links the three parts of an attribution with a hover/focus rule per attribution', async () => {
    const analysis = await analyze({ id: 'seed', text: SEED });
    for (const a of analysis.attributions) expect(toHtml(analysis)).toContain(`:has([data-attribution="${a.id}"]:is(:hover, :focus))`);
    const forged = emptyAnalysis('He said hi.', { attributions: [{ ...quote('He said hi.', 'a1', 'hi'), id: 'a1"] {} body { x' as AttributionId }] });
    const html = toHtml(forged);
    expect(html.slice(html.indexOf('<style>'), html.indexOf('</style>'))).not.toContain('body { x');
  });

  it('names the entity behind an entity claimant and vague sources as such', async () => {
    const text = 'Mayor Jane Doe said taxes rose 5% in 2024.';
    const analysis = emptyAnalysis(text, {
      entities: [{ id: 'e1' as EntityId, type: 'PERSON', name: 'Jane Doe', aliases: [], titles: [spanOf(text, 'Mayor')], mentions: ['m1' as MentionId], salience: 1 }],
      mentions: [{ ...mention(text, 'Jane Doe', 'm1'), entity: 'e1' as EntityId }],
      claims: [{ ...claim(text, 'taxes rose 5% in 2024', 'c1', 0.9), claimant: { kind: 'entity', entity: 'e1' as EntityId } }],
    });
    const html = toHtml(analysis);
    expect(html).toContain('title="factual claim, check-worthiness 0.90, by Jane Doe"');
    expect(html).toContain('Mayor');
  });
});
