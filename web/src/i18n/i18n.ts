// i18next, set up once for the page: Swedish by default, Swedish the fallback for a word another language lacks, and
// the key itself when no catalogue has it. Keys are flat ("results.theme.add"), so neither "." nor ":" splits them.
// The catalogues are not bundled with the code: `loadWords` fetches an area's words in a language (and in Swedish)
// before a page that needs them renders, so a page never shows a key while its words are on the way.
import i18next, { type FormatterModule, type i18n as I18next } from 'i18next';
import { allAreas, hasCatalogue, loadCatalogue } from './resources';
import { isLanguage, languageCodes, localeOf, type Area, type LanguageCode } from './languages';
import { sourceLanguage, type Language, type MessageKey } from './catalogue';
import { formatNumber, formatYear } from '../lib/format';

/** Parameters that are numbers but not quantities: never grouped ("2026", not "2 026"). */
const ungrouped: ReadonlySet<string> = new Set(['year']);

/**
 * Every number a catalogue's `{{…}}` shows, in the reader's language ("100 000" in Swedish, "100,000" in English): a
 * number stays a number in the parameters, so `count` still picks the plural form. Strings are shown as given, so a
 * caller with a number that must be shown verbatim passes it as a string.
 */
const numbers: FormatterModule = {
  type: 'formatter',
  init: () => undefined,
  add: () => undefined,
  addCached: () => undefined,
  format: (value: unknown, _format, lng, options) => {
    if (typeof value !== 'number') return value as string;
    const locale = localeOf(isLanguage(lng) ? lng : sourceLanguage);
    return ungrouped.has(String(options?.interpolationkey)) ? formatYear(value, locale) : formatNumber(value, locale);
  },
};

/** The page's one i18next instance (the provider shares it with react-i18next). */
export const i18n: I18next = i18next.createInstance().use(numbers);
void i18n.init({
  resources: {},
  partialBundledLanguages: true,
  lng: sourceLanguage,
  fallbackLng: sourceLanguage,
  supportedLngs: [...languageCodes],
  keySeparator: false,
  nsSeparator: false,
  interpolation: { escapeValue: false, alwaysFormat: true }, // React escapes; `numbers` formats each parameter
  returnEmptyString: false,
  initAsync: false,
});

const loaded = new Map<string, Promise<void>>();
const done = new Set<string>();

/** The areas the pages seen so far needed (a switch of language fetches these): the shared words from the start. */
const wanted = new Set<Area>(['shared']);

function loadOne(area: Area, language: string): Promise<void> {
  const id = `${area}/${language}`;
  let promise = loaded.get(id);
  if (!promise) {
    promise = hasCatalogue(area, language)
      ? loadCatalogue(area, language).then((words) => {
          i18n.addResourceBundle(language, 'translation', words, true, true);
          done.add(id);
        })
      : Promise.resolve(void done.add(id));
    loaded.set(id, promise);
  }
  return promise;
}

/** Fetches `areas` (by default every area a page has needed) in `language` and in Swedish; resolves once i18next has them. */
export async function loadWords(language: Language, areas: readonly Area[] = [...wanted]): Promise<void> {
  for (const area of areas) wanted.add(area);
  const languages = language === sourceLanguage ? [sourceLanguage] : [sourceLanguage, language];
  await Promise.all(languages.flatMap((l) => areas.map((area) => loadOne(area, l))));
}

/** Whether every area a page has needed is already here in `language` and in Swedish (a switch can then be at once). */
export const wordsReady = (language: Language): boolean =>
  [...wanted].every((area) => done.has(`${area}/${language}`) && done.has(`${area}/${sourceLanguage}`));

/** Every catalogue of every language (unit tests, which render any page synchronously). */
export async function loadAllWords(): Promise<void> {
  await Promise.all(languageCodes.map((language) => loadWords(language, allAreas)));
}

/** A word outside React (tests, helpers): `key` in `language` with its parameters (Swedish where the language lacks it). */
export function translate(language: Language, key: MessageKey, params?: Record<string, string | number>): string {
  return (i18n.getFixedT(language) as unknown as Say)(key, params);
}

/** i18next's t as the SPA calls it: a key with its parameters (a `count` among them picks the plural form). */
export type Say = (key: string, params?: Record<string, string | number>) => string;

/** Whether a key built at run time (`problem.${code}`) has words in Swedish (the shared catalogue is always loaded). */
export const isMessageKey = (key: string): key is MessageKey => i18n.exists(key, { lng: sourceLanguage, fallbackLng: false });

export type { LanguageCode };
