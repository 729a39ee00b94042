// The built playground in real Chromium (Debian's, driven by playwright-core): the seed article
// highlighted with its panels, click-to-scroll, a screenshot, and a hostile article that runs nothing.
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, launchChromium, readText, removeDir, serveStatic, SKIP_REASON, tempDir, viteBuild, type Chromium, type StaticServer } from '../../../scripts/browser.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SEED = readText(new URL('../../articles/putin-istanbul-talks.txt', import.meta.url));
const SCREENSHOT = fileURLToPath(new URL('../test-results/seed.png', import.meta.url));

const HOSTILE_TEXT = [
  'Hackers <script>document.title="pwned"</script> Strike City Hall',
  '',
  'Mayor Jane Doe said <img src=x onerror="window.__pwned=1"> the attack was "contained", officials said on Monday.',
  'Click <a href="javascript:window.__pwned=2">here</a> to read more.</body></html><svg onload="window.__pwned=3"></svg>',
  '<iframe src="javascript:parent.__pwned=4"></iframe> Observers warned that more attacks might follow.',
].join('\n');

const HOSTILE_HTML = `<!doctype html><html><head><title>Hackers Strike</title>
<script>window.__pwned = 5; document.title = 'pwned';</script></head>
<body><article><h1>Hackers Strike City Hall</h1>
<p>Mayor Jane Doe said on Monday that the attack <img src=x onerror="window.__pwned=6"> was contained and that services would return within days, according to a statement.</p>
<p>Officials said <a href="javascript:window.__pwned=7">the city</a> had hired outside experts, and observers warned that more attacks might follow in the coming weeks.</p>
<p onmouseover="window.__pwned=8">Text &lt;script&gt;window.__pwned=9&lt;/script&gt; shown as text. The council will meet on Friday to discuss the budget.</p>
</article></body></html>`;

/** Paste an article into the form, analyse it and wait for the view. */
async function analyzeIn(page: Page, text: string, options: { published?: string; mode?: 'auto' | 'text' | 'html' } = {}): Promise<void> {
  await page.locator('#article-input').fill(text);
  if (options.published) await page.locator('#published').fill(options.published);
  await page.locator(`input[name="mode"][value="${options.mode ?? 'auto'}"]`).check();
  await page.locator('#analyze').click();
  // Generous: under `npm test` turbo runs every package's tests at once on two cores, and the first
  // analysis also loads the worker and its models (one CI run took 37 s here; alone it takes 3 s).
  await page.locator('#view[data-state="done"] .pl-article').waitFor({ timeout: 150_000 });
}

const inView = (page: Page, selector: string): Promise<boolean> =>
  page.locator(selector).first().evaluate((el) => {
    const r = el.getBoundingClientRect();
    return r.top >= 0 && r.bottom <= window.innerHeight && r.height > 0;
  });

describe.runIf(hasChromium())('the built playground in Chromium', () => {
  let out = '';
  let server: StaticServer;
  let browser: Chromium;
  let page: Page;
  const offsite: string[] = [];
  const dialogs: string[] = [];
  const errors: string[] = [];

  beforeAll(async () => {
    out = tempDir('presslens-playground-');
    await viteBuild(ROOT, out, { build: { sourcemap: false } });
    server = await serveStatic(out);
    browser = await launchChromium({ viewport: { width: 1400, height: 1000 } });
    page = await browser.newPage();
    page.on('request', (request) => {
      if (!request.url().startsWith(server.url)) offsite.push(request.url());
    });
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(server.url);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (out) removeDir(out);
  });

  it('analyses the pasted seed article in a worker and highlights it beside the panels', async () => {
    await analyzeIn(page, SEED, { published: '2025-05-15', mode: 'text' });
    expect(await page.locator('.pl-article').textContent()).toBe(SEED);
    const people = await page.locator('.pl-panel-entities li[data-type="PERSON"] .pl-swatch').allTextContents();
    expect(people).toEqual(expect.arrayContaining(['Donald Trump', 'Vladimir Putin', 'Volodymyr Zelensky', 'Vladimir Medinsky', 'Marco Rubio', 'Andriy Yermak']));
    expect(await page.locator('#status').textContent()).toMatch(/\d+ claims/);
    // the analysis ran in a worker
    expect(server.requests.some((path) => /analysis\.worker-[\w-]+\.js$/.test(path))).toBe(true);
  });

  it("highlights Trump's quote as an attribution: source, cue and content linked", async () => {
    const quote = page.locator('.pl-article mark[data-kind="quote"][id]', { hasText: 'I know he would like me to be there' });
    await expect(quote.count()).resolves.toBe(1);
    const id = await quote.getAttribute('data-attribution');
    const parts = page.locator(`.pl-article [data-attribution="${id}"]:not([data-continued])`);
    const byKind = Object.fromEntries(
      await parts.evaluateAll((els) => els.map((el) => [el.getAttribute('data-kind'), el.textContent])),
    );
    expect(byKind).toMatchObject({ source: 'Trump', cue: 'said', quote: expect.stringContaining('that’s a possibility') });
    expect(await quote.getAttribute('title')).toMatch(/direct quote — Donald Trump/);
    expect(await page.locator('.pl-panel-attributions li', { hasText: 'I know he would like me to be there' }).textContent()).toContain('Donald Trump');
    // colours: a person's name is tinted, in a colour other than a place's
    const bg = (selector: string) => page.locator(selector).first().evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(await bg('.pl-article mark.pl-person')).not.toBe(await bg('.pl-article mark.pl-loc'));
  });

  it('lists claims ranked by check-worthiness, and a click scrolls the text to the claim', async () => {
    const scores = (await page.locator('.pl-panel-claims li .pl-score').allTextContents()).map(Number);
    expect(scores.length).toBeGreaterThan(10);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    // the last listed claim sits low in the article, out of view at first
    await page.evaluate(() => window.scrollTo(0, 0));
    const link = page.locator('.pl-panel-claims li a.pl-link').last();
    const target = `#${await link.getAttribute('data-target')}`;
    expect(await inView(page, target)).toBe(false);
    await link.click();
    await expect.poll(() => inView(page, target), { timeout: 20_000 }).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(target.slice(1));
  });

  it('saves a screenshot of the seed article', async () => {
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.locator('.pl-panels').evaluate((el) => el.scrollTo(0, 0));
    mkdirSync(fileURLToPath(new URL('../test-results/', import.meta.url)), { recursive: true });
    const png = await page.screenshot({ path: SCREENSHOT, fullPage: false });
    expect(png.byteLength).toBeGreaterThan(50_000);
  });

  it('"Try the example" loads and analyses the seed article', async () => {
    await page.locator('#article-input').fill('');
    await page.locator('#example').click();
    await page.waitForFunction((seed) => document.querySelector('.pl-article')?.textContent === seed && document.querySelector('#view')?.getAttribute('data-state') === 'done', SEED);
    expect(await page.locator('#published').inputValue()).toBe('2025-05-15');
  });

  it.each([
    { case: 'hostile text', text: HOSTILE_TEXT, mode: 'text' as const, shows: ['<script>document.title="pwned"</script>', '<img src=x onerror="window.__pwned=1">', '</body></html><svg onload'] },
    { case: 'hostile HTML', text: HOSTILE_HTML, mode: 'html' as const, shows: ['Hackers Strike City Hall', 'Text <script>window.__pwned=9</script> shown as text'] },
  ])('$case shows as text and runs nothing', async ({ text, mode, shows }) => {
    const title = await page.title();
    await analyzeIn(page, text, { mode });
    const article = (await page.locator('.pl-article').textContent()) ?? '';
    for (const s of shows) expect(article).toContain(s);
    expect(await page.locator('.pl-view img, .pl-view script, .pl-view iframe, .pl-view svg, .pl-view [onerror], .pl-view [onload]').count()).toBe(0);
    await page.locator('.pl-article').hover();
    await page.waitForTimeout(300); // give any injected handler the time to fire
    expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(await page.title()).toBe(title);
    expect(dialogs).toEqual([]);
    expect(await page.locator('.pl-article a').count()).toBe(0);
  });

  it('made no request off the page and threw no error', () => {
    expect(offsite).toEqual([]);
    expect(errors).toEqual([]);
  });
});

describe.runIf(!hasChromium())(SKIP_REASON, () => {
  it('needs Chromium to drive the playground', () => {
    expect(hasChromium()).toBe(false);
  });
});
