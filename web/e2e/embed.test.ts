import type { Frame, Page } from 'playwright-core';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessibilityViolations, announcement, arrangeDialogue, baseUrl, browserForSuite, signInAsAdministrator } from './support';

/**
 * The embeddable list of current dialogues (docs/embedding.md) inside another site's page: a host page on another
 * origin frames /inbaddning/dialoger. ./test allows one origin (E2E_EMBED_HOST_ORIGIN, passed to the API as
 * Embed__AllowedOrigins); a host on any other origin is refused by the browser. The frame sets and reads no cookie.
 */

const allowedOrigin = (() => {
  const origin = process.env.E2E_EMBED_HOST_ORIGIN;
  if (!origin) throw new Error('E2E_EMBED_HOST_ORIGIN is not set: ./test sets it and allows it as Embed__AllowedOrigins.');
  return origin;
})();
const suffix = Date.now().toString(36);
const topic = `inbaddning-${suffix}`;
const day = 86_400_000;

/** A host page as karlskoga.se or a local paper would write it: the iframe, and the optional height listener. */
const hostPage = (src: string) => `<!doctype html>
<html lang="sv">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Nyheter från Karlskoga</title>
<style>body { margin: 0; font-family: sans-serif; } main { padding: 8px; } iframe { display: block; inline-size: 100%; block-size: 200px; border: 0; }</style></head>
<body><main><h1>Nyheter från Karlskoga</h1>
<iframe src="${src}" title="Aktuella dialoger i Karlskoga kommun"></iframe>
<p>Sidfot på värdsidan.</p></main>
<script>
  addEventListener('message', function (event) {
    if (event.origin !== ${JSON.stringify(baseUrl)} || !event.data || event.data.type !== 'medborgardialog:height') return;
    for (const frame of document.querySelectorAll('iframe')) if (frame.contentWindow === event.source) frame.style.blockSize = event.data.height + 'px';
  });
</script></body></html>`;

/** A static server for the host page on `port` of 127.0.0.1 (0: any free port); resolves with its origin. */
function hostServer(port: number, src: string): Promise<{ server: Server; origin: string }> {
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
    res.end(hostPage(src));
  });
  return new Promise((resolve) =>
    server.listen(port, '127.0.0.1', () => resolve({ server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` })),
  );
}

async function embedFrame(page: Page): Promise<Frame> {
  const handle = await page.locator('iframe').elementHandle();
  const frame = await handle!.contentFrame();
  return frame!;
}

describe('the embeddable list on another site', () => {
  let page: Page;
  browserForSuite((_, p) => (page = p));
  const servers: Server[] = [];
  let allowed = '';
  let refused = '';
  const embedSrc = `${baseUrl}/inbaddning/dialoger?omrade=skranta&amne=${topic}&antal=10`;
  const titles = {
    open: `Belysning i Skrantaparken ${suffix}`,
    later: `Ny lekplats i Skranta ${suffix}`,
    elsewhere: `Torget i centrum ${suffix}`,
    closed: `Gångvägen vid Skrantahallen ${suffix}`,
  };
  const slugs: Record<string, string> = {};
  const cookies: string[] = [];

  beforeAll(async () => {
    const token = await signInAsAdministrator();
    const now = Date.now();
    const about = (title: string, districts: string[], extra: Record<string, unknown> = {}) =>
      announcement(title, { topics: [topic], districts, ...extra });
    slugs.open = (await arrangeDialogue(token, about(titles.open, ['skranta']))).slug;
    slugs.later = (
      await arrangeDialogue(token, about(titles.later, ['skranta'], { opensAt: new Date(now + 10 * day).toISOString(), closesAt: new Date(now + 40 * day).toISOString() }), {
        state: 'announced',
      })
    ).slug;
    slugs.elsewhere = (await arrangeDialogue(token, about(titles.elsewhere, ['centrum']))).slug;
    slugs.closed = (await arrangeDialogue(token, about(titles.closed, ['skranta']), { state: 'closed' })).slug;

    const port = Number(new URL(allowedOrigin).port);
    const host = await hostServer(port, embedSrc);
    const other = await hostServer(0, embedSrc);
    servers.push(host.server, other.server);
    allowed = host.origin;
    refused = other.origin;
    page.on('response', async (response) => {
      const header = await response.headerValue('set-cookie').catch(() => null);
      if (header) cookies.push(`${response.url()}: ${header}`);
    });
  }, 120_000);

  afterAll(() => {
    for (const server of servers) server.close();
  });

  for (const width of [320, 1280]) {
    it(`at ${width} px shows the district's current dialogues, links to their pages, stores nothing and passes axe`, async () => {
      await page.setViewportSize({ width, height: 800 });
      await page.goto(`${allowed}/`);
      const frame = await embedFrame(page);
      const list = frame.getByRole('list', { name: 'Aktuella dialoger – Skranta' });
      await list.waitFor();

      const items = list.getByRole('listitem');
      expect(await items.allTextContents()).toEqual([
        expect.stringContaining(titles.open),
        expect.stringContaining(titles.later),
      ]);
      expect(await items.nth(0).textContent()).toMatch(/Öppen till \d{1,2} \w+ \d{4}/);
      expect(await items.nth(1).textContent()).toMatch(/Öppnar \d{1,2} \w+ \d{4}/);
      const link = frame.getByRole('link', { name: titles.open });
      expect(await link.getAttribute('href')).toBe(`${baseUrl}/dialoger/${slugs.open}`);
      expect(await link.getAttribute('target')).toBe('_top');
      expect(await frame.getByRole('link', { name: 'Alla dialoger' }).getAttribute('href')).toBe(`${baseUrl}/?omrade=skranta&amne=${topic}`);

      // Nothing stored, nothing set: no cookie in the frame or in the browser, no storage used.
      expect(await frame.evaluate(() => ({ cookie: document.cookie, local: localStorage.length, session: sessionStorage.length, lang: document.documentElement.lang }))).toEqual({
        cookie: '',
        local: 0,
        session: 0,
        lang: 'sv',
      });
      expect(await page.context().cookies()).toEqual([]);
      expect(cookies).toEqual([]);

      // The host sized the frame from the height message; the list does not scroll sideways inside it.
      await expect.poll(() => page.locator('iframe').evaluate((f) => f.getBoundingClientRect().height)).toBeGreaterThan(200);
      const inner = await frame.evaluate(() => ({ width: window.innerWidth, scroll: document.documentElement.scrollWidth, height: document.body.getBoundingClientRect().height }));
      expect(inner.scroll).toBeLessThanOrEqual(inner.width);
      const framed = await page.locator('iframe').evaluate((f) => f.getBoundingClientRect().height);
      expect(Math.abs(framed - inner.height)).toBeLessThanOrEqual(1);

      mkdirSync('test-results/embed', { recursive: true });
      await page.screenshot({ path: `test-results/embed/host-${width}.png`, fullPage: true });
      expect(await accessibilityViolations(page)).toEqual([]);
    });
  }

  it('opens a dialogue in the top window, and Arabic right to left when asked', async () => {
    await page.setViewportSize({ width: 320, height: 800 });
    await page.goto(`${allowed}/`);
    const frame = await embedFrame(page);
    await frame.getByRole('link', { name: titles.open }).click();
    await page.waitForURL(`${baseUrl}/dialoger/${slugs.open}`);
    await page.getByRole('heading', { level: 1, name: titles.open }).waitFor();

    await page.goto(`${baseUrl}/inbaddning/dialoger?omrade=skranta&amne=${topic}&sprak=ar`);
    await page.getByRole('list').waitFor();
    expect(await page.evaluate(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir }))).toEqual({ lang: 'ar', dir: 'rtl' });
    expect(await page.getByRole('link', { name: titles.open }).getAttribute('href')).toBe(`${baseUrl}/dialoger/${slugs.open}?lang=ar`);
    expect(await page.getByRole('link', { name: titles.open }).getAttribute('lang')).toBe('sv');
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('is refused by the browser inside a page of an origin that is not allowed', async () => {
    const refusals: string[] = [];
    page.on('console', (message) => {
      if (/frame-ancestors|Refused to frame/i.test(message.text())) refusals.push(message.text());
    });
    await page.goto(`${refused}/`);
    await page.waitForLoadState('load');
    const frame = await embedFrame(page);
    await expect.poll(() => refusals.length, { timeout: 10_000 }).toBeGreaterThan(0);
    expect(await frame.locator('#embed-heading').count()).toBe(0);
  });
});
