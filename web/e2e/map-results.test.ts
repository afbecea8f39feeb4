import type { Browser, Page } from 'playwright-core';
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  accessibilityViolations,
  announcement,
  api,
  arrangeDialogue,
  baseUrl,
  launch,
  screenshotOnFailure,
  signInAsAdministrator,
  signInThroughUi,
  submitOpinion,
} from './support';

/**
 * Tyck till på kartan, the result (issue 16): two residents answer a map question — one with a point and a route drawn
 * on the map, one at a named place and in words. Staff see the three marks on the results map and all four in the
 * tables, at 1280 and at 320 px, and download GeoJSON that GDAL's ogrinfo reads; the public page shows the public map
 * and the list of the latest marks. Axe finds nothing on any of them.
 */
describe('the result of a map question', () => {
  let browser: Browser;
  const suffix = Date.now().toString(36);
  const title = `Otrygga platser i Bäckegården ${suffix}`;
  const placeName = 'Korsningen vid Bäckegårdsskolan';
  let id = '';
  let slug = '';

  beforeAll(async () => {
    const token = await signInAsAdministrator();
    const arranged = await arrangeDialogue(token, announcement(title, { question: 'Var känner du dig otrygg i trafiken?' }), {
      questionnaire: [
        {
          id: null,
          kind: 'map',
          text: 'Markera platser där du känner dig otrygg i trafiken',
          textEn: null,
          required: true,
          options: [
            { id: null, text: 'Farlig korsning', textEn: null },
            { id: null, text: 'Otrygg plats', textEn: null },
          ],
          map: { kinds: ['point', 'line'], maxMarks: 5 },
        },
      ],
      map: {
        area: { type: 'Polygon', coordinates: [[[14.5, 59.32], [14.56, 59.32], [14.56, 59.35], [14.5, 59.35], [14.5, 59.32]]] },
        startView: null,
        places: [{ id: null, name: placeName, nameEn: null, location: { type: 'Point', coordinates: [14.521, 59.331] } }],
      },
    });
    id = arranged.id;
    slug = arranged.slug;
    await api(token, 'PUT', `/api/dialogues/${id}/moderation`, { visibility: 'public', mode: 'postModeration' });
    const dialogue = await api<{ map: { places: { id: string }[] } }>(token, 'GET', `/api/staff/dialogues/${id}`);
    const [question] = arranged.questions;
    const [crossing, unsafe] = question.options;
    await submitOpinion(id, {
      text: null,
      consentToFeedback: false,
      answers: [
        {
          questionId: question.id,
          marks: [
            { geometry: { type: 'Point', coordinates: [14.53, 59.335] }, categoryId: crossing.id, comment: 'Bilarna kör fort här på morgonen' },
            { geometry: { type: 'LineString', coordinates: [[14.51, 59.33], [14.52, 59.34], [14.54, 59.34]] }, categoryId: unsafe.id, comment: null },
          ],
        },
      ],
    });
    await submitOpinion(id, {
      text: null,
      consentToFeedback: false,
      answers: [
        {
          questionId: question.id,
          marks: [
            { placeId: dialogue.map.places[0].id, categoryId: crossing.id, comment: 'Svårt att se barnen' },
            { description: 'Vid busshållplatsen utanför Coop', categoryId: null, comment: 'Mörkt på kvällen' },
          ],
        },
      ],
    });
    browser = await launch();
  });

  afterAll(async () => {
    await browser?.close();
  });

  async function staffPage(width: number): Promise<Page> {
    const context = await browser.newContext({ locale: 'sv-SE', timezoneId: 'Europe/Stockholm', viewport: { width, height: 900 }, acceptDownloads: true });
    const page = await context.newPage();
    await signInThroughUi(page);
    return page;
  }

  /** Opens the results page and waits until the map has drawn the marks of its first view. */
  async function openResults(page: Page) {
    await page.goto(`${baseUrl}/personal/dialoger/${id}/resultat`);
    await page.getByRole('heading', { level: 2, name: 'Karta' }).waitFor();
    await page.getByRole('status').filter({ hasText: 'i kartbilden' }).waitFor();
    await page.locator('.result-mark').nth(2).waitFor();
  }

  for (const width of [1280, 320]) {
    it(`shows the marks on the results map at ${width} px, a mark's comment by keyboard`, async () => {
      const page = await staffPage(width);
      try {
        await openResults(page);
        const map = page.getByRole('region', { name: 'Karta med markeringar till fråga 1' });
        // Three marks have a place on the map (the point, the route and the named place); the route is an SVG path.
        await expect(map.locator('.result-mark').count()).resolves.toBe(3);
        await expect(map.locator('path.result-shape').count()).resolves.toBe(1);
        await expect(page.getByRole('status').filter({ hasText: 'i kartbilden' }).textContent()).resolves.toMatch(/\b3 i kartbilden/);

        // A mark's comment, category and channel, by keyboard.
        await map.getByRole('button', { name: /^Farlig korsning: Punkt/ }).focus();
        await page.keyboard.press('Enter');
        const chosen = page.locator('.map-selected');
        await chosen.getByText('Bilarna kör fort här på morgonen').waitFor();
        await expect(chosen.textContent()).resolves.toContain('Webben');

        expect(await accessibilityViolations(page)).toEqual([]);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
        // To look at (test-results/ is not committed).
        await page.screenshot({ path: `test-results/map-results-${width}.png`, fullPage: true });
      } catch (error) {
        await screenshotOnFailure(page, `map-results-map-${width}`, true);
        throw error;
      } finally {
        await page.context().close();
      }
    });

    it(`counts all four marks in the tables at ${width} px`, async () => {
      const page = await staffPage(width);
      try {
        await openResults(page);
        const totals = page.getByRole('table', { name: 'Hur platserna angavs' });
        await totals.waitFor();
        const row = (table: typeof totals, name: string) => table.getByRole('row', { name: new RegExp(`^${name}`) }).textContent();
        await expect(row(totals, 'Markerat på kartan')).resolves.toContain('2');
        await expect(row(totals, 'Vid en namngiven plats')).resolves.toContain('1');
        await expect(row(totals, 'Beskrivet med ord')).resolves.toContain('1');
        await expect(row(totals, 'Totalt')).resolves.toContain('4');
        const categories = page.getByRole('table', { name: 'Per kategori' });
        await expect(row(categories, 'Farlig korsning')).resolves.toContain('2');
        await expect(row(categories, 'Otrygg plats')).resolves.toContain('1');
        await expect(row(categories, 'Utan kategori')).resolves.toContain('1');
        await expect(row(page.getByRole('table', { name: 'Per stadsdel och kategori' }), 'Totalt')).resolves.toMatch(/4$/);
        await page.getByRole('table', { name: 'Platser beskrivna med ord' }).getByText('Vid busshållplatsen utanför Coop').waitFor();
        await expect(page.getByRole('table', { name: 'Platser med flest markeringar' }).getByRole('row').count()).resolves.toBeGreaterThan(1);
        expect(await accessibilityViolations(page)).toEqual([]);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      } catch (error) {
        await screenshotOnFailure(page, `map-results-tables-${width}`, true);
        throw error;
      } finally {
        await page.context().close();
      }
    });
  }

  it('downloads the marks as GeoJSON that ogrinfo reads: four features', async () => {
    const page = await staffPage(1280);
    try {
      await openResults(page);
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Ladda ner som GeoJSON (för GIS)' }).click()]);
      const file = join(mkdtempSync(join(tmpdir(), 'marks-')), 'marks.geojson');
      await download.saveAs(file);
      const info = execFileSync('ogrinfo', ['-ro', '-al', '-so', file], { encoding: 'utf8' });
      expect(info).toMatch(/^Feature Count: 4$/m);
      // Points, a route and a mark in words (no geometry) in one layer: GDAL calls its type "Unknown (any)".
      expect(info).toMatch(/^Geometry: Unknown \(any\)$/m);
      expect(info).toContain('ID["EPSG",4326]');
      expect(info).toMatch(/^kategori: String/m);
    } finally {
      await page.context().close();
    }
  });

  for (const width of [1280, 320]) {
    it(`shows the public map and the latest marks on the dialogue's page at ${width} px`, async (context) => {
      const page = await (await browser.newContext({ locale: 'sv-SE', timezoneId: 'Europe/Stockholm', viewport: { width, height: 900 } })).newPage();
      try {
        await page.goto(`${baseUrl}/dialoger/${slug}`);
        await page.getByRole('heading', { level: 2, name: 'Markeringar på kartan' }).waitFor();
        const map = page.getByRole('region', { name: 'Karta med invånarnas markeringar' });
        await map.locator('.result-mark').nth(2).waitFor();
        await expect(map.locator('.result-mark').count()).resolves.toBe(3);
        await expect(map.locator('path.result-shape').count()).resolves.toBe(1);
        const list = page.locator('.public-map__list li');
        await expect(list.count()).resolves.toBe(3);
        await expect(page.locator('.public-map__list').textContent()).resolves.toContain('Bilarna kör fort här på morgonen');
        await expect(page.locator('.public-map__list').textContent()).resolves.toContain('Farlig korsning');
        expect(await accessibilityViolations(page)).toEqual([]);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      } catch (error) {
        await screenshotOnFailure(page, `${context.task.name.replace(/\W+/g, '-')}`, true);
        throw error;
      } finally {
        await page.context().close();
      }
    });
  }
});
