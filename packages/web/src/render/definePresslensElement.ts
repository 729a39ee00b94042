import type { Analysis } from '@presslens/core';
import { HIGHLIGHTS_CSS, renderHighlights, revealFinding } from './renderHighlights.js';

/** `<presslens-article>`: set its `analysis` property and it shows the highlight view. */
export interface PresslensArticleElement extends HTMLElement {
  /** The analysis to show; setting it renders (null clears). */
  analysis: Analysis | null;
  /** Show the panels beside the text (default true; the `no-panels` attribute turns them off). */
  panels: boolean;
  /** Scroll to a finding by its element id (`pl-c3`, `pl-a2`, `pl-m5`…); true when found. */
  reveal(id: string): boolean;
}

export interface DefinePresslensElementOptions {
  /** The tag name (default `presslens-article`). */
  tagName?: string;
  /** The registry (default the global `customElements`). */
  registry?: CustomElementRegistry;
}

declare global {
  interface HTMLElementTagNameMap {
    'presslens-article': PresslensArticleElement;
  }
}

/**
 * Register the `<presslens-article>` custom element (once; later calls return the same class).
 * Importing `@presslens/web` registers nothing: call this first.
 *
 * ```ts
 * definePresslensElement();
 * const view = document.createElement('presslens-article');
 * view.analysis = await analyzer.analyze(text);
 * document.body.append(view);
 * ```
 *
 * The view lives in an open shadow root with its own styles, so the page's CSS does not leak
 * in; the article text is built with DOM APIs, never parsed as HTML.
 */
export function definePresslensElement(options: DefinePresslensElementOptions = {}): CustomElementConstructor {
  const tagName = options.tagName ?? 'presslens-article';
  const registry = options.registry ?? customElements;
  const existing = registry.get(tagName);
  if (existing) return existing;

  class PresslensArticle extends HTMLElement implements PresslensArticleElement {
    #analysis: Analysis | null = null;
    readonly #shadow: ShadowRoot;

    static get observedAttributes(): string[] {
      return ['no-panels'];
    }

    constructor() {
      super();
      this.#shadow = this.attachShadow({ mode: 'open' });
    }

    get analysis(): Analysis | null {
      return this.#analysis;
    }

    set analysis(value: Analysis | null) {
      this.#analysis = value;
      this.#render();
    }

    get panels(): boolean {
      return !this.hasAttribute('no-panels');
    }

    set panels(value: boolean) {
      this.toggleAttribute('no-panels', !value);
    }

    reveal(id: string): boolean {
      return revealFinding(this.#shadow, id) !== null;
    }

    connectedCallback(): void {
      this.#render();
    }

    attributeChangedCallback(): void {
      this.#render();
    }

    #render(): void {
      const style = this.ownerDocument.createElement('style');
      style.textContent = `:host { display: block; }\n${HIGHLIGHTS_CSS}`;
      const children: Node[] = [style];
      if (this.#analysis) children.push(renderHighlights(this.#analysis, { panels: this.panels, document: this.ownerDocument }));
      this.#shadow.replaceChildren(...children);
    }
  }

  registry.define(tagName, PresslensArticle);
  return PresslensArticle;
}
