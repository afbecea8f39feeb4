import type { Browser, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { accessibilityViolations, announcement, api, arrangeDialogue, baseUrl, browserForSuite, linkInMail, newSwedishPage, signInAsAdministrator, signInThroughUi, submitOpinion } from './support';

/**
 * Closing the loop: after a dialogue closes, an official groups the opinions under a theme, writes the summary with a
 * quote and exports the decision basis; records the committee's decision and publishes the feedback. The public reads
 * it on its own page, the resident on the receipt, and the feedback e-mail can be unsubscribed from.
 */
describe('an official closes the loop: result, decision basis, decision, feedback', () => {
  let browser: Browser;
  let page: Page;
  browserForSuite((b, p) => {
    browser = b;
    page = p;
  });
  let token = '';
  let id = '';
  let slug = '';
  let receiptToken = '';
  const suffix = Date.now().toString(36);
  const title = `Belysning i Bergsmansparken ${suffix}`;
  const email = `parkbesokare-${suffix}@example.se`;
  const lightOpinion = `Parken är för mörk på kvällarna, sätt upp fler lampor ${suffix}.`;
  const benchOpinion = `Fler bänkar vid dammen, tack ${suffix}.`;
  const summaryText = 'De flesta vill ha mer belysning, särskilt vid gångvägen. Några vill ha fler bänkar.';
  const decisionText = 'Nämnden beslutar att sätta upp tolv nya lampor längs gångvägen under 2027.';
  const howUsed = 'Dialogen visade att mörkret är det största problemet, så belysningen prioriterades före bänkarna.';
  const feedbackText = `Tack för alla synpunkter om Bergsmansparken! Lamporna sätts upp under våren ${suffix}.`;

  beforeAll(async () => {
    token = await signInAsAdministrator();
    const created = await arrangeDialogue(
      token,
      announcement(title, {
        summary: 'Kommunen vill göra Bergsmansparken tryggare och trevligare.',
        question: 'Vad behöver Bergsmansparken?',
        committee: 'Tekniska nämnden',
        caseNumber: `TN 2026/${suffix}`,
      }),
      {
        questionnaire: [
          { kind: 'singleChoice', text: 'Vad är viktigast i parken?', required: true, options: [{ text: 'Belysning' }, { text: 'Bänkar' }] },
          { kind: 'scale', text: 'Hur trygg känner du dig i parken?', required: false, options: [] },
        ],
      },
    );
    id = created.id;
    slug = created.slug;
    const questions = created.questions;
    const [choice, scale] = questions;
    const option = (text: string) => choice.options.find((o) => o.text === text)!.id;
    const withAddress = await submitOpinion(id, {
      text: lightOpinion,
      answers: [
        { questionId: choice.id, optionIds: [option('Belysning')] },
        { questionId: scale.id, scale: 2 },
      ],
      background: { ageBand: 'age26To40', district: null, relation: 'resident' },
      feedbackEmail: email,
      consentToFeedback: true,
    });
    receiptToken = withAddress.receiptToken;
    await submitOpinion(id, { text: benchOpinion, answers: [{ questionId: choice.id, optionIds: [option('Bänkar')] }], consentToFeedback: false });
    // The address gets feedback only once confirmed (double opt-in), with the link from the confirmation e-mail.
    const confirmation = await linkInMail(email, /\/kvitto\/bekrafta\/([A-Za-z0-9_-]+)/);
    if (confirmation) {
      const response = await fetch(`${baseUrl}/api/feedback-email-confirmations/${confirmation}`, { method: 'POST' });
      if (!response.ok) throw new Error(`Confirming the address: ${response.status} ${await response.text()}`);
    }
    await api(token, 'POST', `/api/dialogues/${id}/close`);
  });

  it('the official signs in', async () => {
    await signInThroughUi(page);
  });

  it('groups an opinion under a new theme, writes the summary with a quote and exports the decision basis', async () => {
    const row = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: title }) });
    await row.getByRole('link', { name: 'Resultat', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: `Resultat: ${title}` }).waitFor();
    const totals = page.locator('#result-totals');
    await expect.poll(() => totals.textContent()).toContain('Synpunkter2');
    await expect(totals.textContent()).resolves.toContain('Inte grupperade2');
    const figures = page.getByRole('table', { name: /Fråga 1: Vad är viktigast i parken\?/ });
    await expect(figures.getByRole('row').filter({ hasText: 'Belysning' }).textContent()).resolves.toContain('50');
    await page.getByText(lightOpinion).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    // A theme, and the opinion about light grouped under it with its checkbox.
    await page.getByLabel('Nytt tema *').fill('Belysning och trygghet');
    await page.getByRole('button', { name: 'Lägg till tema' }).click();
    await page.getByText('Temat ”Belysning och trygghet” är tillagt.').waitFor();
    const light = page.getByRole('listitem').filter({ hasText: lightOpinion });
    await light.getByRole('checkbox', { name: 'Belysning och trygghet' }).check();
    await expect.poll(() => totals.textContent()).toContain('Inte grupperade1');
    const themes = page.getByRole('table', { name: 'Teman' });
    await expect.poll(() => themes.getByRole('row').filter({ hasText: 'Belysning och trygghet' }).textContent()).toContain('1');

    // Only the ungrouped opinion is left under "Inte grupperade".
    await page.getByLabel('Visa').selectOption({ label: 'Inte grupperade (1)' });
    await page.getByText('Visar 1–1 av 1 synpunkter.').waitFor();
    await expect(page.getByRole('list').filter({ hasText: benchOpinion }).count()).resolves.toBeGreaterThan(0);
    expect(await page.getByText(lightOpinion).count()).toBe(0);
    await page.getByLabel('Visa').selectOption({ label: 'Alla synpunkter' });
    await page.getByText('Visar 1–2 av 2 synpunkter.').waitFor();

    // The summary with the opinion about light as its quote.
    await light.getByRole('checkbox', { name: 'Välj som citat' }).check();
    await page.getByLabel('Sammanfattning *').fill(summaryText);
    await page.getByRole('button', { name: 'Spara sammanfattning och citat' }).click();
    await page.getByText('Sammanfattningen och citaten är sparade.').waitFor();
    const saved = await api<{ summary: string; quotes: { text: string }[] }>(token, 'GET', `/api/staff/dialogues/${id}/result`);
    expect(saved.summary).toBe(summaryText);
    expect(saved.quotes.map((q) => q.text)).toEqual([lightOpinion]);
    expect(await accessibilityViolations(page)).toEqual([]);

    // The decision basis opens in a new tab, printable; the CSV is anonymised.
    const [basis] = await Promise.all([page.context().waitForEvent('page'), page.getByRole('button', { name: 'Exportera beslutsunderlag' }).click()]);
    await basis.waitForLoadState();
    await basis.getByRole('heading', { level: 1, name: /Beslutsunderlag/ }).waitFor();
    await expect(basis.textContent('body')).resolves.toContain(summaryText);
    await basis.close();
    await page.getByText('Beslutsunderlaget är exporterat', { exact: false }).waitFor();
    const csvHref = await page.getByRole('link', { name: /Ladda ned synpunkterna som CSV/ }).getAttribute('href');
    const csv = await page.request.get(`${baseUrl}${csvHref}`);
    expect(csv.status()).toBe(200);
    const csvText = await csv.text();
    expect(csvText).toContain(benchOpinion);
    expect(csvText).not.toContain(email);
  });

  it('records the decision and publishes the feedback after a confirmation; the press summary is there to copy', async () => {
    await page.getByRole('link', { name: 'Beslut och återkoppling' }).first().click();
    await page.getByRole('heading', { level: 1, name: `Beslut och återkoppling: ${title}` }).waitFor();
    await expect(page.getByLabel('Nämnd eller fullmäktige som beslutade *').inputValue()).resolves.toBe('Tekniska nämnden');
    expect(await accessibilityViolations(page)).toEqual([]);

    // How the result was used is required: it is the promise to the participants.
    await page.getByLabel('Beslutsdatum *').fill('2027-01-20');
    await page.getByLabel('Beslutet *').fill(decisionText);
    await page.getByRole('button', { name: 'Registrera beslutet' }).click();
    await expect(page.getByRole('alert').textContent()).resolves.toContain('Så användes resultatet av dialogen: Beskriv hur resultatet av dialogen användes i beslutet.');
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByLabel('Så användes resultatet av dialogen *').fill(howUsed);
    await page.getByRole('button', { name: 'Registrera beslutet' }).click();
    await page.getByText('Beslutet är registrerat. Nu kan du publicera återkopplingen.').waitFor();
    await expect(page.locator('#recorded-decision').textContent()).resolves.toContain('20 januari 2027');

    await page.getByLabel('Återkopplingen *').fill(feedbackText);
    await page.getByRole('button', { name: 'Lägg till länk' }).click();
    await page.getByLabel('Länktext 1').fill('Protokoll från tekniska nämnden');
    await page.getByLabel('Webbadress 1').fill('https://www.karlskoga.se/protokoll');
    await page.getByRole('button', { name: 'Granska och publicera' }).click();
    const confirm = page.getByRole('region', { name: 'Vill du publicera återkopplingen?' });
    await expect(confirm.textContent()).resolves.toContain('skickas till varje deltagare som har bekräftat sin e-postadress');
    expect(await accessibilityViolations(page)).toEqual([]);
    await confirm.getByRole('button', { name: 'Publicera och skicka e-post' }).click();

    const press = page.getByLabel('Sammanfattning för pressen');
    await press.waitFor();
    await expect(press.inputValue()).resolves.toContain(`Karlskoga kommun: återkoppling från medborgardialogen "${title}"`);
    await expect(press.inputValue()).resolves.toContain(howUsed);
    await page.getByRole('button', { name: 'Kopiera texten' }).waitFor();
    if (process.env.E2E_MAIL_DIR) {
      // One confirmed address: its e-mail goes out in the background and the figures follow by themselves.
      const delivery = page.locator('#delivery');
      await expect.poll(() => delivery.textContent(), { timeout: 30_000 }).toContain('Skickade1');
    }
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('the public reads the decision and the feedback, linked from the dialogue', async () => {
    const visitor = await newSwedishPage(browser);
    try {
      await visitor.goto(`${baseUrl}/dialoger/${slug}`);
      await visitor.getByRole('link', { name: 'Läs återkopplingen' }).click();
      await visitor.getByRole('heading', { level: 1, name: `Återkoppling: ${title}` }).waitFor();
      const main = await visitor.getByRole('main').textContent();
      expect(main).toContain(decisionText);
      expect(main).toContain(howUsed);
      expect(main).toContain(feedbackText);
      expect(main).toContain('Tekniska nämnden beslutade den 20 januari 2027');
      expect(main).toContain('2 synpunkter kom in');
      expect(await visitor.getByRole('link', { name: 'Protokoll från tekniska nämnden' }).getAttribute('href')).toBe('https://www.karlskoga.se/protokoll');
      expect(await accessibilityViolations(visitor)).toEqual([]);
    } finally {
      await visitor.context().close();
    }
  });

  it('the resident sees the feedback on the receipt', async () => {
    const resident = await newSwedishPage(browser);
    try {
      await resident.goto(`${baseUrl}/kvitto/${receiptToken}`);
      const section = resident.getByRole('region', { name: 'Återkoppling' });
      await section.waitFor();
      const text = await section.textContent();
      expect(text).toContain(decisionText);
      expect(text).toContain(feedbackText);
      expect(await accessibilityViolations(resident)).toEqual([]);
    } finally {
      await resident.context().close();
    }
  });

  it('the resident unsubscribes with the link in the feedback e-mail; a bad link is refused clearly', async () => {
    const resident = await newSwedishPage(browser);
    try {
      const unsubscribe = await linkInMail(email, /\/avregistrera\/([A-Za-z0-9_-]+)/);
      if (unsubscribe) {
        await resident.goto(`${baseUrl}/avregistrera/${unsubscribe}`);
        await resident.getByRole('heading', { level: 1, name: 'Avregistrera från återkoppling' }).waitFor();
        expect(await accessibilityViolations(resident)).toEqual([]);
        await resident.getByRole('button', { name: 'Avregistrera mig' }).click();
        await resident.getByText('Klart. Din e-postadress är borttagen', { exact: false }).waitFor();
        const receipt = await (await fetch(`${baseUrl}/api/receipts/${receiptToken}`)).json();
        expect(receipt.feedbackEmail ?? null).toBeNull();
      }

      await resident.goto(`${baseUrl}/avregistrera/inte-en-riktig-lank`);
      await resident.getByRole('button', { name: 'Avregistrera mig' }).click();
      await resident.getByRole('heading', { name: 'Länken fungerar inte' }).waitFor();
      expect(await accessibilityViolations(resident)).toEqual([]);
    } finally {
      await resident.context().close();
    }
  });
});
