import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { accessibilityViolations, announcement, api, arrangeDialogue, baseUrl, browserForSuite, signInAsAdministrator, signInThroughUi } from './support';

interface StaffDialogue {
  status: string;
  questions: { kind: string; text: string; textEn?: string | null; required: boolean; options: { text: string }[] }[];
}

/**
 * An official builds a questionnaire on a draft in the staff console; once the dialogue is open, imports opinions
 * gathered on paper (a dry run finds a bad row, the fixed file is imported), registers one from a meeting, and the
 * reach dashboard counts them.
 */
describe('an official builds a questionnaire, imports opinions and sees who took part', () => {
  let page: Page;
  browserForSuite((_, p) => {
    page = p;
  });
  let token = '';
  let id = '';
  const suffix = Date.now().toString(36);
  const title = `Skatepark i Karlskoga ${suffix}`;
  const session = `Pop-up på torget ${suffix}`;

  beforeAll(async () => {
    token = await signInAsAdministrator();
    const now = Date.now();
    const created = await arrangeDialogue(
      token,
      announcement(title, {
        summary: 'Kommunen vill bygga en skatepark och vill veta var och hur.',
        question: 'Var ska skateparken ligga?',
        committee: 'Kultur- och fritidsnämnden',
        forms: ['survey', 'popUp'],
        targetGroups: ['allResidents', 'youngPeople'],
        places: [{ name: 'Stora torget', address: 'Stora torget 1', url: null, accessibility: 'Plan mark.' }],
      }),
      {
        state: 'draft',
        sessions: [
          {
            form: 'popUp',
            title: session,
            startsAt: new Date(now + 2 * 86_400_000).toISOString(),
            endsAt: new Date(now + 2 * 86_400_000 + 3 * 3_600_000).toISOString(),
            placeName: 'Stora torget',
            address: null,
            onlineUrl: null,
            accessibility: null,
            capacity: null,
            signUpRequired: false,
          },
        ],
      },
    );
    id = created.id;
  });

  it('the official signs in', async () => {
    await signInThroughUi(page);
  });

  it('builds a questionnaire on the draft, reorders with the keyboard and saves it', async () => {
    await page.goto(`${baseUrl}/personal/dialoger/${id}`);
    await page.getByRole('heading', { level: 1, name: 'Redigera dialog' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Frågeformulär' }).waitFor();
    await page.getByText('Inga frågor än.', { exact: false }).waitFor();

    await page.getByRole('button', { name: 'Lägg till fråga' }).click();
    const first = page.getByRole('group', { name: 'Fråga 1', exact: true });
    await first.getByLabel('Frågan på svenska *').fill('Var ska skateparken ligga?');
    await first.getByLabel('Frågan på engelska (valfritt)').fill('Where should the skatepark be?');
    await first.getByLabel('Typ av svar').selectOption('singleChoice');
    await first.getByLabel('Måste besvaras').check();
    await first.getByLabel('Alternativ 1 på svenska *').fill('Centrum');
    await first.getByLabel('Alternativ 2 på svenska *').fill('Skranta');
    await first.getByRole('button', { name: 'Lägg till alternativ' }).click();
    await first.getByLabel('Alternativ 3 på svenska *').fill('Rävåsen');

    await page.getByRole('button', { name: 'Lägg till fråga' }).click();
    const second = page.getByRole('group', { name: 'Fråga 2', exact: true });
    await second.getByLabel('Frågan på svenska *').fill('Hur viktigt är belysning?');
    await second.getByLabel('Typ av svar').selectOption('scale');

    // An empty third question is refused before anything is sent, and removed again.
    await page.getByRole('button', { name: 'Lägg till fråga' }).click();
    await page.getByRole('button', { name: 'Spara frågeformuläret' }).click();
    await expect(page.getByRole('alert').textContent()).resolves.toContain('Fråga 3, Frågan på svenska: Skriv frågan.');
    await page.getByRole('button', { name: 'Ta bort fråga 3' }).click();

    // With the keyboard: move question 2 up, then (focus stays with it) back down.
    await page.getByRole('button', { name: 'Flytta upp fråga 2' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('group', { name: 'Fråga 1', exact: true }).getByLabel('Frågan på svenska *').inputValue()).resolves.toBe(
      'Hur viktigt är belysning?',
    );
    // At the top its "up" button is disabled: focus is on its "down" button now, as a keyboard user finds it.
    await expect.poll(() => page.getByRole('button', { name: 'Flytta ned fråga 1' }).evaluate((b) => b === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('group', { name: 'Fråga 1', exact: true }).getByLabel('Frågan på svenska *').inputValue()).resolves.toBe(
      'Var ska skateparken ligga?',
    );
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Spara frågeformuläret' }).click();
    await page.getByText('Frågeformuläret är sparat (2 frågor).').waitFor();
    const saved = await api<StaffDialogue>(token, 'GET', `/api/staff/dialogues/${id}`);
    expect(saved.questions.map((q) => [q.kind, q.text, q.required])).toEqual([
      ['singleChoice', 'Var ska skateparken ligga?', true],
      ['scale', 'Hur viktigt är belysning?', false],
    ]);
    expect(saved.questions[0].textEn).toBe('Where should the skatepark be?');
    expect(saved.questions[0].options.map((o) => o.text)).toEqual(['Centrum', 'Skranta', 'Rävåsen']);
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('shows the questions read-only once the dialogue is published', async () => {
    await api(token, 'POST', `/api/dialogues/${id}/publish`);
    await api(token, 'POST', `/api/dialogues/${id}/open`);

    await page.goto(`${baseUrl}/personal/dialoger/${id}`);
    await page.getByText('Dialogen är inte längre ett utkast, så frågorna kan inte ändras.').waitFor();
    await expect(page.getByRole('main').textContent()).resolves.toContain('Var ska skateparken ligga?');
    expect(await page.getByRole('button', { name: 'Lägg till fråga' }).count()).toBe(0);
  });

  it('imports from a file: the dry run reports a bad row, the fixed file is imported and counted', async () => {
    await page.goto(`${baseUrl}/personal`);
    const row = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: title }) });
    await row.getByRole('link', { name: 'Synpunkter och deltagande' }).click();
    await page.getByRole('heading', { level: 1, name: `Synpunkter: ${title}` }).waitFor();
    await page.locator('#reach-totals').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    // The template link gives this dialogue's columns, one per question (signed in with the page's cookie).
    const href = await page.getByRole('link', { name: 'Ladda ned mallen för den här dialogen (CSV)' }).getAttribute('href');
    const template = await page.request.get(`${baseUrl}${href}`);
    expect(template.status()).toBe(200);
    expect((await template.text()).split('\r\n')[0]).toBe('kanal;tillfälle;ålder;område;relation;synpunkt;fråga 1;fråga 2');

    const header = 'kanal;tillfälle;ålder;område;relation;synpunkt;fråga 1;fråga 2';
    const rows = (channel: string) =>
      [
        header,
        `papper;${session};16-25;Centrum;boende;Gärna nära bussen;Centrum;4`,
        `${channel};;65+;;;;Skranta;5`,
        'telefon;;;;företagare;;Rävåsen;',
      ].join('\r\n') + '\r\n';
    const file = page.getByLabel('CSV-fil');
    const run = page.getByRole('button', { name: 'Importera', exact: true });

    await file.setInputFiles({ name: 'synpunkter.csv', mimeType: 'text/csv', buffer: Buffer.from(rows('brev'), 'utf8') });
    await page.getByRole('button', { name: 'Kontrollera (provkörning)' }).click();
    const report = page.getByRole('table', { name: /Fel i filen/ });
    await report.waitFor();
    const reported = report.getByRole('row').filter({ hasText: 'brev' });
    // Said in the page's Swedish from the row's code and parameters, never the API's English message.
    await expect(reported.getByRole('cell').allTextContents()).resolves.toEqual(['3', 'kanal', expect.stringContaining('I filen: ”brev”. Tillåtet: Möte, Dialogpromenad')]);
    await page.getByText('Provkörningen hittade 1 fel bland 3 rader.', { exact: false }).waitFor();
    expect(await run.isDisabled()).toBe(true);
    expect(await accessibilityViolations(page)).toEqual([]);

    await file.setInputFiles({ name: 'synpunkter.csv', mimeType: 'text/csv', buffer: Buffer.from(rows('papper'), 'utf8') });
    expect(await run.isDisabled()).toBe(true); // a new file needs its own dry run
    await page.getByRole('button', { name: 'Kontrollera (provkörning)' }).click();
    await page.getByText('3 rader är rätt.', { exact: false }).waitFor();
    expect(await report.count()).toBe(0);
    await run.click();
    await page.getByText('3 synpunkter är importerade.').waitFor();

    const totals = page.locator('#reach-totals');
    await expect.poll(() => totals.textContent()).toContain('Synpunkter totalt3');
    await expect(totals.textContent()).resolves.toContain('Utanför webben3');
    const channels = page.getByRole('table', { name: 'Per kanal' });
    const count = async (table: typeof channels, label: string) =>
      (await table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: label, exact: true }) }).getByRole('cell').first().textContent())?.trim();
    await expect(count(channels, 'Papper')).resolves.toBe('2');
    await expect(count(channels, 'Telefon')).resolves.toBe('1');
    await expect(count(channels, 'Webben')).resolves.toBe('0');
    await expect(count(page.getByRole('table', { name: 'Per område' }), 'Centrum')).resolves.toBe('1');
    const young = page.getByRole('table', { name: 'Målgrupper' }).getByRole('row').filter({ hasText: 'Unga' });
    await expect(young.textContent()).resolves.toContain('1 av 2');
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('registers an opinion from a meeting with the same questions; the form is cleared and the count goes up', async () => {
    await page.getByLabel('Kanal *').selectOption('meeting');
    await page.getByLabel('Tillfälle').selectOption({ index: 1 }); // the dialogue's one session
    await page.getByRole('group', { name: /Var ska skateparken ligga\?/ }).getByLabel('Skranta').check();
    await page.getByRole('group', { name: /Hur viktigt är belysning\?/ }).getByLabel('5', { exact: true }).check();
    await page.getByLabel('Övrigt som personen sa (frivilligt)').fill('Bygg den med belysning.');
    await page.getByLabel('Ålder').selectOption('under16');
    await page.getByRole('button', { name: 'Registrera synpunkten' }).click();

    await page.getByText('Synpunkten är registrerad. Du har registrerat 1 på den här sidan.').waitFor();
    await expect(page.getByLabel('Övrigt som personen sa (frivilligt)').inputValue()).resolves.toBe('');
    await expect(page.getByLabel('Ålder').inputValue()).resolves.toBe('');
    expect(await page.getByRole('group', { name: /Var ska skateparken ligga\?/ }).getByLabel('Skranta').isChecked()).toBe(false);
    await expect.poll(() => page.locator('#reach-totals').textContent()).toContain('Synpunkter totalt4');
    const meeting = page.getByRole('table', { name: 'Per kanal' }).getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Möte' }) });
    await expect(meeting.getByRole('cell').first().textContent()).resolves.toBe('1');
    expect(await accessibilityViolations(page)).toEqual([]);
  });
});
