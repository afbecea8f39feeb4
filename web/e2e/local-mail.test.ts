import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { accessibilityViolations, launch, newSwedishPage, screenshotOnFailure, signInThroughUi } from './support';

/** Without SMTP, mail is kept as files; an Administrator reads it in the console. */
describe('the administrator reads the locally kept e-mail', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launch();
    page = await newSwedishPage(browser);
  });

  afterAll(async () => {
    await browser?.close();
  });

  afterEach(async (context) => {
    await screenshotOnFailure(page, context.task.name.replace(/\W+/g, '-'), context.task.result?.state === 'fail');
  });

  it('lists the mail and opens one', async () => {
    // Other browser tests in this run have queued confirmation mails; wait until the outbox has written one.
    await signInThroughUi(page);
    await page.getByRole('link', { name: 'E-post (lokalt)' }).click();
    await page.getByRole('heading', { level: 1, name: 'E-post som sparats lokalt' }).waitFor();
    for (let i = 0; i < 60 && (await page.getByRole('row').count()) < 2; i++) {
      await new Promise((resolve) => setTimeout(resolve, 500));
      await page.reload();
    }
    expect(await page.getByRole('row').count()).toBeGreaterThan(1);
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByRole('row').nth(1).getByRole('link').click();
    await page.getByRole('link', { name: 'Tillbaka till listan' }).waitFor();
    expect((await page.locator('pre').textContent())?.length).toBeGreaterThan(20);
    expect(await accessibilityViolations(page)).toEqual([]);
  });
});
