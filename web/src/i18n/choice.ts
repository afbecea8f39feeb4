// The reader's language on arrival and as chosen since: read from the address, this browser's memory and its
// languages. Kept apart from the provider so that the route loaders fetch a page's words in the reader's language
// before anything renders (the router starts loading the first page before the provider exists).
import { isLanguage, languageFromBrowser, type LanguageCode } from './languages';

export const storageKey = 'medborgardialog.language';

const stored = () => {
  try {
    return localStorage.getItem(storageKey);
  } catch {
    return null;
  }
};

export const remember = (language: LanguageCode) => {
  try {
    localStorage.setItem(storageKey, language);
  } catch {
    // Storage refused (private mode): the choice lasts for this page.
  }
};

/**
 * The language to speak on arrival: a `?lang=` in the address (a shared link), else the one chosen before in this
 * browser, else the first of the browser's languages the SPA speaks, else Swedish. An unknown code is ignored.
 */
export function chooseLanguage(search: string, storedLanguage: string | null, browserLanguages: readonly string[]): LanguageCode {
  const asked = new URLSearchParams(search).get('lang');
  if (isLanguage(asked)) return asked;
  if (isLanguage(storedLanguage)) return storedLanguage;
  return languageFromBrowser(browserLanguages) ?? 'sv';
}

/** The language on arrival, in this browser; a language asked for in the address is remembered. */
export function initialLanguage(): LanguageCode {
  const search = typeof location !== 'undefined' ? location.search : '';
  const browser = typeof navigator !== 'undefined' ? (navigator.languages ?? [navigator.language]) : [];
  const language = chooseLanguage(search, stored(), browser);
  if (isLanguage(new URLSearchParams(search).get('lang'))) remember(language);
  return language;
}

/** The language the reader chose (or arrived with), for the route loaders: the provider keeps it up to date. */
export const reader: { language: LanguageCode } = { language: initialLanguage() };
