import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nProvider, translate, useI18n } from './I18nProvider';
import { catalogueFiles, catalogues, languageOfFile, languages } from './resources';

function Probe() {
  const { t, language, setLanguage } = useI18n();
  return (
    <>
      <h1>{t('home.title')}</h1>
      <button type="button" onClick={() => setLanguage(language === 'sv' ? 'en' : 'sv')}>
        {t('app.language')}
      </button>
    </>
  );
}

const folderOf = (path: string) => path.slice(0, path.lastIndexOf('/'));
const folders = [...new Set(Object.keys(catalogueFiles).map(folderOf))];
const pluralSuffixes = ['zero', 'one', 'two', 'few', 'many', 'other'];
const baseOf = (key: string) => {
  const at = key.lastIndexOf('_');
  return at > 0 && pluralSuffixes.includes(key.slice(at + 1)) ? key.slice(0, at) : key;
};

describe('i18n', () => {
  it('speaks Swedish by default and sets the page language', () => {
    render(
      <I18nProvider>
        <Probe />
      </I18nProvider>,
    );

    expect(screen.getByRole('heading')).toHaveTextContent('Medborgardialog i Karlskoga');
    expect(document.documentElement.lang).toBe('sv');
  });

  it('switches to English and remembers the choice', async () => {
    render(
      <I18nProvider>
        <Probe />
      </I18nProvider>,
    );

    await userEvent.click(screen.getByRole('button'));

    expect(screen.getByRole('heading')).toHaveTextContent('Citizen dialogue in Karlskoga');
    expect(document.documentElement.lang).toBe('en');
    expect(localStorage.getItem('medborgardialog.language')).toBe('en');
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

  it('has a catalogue for every language in every folder, with the same keys, none empty', () => {
    for (const folder of folders) {
      const keys = languages.map((language) => Object.keys(catalogueFiles[`${folder}/${language}.json`] ?? {}).sort());
      for (const [i, language] of languages.entries()) {
        expect(catalogueFiles[`${folder}/${language}.json`], `${folder}/${language}.json`).toBeDefined();
        expect(keys[i], `${folder}/${language}.json`).toEqual(keys[0]);
      }
    }
    for (const words of Object.values(catalogueFiles)) expect(Object.values(words).filter((text) => !text.trim())).toEqual([]);
    expect(Object.keys(catalogues).sort()).toEqual([...languages].sort());
  });

  it('defines each key in one catalogue only', () => {
    const owner = new Map<string, string>();
    const twice: string[] = [];
    for (const [path, words] of Object.entries(catalogueFiles)) {
      if (languageOfFile(path) !== 'sv') continue;
      for (const key of Object.keys(words)) {
        if (owner.has(key)) twice.push(`${key}: ${owner.get(key)} and ${folderOf(path)}`);
        owner.set(key, folderOf(path));
      }
    }
    expect(twice).toEqual([]);
  });

  it('gives every plural every form its language needs (Intl.PluralRules), and no plural without them', () => {
    for (const language of languages) {
      const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
      const words = catalogues[language];
      const plurals = [...new Set(Object.keys(words).filter((key) => baseOf(key) !== key).map(baseOf))];
      const missing = plurals.flatMap((base) => categories.filter((c) => !(`${base}_${c}` in words)).map((c) => `${language}: ${base}_${c}`));
      expect(missing).toEqual([]);
      expect(plurals.filter((base) => base in words)).toEqual([]);
    }
  });

  it('types the keys from every Swedish catalogue', () => {
    const declared = readFileSync(resolve(__dirname, 'catalogue.ts'), 'utf8');
    const swedish = Object.keys(catalogueFiles).filter((path) => languageOfFile(path) === 'sv');
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
    for (const language of languages) expect(codes.filter((code) => !(`field.${code}` in catalogues[language])).map((c) => `${language}: ${c}`)).toEqual([]);
  });

  it('has Swedish and English words for every problem code (api/Domain/ProblemCodes.cs)', () => {
    const codes = codesIn('ProblemCodes.cs');
    expect(codes.length).toBeGreaterThan(60);
    for (const language of languages) expect(codes.filter((code) => !(`problem.${code}` in catalogues[language])).map((c) => `${language}: ${c}`)).toEqual([]);
  });
});
