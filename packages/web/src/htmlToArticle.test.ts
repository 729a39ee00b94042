// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { analyze, findSpanProblems, isPresslensError, type ArticleInput } from '@presslens/core';
import { documentToArticle, htmlToArticle } from './htmlToArticle.js';

const BODY = [
  'Ministers met in Brussels on Tuesday to discuss the new fisheries agreement, officials said.',
  'The agreement, which has been under negotiation for two years, sets quotas for cod and haddock in the North Sea.',
  '“This is a fair deal for both sides,” said Maria Lopez, the chief negotiator, adding that fishing communities had been consulted.',
];
const paragraphs = BODY.map((p) => `<p>${p}</p>`).join('\n');

const page = (head: string, body: string): string => `<!doctype html><html lang="en-GB"><head>${head}</head><body>${body}</body></html>`;

describe('htmlToArticle', () => {
  it.each<{ case: string; html: string; expected: Partial<ArticleInput> }>([
    {
      case: 'JSON-LD NewsArticle',
      html: page(
        `<title>Fisheries deal agreed | The Daily Example</title>
         <script type="application/ld+json">${JSON.stringify({
           '@context': 'https://schema.org',
           '@type': 'NewsArticle',
           headline: 'Fisheries deal agreed after two years',
           author: [{ '@type': 'Person', name: 'Jane Doe' }, { '@type': 'Person', name: 'John Roe' }],
           datePublished: '2024-03-05T09:30:00Z',
           url: 'https://news.example/fisheries-deal',
         })}</script>`,
        `<header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>
         <article><h1>Fisheries deal agreed after two years</h1>${paragraphs}</article>
         <footer>© The Daily Example</footer>`,
      ),
      expected: {
        title: 'Fisheries deal agreed after two years',
        byline: 'Jane Doe and John Roe',
        publishedAt: '2024-03-05T09:30:00Z',
        url: 'https://news.example/fisheries-deal',
      },
    },
    {
      case: 'Open Graph and article meta tags',
      html: page(
        `<title>Fisheries deal agreed - Example News</title>
         <meta property="og:title" content="Fisheries deal agreed">
         <meta name="author" content="Jane Doe">
         <meta property="article:published_time" content="2024-03-05">
         <link rel="canonical" href="https://news.example/a/123">`,
        `<main><div class="story">${paragraphs}</div></main>`,
      ),
      expected: { title: 'Fisheries deal agreed', byline: 'Jane Doe', publishedAt: '2024-03-05', url: 'https://news.example/a/123' },
    },
    {
      case: 'no metadata at all',
      html: `<html><body><div>${paragraphs}</div></body></html>`,
      expected: { byline: null, publishedAt: null, url: null },
    },
  ])('$case: metadata, and the body as paragraphs', ({ html, expected }) => {
    const article = htmlToArticle(html);
    expect(article).toMatchObject(expected);
    for (const p of BODY) expect(article.text).toContain(p);
    // paragraphs separated by one blank line, in order, and no page furniture
    expect(article.text.indexOf(BODY[0]!)).toBeLessThan(article.text.indexOf(BODY[2]!));
    expect(article.text).toContain(`${BODY[0]}\n\n${BODY[1]}\n\n${BODY[2]}`);
    expect(article.text).not.toMatch(/Home|©/);
  });

  it('options win over what the page says', () => {
    const html = page('<meta property="article:published_time" content="2024-03-05"><link rel="canonical" href="https://news.example/a">', paragraphs);
    expect(htmlToArticle(html, { id: 'x1', url: 'https://mirror.example/a', publishedAt: '2024-03-06' })).toMatchObject({
      id: 'x1',
      url: 'https://mirror.example/a',
      publishedAt: '2024-03-06',
    });
  });

  it('a page with no text gives empty text, not an error', () => {
    expect(htmlToArticle('<html><head><title>Nothing here</title></head><body></body></html>')).toMatchObject({ text: '', title: 'Nothing here' });
    expect(htmlToArticle('')).toMatchObject({ text: '' });
  });

  it('a short page that Readability would reject still gives its text', () => {
    expect(htmlToArticle('<p>Only one line of news today.</p>').text).toBe('Only one line of news today.');
  });

  it.each([
    { case: 'null', value: null },
    { case: 'a number', value: 42 },
  ])('rejects $case with INVALID_INPUT', ({ value }) => {
    let caught: unknown;
    try {
      htmlToArticle(value as unknown as string);
    } catch (error) {
      caught = error;
    }
    expect(isPresslensError(caught) && caught.code).toBe('INVALID_INPUT');
  });
});

describe('untrusted HTML', () => {
  const hostile = page(
    `<title>Hostile page</title>
     <script>globalThis.__presslensPwned = 'head script'</script>
     <style>p { color: red } .x::after { content: "STYLE TEXT" }</style>`,
    `<article>
       <h1>Harbour reopens after storm</h1>
       <p onclick="globalThis.__presslensPwned = 'onclick'">The harbour reopened on Friday after three days of repairs, the port authority said.</p>
       <img src="data:image/gif;base64,not-an-image" onerror="globalThis.__presslensPwned = 'onerror'">
       <script>globalThis.__presslensPwned = 'body script'; document.write('INJECTED')</script>
       <p>Fishing boats were the first to leave, followed by two ferries <a href="javascript:globalThis.__presslensPwned='link'">to the islands</a>.</p>
       <svg onload="globalThis.__presslensPwned = 'svg'"><text>SVG TEXT</text></svg>
       <iframe srcdoc="<script>parent.__presslensPwned = 'iframe'</script>"></iframe>
       <noscript>NOSCRIPT TEXT</noscript>
       <p>Repairs cost an estimated £2 million; &lt;script&gt; tags in the text stay plain text.</p>
     </article>`,
  );

  it('keeps the text, drops code and markup, and runs nothing', async () => {
    const before = document.body.innerHTML;
    const article = htmlToArticle(hostile);
    await new Promise((resolve) => setTimeout(resolve, 50)); // give any handler a chance to fire

    expect((globalThis as { __presslensPwned?: string }).__presslensPwned).toBeUndefined();
    expect(document.body.innerHTML).toBe(before); // nothing was put into the live document
    expect(article.text).toContain('The harbour reopened on Friday after three days of repairs, the port authority said.');
    expect(article.text).toContain('Fishing boats were the first to leave, followed by two ferries to the islands.');
    // the literal text "<script>" written in the article is text, and it survives as text
    expect(article.text).toContain('<script> tags in the text stay plain text.');
    for (const code of ['__presslensPwned', 'document.write', 'INJECTED', 'onerror', 'onclick', 'javascript:', 'color: red', 'STYLE TEXT', 'SVG TEXT', 'NOSCRIPT TEXT', '<p', '<img']) {
      expect(article.text, code).not.toContain(code);
    }
  });

  it('documentToArticle leaves the document it reads unchanged', () => {
    const doc = new DOMParser().parseFromString(hostile, 'text/html');
    const before = doc.documentElement.outerHTML;
    documentToArticle(doc);
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});

describe('HTML → analysis', () => {
  it('the article from a page analyses with valid spans, headline first', async () => {
    const html = page(
      `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Fisheries deal agreed","datePublished":"2024-03-05"}</script>`,
      `<article>${paragraphs}</article>`,
    );
    const analysis = await analyze(htmlToArticle(html, { id: 'fisheries' }));
    expect(analysis.article.id).toBe('fisheries');
    expect(analysis.article.publishedAt).toBe('2024-03-05');
    expect(analysis.article.text.startsWith('Fisheries deal agreed\n\n')).toBe(true);
    expect(analysis.article.title?.text).toBe('Fisheries deal agreed');
    expect(analysis.article.paragraphs.length).toBeGreaterThanOrEqual(BODY.length);
    expect(findSpanProblems(analysis)).toEqual([]);
  });
});
