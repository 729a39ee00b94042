import { CDATA_SECTION_NODE, ELEMENT_NODE, TEXT_NODE, type ElementLike, type NodeLike } from './dom.js';

/** Elements whose text is not article text. */
const SKIPPED = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas', 'video', 'audio',
  'button', 'select', 'textarea', 'input', 'form', 'nav', 'figcaption', 'head', 'title', 'meta', 'link',
]);

/** Elements that end the paragraph before them and start a new one (the others are inline). */
const BLOCKS = new Set([
  'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'blockquote', 'div', 'section', 'article', 'main', 'header', 'footer',
  'aside', 'ul', 'ol', 'dl', 'dt', 'dd', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'figure', 'address', 'hr', 'body',
  'html', 'details', 'summary', 'center', 'caption', 'hgroup', 'fieldset',
]);

/** Cells of a table row are joined by a space, not split into paragraphs. */
const CELLS = new Set(['td', 'th']);

const SPACES = /\s+/g;
const LINE_BREAKS = /\r\n?|\n/;

class Paragraphs {
  readonly out: string[] = [];
  private buffer: string[] = [];
  /** Set after a `<br>`: a second `<br>` in a row ends the paragraph. */
  private afterBreak = false;

  text(value: string): void {
    if (value.length === 0) return;
    this.buffer.push(value);
    if (this.afterBreak && value.trim() !== '') this.afterBreak = false;
  }

  lineBreak(): void {
    if (this.afterBreak) {
      this.flush();
      return;
    }
    this.buffer.push(' ');
    this.afterBreak = true;
  }

  flush(): void {
    this.afterBreak = false;
    if (this.buffer.length === 0) return;
    const paragraph = this.buffer.join('').replace(SPACES, ' ').trim();
    this.buffer = [];
    if (paragraph !== '') this.out.push(paragraph);
  }

  preformatted(value: string): void {
    this.flush();
    const lines = value
      .split(LINE_BREAKS)
      .map((line) => line.replace(SPACES, ' ').trim())
      .filter((line) => line !== '');
    if (lines.length > 0) this.out.push(lines.join('\n'));
  }
}

interface Frame {
  kids: ArrayLike<NodeLike>;
  next: number;
  /** What to do when the element's children are done: end a block, pad a cell, or nothing. */
  close: 'block' | 'cell' | null;
}

/** Depth-first over the tree with an explicit stack, so deeply nested markup cannot overflow the call stack. */
function walk(root: ElementLike, into: Paragraphs): void {
  const stack: Frame[] = [{ kids: root.childNodes ?? root.children, next: 0, close: null }];
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    if (frame.next >= frame.kids.length) {
      stack.pop();
      if (frame.close === 'block') into.flush();
      else if (frame.close === 'cell') into.text(' ');
      continue;
    }
    const child = frame.kids[frame.next++]!;
    if (child.nodeType === TEXT_NODE || child.nodeType === CDATA_SECTION_NODE) {
      into.text(child.textContent ?? '');
      continue;
    }
    if (child.nodeType !== ELEMENT_NODE) continue;
    const element = child as ElementLike;
    const tag = element.tagName.toLowerCase();
    if (SKIPPED.has(tag) || element.getAttribute('hidden') !== null || element.getAttribute('aria-hidden') === 'true') continue;
    if (tag === 'br') {
      into.lineBreak();
      continue;
    }
    if (tag === 'pre') {
      into.preformatted(element.textContent ?? '');
      continue;
    }
    const block = BLOCKS.has(tag);
    const cell = CELLS.has(tag);
    if (block) into.flush();
    else if (cell) into.text(' ');
    stack.push({ kids: element.childNodes ?? element.children, next: 0, close: block ? 'block' : cell ? 'cell' : null });
  }
}

/**
 * The article text under `root` (for example Readability's content element): one paragraph per
 * block element (`p`, `h1`–`h6`, `li`, `blockquote`, `pre`, a `div` of text, a table row),
 * paragraphs separated by a blank line, whitespace inside a paragraph collapsed to one space.
 * Scripts, styles, forms, navigation and captions are left out; two `<br>` in a row end a
 * paragraph. Linear in the size of the tree.
 */
export function textFromContent(root: ElementLike): string {
  const paragraphs = new Paragraphs();
  const tag = root.tagName.toLowerCase();
  if (tag === 'pre') paragraphs.preformatted(root.textContent ?? '');
  else walk(root, paragraphs);
  paragraphs.flush();
  return paragraphs.out.join('\n\n');
}
