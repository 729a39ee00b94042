import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import type { ElementLike } from './dom.js';
import { textFromContent } from './textFromContent.js';

function body(html: string): ElementLike {
  const window = new Window();
  const doc = new window.DOMParser().parseFromString(`<html><body>${html}</body></html>`, 'text/html');
  return doc.body as unknown as ElementLike;
}

describe('textFromContent', () => {
  it.each([
    { case: 'paragraphs and headings', html: '<h1>Big  news</h1><p>First\n   line <b>bold</b>.</p><p>Second.</p>', text: 'Big news\n\nFirst line bold.\n\nSecond.' },
    { case: 'list items and a quote', html: '<ul><li>One</li><li>Two <i>more</i></li></ul><blockquote><p>Said this.</p><p>And that.</p></blockquote>', text: 'One\n\nTwo more\n\nSaid this.\n\nAnd that.' },
    { case: 'a div of text is a paragraph, a div of blocks is not', html: '<div>Loose text</div><div><p>A</p><p>B</p></div>', text: 'Loose text\n\nA\n\nB' },
    { case: 'text beside blocks', html: '<div>Intro <p>Inner</p> outro</div>', text: 'Intro\n\nInner\n\noutro' },
    { case: 'scripts, styles, captions and hidden elements are left out', html: '<p>Keep<script>var x = 1;</script></p><style>p{}</style><figure><img src="a.png"><figcaption>Photo: X</figcaption></figure><p hidden>secret</p><p aria-hidden="true">icon</p><p>Also</p>', text: 'Keep\n\nAlso' },
    { case: 'two <br> end a paragraph, one does not', html: '<div>Line one<br>same para<br><br>Next para</div>', text: 'Line one same para\n\nNext para' },
    { case: 'pre keeps its lines', html: '<pre>  a   b\n\n  c\n</pre><p>after</p>', text: 'a b\nc\n\nafter' },
    { case: 'table rows are paragraphs, cells joined', html: '<table><tr><td>Name</td><td>Votes</td></tr><tr><td>Ana</td><td>12</td></tr></table>', text: 'Name Votes\n\nAna 12' },
    { case: 'non-breaking spaces and empty blocks', html: '<p>\u00a0</p><p>a\u00a0 b</p><p></p>', text: 'a b' },
    { case: 'empty', html: '', text: '' },
  ])('$case', ({ html, text }) => {
    expect(textFromContent(body(html))).toBe(text);
  });

  it('walks deeply nested markup without overflowing the stack', () => {
    const depth = 20_000;
    const leaf: ElementLike = { nodeType: 1, tagName: 'SPAN', textContent: null, getAttribute: () => null, querySelector: () => null, querySelectorAll: () => [], children: [], childNodes: [{ nodeType: 3, textContent: 'deep' }] };
    let node = leaf;
    for (let i = 0; i < depth; i++) {
      node = { nodeType: 1, tagName: i % 2 ? 'DIV' : 'SPAN', textContent: null, getAttribute: () => null, querySelector: () => null, querySelectorAll: () => [], children: [node], childNodes: [node] };
    }
    expect(textFromContent(node)).toBe('deep');
  });
});
