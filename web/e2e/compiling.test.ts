import type { Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { accessibilityViolations, announcement, api, arrangeDialogue, baseUrl, browserForSuite, signInAsAdministrator, signInThroughUi } from './support';

/** The labelled opinions of the compiling benchmark (theme,text), read as RFC 4180 CSV. */
function labelledOpinions(): { theme: string; text: string }[] {
  const content = readFileSync(new URL('../../bench/compile/labelled-opinions.csv', import.meta.url), 'utf8');
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < content.length; i++) {
    const c = content[i];
    if (quoted) {
      if (c === '"' && content[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && content[i + 1] === '\n') i++;
      row.push(field), (field = '');
      if (row.some(Boolean)) rows.push(row);
      row = [];
    } else field += c;
  }
  if (field || row.length) rows.push([...row, field]);
  return rows.slice(1).map(([theme, text]) => ({ theme, text }));
}

const csvField = (text: string) => `"${text.replace(/"/g, '""')}"`;

interface Result {
  themes: { id: string; name: string; count: number }[];
}

/**
 * Staff compile a closed dialogue of 40 opinions (from the labelled benchmark set, imported as offline opinions): they
 * ask for theme suggestions (worked by the background job), accept one and undo it; they search, see the hits marked,
 * group all the matches under a theme after confirming the count, and undo that too. Axe-clean at 320 and 1280 px.
 */
describe('staff compile many opinions on the results page', () => {
  let page: Page;
  browserForSuite((_, p) => {
    page = p;
  });
  let token = '';
  let id = '';
  const suffix = Date.now().toString(36);
  const title = `Trafik och trygghet i Karlskoga ${suffix}`;
  const themeName = `Cykelvägar ${suffix}`;
  const themeCount = async (name: string) => (await api<Result>(token, 'GET', `/api/staff/dialogues/${id}/result`)).themes.find((x) => x.name === name)?.count;

  beforeAll(async () => {
    token = await signInAsAdministrator();
    id = (await arrangeDialogue(token, announcement(title), { state: 'open' })).id;
    // Ten of cycling (those about cycle lanes first) and of street lighting, and four of each of five other themes: 40.
    const all = labelledOpinions();
    const lanes = (o: { text: string }) => (/cykelban/i.test(o.text) ? 0 : 1);
    const of = (theme: string, n: number) => all.filter((o) => o.theme === theme).sort((a, b) => lanes(a) - lanes(b)).slice(0, n);
    const chosen = [...of('cykel', 10), ...of('belysning', 10), ...['buss', 'gront', 'parkering', 'snow', 'unga'].flatMap((t) => of(t, 4))];
    expect(chosen).toHaveLength(40);
    const csv = ['kanal;synpunkt', ...chosen.map((o) => `papper;${csvField(o.text)}`)].join('\r\n') + '\r\n';
    const form = new FormData();
    form.append('file', new Blob([csv], { type: 'text/csv' }), 'synpunkter.csv');
    const imported = await fetch(`${baseUrl}/api/dialogues/${id}/offline-opinions/import?dryRun=false`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}` },
      body: form,
    });
    if (!imported.ok) throw new Error(`Import: ${imported.status} ${await imported.text()}`);
    await api(token, 'POST', `/api/dialogues/${id}/close`);
    await api(token, 'POST', `/api/dialogues/${id}/themes`, { name: themeName });
  }, 60_000);

  async function clean(width: number) {
    await page.setViewportSize({ width, height: width === 320 ? 640 : 900 });
    const scroll = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(scroll, `sideways at ${width} px`).toBeLessThanOrEqual(0);
    expect(await accessibilityViolations(page), `axe at ${width} px`).toEqual([]);
  }

  it('the official signs in and opens the result', async () => {
    await signInThroughUi(page);
    await page.goto(`${baseUrl}/personal/dialoger/${id}/resultat`);
    await page.getByRole('heading', { level: 1, name: `Resultat: ${title}` }).waitFor();
    await page.getByText('Visar 1–20 av 40 synpunkter.').waitFor();
  });

  it('asks for theme suggestions, follows the progress and reads them with their words and examples', async () => {
    const section = page.getByRole('region', { name: 'Förslag på teman' });
    await section.getByLabel('Hur många teman').fill('4');
    await section.getByRole('button', { name: 'Föreslå teman' }).click();
    // The background job works the run; the page asks every second until it is done.
    await section.getByText(/förslag utifrån \d+ synpunkter\./).waitFor({ timeout: 120_000 });
    const cards = section.locator('.suggestion');
    expect(await cards.count()).toBeGreaterThanOrEqual(2);
    await cards.first().getByText('Varför: de här orden').waitFor();
    expect(await cards.first().locator('.chip').count()).toBeGreaterThan(0);
    expect(await cards.first().locator('blockquote mark').count()).toBeGreaterThan(0);
    await clean(320);
    await clean(1280);
  });

  it('accepts a suggestion: its theme counts as many as it said, and undo takes them back', async () => {
    const card = page.getByRole('region', { name: 'Förslag på teman' }).locator('.suggestion').first();
    const name = (await card.getByRole('heading', { level: 3 }).textContent())!.trim();
    const count = Number(/(\d+) synpunkt/.exec((await card.textContent())!)![1]);
    expect(count).toBeGreaterThan(0);

    await card.getByRole('button', { name: 'Godta', exact: true }).click();
    await page.getByText(`”${name}” är godtaget: ${count} synpunkt${count === 1 ? '' : 'er'} grupperades.`).waitFor();
    await card.getByText(`Godtaget – ${count} grupperad${count === 1 ? '' : 'e'}`).waitFor();
    expect(await themeCount(name)).toBe(count);
    const row = page.getByRole('table', { name: 'Teman' }).getByRole('row').filter({ has: page.getByRole('rowheader', { name, exact: true }) });
    await expect.poll(() => row.textContent()).toContain(String(count));

    await card.getByRole('button', { name: 'Ångra' }).click();
    await page.getByText(`Ändringen är ångrad: ${count} synpunkt`, { exact: false }).first().waitFor();
    expect(await themeCount(name)).toBe(0);
    // The suggestion is proposed again.
    await card.getByRole('button', { name: 'Godta', exact: true }).waitFor();
  });

  it('searches, sees the hits marked, groups all the matches after confirming the count, and undoes it', async () => {
    await page.getByLabel('Sök i synpunkterna').fill('cykelbanor');
    await page.getByRole('button', { name: 'Sök', exact: true }).click();
    const status = page.locator('#opinions-heading ~ p[role=status]');
    // The list says the search's count once its answer is in (it showed all 40 until then).
    await expect.poll(async () => /av (\d+) synpunkter/.exec((await status.textContent()) ?? '')?.[1]).toSatisfy((n) => n !== undefined && n !== '40');
    const total = Number(/av (\d+) synpunkter/.exec((await status.textContent())!)![1]);
    expect(total).toBeGreaterThan(1);
    expect(total).toBeLessThan(40);
    const marks = await page.locator('.opinion-list mark').allTextContents();
    expect(marks.length).toBeGreaterThan(0);
    for (const m of marks) expect(m.toLowerCase()).toMatch(/cykelban/);

    const bulk = page.locator('.bulk-tagging');
    await bulk.getByRole('heading', { name: `Gruppera alla ${total} träffar under ett tema` }).waitFor();
    await bulk.getByLabel('Tema', { exact: true }).selectOption({ label: themeName });
    await bulk.getByRole('button', { name: `Fortsätt med ${total} träffar` }).click();
    await bulk.getByText(`${total} synpunkter grupperas under ”${themeName}”. Stämmer det?`).waitFor();
    await clean(320);
    await bulk.getByRole('button', { name: `Ja, gruppera ${total} synpunkter` }).click();
    await bulk.getByText(`${total} synpunkter grupperades under ”${themeName}”.`).waitFor();
    expect(await themeCount(themeName)).toBe(total);
    await page.getByRole('region', { name: 'Senaste ändringar' }).getByText(`${total} synpunkter grupperade under ”${themeName}”`).waitFor();
    await clean(320);
    await clean(1280);

    await bulk.locator('.compile-done').getByRole('button', { name: 'Ångra' }).click();
    await bulk.getByText(`Ändringen är ångrad: ${total} synpunkter under ”${themeName}” är som förut.`).waitFor();
    expect(await themeCount(themeName)).toBe(0);
  });
});
