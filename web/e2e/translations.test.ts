import type { Browser, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { accessibilityViolations, announcement, api, arrangeDialogue, baseUrl, browserForSuite, signInAsAdministrator, signInThroughUi } from './support';

/**
 * Dialogue content in other languages (issue 15): an official translates a dialogue's texts on its edit page; a
 * resident reading Arabic on a phone sees them, right to left, gives an opinion with the questionnaire in Arabic, and
 * reach counts the answer by language; a resident reading Somali, with no Somali translation, is told plainly that
 * the texts exist only in Swedish, and whom to ask.
 */
describe('a dialogue translated by an official', () => {
  let browser: Browser;
  let page: Page;
  browserForSuite((b, p) => {
    browser = b;
    page = p;
  });
  const suffix = Date.now().toString(36);
  const title = `Trygga skolvägar ${suffix}`;
  let token = '';
  let id = '';
  let slug = '';

  beforeAll(async () => {
    token = await signInAsAdministrator();
    const created = await arrangeDialogue(token, announcement(title, { question: 'Var känner du dig otrygg på väg till skolan?' }), {
      questionnaire: [{ kind: 'singleChoice', text: 'Hur tar du dig till skolan?', required: true, options: [{ text: 'Går' }, { text: 'Cyklar' }] }],
    });
    id = created.id;
    slug = created.slug;
  });

  it('is translated into Arabic on the edit page', async () => {
    await signInThroughUi(page);
    await page.goto(`${baseUrl}/personal/dialoger/${id}`);
    await page.getByRole('heading', { name: 'Översättningar' }).waitFor();
    await page.getByLabel('Översätt till').selectOption('ar');
    await page.getByLabel('Rubriken översatt *').fill(`طرق آمنة إلى المدرسة ${suffix}`);
    await page.getByLabel('Sammanfattningen översatt *').fill('تريد البلدية أن تعرف أين تشعر بعدم الأمان.');
    await page.getByLabel('Frågan översatt *').fill('أين تشعر بعدم الأمان في طريقك إلى المدرسة؟');
    await page.getByLabel('Enkätfrågan översatt').fill('كيف تذهب إلى المدرسة؟');
    await page.getByLabel('Alternativet ”Går” översatt').fill('مشياً');
    await page.getByLabel('Alternativet ”Cyklar” översatt').fill('بالدراجة');
    await page.getByRole('button', { name: 'Spara på العربية' }).click();

    await expect(page.getByRole('status').filter({ hasText: 'Översättningen är sparad.' }).textContent()).resolves.toContain('sparad');
    expect(await page.getByLabel('Rubriken översatt *').getAttribute('dir')).toBe('rtl');
  });

  it('is read in Arabic on a phone, right to left, and answered in Arabic', async () => {
    const context = await browser.newContext({ locale: 'ar', viewport: { width: 320, height: 640 }, timezoneId: 'Europe/Stockholm' });
    const phone = await context.newPage();
    try {
      await phone.goto(`${baseUrl}/dialoger/${slug}?lang=ar`);
      const heading = phone.getByRole('heading', { level: 1 });
      await expect(heading.textContent()).resolves.toBe(`طرق آمنة إلى المدرسة ${suffix}`);
      expect(await heading.getAttribute('lang')).toBeNull();
      expect(await phone.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['ar', 'rtl']);
      await expect(phone.getByText('أين تشعر بعدم الأمان في طريقك إلى المدرسة؟').count()).resolves.toBeGreaterThan(0);
      expect(await phone.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
      expect(await accessibilityViolations(phone)).toEqual([]);

      await phone.goto(`${baseUrl}/dialoger/${slug}/tyck-till?lang=ar`);
      await phone.getByRole('radio', { name: 'مشياً' }).check();
      await phone.getByRole('group', { name: /كيف تذهب إلى المدرسة؟/ }).waitFor();
      expect(await accessibilityViolations(phone)).toEqual([]);
      await phone.locator('button[type="submit"]').click();
      await phone.waitForURL(/\/kvitto\//);
    } finally {
      await context.close();
    }

    const reach = await api<{ byLanguage: { key: string; count: number }[] }>(token, 'GET', `/api/staff/dialogues/${id}/reach`);
    expect(reach.byLanguage.find((l) => l.key === 'ar')?.count).toBe(1);
  });

  it('tells a resident reading Somali that the texts exist only in Swedish, marked as Swedish', async () => {
    const context = await browser.newContext({ locale: 'so', viewport: { width: 390, height: 844 } });
    const phone = await context.newPage();
    try {
      await phone.goto(`${baseUrl}/dialoger/${slug}?lang=so`);
      const heading = phone.getByRole('heading', { level: 1 });
      await expect(heading.textContent()).resolves.toBe(title);
      expect(await heading.getAttribute('lang')).toBe('sv');
      await expect(phone.getByRole('note').filter({ hasText: 'Iswiidhish keliya' }).textContent()).resolves.toContain('Iswiidhish keliya');
      await expect(phone.getByRole('link', { name: 'Cidda aad la xiriiri karto' }).getAttribute('href')).resolves.toBe('#decision-heading');
      expect(await accessibilityViolations(phone)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
