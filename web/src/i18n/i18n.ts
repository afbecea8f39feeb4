// i18next, set up once: Swedish by default, Swedish the fallback for a word another language lacks, and the key
// itself when no catalogue has it. Keys are flat ("results.theme.add"), so neither "." nor ":" splits them.
import i18next, { type i18n as I18next } from 'i18next';
import { catalogues, languages } from './resources';
import { sourceLanguage, type Language, type MessageKey } from './catalogue';

const resources = Object.fromEntries(Object.entries(catalogues).map(([language, words]) => [language, { translation: words }]));

/** A new i18next instance speaking `language`, ready at once (the catalogues are bundled). */
export function createI18n(language: Language): I18next {
  const instance = i18next.createInstance();
  void instance.init({
    resources,
    lng: language,
    fallbackLng: sourceLanguage,
    supportedLngs: [...languages],
    keySeparator: false,
    nsSeparator: false,
    interpolation: { escapeValue: false }, // React escapes
    returnEmptyString: false,
    initAsync: false,
  });
  return instance;
}

const fixed = createI18n(sourceLanguage);

/** A word outside React (tests, helpers): `key` in `language` with its parameters. */
export function translate(language: Language, key: MessageKey, params?: Record<string, string | number>): string {
  return (fixed.getFixedT(language) as unknown as Say)(key, params);
}

/** i18next's t as the SPA calls it: a key with its parameters (a `count` among them picks the plural form). */
export type Say = (key: string, params?: Record<string, string | number>) => string;

/** Whether a key built at run time (`problem.${code}`) has words in Swedish. */
export const isMessageKey = (key: string): key is MessageKey => fixed.exists(key, { lng: sourceLanguage, fallbackLng: false });
