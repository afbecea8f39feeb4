import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { chooseLanguage, I18nProvider, translate, useI18n } from './I18nProvider';
import { LanguagePicker } from './LanguagePicker';
import { i18n } from './i18n';
import { languageCodes, languageFromBrowser, localeOf } from './languages';
import { cataloguePaths, languageOfFile } from './resources';
import { formatDate, formatDateTime } from '../lib/format';

function Probe() {
  const { t, locale } = useI18n();
  return (
    <>
      <h1>{t('home.title')}</h1>
      <p data-testid="date">{formatDate('2027-01-12T10:00:00Z', locale)}</p>
      <LanguagePicker />
    </>
  );
}

const words = (language: string): Record<string, string> => (i18n.getResourceBundle(language, 'translation') ?? {}) as Record<string, string>;
const folderOf = (path: string) => path.slice(0, path.lastIndexOf('/'));

describe('i18n', () => {
  it('speaks Swedish by default and sets the page language and direction', () => {
    render(
      <I18nProvider>
        <Probe />
      </I18nProvider>,
    );

    expect(screen.getByRole('heading')).toHaveTextContent('Medborgardialog i Karlskoga');
    expect(document.documentElement.lang).toBe('sv');
    expect(document.documentElement.dir).toBe('ltr');
  });

  it('offers the seven languages, each named in itself with its own lang, and remembers the choice', async () => {
    render(
      <I18nProvider>
        <Probe />
      </I18nProvider>,
    );
    const picker = screen.getByRole('combobox', { name: 'Språk' });
    const options = screen.getAllByRole('option');
    expect(options.map((o) => [o.getAttribute('value'), o.getAttribute('lang'), o.textContent])).toEqual([
      ['sv', 'sv', 'Svenska'],
      ['en', 'en', 'English'],
      ['ar', 'ar', 'العربية'],
      ['so', 'so', 'Soomaali'],
      ['ti', 'ti', 'ትግርኛ'],
      ['prs', 'prs', 'دری'],
      ['fi', 'fi', 'Suomi'],
    ]);

    await userEvent.selectOptions(picker, 'en');

    expect(await screen.findByRole('heading', { name: 'Citizen dialogue in Karlskoga' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');
    expect(localStorage.getItem('medborgardialog.language')).toBe('en');
    expect(screen.getByRole('note')).toHaveTextContent(translate('en', 'app.language.unreviewed'));
  });

  it('turns the page right to left for Arabic and Dari, with Swedish for any word not yet translated', async () => {
    render(
      <I18nProvider>
        <Probe />
      </I18nProvider>,
    );
    await userEvent.selectOptions(screen.getByRole('combobox'), 'ar');
    await act(async () => undefined);
    expect(document.documentElement.lang).toBe('ar');
    expect(document.documentElement.dir).toBe('rtl');
    expect(screen.getByRole('heading')).toHaveTextContent(translate('ar', 'home.title'));
    expect(screen.getByRole('heading').textContent).not.toBe('home.title');

    await userEvent.selectOptions(screen.getByRole('combobox'), 'prs');
    await act(async () => undefined);
    expect([document.documentElement.lang, document.documentElement.dir]).toEqual(['prs', 'rtl']);
    // Dari's fa-AF would count Persian years: every language uses the Gregorian calendar.
    expect(screen.getByTestId('date').textContent).toMatch(/2027|۲۰۲۷/);
  });

  it('chooses the language from the address, then the stored choice, then the browser, else Swedish', () => {
    expect(chooseLanguage('?lang=fi', 'ar', ['en-GB'])).toBe('fi');
    expect(chooseLanguage('?lang=xx', null, ['de-DE'])).toBe('sv');
    expect(chooseLanguage('?lang=xx', 'so', ['ar'])).toBe('so');
    expect(chooseLanguage('', null, ['de-DE', 'ar-SE', 'en'])).toBe('ar');
    expect(chooseLanguage('', null, ['fa-AF'])).toBe('prs');
    expect(chooseLanguage('', null, ['fa-IR', 'sv'])).toBe('prs'); // Persian readers read Dari's written Persian
    expect(chooseLanguage('', null, ['ti-ER'])).toBe('ti');
    expect(chooseLanguage('', 'klingon', [])).toBe('sv');
    expect(languageFromBrowser(['fa-IR'])).toBe('prs');
    expect(languageFromBrowser(['de-DE'])).toBeUndefined();
  });

  it('gives each language its locale, always with the Gregorian calendar', () => {
    expect(languageCodes.map(localeOf)).toEqual([
      'sv-SE-u-ca-gregory',
      'en-GB-u-ca-gregory',
      'ar-u-ca-gregory',
      'so-u-ca-gregory',
      'ti-u-ca-gregory',
      'fa-AF-u-ca-gregory',
      'fi-FI-u-ca-gregory',
    ]);
    for (const language of languageCodes) {
      expect(new Intl.DateTimeFormat(localeOf(language)).resolvedOptions().calendar, language).toBe('gregory');
      expect(formatDateTime('2027-01-12T10:00:00Z', localeOf(language)), language).toMatch(/2027|٢٠٢٧|۲۰۲۷/);
    }
    expect(formatDate('2027-01-12T10:00:00Z', localeOf('sv'))).toBe('12 januari 2027');
  });

  it('fills in parameters', () => {
    expect(translate('sv', 'home.count', { shown: 3, total: 12 })).toBe('3 av 12 dialoger');
  });

  it('picks plural forms by the language’s CLDR rules', () => {
    expect(translate('sv', 'wait.seconds', { count: 1 })).toBe('1 sekund');
    expect(translate('sv', 'wait.seconds', { count: 2 })).toBe('2 sekunder');
    expect(translate('en', 'compliance.count', { count: 1 })).toBe('1 dialogue');
    expect(translate('en', 'compliance.count', { count: 0 })).toBe('0 dialogues');
    expect(translate('sv', 'moderation.hours', { count: 1.5, hours: '1,5' })).toBe('1,5 timmar');
  });

  it('writes a number parameter as the reader’s language does, grouped, with its decimal sign', () => {
    expect(translate('sv', 'home.count', { shown: 3, total: 100000 })).toBe('3 av 100\u00a0000 dialoger');
    expect(translate('en', 'home.count', { shown: 3, total: 100000 })).toBe('3 of 100,000 dialogues');
    expect(translate('sv', 'moderation.hours', { count: 2.5, hours: 2.5 })).toBe('2,5 timmar');
    expect(translate('en', 'moderation.hours', { count: 2.5, hours: 2.5 })).toBe('2.5 hours');
    expect(translate('ar', 'dialogue.opinionCount', { count: 100000 })).toBe(`عدد الآراء حتى الآن: ${new Intl.NumberFormat(localeOf('ar')).format(100000)}`);
    expect(translate('prs', 'dialogue.opinionCount', { count: 100000 })).toBe('تا حال ۱۰۰٬۰۰۰ نظر');
    // A number passed as text is shown as given.
    expect(translate('sv', 'home.count', { shown: '100000', total: 1 })).toBe('100000 av 1 dialoger');
  });

  it('still picks the plural form by the number, however it is written', () => {
    expect(translate('sv', 'wait.seconds', { count: 100000 })).toBe('100\u00a0000 sekunder');
    expect(translate('en', 'compliance.count', { count: 1000 })).toBe('1,000 dialogues');
    expect(translate('en', 'compliance.count', { count: 1 })).toBe('1 dialogue');
  });

  it('never groups a year', () => {
    expect(translate('sv', 'transparency.title', { year: 2026 })).toBe('Medborgardialoger 2026: så höll vi våra löften');
    expect(translate('en', 'transparency.none', { year: 2026 })).toBe('No dialogues opened in 2026.');
    expect(translate('prs', 'transparency.title', { year: 2026 })).toContain('۲۰۲۶');
  });

  it('defines each key in one catalogue only', async () => {
    const owner = new Map<string, string>();
    const twice: string[] = [];
    for (const path of cataloguePaths.filter((p) => languageOfFile(p) === 'sv')) {
      const file = JSON.parse(readFileSync(resolve(__dirname, path), 'utf8')) as Record<string, string>;
      for (const key of Object.keys(file)) {
        if (owner.has(key)) twice.push(`${key}: ${owner.get(key)} and ${folderOf(path)}`);
        owner.set(key, folderOf(path));
      }
    }
    expect(twice).toEqual([]);
  });

  it('types the keys from every Swedish catalogue', () => {
    const declared = readFileSync(resolve(__dirname, 'catalogue.ts'), 'utf8');
    const swedish = cataloguePaths.filter((path) => languageOfFile(path) === 'sv');
    expect(swedish.filter((path) => !declared.includes(`import('${path}')`))).toEqual([]);
  });
});

/** The codes a C# file of the API declares as `public const string Name = "code";`. */
function codesIn(file: string): string[] {
  const source = readFileSync(resolve(__dirname, '../../../api/Domain', file), 'utf8');
  return [...source.matchAll(/public const string \w+ = "([^"]+)";/g)].map((m) => m[1]);
}

describe('the words for the API’s codes', () => {
  it('has Swedish and English words for every field error code (api/Domain/FieldErrorCodes.cs)', () => {
    const codes = codesIn('FieldErrorCodes.cs');
    expect(codes.length).toBeGreaterThan(20);
    for (const language of ['sv', 'en']) expect(codes.filter((code) => !(`field.${code}` in words(language))).map((c) => `${language}: ${c}`)).toEqual([]);
  });

  it('has Swedish and English words for every problem code (api/Domain/ProblemCodes.cs)', () => {
    const codes = codesIn('ProblemCodes.cs');
    expect(codes.length).toBeGreaterThan(60);
    for (const language of ['sv', 'en']) expect(codes.filter((code) => !(`problem.${code}` in words(language))).map((c) => `${language}: ${c}`)).toEqual([]);
  });
});
