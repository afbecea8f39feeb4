// Shared by the browser tests: Debian's Chromium through playwright-core, the real API at E2E_BASE_URL.
import { chromium, type Browser, type Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll } from 'vitest';

export const baseUrl = (() => {
  const url = process.env.E2E_BASE_URL;
  if (!url) throw new Error('E2E_BASE_URL is not set: ./test starts the API and SPA and sets it.');
  return url.replace(/\/$/, '');
})();

export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** Runs axe-core on the page for WCAG 2.1 A and AA; returns the violations in readable form. */
export async function accessibilityViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

export async function screenshotOnFailure(page: Page | undefined, name: string, failed: boolean) {
  if (!page || !failed) return;
  mkdirSync('test-results', { recursive: true });
  await page.screenshot({ path: `test-results/${name}.png`, fullPage: true }).catch(() => undefined);
}

/** A staff member's bearer token, for arranging data through the real API. */
export async function signInAsAdministrator(): Promise<string> {
  const email = process.env.E2E_ADMIN_EMAIL;
  const password = process.env.E2E_ADMIN_PASSWORD;
  if (!email || !password) throw new Error('E2E_ADMIN_EMAIL and E2E_ADMIN_PASSWORD must be set (./test sets them).');
  const response = await fetch(`${baseUrl}/api/account/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (!response.ok) throw new Error(`Sign-in failed: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { accessToken: string }).accessToken;
}

export async function api<T>(token: string, method: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(`${baseUrl}${path}`, {
    method,
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

/** A page in a Swedish browser context, as a resident in Karlskoga sees the site. */
export async function newSwedishPage(browser: Browser): Promise<Page> {
  return (await browser.newContext({ locale: 'sv-SE', timezoneId: 'Europe/Stockholm' })).newPage();
}

/** Signs the test administrator in through the staff console's form. */
export async function signInThroughUi(page: Page) {
  await page.goto(`${baseUrl}/personal`);
  await page.getByLabel('E-postadress').fill(process.env.E2E_ADMIN_EMAIL!);
  await page.getByLabel('Lösenord').fill(process.env.E2E_ADMIN_PASSWORD!);
  await page.getByRole('button', { name: 'Logga in' }).click();
  await page.getByRole('heading', { level: 1, name: 'Dialoger' }).waitFor();
}

/** A resident's opinion, sent anonymously as the public page does. */
export async function submitOpinion(dialogueId: string, body: unknown): Promise<{ opinionId: string; receiptToken: string }> {
  const response = await fetch(`${baseUrl}/api/dialogues/${dialogueId}/opinions`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`Submitting an opinion: ${response.status} ${await response.text()}`);
  return (await response.json()) as { opinionId: string; receiptToken: string };
}

const day = 86_400_000;

/** What an official announces, with the defaults the browser tests share: a web survey for all residents, open since
 * yesterday for 30 days. A test names only what it is about. */
export function announcement(title: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const now = Date.now();
  return {
    title,
    summary: `Kommunen vill veta vad du tycker: ${title}.`,
    question: 'Vad tycker du?',
    committee: 'Kommunstyrelsen',
    forms: ['survey'],
    targetGroups: ['allResidents'],
    places: [{ name: 'Webbenkät', address: null, url: 'https://www.karlskoga.se/', accessibility: null }],
    opensAt: new Date(now - day).toISOString(),
    closesAt: new Date(now + 30 * day).toISOString(),
    participationLevel: 'consult',
    isYouthDialogue: false,
    ...overrides,
  };
}

export interface ArrangedQuestion {
  id: string;
  kind: string;
  text: string;
  options: { id: string; text: string }[];
}

export interface ArrangedDialogue {
  id: string;
  slug: string;
  questions: ArrangedQuestion[];
}

/** The state a test wants its dialogue in; each is reached through the real use cases, in the order an official takes. */
export type ArrangedState = 'draft' | 'announced' | 'open' | 'closed';

/**
 * Arranges a dialogue through the real API as an official does it: announce, then the questionnaire, the map and
 * sessions (while it is a draft), publish, open, and close. The browser tests' one way to set the stage.
 */
export async function arrangeDialogue(
  token: string,
  body: Record<string, unknown>,
  { state = 'open', questionnaire, sessions = [], map }: { state?: ArrangedState; questionnaire?: unknown[]; sessions?: unknown[]; map?: unknown } = {},
): Promise<ArrangedDialogue> {
  const created = await api<{ id: string; slug: string }>(token, 'POST', '/api/dialogues', body);
  const questions = questionnaire
    ? await api<ArrangedQuestion[]>(token, 'PUT', `/api/dialogues/${created.id}/questionnaire`, { questions: questionnaire })
    : [];
  if (map) await api(token, 'PUT', `/api/dialogues/${created.id}/map`, map);
  for (const session of sessions) await api(token, 'POST', `/api/dialogues/${created.id}/sessions`, session);
  const steps = { draft: [], announced: ['publish'], open: ['publish', 'open'], closed: ['publish', 'open', 'close'] }[state];
  for (const step of steps) await api(token, 'POST', `/api/dialogues/${created.id}/${step}`);
  return { id: created.id, slug: created.slug, questions };
}

/**
 * One browser and one Swedish page for a describe block: launched before its tests, closed after them, and a
 * screenshot of the page when a test fails. `use` receives both once they exist.
 */
export function browserForSuite(use: (browser: Browser, page: Page) => void) {
  let browser: Browser | undefined;
  let page: Page | undefined;
  beforeAll(async () => {
    browser = await launch();
    page = await newSwedishPage(browser);
    use(browser, page);
  });
  afterAll(async () => {
    await browser?.close();
  });
  afterEach(async (context) => {
    await screenshotOnFailure(page, context.task.name.replace(/\W+/g, '-'), context.task.result?.state === 'fail');
  });
}

/** The first link matching `pattern` in an e-mail to `address` that the API wrote to the pickup folder (./test sets E2E_MAIL_DIR). */
export async function linkInMail(address: string, pattern: RegExp): Promise<string | undefined> {
  const dir = process.env.E2E_MAIL_DIR;
  if (!dir) return undefined;
  for (let i = 0; i < 360; i++) {
    let mails: string[] = [];
    try {
      // Undo quoted-printable soft line breaks, so a long token is read whole.
      mails = readdirSync(dir).map((f) => readFileSync(join(dir, f), 'utf8').replace(/=\r?\n/g, '').replace(/=3D/g, '='));
    } catch {
      mails = [];
    }
    const found = mails.filter((m) => m.includes(address)).map((m) => pattern.exec(m)?.[1]).find(Boolean);
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`No e-mail to ${address} matching ${pattern} in ${dir} after 30 s`);
}
