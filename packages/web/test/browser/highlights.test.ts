// The highlight renderer, <presslens-article> and core's toHtml report in real Chromium (Debian's,
// driven by playwright-core): layout, click-to-scroll, and hostile articles that run nothing.
import { analyze, toHtml, toJsonLd } from '@presslens/core';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  hasChromium,
  launchChromium,
  readText,
  removeDir,
  serveStatic,
  SKIP_REASON,
  tempDir,
  viteBuild,
  writeText,
  type Chromium,
  type StaticServer,
} from '../../../../scripts/browser.mjs';

const SEED = readText(new URL('../../../../examples/articles/putin-istanbul-talks.txt', import.meta.url));

/** Markup, handlers, script links and a fake end of page: all of it must stay text. */
const HOSTILE = [
  'Hackers <script>document.title="pwned"</script> Strike City Hall',
  '',
  'Mayor Jane Doe said <img src=x onerror="window.__pwned=1"> the attack was "contained" & \'over\', officials said on Monday.',
  'Click <a href="javascript:window.__pwned=2">here</a> to read more.</body></html><svg onload="window.__pwned=3"></svg>',
  '</style><style>*{display:none}</style> <iframe src="javascript:parent.__pwned=4"></iframe> Observers warned that more attacks might follow.',
].join('\n');

/** Elements in the article of a toHtml page, as written (Chromium's parser must build the same tree). */
const articleTags = (html: string): number => html.slice(html.indexOf('<article'), html.indexOf('</article>')).match(/<[a-z]/g)?.length ?? 0;

const pwned = (page: Page): Promise<unknown> => page.evaluate(() => (window as { __pwned?: unknown }).__pwned);

/** True when the element is within the viewport (for a shadow host, `selector` pierces the shadow root). */
const inView = (page: Page, selector: string): Promise<boolean> =>
  page.locator(selector).first().evaluate((el) => {
    const r = el.getBoundingClientRect();
    return r.top >= 0 && r.bottom <= window.innerHeight && r.height > 0;
  });

describe.runIf(hasChromium())('in Chromium', () => {
  let out = '';
  let server: StaticServer;
  let browser: Chromium;
  let page: Page;
  const dialogs: string[] = [];
  const written = { seed: 0, hostile: 0 };

  beforeAll(async () => {
    out = tempDir('presslens-web-browser-');
    await viteBuild(new URL('./fixture/', import.meta.url), `${out}/fixture`, {
      configFile: false,
      fromSource: true,
      base: './',
      build: { sourcemap: false, chunkSizeWarningLimit: 20_000 },
    });
    const seed = await analyze({ id: 'seed', text: SEED, publishedAt: '2025-05-15' });
    writeText(`${out}/report/seed.html`, toHtml(seed));
    written.seed = articleTags(toHtml(seed));
    const hostile = await analyze({ id: 'hostile', text: HOSTILE });
    writeText(`${out}/report/hostile.html`, toHtml(hostile));
    written.hostile = articleTags(toHtml(hostile));
    writeText(`${out}/report/hostile.jsonld`, JSON.stringify(toJsonLd(hostile)));
    server = await serveStatic(out);
    browser = await launchChromium({ viewport: { width: 1280, height: 900 } });
    page = await browser.newPage();
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (out) removeDir(out);
  });

  describe('renderHighlights and <presslens-article>', () => {
    beforeAll(async () => {
      await page.goto(`${server.url}fixture/`);
      await page.waitForSelector('body[data-ready="true"]', { state: 'attached' });
    }, 60_000);

    it('renders the seed article: the text exactly, entities coloured by type, claims underlined, panels beside', async () => {
      await page.evaluate(() => window.fixture.render(window.fixture.seed));
      expect(await page.locator('#mount .pl-article').textContent()).toBe(SEED);
      const style = (selector: string) =>
        page.locator(selector).first().evaluate((el) => {
          const s = getComputedStyle(el);
          return { bg: s.backgroundColor, underline: s.textDecorationLine, style: s.textDecorationStyle };
        });
      const person = await style('.pl-article mark.pl-person.pl-form-name');
      const place = await style('.pl-article mark.pl-loc');
      expect(person.bg).not.toBe('rgba(0, 0, 0, 0)');
      expect(person.bg).not.toBe(place.bg);
      expect(await style('.pl-article mark.pl-claim')).toMatchObject({ underline: 'underline' });
      // side by side: the panels start to the right of the article
      const [article, panels] = await Promise.all(['.pl-article', '.pl-panels'].map((s) => page.locator(`#mount ${s}`).boundingBox()));
      expect(panels!.x).toBeGreaterThan(article!.x + article!.width - 1);
    });

    it('a click on a claim in the panel scrolls its span into view', async () => {
      await page.evaluate(() => window.scrollTo(0, 0));
      const link = page.locator('#mount .pl-panel-claims a.pl-link').last();
      const target = `#mount #${await link.getAttribute('data-target')}`;
      expect(await inView(page, target)).toBe(false);
      await link.click();
      await expect.poll(() => inView(page, target), { timeout: 20_000 }).toBe(true);
    });

    it('<presslens-article> renders in its shadow root, styled, and scrolls to a clicked finding', async () => {
      await page.evaluate(() => window.fixture.element(window.fixture.seed));
      // playwright's CSS locators pierce open shadow roots
      expect(await page.locator('presslens-article .pl-article').textContent()).toBe(SEED);
      expect(await page.locator('presslens-article mark.pl-person').first().evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
      await page.evaluate(() => window.scrollTo(0, 0));
      const link = page.locator('presslens-article .pl-panel-claims a.pl-link').last();
      const target = `presslens-article #${await link.getAttribute('data-target')}`;
      await link.click();
      await expect.poll(() => inView(page, target), { timeout: 20_000 }).toBe(true);
    });

    it.each([
      { case: 'renderHighlights', show: (text: string) => window.fixture.render(text), scope: '#mount' },
      { case: '<presslens-article>', show: (text: string) => window.fixture.element(text), scope: 'presslens-article' },
    ])('$case shows a hostile article as text and runs nothing', async ({ show, scope }) => {
      const title = await page.title();
      await page.evaluate(show, HOSTILE);
      expect(await page.locator(`${scope} .pl-article`).textContent()).toBe(HOSTILE);
      expect(await page.locator(`${scope} .pl-article :is(img, script, svg, iframe, style, a)`).count()).toBe(0);
      await page.locator(`${scope} .pl-article`).hover();
      await page.waitForTimeout(200);
      expect(await pwned(page)).toBeUndefined();
      expect(await page.title()).toBe(title);
      expect(dialogs).toEqual([]);
    });
  });

  describe("core's toHtml report, opened as a page", () => {
    it('shows the seed article highlighted beside the panels, and its links jump to the spans without a script', async () => {
      const before = server.requests.length;
      await page.goto(`${server.url}report/seed.html`);
      expect(server.requests.slice(before)).toEqual(['/report/seed.html']); // nothing else fetched
      expect(await page.locator('.pl-article').textContent()).toBe(SEED);
      // valid nesting: the parser kept every element where it was written
      expect(await page.locator('.pl-article, .pl-article *').count()).toBe(written.seed);
      expect(await page.locator('.pl-panel-entities li[data-type="PERSON"]').count()).toBeGreaterThanOrEqual(6);
      await page.screenshot({ path: new URL('../../test-results/report.png', import.meta.url).pathname });
      const link = page.locator('.pl-panel-claims a.pl-link').last();
      const target = `#${await link.getAttribute('data-target')}`;
      await link.click();
      await expect.poll(() => inView(page, target), { timeout: 20_000 }).toBe(true);
      expect(await page.locator(`${target}:target`).count()).toBe(1);
    });

    it('shows a hostile article as text and runs nothing', async () => {
      const before = server.requests.length;
      await page.goto(`${server.url}report/hostile.html`);
      await page.locator('.pl-article').hover();
      await page.waitForTimeout(200);
      expect(await pwned(page)).toBeUndefined();
      expect(await page.title()).toBe('Hackers <script>document.title="pwned"</script> Strike City Hall — presslens');
      expect(await page.locator('.pl-article').textContent()).toBe(HOSTILE);
      expect(await page.locator('.pl-article, .pl-article *').count()).toBe(written.hostile);
      expect(await page.locator('script:not([type="application/ld+json"]), img, svg, iframe, body style').count()).toBe(0);
      expect(await page.locator('body').count()).toBe(1);
      expect(await page.locator('.pl-panels').isVisible()).toBe(true);
      expect(server.requests.slice(before)).toEqual(['/report/hostile.html']);
      expect(dialogs).toEqual([]);
      // the JSON-LD in the head is the same data as toJsonLd
      const embedded = await page.locator('script[type="application/ld+json"]').textContent();
      expect(JSON.parse(embedded!)).toEqual(JSON.parse(readText(`${out}/report/hostile.jsonld`)));
    });
  });
});

describe.runIf(!hasChromium())(SKIP_REASON, () => {
  it('needs Chromium for the browser tests', () => {
    expect(hasChromium()).toBe(false);
  });
});
