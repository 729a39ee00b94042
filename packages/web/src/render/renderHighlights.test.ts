// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { analyze, toHtmlTree, type Analysis } from '@presslens/core';
import { definePresslensElement } from './definePresslensElement.js';
import { htmlNodeToDom, renderHighlights } from './renderHighlights.js';

const TEXT = [
  'Mayor Jane Doe Warns of "Brutal" Cuts',
  '',
  'Mayor Jane Doe said on Monday that the city will cut 300 jobs. "We have no choice," Doe said.',
  'Observers <img src=x onerror="globalThis.__pwned=1"> fear <script>globalThis.__pwned=2</script> the worst.',
].join('\n');

const analysis: Analysis = await analyze({ id: 't', text: TEXT, publishedAt: '2025-05-15' });

describe('renderHighlights', () => {
  it('shows every character of the article as text, with the panels beside it', () => {
    const root = renderHighlights(analysis);
    expect(root.querySelector('.pl-article')?.textContent).toBe(TEXT);
    expect([...root.querySelectorAll('.pl-panels h2')].map((h) => h.textContent)).toEqual(
      expect.arrayContaining(['People and organisations', 'Who said what', 'Claims to check', 'Framing signals']),
    );
    expect(renderHighlights(analysis, { panels: false }).querySelector('.pl-panels')).toBeNull();
  });

  it('builds markup in the text as text: no element from the article', () => {
    const root = renderHighlights(analysis);
    expect(root.querySelectorAll('img, script, [onerror], [onclick]')).toHaveLength(0);
    expect(root.textContent).toContain('<img src=x onerror="globalThis.__pwned=1">');
    expect((globalThis as { __pwned?: unknown }).__pwned).toBeUndefined();
  });

  it.each<{ case: string; attrs: Record<string, string>; kept: string[] }>([
    { case: 'an event handler', attrs: { onclick: 'x()' }, kept: [] },
    { case: 'a javascript: link', attrs: { href: 'javascript:alert(1)' }, kept: [] },
    { case: 'an odd attribute name', attrs: { 'x onload': '1' }, kept: [] },
    { case: 'an in-page link and a title', attrs: { href: '#pl-c1', title: '"><b>' }, kept: ['href', 'title'] },
  ])('htmlNodeToDom drops or keeps $case', ({ attrs, kept }) => {
    const el = htmlNodeToDom({ tag: 'span', attrs, children: ['<b>x</b>'] }) as HTMLElement;
    expect(el.getAttributeNames()).toEqual(kept);
    expect(el.textContent).toBe('<b>x</b>');
    expect(el.children).toHaveLength(0);
  });

  it('matches the tree of core: same elements, same attributes', () => {
    const root = renderHighlights(analysis);
    const article = root.querySelector('.pl-article')!;
    const count = (n: ReturnType<typeof toHtmlTree>['article']): number => 1 + n.children.reduce((s, c) => s + (typeof c === 'string' ? 0 : count(c)), 0);
    expect(article.querySelectorAll('*').length + 1).toBe(count(toHtmlTree(analysis).article));
  });

  it('a click on a finding in a panel focuses its span in the text', () => {
    const root = renderHighlights(analysis);
    document.body.append(root);
    const link = root.querySelector<HTMLAnchorElement>('.pl-panel-claims a.pl-link')!;
    const target = root.querySelector(`#${link.dataset.target}`)!;
    link.click();
    expect(document.activeElement).toBe(target);
    expect(target.classList.contains('pl-flash')).toBe(true);
    root.remove();
  });

  it('hovering one part of an attribution lights up source, cue and content', () => {
    const root = renderHighlights(analysis);
    const attribution = analysis.attributions.find((a) => a.source && a.cue);
    expect(attribution).toBeDefined();
    const parts = root.querySelectorAll(`.pl-article [data-attribution="${attribution!.id}"]`);
    parts[0]!.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
    expect([...parts].every((p) => p.classList.contains('pl-linked'))).toBe(true);
    expect(root.querySelectorAll('.pl-linked')).toHaveLength(parts.length);
  });
});

describe('definePresslensElement', () => {
  it('registers nothing until called, then once', () => {
    expect(customElements.get('presslens-article')).toBeUndefined();
    const ctor = definePresslensElement();
    expect(customElements.get('presslens-article')).toBe(ctor);
    expect(definePresslensElement()).toBe(ctor);
  });

  it('renders its analysis in a shadow root with its own styles, and follows no-panels', () => {
    definePresslensElement();
    const el = document.createElement('presslens-article');
    document.body.append(el);
    expect(el.shadowRoot?.querySelector('.pl-article')).toBeNull();
    el.analysis = analysis;
    expect(el.shadowRoot?.querySelector('.pl-article')?.textContent).toBe(TEXT);
    expect(el.shadowRoot?.querySelector('style')?.textContent).toContain('.pl-person');
    expect(el.shadowRoot?.querySelector('.pl-panels')).not.toBeNull();
    el.panels = false;
    expect(el.hasAttribute('no-panels')).toBe(true);
    expect(el.shadowRoot?.querySelector('.pl-panels')).toBeNull();
    const claim = analysis.claims[0]!;
    expect(el.reveal(`pl-${claim.id}`)).toBe(true);
    expect(el.reveal('pl-nothing')).toBe(false);
    el.remove();
  });
});
