import { REPORT_CSS, toHtmlTree, type Analysis, type HtmlNode, type HtmlTreeOptions } from '@presslens/core';

export interface RenderHighlightsOptions extends HtmlTreeOptions {
  /** Show the panels (people and organisations, who said what, claims, signals, times, key) beside the text (default true). */
  panels?: boolean;
  /** The document that creates the nodes (default: the global `document`). */
  document?: Document;
}

const ATTR_NAME = /^[a-z][a-z0-9-]*$/;
const FLASH_MS = 1600;

/**
 * Build a node of core's `toHtmlTree` with DOM APIs: elements with `createElement`, article
 * text with `createTextNode` (never parsed as HTML). Attribute names that are not plain, event
 * handlers (`on…`) and links other than in-page fragments are dropped.
 */
export function htmlNodeToDom(node: HtmlNode, doc: Document = document): Node {
  if (typeof node === 'string') return doc.createTextNode(node);
  const element = doc.createElement(node.tag);
  for (const [name, value] of Object.entries(node.attrs)) {
    if (!ATTR_NAME.test(name) || name.startsWith('on')) continue;
    if (name === 'href' && !value.startsWith('#')) continue;
    element.setAttribute(name, value);
  }
  for (const child of node.children) element.appendChild(htmlNodeToDom(child, doc));
  return element;
}

/** The layout of the view: the article beside its panels, one column when narrow. */
export const VIEW_CSS = `
.pl-view { display: grid; grid-template-columns: minmax(0, 3fr) minmax(16rem, 2fr); gap: 1.25rem; align-items: start; }
.pl-view.pl-no-panels { grid-template-columns: minmax(0, 1fr); }
@media (max-width: 56rem) { .pl-view { grid-template-columns: minmax(0, 1fr); } }
`;

/** The element with `id` inside `root` (which may not be in a document yet, or be in a shadow root). */
function byId(root: ParentNode, id: string): HTMLElement | null {
  for (const el of root.querySelectorAll<HTMLElement>('[id]')) if (el.id === id) return el;
  return null;
}

/**
 * Scroll to the finding with element id `id` inside `root`, focus it and flash it. Returns the
 * element, or null when there is none.
 */
export function revealFinding(root: ParentNode, id: string): HTMLElement | null {
  const target = byId(root, id);
  if (!target) return null;
  const view = target.ownerDocument.defaultView;
  const smooth = view ? !view.matchMedia?.('(prefers-reduced-motion: reduce)').matches : false;
  target.scrollIntoView({ block: 'center', inline: 'nearest', behavior: smooth ? 'smooth' : 'auto' });
  target.focus({ preventScroll: true });
  target.classList.add('pl-flash');
  view?.setTimeout(() => target.classList.remove('pl-flash'), FLASH_MS);
  return target;
}

function linkAttributions(root: HTMLElement): void {
  let lit: Element[] = [];
  const clear = (): void => {
    for (const el of lit) el.classList.remove('pl-linked');
    lit = [];
  };
  const light = (event: Event): void => {
    const part = (event.target as Element | null)?.closest?.('.pl-article [data-attribution]');
    clear();
    if (!part) return;
    const id = part.getAttribute('data-attribution');
    lit = [...root.querySelectorAll('.pl-article [data-attribution]')].filter((el) => el.getAttribute('data-attribution') === id);
    for (const el of lit) el.classList.add('pl-linked');
  };
  root.addEventListener('mouseover', light);
  root.addEventListener('focusin', light);
  root.addEventListener('mouseleave', clear);
  root.addEventListener('focusout', clear);
}

/**
 * The highlight view of an analysis as DOM: a `div.pl-root.pl-view` holding the article text
 * with entities (coloured by type), times, attributions (source → cue → content, linked: hover
 * or focus one part and all three light up), claims (underlined by kind, check-worthiness on
 * the badge and in the description) and framing signals, beside the panels. Clicking a finding
 * in a panel scrolls to its span and focuses it. Built with DOM APIs only: article text is
 * never parsed as HTML. Add `REPORT_CSS` and `VIEW_CSS` to the page (or use
 * `<presslens-article>`, which brings its own styles).
 */
export function renderHighlights(analysis: Analysis, options: RenderHighlightsOptions = {}): HTMLElement {
  const doc = options.document ?? document;
  const tree = toHtmlTree(analysis, options);
  const showPanels = options.panels !== false;
  const root = doc.createElement('div');
  root.className = showPanels ? 'pl-root pl-view' : 'pl-root pl-view pl-no-panels';
  root.appendChild(htmlNodeToDom(tree.article, doc));
  if (showPanels) root.appendChild(htmlNodeToDom(tree.panels, doc));
  root.addEventListener('click', (event) => {
    const link = (event.target as Element | null)?.closest?.('a.pl-link');
    const id = link?.getAttribute('data-target');
    if (!link || !id || !root.contains(link)) return;
    if (revealFinding(root, id)) event.preventDefault();
  });
  linkAttributions(root);
  return root;
}

/** All the CSS the view needs, for a `<style>` element. */
export const HIGHLIGHTS_CSS = `${REPORT_CSS}${VIEW_CSS}`;
