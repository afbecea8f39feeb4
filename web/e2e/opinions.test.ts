import type { Page } from 'playwright-core';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { accessibilityViolations, announcement, arrangeDialogue, baseUrl, browserForSuite, signInAsAdministrator } from './support';

/** A resident gives an opinion to an open dialogue, keeps the receipt, confirms the feedback address, withdraws. */
describe('a resident has their say', () => {
  let page: Page;
  browserForSuite((_, p) => {
    page = p;
  });
  const suffix = Date.now().toString(36);
  const title = `Cykelvägar i Centrum ${suffix}`;
  const email = `cyklist-${suffix}@example.se`;
  let slug = '';

  beforeAll(async () => {
    const token = await signInAsAdministrator();
    const created = await arrangeDialogue(
      token,
      announcement(title, {
        summary: 'Kommunen ska bygga nya cykelvägar i centrum.',
        question: 'Var behövs en ny cykelväg?',
        committee: 'Samhällsbyggnadsnämnden',
        forms: ['survey', 'popUp'],
      }),
      { state: 'open' },
    );
    slug = created.slug;
  });

  it('gives an opinion with background and a feedback address, and lands on a private receipt', async () => {
    await page.goto(`${baseUrl}/dialoger/${slug}`);
    await page.getByRole('link', { name: 'Tyck till' }).click();
    await page.getByRole('heading', { level: 1, name: `Tyck till: ${title}` }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByLabel('Din synpunkt: Var behövs en ny cykelväg?').fill('Längs Kungsvägen, det är farligt att cykla där i dag.');
    await page.getByLabel('Ålder').selectOption('age41To64');
    await page.getByLabel('Var bor du?').selectOption('centrum');
    await page.getByLabel('E-post för återkoppling', { exact: false }).fill(email);
    await page.getByLabel('Ja, jag vill få återkoppling.', { exact: false }).check();
    await page.getByRole('button', { name: 'Skicka' }).click();

    await page.getByRole('heading', { level: 1, name: 'Ditt kvitto' }).waitFor();
    await page.getByText('Tack! Din synpunkt är mottagen.').waitFor();
    await expect(page.getByRole('main').textContent()).resolves.toContain('Längs Kungsvägen, det är farligt att cykla där i dag.');
    expect(page.url()).toMatch(/\/kvitto\/[A-Za-z0-9_-]{40,}$/);
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('confirms the feedback address with the link from the e-mail', async () => {
    const receiptUrl = page.url();
    const dir = process.env.E2E_MAIL_DIR;
    if (!dir) return; // outside ./test there is no mail folder to read
    let link: string | undefined;
    for (let i = 0; i < 360 && !link; i++) {
      const mails = (() => {
        try {
          return readdirSync(dir).map((f) => readFileSync(join(dir, f), 'utf8'));
        } catch {
          return [];
        }
      })();
      link = mails.filter((m) => m.includes(email)).map((m) => /\/kvitto\/bekrafta\/([A-Za-z0-9_-]+)/.exec(m)?.[1]).find(Boolean);
      if (!link) await new Promise((resolve) => setTimeout(resolve, 250));
    }
    expect(link, 'the confirmation e-mail').toBeTruthy();

    await page.goto(`${baseUrl}/kvitto/bekrafta/${link}`);
    await page.getByText('Tack! Din e-postadress är bekräftad.', { exact: false }).waitFor();
    await page.goto(receiptUrl);
    await expect(page.getByRole('main').textContent()).resolves.not.toContain('Bekräfta adressen');
  });

  it('withdraws the opinion while the dialogue is open; the public count goes down', async () => {
    await page.getByRole('button', { name: 'Ta tillbaka min synpunkt' }).click();

    await page.getByText('Du har tagit tillbaka synpunkten.', { exact: false }).waitFor();
    await page.goto(`${baseUrl}/dialoger/${slug}`);
    await page.getByText('0 synpunkter hittills').waitFor();
  });
});
