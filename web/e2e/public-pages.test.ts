import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { accessibilityViolations, arrangeDialogue, baseUrl, launch, newSwedishPage, screenshotOnFailure, signInAsAdministrator } from './support';

/** A resident finds an announced dialogue on the home page and reads what, when, where, how and for whom. */
describe('public pages', () => {
  let browser: Browser;
  let page: Page;
  const suffix = Date.now().toString(36);
  const title = `Trygga gångvägar i Bregården ${suffix}`;
  let slug = '';

  beforeAll(async () => {
    const token = await signInAsAdministrator();
    const now = Date.now();
    const created = await arrangeDialogue(
      token,
      {
        title,
        summary: 'Kommunen ska förbättra belysning och gångvägar i Bregården och vill veta var du känner dig otrygg.',
        question: 'Var känner du dig otrygg när du går i Bregården?',
        committee: 'Samhällsbyggnadsnämnden',
        caseNumber: 'SBN 2026/0999',
        plannedDecisionDate: new Date(now + 90 * 86_400_000).toISOString().slice(0, 10),
        forms: ['dialogueWalk', 'survey'],
        targetGroups: ['olderPeople', 'peopleWithDisabilities'],
        places: [
          {
            name: 'Samling vid Bregårdsskolan',
            address: 'Bregårdsvägen 1, Karlskoga',
            url: null,
            accessibility: 'Promenaden går på asfalt och är cirka 1,5 km.',
          },
        ],
        opensAt: new Date(now + 7 * 86_400_000).toISOString(),
        closesAt: new Date(now + 37 * 86_400_000).toISOString(),
      },
      {
        state: 'announced',
        sessions: [
          {
            form: 'dialogueWalk',
            title: 'Trygghetsvandring',
            startsAt: new Date(now + 10 * 86_400_000).toISOString(),
            endsAt: new Date(now + 10 * 86_400_000 + 2 * 3_600_000).toISOString(),
            placeName: 'Bregårdsskolan',
            address: 'Bregårdsvägen 1',
            onlineUrl: null,
            accessibility: { stepFreeAccess: true, hearingLoop: false, interpretation: null, signLanguage: true, notes: null },
            capacity: 25,
            signUpRequired: true,
          },
        ],
      },
    );
    slug = created.slug;
    browser = await launch();
  });

  afterAll(async () => {
    await browser?.close();
  });

  let failedName = '';
  afterEach(async (context) => {
    await screenshotOnFailure(page, failedName || context.task.name.replace(/\W+/g, '-'), context.task.result?.state === 'fail');
    await page?.context().close();
  });

  async function open(path: string) {
    page = await newSwedishPage(browser);
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.goto(`${baseUrl}${path}`);
    return errors;
  }

  it('the home page lists the dialogue, and its link leads to a page with what, when, where, how and for whom', async () => {
    const errors = await open('/');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Medborgardialog i Karlskoga');

    await page.getByRole('link', { name: title }).click();

    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    expect(page.url()).toBe(`${baseUrl}/dialoger/${slug}`);
    const main = page.getByRole('main');
    await expect(main.textContent()).resolves.toContain('Var känner du dig otrygg när du går i Bregården?');
    await expect(main.textContent()).resolves.toContain('Promenaden går på asfalt och är cirka 1,5 km.');
    await expect(main.textContent()).resolves.toContain('Dialogpromenad');
    await expect(main.textContent()).resolves.toContain('Personer med funktionsnedsättning');
    await expect(main.textContent()).resolves.toContain('Samhällsbyggnadsnämnden');
    await expect(main.textContent()).resolves.toContain('Teckenspråkstolk');
    await expect(main.textContent()).resolves.toContain('25 platser kvar');
    expect(await page.title()).toContain(title);
    expect(errors).toEqual([]);
  });

  it('the calendar link gives an iCalendar file of the session', async () => {
    await open(`/dialoger/${slug}`);
    const href = await page.getByRole('link', { name: /Lägg till i kalendern/ }).getAttribute('href');

    const response = await fetch(`${baseUrl}${href}`);

    expect(response.headers.get('content-type')).toContain('text/calendar');
    expect(await response.text()).toContain('SUMMARY:Trygghetsvandring');
  });

  it('a resident finds the dialogue by searching in Swedish', async () => {
    await open('/');

    await page.getByLabel('Sök bland dialogerna').fill(`gångvägarna ${suffix}`);
    await page.getByRole('button', { name: 'Sök' }).click();

    await page.waitForURL(/q=/);
    await page.getByText('1 av 1 dialoger').waitFor();
    await expect(page.getByRole('link', { name: title }).count()).resolves.toBe(1);
  });

  it('the home page has no accessibility violations (WCAG 2.1 AA)', async () => {
    await open('/');
    await page.getByRole('link', { name: title }).waitFor();

    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('the dialogue page has no accessibility violations (WCAG 2.1 AA)', async () => {
    await open(`/dialoger/${slug}`);
    await page.getByRole('heading', { level: 1, name: title }).waitFor();

    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('switches to English and back, keyboard only', async () => {
    await open('/');
    await page.getByRole('heading', { level: 1, name: 'Medborgardialog i Karlskoga' }).waitFor();

    // Tab through the header (skip link, brand, menu) until the language picker has focus, then the arrow key.
    for (let i = 0; i < 10; i++) {
      await page.keyboard.press('Tab');
      if ((await page.evaluate(() => document.activeElement?.tagName)) === 'SELECT') break;
    }
    expect(await page.evaluate(() => (document.activeElement as HTMLSelectElement | null)?.labels?.[0]?.textContent)).toBe('Språk');
    await page.keyboard.press('ArrowDown');

    await page.getByRole('heading', { level: 1, name: 'Citizen dialogue in Karlskoga' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(new URL(page.url()).searchParams.get('lang')).toBe('en');
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Citizen dialogue in Karlskoga' }).waitFor();
    await page.getByRole('combobox', { name: 'Language' }).selectOption('sv');
    await page.getByRole('heading', { level: 1, name: 'Medborgardialog i Karlskoga' }).waitFor();
    expect(new URL(page.url()).searchParams.get('lang')).toBeNull();
  });

  it('an unknown dialogue and an unknown page show friendly not-found pages', async () => {
    await open('/dialoger/finns-inte-alls');
    await page.getByRole('heading', { level: 1, name: 'Dialogen finns inte' }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.goto(`${baseUrl}/ingen/sida/har/denna/adress`);
    await page.getByRole('heading', { level: 1, name: 'Sidan finns inte' }).waitFor();
  });

  it('the accessibility statement is linked from every page and offers a way to report a barrier', async () => {
    await open('/');
    await page.getByRole('contentinfo').getByRole('link', { name: 'Tillgänglighetsredogörelse' }).click();

    await page.getByRole('heading', { level: 1, name: 'Tillgänglighetsredogörelse' }).waitFor();
    expect(await page.getByRole('link', { name: 'Skicka e-post om en brist i tillgängligheten' }).getAttribute('href')).toMatch(/^mailto:/);
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('the skip link moves focus to the main content', async () => {
    await open('/');
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Hoppa till innehållet');
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('main');
  });
});
