import type { Browser, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { accessibilityViolations, announcement, api, arrangeDialogue, baseUrl, browserForSuite, newSwedishPage, signInAsAdministrator, signInThroughUi, submitOpinion } from './support';

/**
 * Transparency: a dialogue is announced, opened, gets one opinion (from someone aged 41–64, so young people — one of its
 * target groups — are not reached) and is closed at once. Anyone can then read on /insyn/<year> how the promises were
 * kept: the dialogue is there with its checklist, and the report can be downloaded as CSV. The official finds the
 * dialogue on the compliance dashboard and explains why young people were not reached, which keeps promise Q4.
 * The demo data has dialogues in the same year, so this one is looked for by its title.
 */
describe('how we keep our promises: the public report and the staff dashboard', () => {
  let browser: Browser;
  let page: Page;
  browserForSuite((b, p) => {
    browser = b;
    page = p;
  });
  let token = '';
  let id = '';
  let slug = '';
  let year = 0;
  const suffix = Date.now().toString(36);
  const title = `Mötesplats för unga i Bofors ${suffix}`;
  const opinion = `En plats att ses på kvällarna, med wifi och tak ${suffix}.`;
  const explanation = `Vi hann inte besöka skolorna innan dialogen stängde ${suffix}.`;

  beforeAll(async () => {
    token = await signInAsAdministrator();
    const now = Date.now();
    const opensAt = new Date(now - 86_400_000).toISOString();
    // The report covers the dialogues that opened in a year (UTC).
    year = new Date(opensAt).getUTCFullYear();
    const created = await arrangeDialogue(
      token,
      announcement(title, {
        summary: 'Kommunen vill skapa en mötesplats för unga i Bofors och vill veta vad den ska ha.',
        question: 'Vad behöver en mötesplats för unga?',
        committee: 'Kultur- och fritidsnämnden',
        targetGroups: ['allResidents', 'youngPeople'],
        opensAt,
      }),
      { state: 'open' },
    );
    id = created.id;
    slug = created.slug;
    await submitOpinion(id, { text: opinion, background: { ageBand: 'age41To64', district: null, relation: 'resident' }, consentToFeedback: false });
    await api(token, 'POST', `/api/dialogues/${id}/close`);
  });

  it('a resident reads the year’s report: the dialogue with its checklist, and a CSV to download', async () => {
    const resident = await newSwedishPage(browser);
    try {
      await resident.goto(`${baseUrl}/insyn/${year}`);
      await resident.getByRole('heading', { level: 1, name: `Medborgardialoger ${year}: så höll vi våra löften` }).waitFor();
      expect(await resident.getByRole('contentinfo').getByRole('link', { name: 'Så håller vi våra löften' }).getAttribute('href')).toBe('/insyn');
      await resident.getByRole('navigation', { name: 'Välj år' }).getByRole('link', { name: String(year) }).waitFor();
      await resident.getByRole('heading', { level: 2, name: 'Nyckeltal' }).waitFor();
      await resident.getByRole('table', { name: 'Deltagare per kanal' }).waitFor();
      await resident.getByRole('table', { name: 'Antal dialoger per löfte' }).waitFor();

      const dialogue = resident.getByRole('article', { name: title });
      expect(await dialogue.getByRole('link', { name: title }).getAttribute('href')).toBe(`/dialoger/${slug}`);
      await expect(dialogue.textContent()).resolves.toContain('Kultur- och fritidsnämnden');
      const checklist = dialogue.getByRole('table', { name: `Checklista för ${title}` });
      expect(await checklist.getByRole('rowheader').allTextContents()).toEqual([
        'Q1 Alla har rätt att bli hörda',
        'Q2 Resultatet är en del av beslutsunderlaget',
        'Q3a Tydlig information om när, var och hur',
        'Q3b Lättillgängligt faktaunderlag',
        'Q4 Vi når de grupper som berörs',
        'Q5 Återkoppling till dem som deltog',
      ]);
      // Open for a moment only, and young people not reached: both promises are not met, in words.
      const heard = checklist.getByRole('row').filter({ hasText: 'Q1 Alla har rätt att bli hörda' });
      await heard.getByText('Inte uppfyllt', { exact: true }).waitFor();
      await heard.locator('summary').click();
      await heard.getByText(/Opinions received: 1 \(1 online, 0 offline\)/).waitFor();
      const reach = checklist.getByRole('row').filter({ hasText: 'Q4 Vi når de grupper som berörs' });
      await reach.getByText('Inte uppfyllt', { exact: true }).waitFor();
      await reach.locator('summary').click();
      await reach.getByText(/^YoungPeople: .*not explained\.$/).waitFor();
      expect(await checklist.getByRole('row').filter({ hasText: 'Q5 Återkoppling till dem som deltog' }).getByText('Inte aktuellt än', { exact: true }).count()).toBe(1);

      const csvLink = resident.getByRole('link', { name: 'Ladda ner som CSV' });
      const href = await csvLink.getAttribute('href');
      expect(href).toBe(`/api/transparency/${year}.csv`);
      expect(await csvLink.getAttribute('download')).not.toBeNull();
      const csv = await resident.request.get(`${baseUrl}${href}`);
      expect(csv.status()).toBe(200);
      expect(csv.headers()['content-type']).toContain('text/csv');
      expect(await csv.text()).toContain(title);

      expect(await accessibilityViolations(resident)).toEqual([]);
    } finally {
      await resident.context().close();
    }
  });

  it('the official finds the dialogue on the compliance dashboard, filtered by year and status', async () => {
    await signInThroughUi(page);
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Efterlevnad', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Efterlevnad av löftena' }).waitFor();
    const dialogue = page.getByRole('article', { name: title });
    await dialogue.waitFor();
    await expect(dialogue.textContent()).resolves.toMatch(/[1-9]\d* inte uppfyll(da|t), \d+ snart försenade?/);
    expect(await dialogue.getByRole('link', { name: title }).getAttribute('href')).toBe(`/personal/dialoger/${id}`);
    expect(await accessibilityViolations(page)).toEqual([]);

    const filters = page.getByRole('form', { name: 'Filtrera dialogerna' });
    await filters.getByLabel('År', { exact: true }).selectOption(String(year));
    await filters.getByLabel('Status', { exact: true }).selectOption('closed');
    await filters.getByRole('button', { name: 'Visa' }).click();
    await page.waitForURL((url) => url.searchParams.get('ar') === String(year) && url.searchParams.get('status') === 'closed');
    await dialogue.waitFor();
    await page.getByRole('link', { name: 'Visa alla dialoger' }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('explains why young people were not reached: the promise to reach the groups affected is then kept', async () => {
    const dialogue = page.getByRole('article', { name: title });
    const reach = dialogue.getByRole('listitem').filter({ hasText: 'Q4 Vi når de grupper som berörs' });
    await reach.getByText('Inte uppfyllt', { exact: true }).waitFor();
    const form = reach.getByRole('group', { name: 'Förklara varför gruppen inte nåddes' });
    expect(await form.getByLabel('Målgrupp').inputValue()).toBe('youngPeople');
    await form.getByLabel(/Förklaring: vad gjorde ni/).fill(explanation);
    await form.getByRole('button', { name: 'Spara förklaringen' }).click();

    await page.getByRole('status').filter({ hasText: `Förklaringen för gruppen Unga i ”${title}” är sparad.` }).waitFor();
    await reach.getByText('Uppfyllt', { exact: true }).waitFor();
    expect(await reach.getByRole('group', { name: 'Förklara varför gruppen inte nåddes' }).count()).toBe(0);
    await expect(reach.textContent()).resolves.toContain(`explained: ${explanation}`);
    expect(await accessibilityViolations(page)).toEqual([]);
  });
});
