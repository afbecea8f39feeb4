import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { accessibilityViolations, announcement, arrangeDialogue, baseUrl, browserForSuite, signInAsAdministrator } from './support';

/** A young person answers a youth dialogue's questionnaire with the keyboard and sees the answers on the receipt. */
describe('a young person answers a questionnaire', () => {
  let page: Page;
  browserForSuite((_, p) => {
    page = p;
  });
  const suffix = Date.now().toString(36);
  const title = `Ungas fritid ${suffix}`;
  let slug = '';
  let id = '';

  beforeAll(async () => {
    const token = await signInAsAdministrator();
    const created = await arrangeDialogue(
      token,
      announcement(title, {
        summary: 'Vad vill unga göra på fritiden?',
        question: 'Vad saknar du?',
        committee: 'Kultur- och fritidsnämnden',
        forms: ['survey', 'youthDialogue'],
        targetGroups: ['youngPeople'],
        isYouthDialogue: true,
      }),
      {
        questionnaire: [
          { kind: 'singleChoice', text: 'Var träffar du kompisar?', required: true, options: [{ text: 'Skolan' }, { text: 'Ungdomsgården' }] },
          { kind: 'multipleChoice', text: 'Vad gör du gärna?', required: false, options: [{ text: 'Sport' }, { text: 'Musik' }, { text: 'Spel' }] },
          { kind: 'scale', text: 'Hur nöjd är du med fritiden?', required: true, options: [] },
          { kind: 'ranking', text: 'Vad är viktigast?', required: false, options: [{ text: 'Närhet' }, { text: 'Öppettider' }, { text: 'Pris' }] },
        ],
      },
    );
    slug = created.slug;
    id = created.id;
  });

  it('shows youth wording, refuses a missing required answer, and takes the answers', async () => {
    await page.goto(`${baseUrl}/dialoger/${slug}/tyck-till`);
    await page.getByText('Du behöver inte skriva ditt namn eller din e-post.', { exact: false }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByLabel('Ungdomsgården').check();
    await page.getByLabel('Musik').check();
    await page.getByLabel('Spel').check();
    // A ranking is ordered with buttons, reachable by keyboard.
    await page.getByRole('button', { name: 'Flytta upp Pris' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Flytta upp Pris' }).press('Enter');
    // The scale is required: the browser's own check stops the form, nothing is sent.
    await page.getByRole('button', { name: 'Skicka in' }).click();
    expect(page.url()).toContain('/tyck-till');
    await page.getByLabel('4', { exact: true }).check();
    await page.getByLabel('Något mer du vill säga?', { exact: false }).fill('Fler kvällsaktiviteter!');
    await page.getByRole('button', { name: 'Skicka in' }).click();

    await page.getByRole('heading', { level: 1, name: 'Ditt kvitto' }).waitFor();
    const main = (await page.getByRole('main').textContent()) ?? '';
    expect(main).toContain('Var träffar du kompisar?Ungdomsgården');
    expect(main).toContain('Vad gör du gärna?Musik, Spel');
    expect(main).toContain('Hur nöjd är du med fritiden?4');
    expect(main).toContain('Vad är viktigast?Pris → Närhet → Öppettider');
    expect(main).toContain('Fler kvällsaktiviteter!');
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('the real server refuses an oversized opinion with 413 and an invalid answer with field errors', async () => {
    const huge = await fetch(`${baseUrl}/api/dialogues/${id}/opinions`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ text: 'x'.repeat(300 * 1024), consentToFeedback: false }),
    });
    expect(huge.status).toBe(413);
    expect(huge.headers.get('content-type')).toContain('application/problem+json');

    const missing = await fetch(`${baseUrl}/api/dialogues/${id}/opinions`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ text: 'bara text', answers: [], consentToFeedback: false }),
    });
    expect(missing.status).toBe(400);
    const problem = (await missing.json()) as { code: string; fieldErrors: { field: string; code: string }[] };
    expect(problem.code).toBe('request.invalid');
    expect(problem.fieldErrors.some((e) => e.field.startsWith('answers'))).toBe(true); // the path in the body as sent, no wrapper
  });
});
