/**
 * The few DOM features the HTML helpers use, declared structurally so that core needs no DOM
 * library: a browser `Document`/`Element`, linkedom, happy-dom or jsdom all fit.
 */
export interface NodeLike {
  /** 1 element, 3 text, 4 CDATA, 8 comment (the DOM's `Node.nodeType`). */
  readonly nodeType: number;
  readonly textContent: string | null;
}

export interface ElementLike extends NodeLike {
  readonly tagName: string;
  getAttribute(name: string): string | null;
  querySelector(selectors: string): ElementLike | null;
  querySelectorAll(selectors: string): ArrayLike<ElementLike>;
  readonly children: ArrayLike<ElementLike>;
  /** Element and text children in document order; when absent only `children` are walked. */
  readonly childNodes?: ArrayLike<NodeLike>;
}

export interface DocumentLike {
  querySelector(selectors: string): ElementLike | null;
  querySelectorAll(selectors: string): ArrayLike<ElementLike>;
  readonly documentElement: ElementLike | null;
}

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;
export const CDATA_SECTION_NODE = 4;
