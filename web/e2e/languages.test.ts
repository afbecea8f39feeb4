import { mkdirSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadAllWords, translate } from '../src/i18n/i18n';
import type { MessageKey } from '../src/i18n/catalogue';
import { accessibilityViolations, announcement, api, arrangeDialogue, baseUrl, launch, screenshotOnFailure, signInAsAdministrator } from './support';

// The residents' languages in the browser, against the real API and the shipped bundle. The words expected are the
// catalogues' (`translate(language, key)`), so the tests stay right when the translators' files arrive: until then a
// language without a file speaks Swedish, its fallback.

const day = 86_400_000;
const suffix = Date.now().toString(36);
const openTitle = `Lekplats vid Stadsparken ${suffix}`;
const closedTitle = `Belysning vid Möckeln ${suffix}`;
const summary = `Kommunen vill bygga en ny lekplats i Stadsparken ${suffix}.`;
const easyRead = `Vi ska bygga en lekplats. Säg vad du vill ha ${suffix}.`;
const feedbackText = `Tack för era synpunkter! Lamporna sätts upp i vår ${suffix}.`;
const arabicTitle = `ملعب جديد في الحديقة ${suffix}`;
const arabicSummary = `تريد البلدية بناء ملعب جديد للأطفال ${suffix}.`;
let openSlug = '';
let openId = '';
let closedSlug = '';

let browser: Browser;
const contexts: BrowserContext[] = [];
let current: Page | undefined;

/** A fresh browser context: a resident with the browser's language `locale`, on a window of `width` × `height`. */
async function resident(locale: string, width: number, height: number, init?: () => void): Promise<Page> {
  const context = await browser.newContext({ locale, timezoneId: 'Europe/Stockholm', viewport: { width, height } });
  contexts.push(context);
  if (init) await context.addInitScript(init);
  current = await context.newPage();
  return current;
}

let shots = 0;
const htmlLanguage = (page: Page) => page.evaluate(() => [document.documentElement.lang, document.documentElement.dir]);
const say = (language: string, key: MessageKey, params?: Record<string, string | number>) => translate(language as 'sv', key, params);

/** What a resident's step must be: the page in `language` and its direction, nothing axe-core objects to. */
async function inLanguage(page: Page, language: string, dir: 'ltr' | 'rtl') {
  expect(await htmlLanguage(page)).toEqual([language, dir]);
  expect(await accessibilityViolations(page)).toEqual([]);
  // The page fits the window: no sideways scrolling on the phone (WCAG 1.4.10).
  const [scroll, client] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
  expect(scroll, `${language} ${new URL(page.url()).pathname}: ${scroll}px wide in a ${client}px window`).toBeLessThanOrEqual(client);
  // A picture of each step, to look at (test-results/languages/, not committed).
  mkdirSync('test-results/languages', { recursive: true });
  const name = `${language}-${client}-${new URL(page.url()).pathname.split('/').filter(Boolean)[0] ?? 'start'}-${++shots}`;
  await page.screenshot({ path: `test-results/languages/${name}.png`, fullPage: true });
}

beforeAll(async () => {
  await loadAllWords();
  const token = await signInAsAdministrator();
  const now = Date.now();
  const open = await arrangeDialogue(
    token,
    announcement(openTitle, {
      summary,
      question: 'Vad vill du ha på lekplatsen?',
      easyReadText: easyRead,
      factLinks: [{ title: `Skiss över lekplatsen ${suffix}`, url: 'https://www.karlskoga.se/' }],
    }),
    {
      questionnaire: [{ kind: 'singleChoice', text: 'Vad är viktigast?', required: true, options: [{ text: 'Gungor' }, { text: 'Sandlåda' }] }],
      sessions: [
        {
          form: 'workshop',
          title: `Workshop om lekplatsen ${suffix}`,
          startsAt: new Date(now + 10 * day).toISOString(),
          endsAt: new Date(now + 10 * day + 2 * 3_600_000).toISOString(),
          placeName: 'Stadsparken',
          address: 'Parkgatan 1',
          onlineUrl: null,
          accessibility: { stepFreeAccess: true, hearingLoop: true, interpretation: 'arabiska, somaliska', signLanguage: false, notes: null },
          capacity: 30,
          signUpRequired: true,
        },
      ],
    },
  );
  openSlug = open.slug;
  openId = open.id;
  const closed = await arrangeDialogue(token, announcement(closedTitle), { state: 'closed' });
  closedSlug = closed.slug;
  await api(token, 'POST', `/api/dialogues/${closed.id}/decision`, {
    committee: 'Tekniska nämnden',
    decidedOn: new Date(now).toISOString().slice(0, 10),
    text: 'Nämnden beslutar att sätta upp nya lampor.',
    howResultWasUsed: 'Synpunkterna visade var det är mörkast.',
  });
  await api(token, 'POST', `/api/dialogues/${closed.id}/feedback`, { text: feedbackText });
  browser = await launch();
});

afterEach(async (context) => {
  await screenshotOnFailure(current, `languages-${context.task.name.replace(/\W+/g, '-')}`, context.task.result?.state === 'fail');
});

afterAll(async () => {
  for (const context of contexts) await context.close().catch(() => undefined);
  await browser?.close();
});

describe('an Arabic-speaking resident on a small phone (320 × 640), Arabic from the browser’s languages', () => {
  it('walks the whole journey in Arabic, right to left', async () => {
    const page = await resident('ar', 320, 640);

    // The start page: Arabic on the first visit, and the address says so (a copied link keeps the language).
    await page.goto(`${baseUrl}/`);
    await page.getByRole('heading', { level: 1, name: say('ar', 'home.title') }).waitFor();
    expect(new URL(page.url()).searchParams.get('lang')).toBe('ar');
    expect(await page.locator('link[rel="alternate"][hreflang]').evaluateAll((links) => links.map((l) => l.getAttribute('hreflang')))).toEqual([
      'sv',
      'en',
      'ar',
      'so',
      'ti',
      'prs',
      'fi',
      'x-default',
    ]);
    await page.getByRole('note').getByText(say('ar', 'app.language.unreviewed')).waitFor();
    await inLanguage(page, 'ar', 'rtl');

    // Search, then the dialogue page: fact material, sessions, and a sign-up.
    await page.getByLabel(say('ar', 'search.label')).fill(suffix);
    await page.getByRole('button', { name: say('ar', 'search.button'), exact: true }).click();
    await page.getByRole('link', { name: openTitle }).click();
    await page.getByRole('heading', { level: 1, name: openTitle }).waitFor();
    await page.getByRole('heading', { name: say('ar', 'dialogue.facts') }).waitFor();
    await page.getByRole('link', { name: `Skiss över lekplatsen ${suffix}` }).waitFor();
    await page.getByRole('heading', { name: say('ar', 'dialogue.sessions') }).waitFor();
    expect(new URL(page.url()).searchParams.get('lang')).toBe('ar');
    await inLanguage(page, 'ar', 'rtl');
    await page.getByLabel(say('ar', 'dialogue.signUpPeople')).first().fill('2');
    await page.getByRole('button', { name: say('ar', 'dialogue.signUpButton'), exact: true }).first().click();
    await page.getByText(say('ar', 'dialogue.signUpDone', { people: 2 }), { exact: false }).waitFor();
    await inLanguage(page, 'ar', 'rtl');

    // An opinion with the questionnaire, and the receipt.
    await page.getByRole('link', { name: say('ar', 'opinion.give'), exact: true }).first().click();
    await page.getByRole('heading', { level: 1, name: say('ar', 'opinion.title', { title: openTitle }) }).waitFor();
    await inLanguage(page, 'ar', 'rtl');
    await page.getByLabel('Sandlåda').check();
    await page.getByLabel(say('ar', 'opinion.comment'), { exact: false }).fill('أريد أرجوحة للأطفال الصغار.');
    await page.getByRole('button', { name: say('ar', 'opinion.send'), exact: true }).click();
    await page.getByRole('heading', { level: 1, name: say('ar', 'receipt.title') }).waitFor();
    await page.getByText(say('ar', 'receipt.thanks')).waitFor();
    await expect(page.getByRole('main').textContent()).resolves.toContain('أريد أرجوحة للأطفال الصغار.');
    await inLanguage(page, 'ar', 'rtl');

    // The feedback page of a dialogue with feedback, the unsubscribe page and the accessibility statement.
    await page.goto(`${baseUrl}/dialoger/${closedSlug}/aterkoppling`);
    await page.getByRole('heading', { level: 1, name: say('ar', 'feedback.public.title', { title: closedTitle }) }).waitFor();
    await page.getByText(feedbackText).waitFor();
    await inLanguage(page, 'ar', 'rtl');

    await page.goto(`${baseUrl}/avregistrera/inte-en-riktig-lank`);
    await page.getByRole('heading', { level: 1, name: say('ar', 'unsubscribe.title') }).waitFor();
    await inLanguage(page, 'ar', 'rtl');

    await page.getByRole('link', { name: say('ar', 'app.footer.a11y') }).click();
    await page.getByRole('heading', { level: 1, name: say('ar', 'a11y.title') }).waitFor();
    expect(new URL(page.url()).searchParams.get('lang')).toBe('ar');
    await inLanguage(page, 'ar', 'rtl');
  });
});

describe('a Somali-speaking resident on a phone (390 × 844) picks Somali', () => {
  it('switches with the picker and gives an opinion in Somali', async () => {
    const page = await resident('sv-SE', 390, 844);
    await page.goto(`${baseUrl}/dialoger/${openSlug}/tyck-till`);
    await page.getByRole('heading', { level: 1, name: say('sv', 'opinion.title', { title: openTitle }) }).waitFor();

    await page.getByRole('combobox', { name: say('sv', 'app.language.label') }).selectOption({ label: 'Soomaali' });
    await expect.poll(() => htmlLanguage(page)).toEqual(['so', 'ltr']);
    await page.getByRole('heading', { level: 1, name: say('so', 'opinion.title', { title: openTitle }) }).waitFor();
    expect(new URL(page.url()).searchParams.get('lang')).toBe('so');
    await inLanguage(page, 'so', 'ltr');

    await page.getByLabel('Gungor').check();
    await page.getByRole('button', { name: say('so', 'opinion.send'), exact: true }).click();
    await page.getByRole('heading', { level: 1, name: say('so', 'receipt.title') }).waitFor();
    await inLanguage(page, 'so', 'ltr');
  });
});

describe('the language in links, and where it does not apply', () => {
  it('opens a ?lang=fi link in Finnish and remembers it', async () => {
    const page = await resident('sv-SE', 1024, 768);
    await page.goto(`${baseUrl}/tillganglighet?lang=fi`);
    await page.getByRole('heading', { level: 1, name: say('fi', 'a11y.title') }).waitFor();
    expect(await htmlLanguage(page)).toEqual(['fi', 'ltr']);

    await page.goto(`${baseUrl}/`);
    await page.getByRole('heading', { level: 1, name: say('fi', 'home.title') }).waitFor();
    expect(await htmlLanguage(page)).toEqual(['fi', 'ltr']);
    expect(new URL(page.url()).searchParams.get('lang')).toBe('fi');
    expect(await page.getByRole('combobox', { name: say('fi', 'app.language.label') }).inputValue()).toBe('fi');
  });

  it('stays Swedish for an unknown ?lang=xx, without an error', async () => {
    const page = await resident('sv-SE', 1024, 768);
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${baseUrl}/?lang=xx`);
    await page.getByRole('heading', { level: 1, name: say('sv', 'home.title') }).waitFor();
    expect(await htmlLanguage(page)).toEqual(['sv', 'ltr']);
    expect(new URL(page.url()).searchParams.get('lang')).toBeNull();
    await expect(page.getByRole('note').count()).resolves.toBe(0);
    expect(errors).toEqual([]);
  });

  it('shows the staff console in Swedish when Arabic is chosen, and offers Swedish and English there', async () => {
    const page = await resident('ar', 1024, 768);
    await page.goto(`${baseUrl}/personal`);
    await page.getByRole('button', { name: say('sv', 'staff.signIn') }).waitFor();
    expect(await htmlLanguage(page)).toEqual(['sv', 'ltr']);
    expect(new URL(page.url()).searchParams.get('lang')).toBeNull();
    expect(await page.locator('link[rel="alternate"][hreflang]').count()).toBe(0);
    const picker = page.getByRole('combobox', { name: say('sv', 'app.language.label') });
    expect(await picker.locator('option').allTextContents()).toEqual(['Svenska', 'English']);

    await picker.selectOption('en');
    await page.getByRole('button', { name: say('en', 'staff.signIn') }).waitFor();
    expect(await htmlLanguage(page)).toEqual(['en', 'ltr']);

    // Back on a public page, the choice (now English) holds.
    await page.goto(`${baseUrl}/`);
    await page.getByRole('heading', { level: 1, name: say('en', 'home.title') }).waitFor();
  });
});

/** A speech synthesis in the page that speaks nothing: voices for Swedish and Arabic, every utterance recorded. */
function fakeSpeech() {
  const spoken: { text: string; lang: string; voice: string | undefined }[] = [];
  const voices = ['sv-SE', 'ar-SA'].map((lang) => ({ lang, name: `Test ${lang}`, localService: true, default: false, voiceURI: lang }));
  class Utterance extends EventTarget {
    lang = '';
    voice: { lang: string } | null = null;
    constructor(public text: string) {
      super();
    }
  }
  const synthesis = Object.assign(new EventTarget(), {
    speaking: false,
    getVoices: () => voices,
    speak: (u: Utterance) => {
      spoken.push({ text: u.text, lang: u.lang, voice: u.voice?.lang });
    },
    cancel: () => undefined,
  });
  Object.defineProperty(window, 'speechSynthesis', { value: synthesis, configurable: true });
  Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance, configurable: true });
  Object.defineProperty(window, '__spoken', { value: spoken });
}

describe('Lyssna: the browser reads a text aloud in the page’s language', () => {
  it('reads a text in the language it is written in: the Arabic translation with an Arabic voice, the Swedish with a Swedish one', async () => {
    // The officials translate the open dialogue into Arabic; its easy-read text stays Swedish.
    const token = await signInAsAdministrator();
    await api(token, 'PUT', `/api/dialogues/${openId}/translations/ar`, { title: arabicTitle, summary: arabicSummary, question: 'ماذا تريد في الملعب؟' });
    const page = await resident('ar', 1024, 768, fakeSpeech);
    await page.goto(`${baseUrl}/dialoger/${openSlug}`);
    await page.getByRole('heading', { level: 1, name: arabicTitle }).waitFor();
    await page.getByText(say('ar', 'dialogue.easyReadSummary')).click();
    const listen = page.getByRole('button', { name: say('ar', 'listen.start') });
    await expect.poll(() => listen.count()).toBe(3); // the summary, the easy-read text (Swedish) and the question

    await listen.first().click();
    await page.getByRole('button', { name: say('ar', 'listen.stop') }).waitFor();
    const spoken = await page.evaluate(() => (window as unknown as { __spoken: unknown[] }).__spoken);
    expect(spoken).toEqual([{ text: arabicSummary, lang: 'ar', voice: 'ar-SA' }]);
    expect(await accessibilityViolations(page)).toEqual([]);

    // The feedback is the municipality's Swedish text: read with the Swedish voice, on an Arabic page too.
    await page.goto(`${baseUrl}/dialoger/${closedSlug}/aterkoppling`);
    await page.getByText(feedbackText).waitFor();
    await page.getByRole('button', { name: say('ar', 'listen.start') }).click();
    const all = await page.evaluate(() => (window as unknown as { __spoken: { text: string; lang: string }[] }).__spoken);
    expect(all.at(-1)).toMatchObject({ text: feedbackText, lang: 'sv' });
  });

  it('is absent for a text in a language without a voice (Somali), and present for the Swedish texts a Somali reader sees', async () => {
    const page = await resident('so', 1024, 768, fakeSpeech);
    await page.goto(`${baseUrl}/dialoger/${openSlug}`);
    await page.getByRole('heading', { level: 1, name: openTitle }).waitFor(); // not translated into Somali: the Swedish
    expect(await htmlLanguage(page)).toEqual(['so', 'ltr']);
    await page.getByText(say('so', 'dialogue.easyReadSummary')).click();
    const listen = page.getByRole('button', { name: say('so', 'listen.start') });
    await expect.poll(() => listen.count()).toBe(3); // the summary, the easy-read text and the question, all Swedish
    await listen.nth(1).click();
    const spoken = await page.evaluate(() => (window as unknown as { __spoken: unknown[] }).__spoken);
    expect(spoken).toEqual([{ text: easyRead, lang: 'sv', voice: 'sv-SE' }]);

    // The page's own words are Somali, for which the browser has no voice: nothing offers to read them.
    await page.goto(`${baseUrl}/tillganglighet`);
    await page.getByRole('heading', { level: 1, name: say('so', 'a11y.title') }).waitFor();
    expect(await page.getByRole('button', { name: say('so', 'listen.start') }).count()).toBe(0);
  });
});
