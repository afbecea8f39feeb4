import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessibilityViolations, announcement, arrangeDialogue, baseUrl, launch, screenshotOnFailure, signInAsAdministrator } from './support';

/**
 * Tyck till på kartan (issue 16): one resident marks two places and a route by touch on a 320 px phone, another answers
 * the same question without the map, by keyboard only (a named place and words); both get receipts listing the marks.
 * Axe finds nothing at 320 px or at 1280 px. The map runs without tiles (none are configured in the tests): no request
 * leaves the machine.
 */
describe('a map question', () => {
  let browser: Browser;
  let phone: Page;
  let desktop: Page;
  const outside: string[] = [];
  const suffix = Date.now().toString(36);
  const title = `Trafiksäkerhet vid skolorna ${suffix}`;
  const placeName = 'Bäckegårdsskolan, entrén';
  let slug = '';

  beforeAll(async () => {
    const token = await signInAsAdministrator();
    const arranged = await arrangeDialogue(
      token,
      announcement(title, {
        summary: 'Samhällsbyggnadsnämnden ska besluta om farthinder, övergångsställen och en säkrare hämta-lämna-plats.',
        question: 'Var känner du dig otrygg i trafiken kring skolorna?',
        committee: 'Samhällsbyggnadsnämnden',
      }),
      {
        // The demo's traffic-safety dialogue (DemoData.DescribeTrafficMap) opens in two weeks: this one is the same
        // question, categories, area, start view and named places, open now.
        questionnaire: [
          {
            id: null,
            kind: 'map',
            text: 'Markera platser kring skolorna där du känner dig otrygg i trafiken, eller där det fungerar bra.',
            textEn: 'Mark places around the schools where you feel unsafe in traffic, or where it works well.',
            required: true,
            options: [
              { id: null, text: 'Otrygg plats', textEn: 'Unsafe place' },
              { id: null, text: 'Farlig korsning', textEn: 'Dangerous crossing' },
              { id: null, text: 'Bra plats', textEn: 'Good place' },
            ],
            map: { kinds: ['point', 'line', 'area'], maxMarks: 10 },
          },
        ],
        map: {
          area: { type: 'Polygon', coordinates: [[[14.488, 59.312], [14.52, 59.312], [14.52, 59.329], [14.488, 59.329], [14.488, 59.312]]] },
          startView: { center: { type: 'Point', coordinates: [14.503, 59.3205] }, zoom: 15 },
          places: [
            { id: null, name: placeName, nameEn: 'Bäckegården school, the entrance', location: { type: 'Point', coordinates: [14.5035, 59.3207] } },
            { id: null, name: 'Busshållplatsen vid skolan', nameEn: 'The bus stop by the school', location: { type: 'Point', coordinates: [14.5052, 59.3214] } },
          ],
        },
      },
    );
    slug = arranged.slug;
    browser = await launch();
    const watch = (page: Page) =>
      page.on('request', (request) => {
        if (!request.url().startsWith(baseUrl) && !request.url().startsWith('data:')) outside.push(request.url());
      });
    phone = await (
      await browser.newContext({ locale: 'sv-SE', timezoneId: 'Europe/Stockholm', viewport: { width: 320, height: 640 }, hasTouch: true, isMobile: true })
    ).newPage();
    desktop = await (await browser.newContext({ locale: 'sv-SE', timezoneId: 'Europe/Stockholm', viewport: { width: 1280, height: 900 } })).newPage();
    watch(phone);
    watch(desktop);
  });

  afterAll(async () => {
    await browser?.close();
  });

  /** Taps the map at a fraction of its width and height. */
  async function tapMap(page: Page, x: number, y: number) {
    const map = page.getByRole('region', { name: 'Karta till fråga 1' });
    await map.scrollIntoViewIfNeeded();
    const box = (await map.boundingBox())!;
    await page.touchscreen.tap(box.x + box.width * x, box.y + box.height * y);
  }

  it('takes two places and a route marked by touch on a 320 px phone, and lists them on the receipt', async (context) => {
    try {
      await phone.goto(`${baseUrl}/dialoger/${slug}/tyck-till`);
      const map = phone.getByRole('region', { name: 'Karta till fråga 1' });
      await map.locator('.base-map__district, path').first().waitFor();
      expect(await accessibilityViolations(phone)).toEqual([]);

      await tapMap(phone, 0.4, 0.45);
      await phone.getByRole('status').filter({ hasText: 'Markering 1 satt: Punkt' }).waitFor();
      await tapMap(phone, 0.6, 0.55);
      await phone.getByRole('status').filter({ hasText: 'Markering 2 satt: Punkt' }).waitFor();

      await phone.getByLabel('En sträcka').check();
      await tapMap(phone, 0.3, 0.3);
      await tapMap(phone, 0.5, 0.4);
      await tapMap(phone, 0.7, 0.35);
      await phone.getByText('Sträckan har 3 av minst 2 punkter.', { exact: false }).waitFor();
      await phone.getByRole('button', { name: 'Klar' }).click();
      await phone.getByRole('status').filter({ hasText: 'Markering 3 satt: Sträcka' }).waitFor();

      const first = phone.getByRole('group', { name: /^Markering 1: Punkt/ });
      await first.getByLabel('Kategori (valfritt)').selectOption({ label: 'Farlig korsning' });
      await first.getByLabel('Kommentar (valfritt)').fill('Bilarna kör fort här på morgonen');
      await phone.getByRole('group', { name: /^Markering 3: Sträcka/ }).getByLabel('Kategori (valfritt)').selectOption({ label: 'Otrygg plats' });
      expect(await accessibilityViolations(phone)).toEqual([]);
      expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);

      await phone.getByRole('button', { name: 'Skicka' }).click();
      await phone.getByRole('heading', { level: 1, name: 'Ditt kvitto' }).waitFor();
      const main = (await phone.getByRole('main').textContent()) ?? '';
      expect(main).toMatch(/Punkt( i [^.]+)?\. Kategori: Farlig korsning\. Kommentar: Bilarna kör fort här på morgonen/);
      expect(main).toMatch(/Sträcka( i [^.]+)?\. Kategori: Otrygg plats/);
      expect(main.match(/Punkt/g)).toHaveLength(2);
      expect(await accessibilityViolations(phone)).toEqual([]);
    } catch (error) {
      await screenshotOnFailure(phone, context.task.name.replace(/\W+/g, '-'), true);
      throw error;
    }
  });

  it('takes the same question answered without the map, by keyboard only: a named place and words', async (context) => {
    try {
      await desktop.goto(`${baseUrl}/dialoger/${slug}/tyck-till`);
      await desktop.getByRole('region', { name: 'Karta till fråga 1' }).waitFor();
      expect(await accessibilityViolations(desktop)).toEqual([]);

      /** Presses Tab until the field labelled `text` (or the button saying it) has focus: a keyboard user's way there. */
      async function tab(kind: 'field' | 'button', text: string) {
        for (let i = 0; i < 80; i++) {
          await desktop.keyboard.press('Tab');
          const there = await desktop.evaluate(
            ({ kind, text }) => {
              const el = document.activeElement as HTMLElement | null;
              if (!el) return false;
              if (kind === 'button') return el.tagName === 'BUTTON' && el.textContent?.trim() === text;
              return el.id !== '' && document.querySelector(`label[for="${el.id}"]`)?.textContent?.trim() === text;
            },
            { kind, text },
          );
          if (there) return;
        }
        throw new Error(`Tab never reached ${text}`);
      }

      await tab('field', 'Välj en plats');
      await desktop.keyboard.press('ArrowDown');
      await expect(desktop.getByLabel('Välj en plats').inputValue()).resolves.not.toBe('');
      await tab('button', 'Lägg till platsen');
      await desktop.keyboard.press('Enter');
      await desktop.getByRole('status').filter({ hasText: `Markering 1 satt: Vid ${placeName}.` }).waitFor();

      await tab('field', 'Beskriv platsen med ord');
      await desktop.keyboard.type('Vid busshållplatsen utanför Coop');
      await tab('button', 'Lägg till beskrivningen');
      await desktop.keyboard.press('Enter');
      await desktop.getByRole('status').filter({ hasText: 'Markering 2 satt: Med ord: Vid busshållplatsen utanför Coop.' }).waitFor();
      await tab('field', 'Kommentar (valfritt)');
      await desktop.keyboard.type('Svårt att se barnen');
      expect(await accessibilityViolations(desktop)).toEqual([]);

      await tab('button', 'Skicka');
      await desktop.keyboard.press('Enter');
      await desktop.getByRole('heading', { level: 1, name: 'Ditt kvitto' }).waitFor();
      const main = (await desktop.getByRole('main').textContent()) ?? '';
      expect(main).toContain(`Vid ${placeName}. Kommentar: Svårt att se barnen`);
      expect(main).toContain('Med ord: Vid busshållplatsen utanför Coop');
      expect(await accessibilityViolations(desktop)).toEqual([]);
    } catch (error) {
      await screenshotOnFailure(desktop, context.task.name.replace(/\W+/g, '-'), true);
      throw error;
    }
  });

  it('is drawn on by keyboard too: the map pans with the arrow keys, a point is set at the cross and moved while it has focus, and Tab leaves the map', async (context) => {
    const page = await (await browser.newContext({ locale: 'sv-SE', timezoneId: 'Europe/Stockholm', viewport: { width: 1280, height: 900 } })).newPage();
    page.on('request', (request) => {
      if (!request.url().startsWith(baseUrl) && !request.url().startsWith('data:')) outside.push(request.url());
    });
    try {
      await page.goto(`${baseUrl}/dialoger/${slug}/tyck-till`);
      const map = page.getByRole('region', { name: 'Karta till fråga 1' });
      await map.locator('path').first().waitFor();
      const focused = () => page.evaluate(() => (document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent ?? '').trim());
      for (let i = 0; i < 80 && (await focused()) !== 'Karta till fråga 1'; i++) await page.keyboard.press('Tab');
      expect(await focused()).toBe('Karta till fråga 1');
      const pane = () => page.locator('.leaflet-map-pane').evaluate((el) => getComputedStyle(el).transform);
      const before = await pane();
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      await expect.poll(pane).not.toBe(before);

      for (let i = 0; i < 10 && (await focused()) !== 'Sätt en punkt vid korset'; i++) await page.keyboard.press('Tab');
      expect(await focused()).toBe('Sätt en punkt vid korset');
      await page.keyboard.press('Enter');
      await page.getByRole('status').filter({ hasText: /^Markering 1 satt: Punkt/ }).waitFor();

      const marker = map.getByRole('button', { name: /^Markering 1: Punkt/ });
      await marker.focus();
      const at = await marker.boundingBox();
      await page.keyboard.press('ArrowUp');
      await page.getByRole('status').filter({ hasText: /^Markering 1 flyttad: Punkt/ }).waitFor();
      await expect.poll(async () => (await marker.boundingBox())!.y).toBeLessThan(at!.y);
      await expect.poll(focused).toMatch(/^Markering 1: Punkt/);
      // No focus trap: Tab goes on from the map to the buttons below it.
      for (let i = 0; i < 10 && (await focused()) !== 'Sätt en punkt vid korset'; i++) await page.keyboard.press('Tab');
      expect(await focused()).toBe('Sätt en punkt vid korset');
      expect(await accessibilityViolations(page)).toEqual([]);
    } catch (error) {
      await screenshotOnFailure(page, context.task.name.replace(/\W+/g, '-'), true);
      throw error;
    }
  });

  it('sent no request anywhere but the site itself', () => {
    expect(outside).toEqual([]);
  });
});
