import { Readability } from '@mozilla/readability';
import { PresslensError, articleMetadata, textFromContent, type ArticleInput } from '@presslens/core';

export interface DocumentToArticleOptions {
  /** Id of the article (default: minted from the text by `analyze`). */
  id?: string;
  /** Where the page came from; wins over the canonical URL the page names. */
  url?: string;
  /** Publication date (ISO 8601); wins over the date the page gives. */
  publishedAt?: string;
  /** Readability's `charThreshold`: the shortest text it accepts as the article (default 500). */
  charThreshold?: number;
}

/** Something that parses HTML into a document: `DOMParser` (the default), or one from happy-dom or jsdom. */
export interface HtmlParser {
  parseFromString(html: string, type: 'text/html'): Document;
}

export interface HtmlToArticleOptions extends DocumentToArticleOptions {
  /** The parser to use (default: a new `DOMParser`). */
  parser?: HtmlParser;
}

/**
 * The article in an HTML page, ready for `analyze`: Readability finds the main content (on a
 * clone, so `doc` is left untouched) and its text becomes paragraphs separated by blank lines;
 * headline, byline, date and canonical URL come from the page's JSON-LD and meta tags (see
 * `articleMetadata`), then from Readability. A page with no readable text gives `text: ''`.
 */
export function documentToArticle(doc: Document, options: DocumentToArticleOptions = {}): ArticleInput {
  if (!doc || typeof doc.cloneNode !== 'function' || !doc.documentElement) {
    throw new PresslensError('INVALID_INPUT', 'documentToArticle needs a Document (from DOMParser or `document`).');
  }
  const meta = articleMetadata(doc);
  let parsed: ReturnType<Readability<Node>['parse']>;
  try {
    const clone = doc.cloneNode(true) as Document;
    const readabilityOptions = options.charThreshold === undefined ? {} : { charThreshold: options.charThreshold };
    parsed = new Readability<Node>(clone, { ...readabilityOptions, serializer: (node) => node }).parse();
  } catch {
    parsed = null; // Readability gives up on some malformed pages; fall back to the body text below
  }
  const content = parsed?.content;
  let text = content && content.nodeType === 1 ? textFromContent(content as Element) : '';
  if (text === '' && doc.body) text = textFromContent(doc.body);

  const article: ArticleInput = {
    title: meta.title ?? clean(parsed?.title),
    text,
    publishedAt: options.publishedAt ?? meta.publishedAt ?? clean(parsed?.publishedTime),
    byline: meta.byline ?? clean(parsed?.byline),
    url: options.url ?? meta.url,
  };
  if (options.id !== undefined) article.id = options.id;
  return article;
}

/**
 * The article in an HTML string (for example a page you fetched). The HTML is parsed with
 * `DOMParser` into an inert document: it is never put into the live page, its scripts do not
 * run and its images do not load, so untrusted HTML is safe here.
 */
export function htmlToArticle(html: string, options: HtmlToArticleOptions = {}): ArticleInput {
  if (typeof html !== 'string') {
    throw new PresslensError('INVALID_INPUT', `htmlToArticle needs the HTML as a string, not ${html === null ? 'null' : typeof html}.`);
  }
  const parser = options.parser ?? defaultParser();
  let doc: Document;
  try {
    doc = parser.parseFromString(html, 'text/html');
  } catch (error) {
    throw new PresslensError('PARSE_ERROR', 'The HTML could not be parsed.', { cause: error });
  }
  return documentToArticle(doc, options);
}

function defaultParser(): HtmlParser {
  if (typeof DOMParser !== 'function') {
    throw new PresslensError(
      'PARSE_ERROR',
      'DOMParser is not available here. Run htmlToArticle in a browser, pass `parser` (e.g. from happy-dom), or use @presslens/node in Node.',
    );
  }
  return new DOMParser();
}

const SPACES = /\s+/g;

function clean(value: string | null | undefined): string | null {
  const trimmed = typeof value === 'string' ? value.replace(SPACES, ' ').trim() : '';
  return trimmed === '' ? null : trimmed;
}
