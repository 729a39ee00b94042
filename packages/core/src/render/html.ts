import type { Analysis } from '../types/analysis.js';
import { toHtmlTree, type HtmlNode, type HtmlTreeOptions } from './htmlTree.js';
import { toJsonLd } from './jsonld.js';
import { REPORT_CSS } from './reportCss.js';

export interface HtmlOptions extends HtmlTreeOptions {
  /** The page's `<title>` (default: the article's title, or its id). */
  title?: string;
  /** The page's `lang` (default `en`). */
  lang?: string;
  /** Embed the schema.org JSON-LD of `toJsonLd` in the page's head (default true). */
  jsonLd?: boolean;
  /** The article's URL, for the JSON-LD. */
  url?: string;
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const HTML_SPECIAL = /[&<>"']/g;
const ATTR_NAME = /^[a-z][a-z0-9-]*$/;
const VOID_SAFE_ID = /^[A-Za-z0-9_-]+$/;

/** Escape text for HTML text and quoted attribute values: `& < > " '`. */
export function escapeHtml(text: string): string {
  return text.replace(HTML_SPECIAL, (c) => HTML_ESCAPES[c]!);
}

/**
 * Write a node of `toHtmlTree` as HTML. Text and attribute values are escaped; attribute names
 * that are not plain lowercase names, event handlers (`on…`) and links other than in-page
 * fragments are dropped, so no input can add markup or script.
 */
export function htmlNodeToString(node: HtmlNode): string {
  if (typeof node === 'string') return escapeHtml(node);
  let attrs = '';
  for (const [name, value] of Object.entries(node.attrs)) {
    if (!ATTR_NAME.test(name) || name.startsWith('on')) continue;
    if (name === 'href' && !value.startsWith('#')) continue;
    attrs += value === '' ? ` ${name}` : ` ${name}="${escapeHtml(value)}"`;
  }
  return `<${node.tag}${attrs}>${node.children.map(htmlNodeToString).join('')}</${node.tag}>`;
}

/** JSON that is safe inside `<script type="application/ld+json">`: no `<`, `>`, `&` or line separators left raw. */
const SCRIPT_UNSAFE = /[<>&\u2028\u2029]/g;

function jsonForScript(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(SCRIPT_UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Hover or focus one part of an attribution (source, cue, content) and all three light up; no script. */
function attributionCss(analysis: Analysis): string {
  return analysis.attributions
    .filter((a) => VOID_SAFE_ID.test(a.id))
    .map((a) => `.pl-article:has([data-attribution="${a.id}"]:is(:hover, :focus)) [data-attribution="${a.id}"] { outline: 2px solid #b45309; outline-offset: 1px; }`)
    .join('\n');
}

const PAGE_CSS = `
* { box-sizing: border-box; }
html { color-scheme: light; }
body { margin: 0; background: #f5f5f4; color: #1b1b1b; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
.pl-header { max-width: 92rem; margin: 0 auto; padding: 1rem 1.5rem 0; }
.pl-header p { margin: 0.25rem 0; color: #4b5563; }
.pl-brand { font-weight: 700; color: #1b1b1b !important; }
.pl-layout { display: grid; grid-template-columns: minmax(0, 3fr) minmax(18rem, 2fr); gap: 1.5rem; align-items: start; max-width: 92rem; margin: 0 auto; padding: 1rem 1.5rem 2rem; }
.pl-layout > .pl-panels { position: sticky; top: 1rem; max-height: calc(100vh - 2rem); overflow: auto; }
@media (max-width: 60rem) { .pl-layout { grid-template-columns: 1fr; } .pl-layout > .pl-panels { position: static; max-height: none; } }
.pl-footer { max-width: 92rem; margin: 0 auto; padding: 0 1.5rem 2rem; color: #4b5563; font-size: 0.85rem; }
`;

/**
 * A standalone HTML page of the analysis (the CLI's `--format html`): the article text with its
 * findings highlighted beside panels for people and organisations, who said what, claims ranked
 * by check-worthiness, framing signals and times. One file, inline CSS, no script and no network
 * requests (a Content-Security-Policy forbids both); every piece of article text is escaped, so
 * a hostile article shows as text. Links in the panels jump to the spans in the text.
 */
export function toHtml(analysis: Analysis, options: HtmlOptions = {}): string {
  const { article } = analysis;
  const tree = toHtmlTree(analysis, options);
  const title = options.title ?? article.title?.text ?? `Article ${article.id}`;
  const meta = [`id ${article.id}`, article.publishedAt ? `published ${article.publishedAt}` : 'publication date unknown'];
  if (article.byline) meta.push(article.byline.text);
  meta.push(
    `${analysis.entities.length} people, organisations and places · ${analysis.attributions.length} attributions · ${analysis.claims.length} claims`,
  );
  const head = [
    '<meta charset="utf-8">',
    // no script, no network: styles inline, images only as data: URLs
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="generator" content="presslens">',
    `<title>${escapeHtml(title)} — presslens</title>`,
    `<style>${PAGE_CSS}${REPORT_CSS}${attributionCss(analysis)}</style>`,
  ];
  if (options.jsonLd !== false) {
    head.push(`<script type="application/ld+json">\n${jsonForScript(toJsonLd(analysis, options.url ? { url: options.url } : {}))}\n</script>`);
  }
  const messages = analysis.messages.length
    ? `<section class="pl-panel" aria-labelledby="pl-messages"><h2 id="pl-messages">Messages</h2><ul>${analysis.messages
        .map((m) => `<li>${escapeHtml(`${m.severity} ${m.rule} (${m.producer}): ${m.text}`)}</li>`)
        .join('')}</ul></section>`
    : '';
  return [
    '<!doctype html>',
    `<html lang="${escapeHtml(options.lang ?? 'en')}">`,
    `<head>\n${head.join('\n')}\n</head>`,
    '<body class="pl-root">',
    `<header class="pl-header"><p class="pl-brand">presslens report</p>${article.title ? '' : `<h1>${escapeHtml(title)}</h1>`}<p>${escapeHtml(meta.join(' · '))}</p></header>`,
    `<div class="pl-layout">\n<main>${htmlNodeToString(tree.article)}${messages}</main>\n${htmlNodeToString(tree.panels)}\n</div>`,
    `<footer class="pl-footer"><p>Made by presslens (output contract v${escapeHtml(analysis.schemaVersion)}). Findings are automatic: check them against the text.</p></footer>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
