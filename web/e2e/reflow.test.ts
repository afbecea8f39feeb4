import type { Page } from 'playwright-core';
import { mkdirSync, readFileSync } from 'node:fs';
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
  signInThroughUi,
  submitOpinion,
} from './support';

/**
 * Phones first (WCAG 2.1 1.4.10 Reflow, 1.4.4 Resize text): every route of the SPA, with real content in the states
 * that show the most of it, fits a 320 CSS px wide screen without scrolling sideways (a wide table may scroll inside its
 * own labelled region) and passes axe there and at 1280 px. The header's menu collapses behind a button on a phone.
 */

/** The route patterns of routes.tsx, read from the file itself, so a new route cannot be forgotten here. */
function routePatterns(): string[] {
  const source = readFileSync(new URL('../src/app/routes.tsx', import.meta.url), 'utf8');
  const paths = [...source.matchAll(/\bpath:\s*'([^']*)'/g)].map((m) => `/${m[1]}`);
  const index = /\bindex:\s*true/.test(source) ? ['/'] : [];
  return [...index, ...paths];
}

/** Elements that stick out to the right of the viewport (the outermost ones, not their children), outside a `.table-scroll`. */
async function sideways(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = window.innerWidth;
    const scrollWidth = document.documentElement.scrollWidth;
    if (scrollWidth <= width) return [];
    const out = (el: Element) => el.getBoundingClientRect().right > width + 0.5 && el.getBoundingClientRect().width > 0;
    const name = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.classList.length ? `.${[...el.classList].join('.')}` : ''}`;
    const found = [...document.body.querySelectorAll('*')]
      .filter((el) => !el.parentElement?.closest('.table-scroll'))
      .filter((el) => out(el) && !(el.parentElement && out(el.parentElement) && el.parentElement !== document.body))
      .map((el) => `${name(el)} "${(el.textContent ?? '').trim().slice(0, 40)}" right=${Math.round(el.getBoundingClientRect().right)}`);
    return [`scrollWidth ${scrollWidth} > innerWidth ${width}`, ...found.slice(0, 12)];
  });
}

/**
 * Controls smaller than 24 × 24 CSS px (WCAG 2.2 2.5.8): buttons, fields, checkboxes and radios, and the links of the
 * header and the footer. Links inside running text are exempt, as the criterion allows.
 */
async function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('button, select, input:not([type=hidden]), .button, .site-header a, .site-footer a')]
      .filter((el) => !el.closest('.visually-hidden') && getComputedStyle(el).visibility !== 'hidden')
      .map((el) => ({ el, box: el.getBoundingClientRect() }))
      .filter(({ box }) => box.width > 0 && box.height > 0 && (box.width < 23.5 || box.height < 23.5))
      .map(({ el, box }) => `${el.tagName.toLowerCase()} "${(el.textContent || el.getAttribute('aria-label') || el.id).trim().slice(0, 30)}" ${Math.round(box.width)}×${Math.round(box.height)}`),
  );
}

/** Waits for a page to have its heading and its data (no "Laddar …" left, the network quiet). */
async function settled(page: Page, ready?: string) {
  await page.locator('main h1').first().waitFor();
  if (ready) await page.getByText(ready, { exact: false }).first().waitFor();
  await page.waitForLoadState('networkidle');
  await page.waitForFunction(() => !document.querySelector('main')?.textContent?.includes('Laddar …'));
}

/** The whole page, and on a phone also in screen-high parts, to look at (test-results/ is not committed). Only with
 * `E2E_SCREENSHOTS=1`: eight screenshots per route took a minute of every `./test`, and nobody looks at them there. */
async function shoot(page: Page, name: string) {
  if (!process.env.E2E_SCREENSHOTS) return;
  mkdirSync('test-results/reflow', { recursive: true });
  await page.screenshot({ path: `test-results/reflow/${name}.png`, fullPage: true });
  const { width, height } = await page.evaluate(() => ({ width: window.innerWidth, height: document.documentElement.scrollHeight }));
  if (width > 400) return;
  for (let y = 0, part = 1; y < height && part <= 6; y += 900, part++) {
    await page.screenshot({ path: `test-results/reflow/${name}-part${part}.png`, fullPage: true, clip: { x: 0, y, width, height: Math.min(900, height - y) } });
  }
}

/** A request whose answer has no body (204). */
async function send(token: string, method: string, path: string, body?: unknown) {
  const response = await fetch(`${baseUrl}${path}`, {
    method,
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
}

const shotName = (url: string) => url.replace(/^\//, '').replace(/[^\w-]+/g, '_').slice(0, 60) || 'start';

describe('every route reflows at 320 px and passes axe at 320 and 1280 px', () => {
  let page: Page;
  browserForSuite((_, p) => {
    page = p;
  });
  const suffix = Date.now().toString(36);
  const year = new Date().getFullYear();
  /** Route pattern → the address visited, and a text that says the page's data is there. */
  const visits: Record<string, { url: string; ready?: string }> = {};

  beforeAll(async () => {
    const token = await signInAsAdministrator();
    const now = Date.now();
    const hour = 3_600_000;
    const questionnaire = [
      { kind: 'singleChoice', text: 'Vad är viktigast i Rudskogen-området?', required: true, options: [{ text: 'Belysning längs gångvägarna' }, { text: 'Fler sittplatser och bänkar' }] },
      { kind: 'multipleChoice', text: 'Hur tar du dig dit?', required: false, options: [{ text: 'Till fots' }, { text: 'Cykel' }, { text: 'Buss' }] },
      { kind: 'scale', text: 'Hur trygg känner du dig där på kvällen?', required: false, options: [] },
      { kind: 'ranking', text: 'Vad ska göras först?', required: false, options: [{ text: 'Lampor' }, { text: 'Bänkar' }, { text: 'Papperskorgar' }] },
      { kind: 'freeText', text: 'Något mer?', required: false, options: [] },
    ];
    const session = {
      form: 'openMeeting',
      title: 'Öppet möte i Folkets hus, stora salen (Karlskogakvarteret)',
      startsAt: new Date(now + 3 * 24 * hour).toISOString(),
      endsAt: new Date(now + 3 * 24 * hour + 2 * hour).toISOString(),
      placeName: 'Folkets hus',
      address: 'Kungsgatan 1, 691 31 Karlskoga',
      onlineUrl: 'https://www.karlskoga.se/kommun-och-politik/medborgardialog/oppna-moten/folkets-hus-stora-salen',
      accessibility: { stepFreeAccess: true, hearingLoop: true, interpretation: 'Arabiska och dari', signLanguage: true, notes: 'Hiss från Kungsgatan.' },
      capacity: 40,
      signUpRequired: true,
    };
    const body = (title: string) =>
      announcement(title, {
        summary: `Kommunen vill göra området kring Rudskogen och Skrantahallen tryggare, med belysning, bänkar och gångvägar: ${title}.`,
        committee: 'Samhällsbyggnadsnämnden',
        caseNumber: `SBN 2026/${suffix}`,
        forms: ['survey', 'openMeeting', 'dialogueWalk'],
        targetGroups: ['allResidents', 'youngPeople', 'peopleWithDisabilities', 'peopleBornAbroad'],
        places: [
          {
            name: 'Webbenkät',
            address: null,
            url: 'https://www.karlskoga.se/kommun-och-politik/medborgardialog/pagaende-dialoger/trygghet-rudskogen-skrantahallen',
            accessibility: null,
          },
        ],
      });
    const answers = (questions: { id: string; options: { id: string }[] }[]) => [
      { questionId: questions[0].id, optionIds: [questions[0].options[0].id] },
      { questionId: questions[1].id, optionIds: [questions[1].options[0].id, questions[1].options[2].id] },
      { questionId: questions[2].id, scale: 2 },
      { questionId: questions[3].id, optionIds: questions[3].options.map((o) => o.id) },
      { questionId: questions[4].id, text: 'Snöröjningen på gångvägen vid Skrantahallen kommer för sent på morgonen.' },
    ];

    // An open dialogue with public, post-moderated opinions: its page, the form, the staff pages of an open dialogue.
    const open = await arrangeDialogue(token, body(`Trygghet vid Rudskogen och Skrantahallen ${suffix}`), { questionnaire, sessions: [session] });
    await send(token, 'PUT', `/api/dialogues/${open.id}/moderation`, { visibility: 'public', mode: 'postModeration' });
    const email = `rudskogen-${suffix}@exempel-kommuninvanare.example.se`;
    await submitOpinion(open.id, {
      text: `Det behövs mer ljus vid gångtunneln under Bergslagsvägen-Karlskogavägen-rondellen ${suffix}, https://www.karlskoga.se/kommun-och-politik/medborgardialog`,
      answers: answers(open.questions),
      background: { ageBand: 'age26To40', district: null, relation: 'resident' },
      feedbackEmail: email,
      consentToFeedback: true,
    });
    await submitOpinion(open.id, { text: `Fler bänkar vid motionsspåret, tack ${suffix}.`, answers: answers(open.questions), consentToFeedback: false });
    // Personal data holds an opinion: the moderation queue and its log have something to show.
    await submitOpinion(open.id, { text: `Ring mig på 070-123 45 67 om belysningen ${suffix}.`, answers: answers(open.questions), consentToFeedback: false });
    const confirmation = await linkInMail(email, /\/kvitto\/bekrafta\/([A-Za-z0-9_-]+)/);

    // A resident who follows the open dialogue: the confirm page (not yet confirmed) and the manage page, by the mail's links.
    const followerEmail = `foljer-rudskogen-${suffix}@exempel-kommuninvanare.example.se`;
    const followed = await fetch(`${baseUrl}/api/follows`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: followerEmail, consent: true, dialogueId: open.id, language: 'sv' }),
    });
    if (!followed.ok) throw new Error(`POST /api/follows: ${followed.status} ${await followed.text()}`);
    const followConfirmation = await linkInMail(followerEmail, /\/folj\/bekrafta\/([A-Za-z0-9_-]+)/);
    const followerLink = await linkInMail(followerEmail, /\/folj\/(?!bekrafta\/)([A-Za-z0-9_-]+)/);

    // A decided dialogue with its feedback published: the feedback page, the result and the decision pages.
    const decided = await arrangeDialogue(token, body(`Gångvägar vid Skrantahallen ${suffix}`), { questionnaire, sessions: [session] });
    const decidedEmail = `skranta-${suffix}@exempel-kommuninvanare.example.se`;
    const resident = await submitOpinion(decided.id, {
      text: `Gångvägen vid Skrantahallen är mörk och hal på vintern ${suffix}.`,
      answers: answers(decided.questions),
      background: { ageBand: 'age65Plus', district: null, relation: 'resident' },
      feedbackEmail: decidedEmail,
      consentToFeedback: true,
    });
    await submitOpinion(decided.id, { text: `Sätt upp lampor längs hela vägen ${suffix}.`, answers: answers(decided.questions), consentToFeedback: false });
    const decidedConfirmation = await linkInMail(decidedEmail, /\/kvitto\/bekrafta\/([A-Za-z0-9_-]+)/);
    if (decidedConfirmation) await fetch(`${baseUrl}/api/feedback-email-confirmations/${decidedConfirmation}`, { method: 'POST' });
    await api(token, 'POST', `/api/dialogues/${decided.id}/close`);
    await api(token, 'POST', `/api/dialogues/${decided.id}/themes`, { name: 'Belysning och trygghet på gångvägarna' });
    // Theme suggestions worked out (by the background job): the result page shows them with their words and examples.
    await api(token, 'POST', `/api/dialogues/${decided.id}/theme-suggestions`, { count: 2 });
    for (let i = 0; i < 120; i++) {
      const { run } = await api<{ run?: { status: string } | null }>(token, 'GET', `/api/staff/dialogues/${decided.id}/theme-suggestions`);
      if (run && run.status !== 'queued' && run.status !== 'running') break;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    await send(token, 'PUT', `/api/dialogues/${decided.id}/result`, {
      summary: 'De flesta vill ha mer belysning längs gångvägen; några vill ha fler bänkar och bättre snöröjning.',
      quoteOpinionIds: [resident.opinionId],
    });
    await send(token, 'POST', `/api/dialogues/${decided.id}/decision-basis`);
    await api(token, 'POST', `/api/dialogues/${decided.id}/decision`, {
      committee: 'Samhällsbyggnadsnämnden',
      decidedOn: new Date().toISOString().slice(0, 10),
      caseNumber: `SBN 2026/${suffix}`,
      text: 'Nämnden beslutar att sätta upp tolv nya lampor längs gångvägen vid Skrantahallen under 2027.',
      howResultWasUsed: 'Dialogen visade att mörkret är det största problemet, så belysningen prioriterades före bänkarna.',
      decisionUrl: 'https://www.karlskoga.se/kommun-och-politik/protokoll/samhallsbyggnadsnamnden/2027-01-20-protokoll.pdf',
    });
    await api(token, 'POST', `/api/dialogues/${decided.id}/feedback`, {
      text: `Tack för alla synpunkter om gångvägarna vid Skrantahallen! Lamporna sätts upp under våren ${suffix}.`,
      links: [{ title: 'Protokoll från samhällsbyggnadsnämnden', url: 'https://www.karlskoga.se/kommun-och-politik/protokoll/samhallsbyggnadsnamnden' }],
    });
    const unsubscribe = decidedConfirmation ? await linkInMail(decidedEmail, /\/avregistrera\/([A-Za-z0-9_-]+)/) : undefined;

    // A draft with its questionnaire and a session: the edit page with the questionnaire editor.
    const draft = await arrangeDialogue(token, body(`Utkast om Rudskogen ${suffix}`), { state: 'draft', questionnaire, sessions: [session] });

    const mail = await api<{ messages: { id: string }[] }>(token, 'GET', '/api/staff/local-mail');

    // A webhook receiver: the webhooks page lists it.
    await api(token, 'POST', '/api/webhooks', {
      url: `https://integration.example.se/medborgardialog/webhook-${suffix}`,
      description: 'Kommunens webbplats: nyheter om dialoger',
      events: ['announced', 'opened', 'feedbackPublished'],
    });

    Object.assign(visits, {
      '/': { url: '/', ready: suffix },
      '/dialoger/:slug': { url: `/dialoger/${open.slug}`, ready: `Fler bänkar vid motionsspåret, tack ${suffix}` },
      '/dialoger/:slug/tyck-till': { url: `/dialoger/${open.slug}/tyck-till`, ready: 'Vad ska göras först?' },
      '/dialoger/:slug/aterkoppling': { url: `/dialoger/${decided.slug}/aterkoppling`, ready: 'Lamporna sätts upp' },
      '/kvitto/bekrafta/:token': { url: `/kvitto/bekrafta/${confirmation ?? 'inte-en-riktig-lank'}` },
      '/kvitto/:token': { url: `/kvitto/${resident.receiptToken}`, ready: 'Lamporna sätts upp' },
      '/avregistrera/:token': { url: `/avregistrera/${unsubscribe ?? 'inte-en-riktig-lank'}` },
      '/folj/bekrafta/:token': { url: `/folj/bekrafta/${followConfirmation ?? 'inte-en-riktig-lank'}` },
      '/folj/:token': { url: `/folj/${followerLink ?? 'inte-en-riktig-lank'}`, ready: followerLink ? followerEmail : undefined },
      '/fortroendevalda': { url: '/fortroendevalda' },
      '/tillganglighet': { url: '/tillganglighet' },
      '/insyn': { url: '/insyn' },
      '/insyn/:year': { url: `/insyn/${year}`, ready: `Gångvägar vid Skrantahallen ${suffix}` },
      '/personal': { url: '/personal', ready: suffix },
      '/personal/dialoger/ny': { url: '/personal/dialoger/ny' },
      '/personal/e-post': { url: '/personal/e-post' },
      '/personal/e-post/:id': { url: mail.messages[0] ? `/personal/e-post/${mail.messages[0].id}` : '/personal/e-post/finns-inte' },
      '/personal/moderering': { url: '/personal/moderering', ready: `Ring mig på` },
      '/personal/moderering/logg': { url: '/personal/moderering/logg' },
      '/personal/efterlevnad': { url: '/personal/efterlevnad', ready: suffix },
      '/personal/webhooks': { url: '/personal/webhooks', ready: `webhook-${suffix}` },
      '/personal/dialoger/:id': { url: `/personal/dialoger/${draft.id}`, ready: 'Öppet möte i Folkets hus' },
      '/personal/dialoger/:id/synpunkter': { url: `/personal/dialoger/${open.id}/synpunkter` },
      '/personal/dialoger/:id/resultat': { url: `/personal/dialoger/${decided.id}/resultat`, ready: 'Gångvägen vid Skrantahallen är mörk' },
      '/personal/dialoger/:id/beslut': { url: `/personal/dialoger/${decided.id}/beslut`, ready: 'Lamporna sätts upp' },
      '/*': { url: `/finns-inte-${suffix}` },
    });
    await signInThroughUi(page);
  }, 240_000);

  it('visits every route of routes.tsx (a new route must be added here)', () => {
    expect(routePatterns().filter((p) => !(p in visits))).toEqual([]);
    expect(Object.keys(visits).filter((p) => !routePatterns().includes(p))).toEqual([]);
  });

  for (const pattern of routePatterns()) {
    for (const width of [320, 1280]) {
      it(`${pattern} at ${width} px`, async () => {
        const visit = visits[pattern];
        expect(visit, `no visit for ${pattern}`).toBeDefined();
        await page.setViewportSize({ width, height: width === 320 ? 640 : 900 });
        await page.goto(`${baseUrl}${visit.url}`);
        await settled(page, visit.ready);
        await shoot(page, `${shotName(pattern)}-${width}`);
        const found = { sideways: await sideways(page), smallTargets: await smallTargets(page), axe: await accessibilityViolations(page) };
        expect(found).toEqual({ sideways: [], smallTargets: [], axe: [] });
      });
    }
  }

  it('at 320 px with text at 200 %, the start page and a dialogue page do not scroll sideways', async () => {
    await page.setViewportSize({ width: 320, height: 640 });
    for (const pattern of ['/', '/dialoger/:slug', '/dialoger/:slug/tyck-till']) {
      await page.goto(`${baseUrl}${visits[pattern].url}`);
      await settled(page, visits[pattern].ready);
      // Through the CSSOM: the content security policy refuses an inline style sheet.
      await page.evaluate(() => document.documentElement.style.setProperty('font-size', '200%', 'important'));
      await expect.poll(() => page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe('32px');
      await shoot(page, `${shotName(pattern)}-320-text200`);
      expect(await sideways(page), pattern).toEqual([]);
    }
  });

  it('mirrors with dir="rtl" (Arabic, Dari): the brand at the right, the menu button at the left, nothing sticks out', async () => {
    await page.setViewportSize({ width: 320, height: 640 });
    for (const pattern of ['/', '/dialoger/:slug']) {
      await page.goto(`${baseUrl}${visits[pattern].url}`);
      await settled(page, visits[pattern].ready);
      await page.evaluate(() => document.documentElement.setAttribute('dir', 'rtl'));
      await shoot(page, `${shotName(pattern)}-320-rtl`);
      const at = await page.evaluate(() => ({
        width: window.innerWidth,
        scrollWidth: document.documentElement.scrollWidth,
        brand: document.querySelector('.brand')!.getBoundingClientRect().right,
        button: document.querySelector('.menu-button')!.getBoundingClientRect().left,
        outside: [...document.body.querySelectorAll('*')]
          .filter((el) => !el.parentElement?.closest('.table-scroll') && el.getBoundingClientRect().width > 0 && el.getBoundingClientRect().left < -0.5)
          .map((el) => el.tagName.toLowerCase() + (el.className ? `.${el.className}` : '')),
      }));
      expect(at.outside, pattern).toEqual([]);
      expect(at.scrollWidth, pattern).toBeLessThanOrEqual(at.width);
      expect(at.brand, pattern).toBeGreaterThan(at.width - 24);
      expect(at.button, pattern).toBeLessThan(24);
    }
  });

  it('at 320 px the menu is a disclosure: Tab to the button, Enter opens, links reachable, Escape closes', async () => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(`${baseUrl}/fortroendevalda`);
    await settled(page);
    const button = page.getByRole('button', { name: 'Meny' });
    const officials = page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Alla dialoger' });
    expect(await button.getAttribute('aria-expanded')).toBe('false');
    expect(await officials.isVisible()).toBe(false);

    // Tab from the top of the page reaches the button (after the skip link and the brand).
    await page.locator('body').focus();
    for (let i = 0; i < 6 && !(await button.evaluate((b) => b === document.activeElement)); i++) await page.keyboard.press('Tab');
    expect(await button.evaluate((b) => b === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    expect(await button.getAttribute('aria-expanded')).toBe('true');
    const menu = page.locator(`#${await button.getAttribute('aria-controls')}`);
    await menu.getByRole('link', { name: 'Alla dialoger' }).waitFor();
    await shoot(page, 'menu-open-320');
    expect(await sideways(page)).toEqual([]);
    expect(await accessibilityViolations(page)).toEqual([]);

    // The links come next in the tab order.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Alla dialoger');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Förtroendevalda');

    // Escape closes and returns focus to the button.
    await page.keyboard.press('Escape');
    expect(await button.getAttribute('aria-expanded')).toBe('false');
    expect(await button.evaluate((b) => b === document.activeElement)).toBe(true);
    expect(await officials.isVisible()).toBe(false);

    // Following a link in the menu closes it.
    await page.keyboard.press('Enter');
    await menu.getByRole('link', { name: 'Alla dialoger' }).click();
    await page.getByRole('heading', { level: 1, name: 'Medborgardialog i Karlskoga' }).waitFor();
    expect(await button.getAttribute('aria-expanded')).toBe('false');
  });

  it('at 1280 px the navigation shows inline and there is no menu button', async () => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${baseUrl}/tillganglighet`);
    await settled(page);
    expect(await page.getByRole('button', { name: 'Meny' }).isVisible()).toBe(false);
    expect(await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Förtroendevalda' }).isVisible()).toBe(true);
  });
});
