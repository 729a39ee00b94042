import { normalizePublishedAt } from '../text/dates.js';
import type { DocumentLike, ElementLike } from './dom.js';

/** What a news page says about its article, from meta tags, JSON-LD and the markup. */
export interface ArticleMetadata {
  /** Headline, without a trailing " | Site name". */
  title: string | null;
  /** Author names as one line ("Jane Doe and John Roe"). */
  byline: string | null;
  /** `YYYY-MM-DD`, or the full ISO date-time when the page gives one. */
  publishedAt: string | null;
  /** The canonical address of the article. */
  url: string | null;
  /** BCP 47 language tag ("en", "en-GB"). */
  lang: string | null;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const SPACES = /\s+/g;
const ARTICLE_TYPE = /(?:Article|BlogPosting)$/;
const ABSOLUTE_URL = /^https?:\/\//i;
const ENTITY = /&(?:#(\d{1,7})|#x([0-9a-f]{1,6})|(amp|lt|gt|quot|apos|nbsp));/gi;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
const COMMENT_WRAPPER = /^\s*(?:<!--|\/\/\s*<!\[CDATA\[|<!\[CDATA\[)|(?:-->|\/\/\s*\]\]>|\]\]>)\s*$/g;
const TITLE_SEPARATORS = [' | ', ' - ', ' – ', ' — ', ' :: ', ' · ', ' • '];
/** How deep to look inside a JSON-LD block for typed nodes. */
const MAX_JSON_DEPTH = 8;

function clean(value: string | null | undefined): string | null {
  if (typeof value !== 'string') return null;
  const collapsed = value.replace(SPACES, ' ').trim();
  return collapsed === '' ? null : collapsed;
}

function decodeEntities(value: string): string {
  return value.replace(ENTITY, (whole, dec: string | undefined, hex: string | undefined, name: string | undefined) => {
    if (name) return NAMED[name.toLowerCase()] ?? whole;
    const code = dec ? Number.parseInt(dec, 10) : Number.parseInt(hex!, 16);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

function metaContent(doc: DocumentLike, selectors: string): string | null {
  const found = doc.querySelectorAll(selectors);
  for (let i = 0; i < found.length; i++) {
    const value = clean(found[i]!.getAttribute('content'));
    if (value) return value;
  }
  return null;
}

function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function types(node: JsonObject): string[] {
  const t = node['@type'];
  if (typeof t === 'string') return [t];
  return Array.isArray(t) ? t.filter((x): x is string => typeof x === 'string') : [];
}

/** Every object in the page's JSON-LD blocks (inside arrays, `@graph` and nested values), in document order. */
function jsonLdNodes(doc: DocumentLike): JsonObject[] {
  const nodes: JsonObject[] = [];
  const scripts = doc.querySelectorAll('script[type="application/ld+json"]');
  for (let i = 0; i < scripts.length; i++) {
    const source = (scripts[i]!.textContent ?? '').replace(COMMENT_WRAPPER, '');
    let parsed: Json;
    try {
      parsed = JSON.parse(source) as Json;
    } catch {
      continue; // a broken block on a page is common; the other sources still count
    }
    const stack: Array<{ value: Json; depth: number }> = [{ value: parsed, depth: 0 }];
    while (stack.length > 0) {
      const { value, depth } = stack.pop()!;
      if (depth > MAX_JSON_DEPTH) continue;
      const children: Json[] = [];
      if (Array.isArray(value)) children.push(...value);
      else if (isObject(value)) {
        nodes.push(value);
        for (const child of Object.values(value)) if (typeof child === 'object' && child !== null) children.push(child);
      }
      for (let k = children.length - 1; k >= 0; k--) stack.push({ value: children[k]!, depth: depth + 1 });
    }
  }
  return nodes;
}

function jsonString(value: Json | undefined): string | null {
  if (typeof value === 'string') return clean(decodeEntities(value));
  if (Array.isArray(value)) {
    for (const v of value) {
      const s = jsonString(v);
      if (s) return s;
    }
  }
  return null;
}

function authorNames(article: JsonObject, byId: Map<string, JsonObject>): string[] {
  const raw = article['author'] ?? article['creator'];
  const list = Array.isArray(raw) ? raw : raw === undefined ? [] : [raw];
  const people: string[] = [];
  const others: string[] = [];
  for (const item of list) {
    if (typeof item === 'string') {
      const name = clean(decodeEntities(item));
      if (name && !ABSOLUTE_URL.test(name)) people.push(name);
      continue;
    }
    if (!isObject(item)) continue;
    const ref = typeof item['@id'] === 'string' ? byId.get(item['@id']) : undefined;
    const node = item['name'] === undefined && ref ? ref : item;
    const name = jsonString(node['name']);
    if (!name) continue;
    (types(node).includes('Organization') || types(node).includes('NewsMediaOrganization') ? others : people).push(name);
  }
  return unique(people.length > 0 ? people : others);
}

function unique(names: string[]): string[] {
  const seen = new Set<string>();
  return names.filter((n) => {
    const key = n.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function joinNames(names: string[]): string | null {
  if (names.length === 0) return null;
  if (names.length === 1) return names[0]!;
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

function firstDate(candidates: Array<string | null | undefined>): string | null {
  for (const c of candidates) {
    if (!c) continue;
    const date = normalizePublishedAt(c);
    if (date) return date;
  }
  return null;
}

function stripSiteName(title: string, siteName: string | null): string {
  if (!siteName) return title;
  for (const sep of TITLE_SEPARATORS) {
    if (title.endsWith(`${sep}${siteName}`) && title.length > sep.length + siteName.length) {
      return title.slice(0, title.length - sep.length - siteName.length).trim();
    }
    if (title.startsWith(`${siteName}${sep}`) && title.length > sep.length + siteName.length) {
      return title.slice(siteName.length + sep.length).trim();
    }
  }
  return title;
}

function elementTexts(doc: DocumentLike, selectors: string): string[] {
  const found = doc.querySelectorAll(selectors);
  const out: string[] = [];
  for (let i = 0; i < found.length; i++) {
    const text = clean(found[i]!.textContent);
    if (text && text.length <= 100) out.push(text);
  }
  return out;
}

function attribute(element: ElementLike | null, name: string): string | null {
  return element ? clean(element.getAttribute(name)) : null;
}

/**
 * Headline, authors, publication date, canonical URL and language of a news page, from
 * JSON-LD (`NewsArticle`/`Article`/`BlogPosting`, also inside `@graph`), Open Graph and
 * `article:` meta tags, `<meta name="author">`, `<time datetime>`, `<link rel="canonical">`,
 * `<html lang>` and `<title>`. Works on any DOM (browser, linkedom, happy-dom); call it
 * before a tool such as Readability changes the document. Missing values are null.
 */
export function articleMetadata(doc: DocumentLike): ArticleMetadata {
  const nodes = jsonLdNodes(doc);
  const byId = new Map<string, JsonObject>();
  // a bare `{ "@id": … }` is a reference, not the node it points to
  for (const n of nodes) if (typeof n['@id'] === 'string' && Object.keys(n).length > 1 && !byId.has(n['@id'])) byId.set(n['@id'], n);
  const article = nodes.find((n) => types(n).some((t) => ARTICLE_TYPE.test(t)));

  const siteName = metaContent(doc, 'meta[property="og:site_name"], meta[name="og:site_name"], meta[name="application-name"]');
  const titleElement = doc.querySelector('title');
  const documentTitle = clean(titleElement?.textContent);
  const title =
    (article && (jsonString(article['headline']) ?? jsonString(article['name']))) ??
    metaContent(doc, 'meta[property="og:title"], meta[name="og:title"], meta[name="twitter:title"], meta[property="twitter:title"]') ??
    (documentTitle ? stripSiteName(documentTitle, siteName) : null);

  const metaAuthors = [
    metaContent(doc, 'meta[name="author"], meta[name="byl"], meta[name="dc.creator"], meta[name="DC.creator"], meta[property="article:author"]'),
  ].filter((n): n is string => n !== null && !ABSOLUTE_URL.test(n));
  const byline =
    joinNames(article ? authorNames(article, byId) : []) ??
    joinNames(metaAuthors) ??
    joinNames(unique(elementTexts(doc, '[itemprop="author"] [itemprop="name"], a[rel="author"], [rel="author"]')));

  const timeValues: string[] = [];
  for (const selector of ['time[pubdate][datetime]', 'time[itemprop="datePublished"][datetime]', 'time[datetime]']) {
    const times = doc.querySelectorAll(selector);
    for (let i = 0; i < times.length; i++) {
      const v = times[i]!.getAttribute('datetime');
      if (v) timeValues.push(v);
    }
  }
  const publishedAt = firstDate([
    metaContent(doc, 'meta[property="article:published_time"], meta[name="article:published_time"], meta[itemprop="datePublished"]'),
    article ? jsonString(article['datePublished']) : null,
    metaContent(doc, 'meta[name="date"], meta[name="pubdate"], meta[name="publish-date"], meta[name="parsely-pub-date"], meta[name="dc.date"], meta[name="DC.date.issued"]'),
    ...timeValues,
    article ? jsonString(article['dateCreated']) : null,
  ]);

  const mainEntity = article?.['mainEntityOfPage'];
  const urlCandidates = [
    attribute(doc.querySelector('link[rel="canonical"]'), 'href'),
    metaContent(doc, 'meta[property="og:url"], meta[name="og:url"]'),
    article ? jsonString(article['url']) : null,
    isObject(mainEntity) ? jsonString(mainEntity['@id']) : jsonString(mainEntity),
  ];
  const url = urlCandidates.find((u): u is string => typeof u === 'string' && ABSOLUTE_URL.test(u)) ?? null;

  const ogLocale = metaContent(doc, 'meta[property="og:locale"]');
  const lang =
    attribute(doc.documentElement, 'lang') ??
    metaContent(doc, 'meta[http-equiv="content-language"], meta[http-equiv="Content-Language"]') ??
    (article ? jsonString(article['inLanguage']) : null) ??
    (ogLocale ? ogLocale.replace('_', '-') : null);

  return { title, byline, publishedAt, url, lang };
}
