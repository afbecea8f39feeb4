import type { Page } from 'playwright-core';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  accessibilityViolations,
  announcement,
  api,
  arrangeDialogue,
  baseUrl,
  browserForSuite,
  linkInMail,
  signInAsAdministrator,
  type ArrangedDialogue,
} from './support';

/**
 * Following by e-mail without an account (issue 17), as a resident on a phone does it: "Följ dialogen" on the
 * dialogue's page, the confirmation link from the mail (pressed, not opened), the manage page; a notice when staff
 * open the dialogue, with RFC 8058's one-click headers; weekly, new dialogues, remove one, and finally everything.
 */

/** The raw mails (headers and body) to `address` in the pickup folder that `match`, waiting up to 30 s for one. */
async function mailsTo(address: string, match: (mail: string) => boolean): Promise<string[]> {
  const dir = process.env.E2E_MAIL_DIR;
  if (!dir) throw new Error('E2E_MAIL_DIR is not set: ./test sets it.');
  for (let i = 0; i < 120; i++) {
    let mails: string[] = [];
    try {
      mails = readdirSync(dir).map((f) => readFileSync(join(dir, f), 'utf8').replace(/=\r?\n/g, '').replace(/=3D/g, '='));
    } catch {
      mails = [];
    }
    const found = mails.filter((m) => m.includes(address) && match(m));
    if (found.length > 0) return found;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`No matching e-mail to ${address} in ${dir} after 30 s`);
}

async function axeAt(page: Page, name: string) {
  mkdirSync('test-results/following', { recursive: true });
  const found: Record<string, string[]> = {};
  for (const width of [320, 1280]) {
    await page.setViewportSize({ width, height: width === 320 ? 640 : 900 });
    await page.screenshot({ path: `test-results/following/${name}-${width}.png`, fullPage: true });
    found[width] = await accessibilityViolations(page);
    const sideways = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    if (sideways > 0) found[width].push(`scrolls sideways by ${sideways} px`);
  }
  await page.setViewportSize({ width: 320, height: 640 });
  expect(found, name).toEqual({ 320: [], 1280: [] });
}

describe('following a dialogue by e-mail, without an account', () => {
  let page: Page;
  browserForSuite((_, p) => {
    page = p;
  });
  const suffix = Date.now().toString(36);
  const email = `foljer-${suffix}@exempel-kommuninvanare.example.se`;
  let staff: string;
  let dialogue: ArrangedDialogue;

  beforeAll(async () => {
    staff = await signInAsAdministrator();
    // It opens tomorrow, so the jobs do not open it on their own: the staff's opening below is the step followers hear of.
    dialogue = await arrangeDialogue(staff, announcement(`Lekplatsen i Bregårdsparken ${suffix}`, { opensAt: new Date(Date.now() + 86_400_000).toISOString() }), {
      state: 'announced',
    });
  }, 60_000);

  it('follows, confirms, hears of a step, changes, adds, removes and finally deletes the address', async () => {
    await page.setViewportSize({ width: 320, height: 640 });

    // Följ dialogen on the dialogue's page, at 320 px.
    await page.goto(`${baseUrl}/dialoger/${dialogue.slug}`);
    await page.locator('summary', { hasText: 'Följ dialogen' }).click();
    await page.getByLabel('Din e-postadress').fill(email);
    await page.getByRole('checkbox', { name: /Ja, skicka mig e-post när något händer/ }).check();
    await page.getByRole('button', { name: 'Skicka' }).click();
    await page.getByText('Kolla din e-post.', { exact: false }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent ?? '')).toContain('Kolla din e-post');
    await axeAt(page, 'dialogue-followed');

    // The confirmation link: opening it confirms nothing, the button does.
    const confirmation = await linkInMail(email, /\/folj\/bekrafta\/([A-Za-z0-9_-]+)/);
    await page.goto(`${baseUrl}/folj/bekrafta/${confirmation}`);
    await page.getByRole('heading', { level: 1, name: 'Bekräfta att du vill följa' }).waitFor();
    await axeAt(page, 'confirm');
    await page.getByRole('button', { name: 'Bekräfta' }).click();
    await page.getByRole('heading', { name: 'Tack! Nu följer du:' }).waitFor();
    expect(await page.getByRole('link', { name: `Lekplatsen i Bregårdsparken ${suffix}` }).getAttribute('href')).toBe(`/dialoger/${dialogue.slug}`);
    await axeAt(page, 'confirmed');
    await page.getByRole('link', { name: 'Se och ändra det du följer' }).click();
    await page.getByRole('heading', { level: 1, name: 'Det du följer' }).waitFor();
    const follower = new URL(page.url()).pathname.split('/').pop()!;
    await page.getByText(`Vi skickar e-post till \u2068${email}\u2069.`).waitFor();
    await axeAt(page, 'manage');

    // The same link a second time is good news, not an error.
    await page.goto(`${baseUrl}/folj/bekrafta/${confirmation}`);
    await page.getByRole('button', { name: 'Bekräfta' }).click();
    await page.getByRole('heading', { name: 'Det är redan klart' }).waitFor();

    // Staff open the dialogue: a step, and the background jobs send the follower a notice with one-click unsubscribe.
    await api(staff, 'POST', `/api/dialogues/${dialogue.id}/open`);
    const [notice] = await mailsTo(email, (m) => /^List-Unsubscribe-Post:/im.test(m));
    expect(notice).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click\r?$/m);
    // (a long header is folded onto the next line; each link is a fresh token of the same follower)
    expect(notice).toMatch(/^List-Unsubscribe:\s*<https?:\/\/[^>]*\/api\/followers\/[A-Za-z0-9_-]+\/unsubscribe>\r?$/m);

    // The same page right to left, in Arabic (then Swedish again: the choice is remembered).
    await page.goto(`${baseUrl}/folj/${follower}?lang=ar`);
    await page.getByRole('heading', { level: 1, name: 'ما تتابعه' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    await axeAt(page, 'manage-ar');
    await page.goto(`${baseUrl}/folj/${follower}?lang=sv`);
    await page.getByRole('heading', { level: 1, name: 'Det du följer' }).waitFor();

    // Weekly instead of each step.
    await page.goto(`${baseUrl}/folj/${follower}`);
    await page.getByRole('radio', { name: 'En sammanfattning i veckan' }).check();
    await page.getByRole('button', { name: 'Spara' }).click();
    await page.getByText('Sparat. Nästa mejl skickas så.').waitFor();
    expect((await (await fetch(`${baseUrl}/api/followers/${follower}`)).json()).frequency).toBe('weekly');

    // Follow new dialogues on a topic, from here: confirmed at once.
    await page.getByLabel('Ämne (valfritt)').fill(`lekplatser-${suffix}`);
    await page.getByRole('button', { name: 'Följ nya dialoger' }).click();
    await page.getByText(`Nu följer du också: Nya dialoger om ”\u2068lekplatser-${suffix}\u2069”.`).waitFor();
    const list = page.getByRole('list', { name: 'Det här följer du' });
    await expect.poll(() => list.getByRole('listitem').count()).toBe(2);
    await axeAt(page, 'manage-two');

    // Remove one.
    await list.getByRole('listitem').filter({ hasText: `lekplatser-${suffix}` }).getByRole('button', { name: 'Sluta följa' }).click();
    await page.getByText(`Du följer inte längre Nya dialoger om ”\u2068lekplatser-${suffix}\u2069”.`).waitFor();
    await expect.poll(() => list.getByRole('listitem').count()).toBe(1);

    // Everything, after one more question: the address is gone.
    await page.getByRole('button', { name: 'Sluta följa allt och radera min adress' }).click();
    await page.getByRole('alertdialog').waitFor();
    await axeAt(page, 'unfollow-question');
    await page.getByRole('button', { name: 'Ja, radera min adress' }).click();
    await page.getByRole('heading', { name: 'Din adress är raderad' }).waitFor();
    await axeAt(page, 'deleted');
    const gone = await fetch(`${baseUrl}/api/followers/${follower}`);
    expect(gone.status).toBe(404);
    expect(((await gone.json()) as { code: string }).code).toBe('follower.linkNotFound');

    // The manage link from an old mail now says so clearly.
    await page.goto(`${baseUrl}/folj/${follower}`);
    await page.getByRole('heading', { level: 1, name: 'Länken gäller inte längre' }).waitFor();
    await axeAt(page, 'manage-gone');
  }, 180_000);

  it('offers new dialogues on the start page, and nothing to follow on a cancelled dialogue', async () => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(`${baseUrl}/`);
    await page.locator('summary', { hasText: 'Få e-post om nya dialoger' }).click();
    await page.getByLabel('Område (valfritt)').waitFor();
    await axeAt(page, 'start-follow-open');

    const cancelled = await arrangeDialogue(staff, announcement(`Inställd ${suffix}`), { state: 'announced' });
    await api(staff, 'POST', `/api/dialogues/${cancelled.id}/cancel`, { reason: 'Frågan avgjordes i budgeten.' });
    await page.goto(`${baseUrl}/dialoger/${cancelled.slug}`);
    await page.getByText('Frågan avgjordes i budgeten.').waitFor();
    await page.waitForLoadState('networkidle');
    expect(await page.locator('summary', { hasText: 'Följ dialogen' }).count()).toBe(0);
  }, 60_000);
});
