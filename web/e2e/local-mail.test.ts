import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { accessibilityViolations, announcement, arrangeDialogue, baseUrl, browserForSuite, signInAsAdministrator, signInThroughUi } from './support';

/** Without SMTP, mail is kept as files; an Administrator reads it in the console. */
describe('the administrator reads the locally kept e-mail', () => {
  let page: Page;
  browserForSuite((_, p) => {
    page = p;
  });

  beforeAll(async () => {
    // Its own mail: an opinion with a feedback address queues a confirmation mail.
    const token = await signInAsAdministrator();
    const now = Date.now();
    const created = await arrangeDialogue(
      token,
      announcement(`Lokal e-post ${now.toString(36)}`, {
        summary: 'En dialog för att se e-posten.',
        forms: ['survey', 'popUp'],
        places: [{ name: 'Webben', address: null, url: 'https://www.karlskoga.se/', accessibility: null }],
      }),
      { state: 'open' },
    );
    const sent = await fetch(`${baseUrl}/api/dialogues/${created.id}/opinions`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ text: 'Hej', feedbackEmail: `lokal-${now}@example.se`, consentToFeedback: true }),
    });
    if (!sent.ok) throw new Error(`Submitting: ${sent.status}`);
  });

  it('lists the mail and opens one', async () => {
    // The outbox sends within seconds (a Hangfire job started by the submission); wait for it.
    await signInThroughUi(page);
    await page.getByRole('link', { name: 'E-post (lokalt)' }).click();
    await page.getByRole('heading', { level: 1, name: 'E-post som sparats lokalt' }).waitFor();
    for (let i = 0; i < 90 && (await page.getByRole('row').count()) < 2; i++) {
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
