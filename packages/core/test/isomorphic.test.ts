// Runs in the `core:browser-like` project (happy-dom globals) and in the Node project.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

// Hide Node-only globals before core is loaded: core must not need them.
let core: typeof import('../src/index.js');
beforeAll(async () => {
  for (const name of ['Buffer', 'setImmediate', 'require', '__dirname', '__filename', 'global']) vi.stubGlobal(name, undefined);
  core = await import('../src/index.js');
});
afterAll(() => vi.unstubAllGlobals());

const article = [
  'Minister Quits Over Budget Row',
  '',
  'LONDON (Reuters) - Finance Minister Jane Holt resigned on Monday after a row over the budget, officials said.',
  '“I cannot support these cuts,” Holt told reporters. Critics say the plan could cost £3bn.',
].join('\n');

describe('core runs wherever JavaScript runs', () => {
  it('analyses an article and renders a report', async () => {
    const { analyze, findSpanProblems, toMarkdown } = core;
    const result = await analyze({ id: 'iso', text: article, publishedAt: '2024-03-05' });
    expect(result.article.title?.text).toBe('Minister Quits Over Budget Row');
    expect(result.article.sentences.length).toBe(3);
    expect(findSpanProblems(result)).toEqual([]);
    expect(toMarkdown(result)).toContain('# Minister Quits Over Budget Row');
  });

  it('ran without Node globals', () => {
    expect(typeof Buffer).toBe('undefined');
  });
});
