import type { Browser, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { accessibilityViolations, announcement, api, arrangeDialogue, baseUrl, browserForSuite, newSwedishPage, signInAsAdministrator, signInThroughUi, submitOpinion } from './support';

/**
 * Moderation: a dialogue shows its opinions publicly with post-moderation. A threat sent through the form is held by the
 * automatic check while a clean opinion is shown at once; the administrator (who may moderate) finds the threat in the
 * queue with its reason and hides it with a public reason, which the audit log records. The public then sees the
 * moderator's notice instead of the threat, and reports the clean opinion.
 */
describe('a moderator hides a threat; the public sees the notice and can report an opinion', () => {
  let browser: Browser;
  let page: Page;
  browserForSuite((b, p) => {
    browser = b;
    page = p;
  });
  let token = '';
  let id = '';
  let slug = '';
  let receiptUrl = '';
  const suffix = Date.now().toString(36);
  const title = `Trygghet vid Möckeln ${suffix}`;
  const question = 'Vad skulle göra stranden vid Möckeln tryggare?';
  const threat = 'Jag vet var du bor och jag ska döda dig.';
  const clean = `Bättre belysning längs strandpromenaden, tack ${suffix}.`;
  const reason = 'Hot mot en person';

  beforeAll(async () => {
    token = await signInAsAdministrator();
    const created = await arrangeDialogue(
      token,
      announcement(title, {
        summary: 'Kommunen vill veta vad som gör stranden vid Möckeln tryggare på kvällarna.',
        question,
        committee: 'Tekniska nämnden',
      }),
      { state: 'open' },
    );
    id = created.id;
    slug = created.slug;
    const settings = await api<{ visibility: string; moderation: string }>(token, 'PUT', `/api/dialogues/${id}/moderation`, {
      visibility: 'public',
      mode: 'postModeration',
    });
    expect(settings).toMatchObject({ visibility: 'public', moderation: 'postModeration' });
  });

  it('a resident sends a threat through the form: it is received and waits for review', async () => {
    const resident = await newSwedishPage(browser);
    try {
      await resident.goto(`${baseUrl}/dialoger/${slug}/tyck-till`);
      await resident.getByRole('heading', { level: 1, name: `Tyck till: ${title}` }).waitFor();
      await resident.getByLabel(`Din synpunkt: ${question}`).fill(threat);
      await resident.getByRole('button', { name: 'Skicka', exact: true }).click();

      await resident.getByRole('heading', { level: 1, name: 'Ditt kvitto' }).waitFor();
      await resident.getByText('Din synpunkt väntar på granskning innan den visas.').waitFor();
      receiptUrl = resident.url();
      expect(await accessibilityViolations(resident)).toEqual([]);
    } finally {
      await resident.context().close();
    }
  });

  it('the public page shows the clean opinion at once, and not the threat', async () => {
    await submitOpinion(id, { text: clean, consentToFeedback: false });

    const visitor = await newSwedishPage(browser);
    try {
      await visitor.goto(`${baseUrl}/dialoger/${slug}`);
      const section = visitor.getByRole('region', { name: 'Synpunkter från andra' });
      await section.getByText(clean).waitFor();
      await section.getByText('Synpunkter visas direkt och granskas i efterhand.').waitFor();
      await section.getByText('1 synpunkt väntar på granskning.').waitFor();
      const main = await visitor.getByRole('main').textContent();
      expect(main).not.toContain('döda dig');
      expect(main).not.toContain('Jag vet var du bor');
      expect(await accessibilityViolations(visitor)).toEqual([]);
    } finally {
      await visitor.context().close();
    }
  });

  it('the administrator signs in and finds the threat in the moderation queue, held as a threat', async () => {
    await signInThroughUi(page);
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Moderering', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Moderering' }).waitFor();
    await page.getByText(/\d+ väntar, \d+ över svarstiden på/).waitFor();

    const item = page.getByRole('article').filter({ has: page.getByRole('heading', { name: title }) });
    await item.getByText(threat).waitFor();
    await item.getByText('Hot', { exact: true }).waitFor();
    await expect(item.textContent()).resolves.toContain('(hot)');
    await expect(item.textContent()).resolves.toMatch(/Väntat i mindre än en timme|Väntat i \d+ timm/);
    expect(await item.getByRole('link', { name: title }).getAttribute('href')).toBe(`/dialoger/${slug}`);
    // The clean opinion, shown at once under post-moderation, does not wait for anyone.
    expect(await page.getByRole('article').filter({ hasText: clean }).count()).toBe(0);
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('hides the threat with a reason shown publicly; the item leaves the queue and the log records it', async () => {
    const item = page.getByRole('article').filter({ has: page.getByRole('heading', { name: title }) });
    await item.getByRole('button', { name: 'Dölj', exact: true }).click();
    const field = item.getByLabel('Skäl som visas offentligt');
    await field.waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    // The public reason is required: nothing is sent without it.
    await item.getByRole('button', { name: 'Dölj synpunkten' }).click();
    await item.getByText('Skriv skälet som visas offentligt.').waitFor();
    await field.fill(reason);
    await item.getByRole('button', { name: 'Dölj synpunkten' }).click();

    await page.getByRole('status').filter({ hasText: `Synpunkten till ”${title}” är dold.` }).waitFor();
    await expect.poll(() => item.count()).toBe(0);
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByRole('link', { name: 'Logg över moderering' }).click();
    await page.getByRole('heading', { level: 1, name: 'Logg över moderering' }).waitFor();
    const table = page.getByRole('table', { name: /Åtgärder \d+–\d+ av \d+, den senaste först/ });
    await table.waitFor();
    const hidden = table.getByRole('row').filter({ hasText: title }).filter({ hasText: reason });
    await expect(hidden.getByRole('cell').first().textContent()).resolves.toBe('Dold');
    expect(await hidden.textContent()).not.toContain('Systemet');
    const held = table.getByRole('row').filter({ hasText: title }).filter({ hasText: 'Stoppad automatiskt' });
    await expect(held.getByRole('cell').last().textContent()).resolves.toBe('Systemet');
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('the public sees the moderator’s notice instead of the threat, and reports the clean opinion', async () => {
    const visitor = await newSwedishPage(browser);
    try {
      await visitor.goto(`${baseUrl}/dialoger/${slug}`);
      const section = visitor.getByRole('region', { name: 'Synpunkter från andra' });
      await section.getByText(`Dold av en moderator: ${reason}`).waitFor();
      await section.getByText(clean).waitFor();
      const main = await visitor.getByRole('main').textContent();
      expect(main).not.toContain('döda dig');
      expect(main).not.toContain('Jag vet var du bor');
      expect(await section.getByText(/väntar på granskning/).count()).toBe(0);
      expect(await accessibilityViolations(visitor)).toEqual([]);

      const opinion = section.getByRole('article').filter({ hasText: clean });
      await opinion.getByRole('button', { name: /^Anmäl synpunkt från / }).click();
      const reasons = opinion.getByRole('group', { name: 'Varför anmäler du synpunkten?' });
      await reasons.getByLabel('Handlar inte om frågan').check();
      expect(await accessibilityViolations(visitor)).toEqual([]);
      await opinion.getByRole('button', { name: 'Skicka anmälan' }).click();

      await opinion.getByRole('status').filter({ hasText: 'Tack! En moderator tittar på synpunkten.' }).waitFor();
      expect(await opinion.getByRole('button', { name: /^Anmäl synpunkt från / }).count()).toBe(0);
      expect(await accessibilityViolations(visitor)).toEqual([]);

      // The writer of the threat reads on the receipt that it was hidden, and why.
      await visitor.goto(receiptUrl);
      await visitor.getByText(`Din synpunkt har dolts av en moderator: ${reason}`).waitFor();
    } finally {
      await visitor.context().close();
    }
  });
});
