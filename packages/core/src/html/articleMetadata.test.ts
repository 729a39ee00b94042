import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { articleMetadata, type ArticleMetadata } from './articleMetadata.js';
import type { DocumentLike } from './dom.js';

function parse(html: string): DocumentLike {
  const window = new Window();
  return new window.DOMParser().parseFromString(html, 'text/html') as unknown as DocumentLike;
}

const ld = (value: unknown): string => `<script type="application/ld+json">${JSON.stringify(value)}</script>`;

describe('articleMetadata', () => {
  it.each<{ case: string; html: string; expected: Partial<ArticleMetadata> }>([
    {
      case: 'meta tags only',
      html: `<html lang="en-GB"><head><title>Harbour Plan Approved | Coast Gazette</title>
        <meta property="og:site_name" content="Coast Gazette">
        <meta property="og:title" content="Harbour plan approved after long vote">
        <meta name="author" content="Mara Lind">
        <meta property="article:published_time" content="2024-03-02T08:15:00Z">
        <link rel="canonical" href="https://example.org/news/harbour"></head><body></body></html>`,
      expected: {
        title: 'Harbour plan approved after long vote',
        byline: 'Mara Lind',
        publishedAt: '2024-03-02T08:15:00Z',
        url: 'https://example.org/news/harbour',
        lang: 'en-GB',
      },
    },
    {
      case: 'JSON-LD NewsArticle wins over og:title, several authors joined',
      html: `<html><head><meta property="og:title" content="Share title">
        ${ld({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'Council delays &amp; rethinks budget', datePublished: '2023-11-20', author: [{ '@type': 'Person', name: 'Ana Ruiz' }, { '@type': 'Person', name: 'Tom Hale' }, { '@type': 'Person', name: 'Li Wen' }], url: 'https://example.org/a/1' })}
        </head><body></body></html>`,
      expected: { title: 'Council delays & rethinks budget', byline: 'Ana Ruiz, Tom Hale and Li Wen', publishedAt: '2023-11-20', url: 'https://example.org/a/1', lang: null },
    },
    {
      case: 'JSON-LD @graph with an author given by @id',
      html: `<html><head>${ld({
        '@context': 'https://schema.org',
        '@graph': [
          { '@type': 'WebPage', '@id': 'https://example.org/p#page', name: 'Page' },
          { '@type': ['Article', 'ReportageNewsArticle'], headline: 'Floods close the valley road', author: { '@id': 'https://example.org/#p1' }, datePublished: '2022-07-09T10:00:00+02:00', inLanguage: 'de' },
          { '@type': 'Person', '@id': 'https://example.org/#p1', name: 'Jonas Berg' },
        ],
      })}</head><body></body></html>`,
      expected: { title: 'Floods close the valley road', byline: 'Jonas Berg', publishedAt: '2022-07-09T10:00:00+02:00', lang: 'de' },
    },
    {
      case: 'time element and <title> with the site name stripped',
      html: `<html><head><title>Coast Gazette - Storm warning for Friday</title><meta property="og:site_name" content="Coast Gazette"></head>
        <body><article><time datetime="not a date">soon</time><time datetime="2021-01-05">5 Jan</time><p>Text</p></article></body></html>`,
      expected: { title: 'Storm warning for Friday', publishedAt: '2021-01-05', byline: null },
    },
    {
      case: 'a broken JSON-LD block is ignored, meta still used',
      html: `<html><head><script type="application/ld+json">{ "headline": </script><meta name="author" content="https://example.org/staff/9"><meta name="twitter:title" content="Tiny title"></head><body><a rel="author" href="/x">Pia Holm</a></body></html>`,
      expected: { title: 'Tiny title', byline: 'Pia Holm', publishedAt: null },
    },
    {
      case: 'organization author only when no person is named',
      html: `<html><head>${ld({ '@type': 'BlogPosting', headline: 'Notes', author: { '@type': 'Organization', name: 'Desk Team' } })}</head><body></body></html>`,
      expected: { title: 'Notes', byline: 'Desk Team' },
    },
    {
      case: 'nothing to find',
      html: '<html><body><p>Just text</p></body></html>',
      expected: { title: null, byline: null, publishedAt: null, url: null, lang: null },
    },
  ])('$case', ({ html, expected }) => {
    expect(articleMetadata(parse(html))).toMatchObject(expected);
  });
});
