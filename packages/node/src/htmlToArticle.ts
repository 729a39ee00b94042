import { createRequire } from 'node:module';
import type { Readability as ReadabilityClass } from '@mozilla/readability';
import { articleMetadata, normalizePublishedAt, textFromContent, type ArticleInput, type DocumentLike, type ElementLike } from '@presslens/core';
import type { parseHTML as ParseHtml } from 'linkedom';

// linkedom and Readability are loaded on the first page, not with the package (~25 MB of RSS saved
// for programs that never read HTML: a JSONL batch, a queue worker); both ship CommonJS builds
const load = createRequire(import.meta.url);
let parseHTML: typeof ParseHtml | null = null;
let Readability: typeof ReadabilityClass | null = null;

export interface HtmlArticleOptions {
  /** The article id (default: minted by core from the text). */
  id?: string;
}

const BY_PREFIX = /^by\s/i;

type ParsedDocument = DocumentLike & { body: ElementLike | null };

const BODY_TAG = /<body[\s>]/i;
const HTML_TAG = /<\/?html(?:\s[^>]*)?>/gi;

/** Parse a page; markup with no `<body>` (a fragment such as `<p>…</p><p>…</p>`) is read as the body of a page. */
function parse(html: string): ParsedDocument {
  const page = BODY_TAG.test(html) ? html : `<!doctype html><html><head></head><body>${html.replace(HTML_TAG, '')}</body></html>`;
  parseHTML ??= (load('linkedom') as { parseHTML: typeof ParseHtml }).parseHTML;
  return parseHTML(page).document as unknown as ParsedDocument;
}

/**
 * A news page as an article: metadata (headline, authors, date, canonical URL) from the page's
 * JSON-LD and meta tags, the article body from Readability, turned into paragraphs of plain
 * text. When the page names an author that the body does not show, a "By …" line is put under
 * the headline so that the analysis finds the byline. Pages Readability cannot read fall back
 * to the text of `<body>`.
 */
export function htmlToArticle(html: string, options: HtmlArticleOptions = {}): ArticleInput {
  const document = parse(html);
  const meta = articleMetadata(document);
  let content: ElementLike | null = null;
  let readTitle: string | null = null;
  let readByline: string | null = null;
  let readPublished: string | null = null;
  Readability ??= (load('@mozilla/readability') as { Readability: typeof ReadabilityClass }).Readability;
  try {
    const reader = new Readability(document as never, { serializer: (node: unknown) => node as ElementLike });
    const result = reader.parse();
    if (result?.content) {
      content = result.content;
      readTitle = result.title?.trim() || null;
      readByline = result.byline?.trim() || null;
      readPublished = result.publishedTime ? normalizePublishedAt(result.publishedTime) : null;
    }
  } catch {
    content = null; // malformed markup Readability cannot walk: use the whole body below
  }
  if (!content) content = parse(html).body;
  let text = content ? textFromContent(content) : '';

  const byline = meta.byline ?? readByline;
  if (byline && byline.length <= 120 && text !== '' && !text.slice(0, 400).includes(byline.replace(BY_PREFIX, ''))) {
    text = `${BY_PREFIX.test(byline) ? byline : `By ${byline}`}\n\n${text}`;
  }
  const article: ArticleInput = {
    text,
    title: meta.title ?? readTitle,
    publishedAt: meta.publishedAt ?? readPublished,
    byline,
    url: meta.url,
  };
  if (options.id !== undefined) article.id = options.id;
  return article;
}
