// The message catalogues: i18next JSON v4, one file per language in each folder (`i18n/locales/` for words shared by
// several areas, `features/<area>/locales/` for an area's own), flat keys, plurals as `_one`/`_other`… by CLDR
// (Intl.PluralRules). Each file is its own chunk, fetched when a page needs its area in the reader's language (and
// in Swedish, the fallback): the public pages never load the staff console's words, a Swedish reader no Arabic.
import { residentAreas, staffAreas, type Area, type LanguageCode } from './languages';

type Words = Record<string, string>;

const loaders = import.meta.glob<Words>(['./locales/*.json', '../features/*/locales/*.json'], { import: 'default' });

/** The language of a catalogue file, from its name (`…/locales/sv.json` → `sv`). */
export const languageOfFile = (path: string) => path.slice(path.lastIndexOf('/') + 1, -'.json'.length);

/** The area of a catalogue file: its feature's folder, `shared` for `i18n/locales`. */
export const areaOfFile = (path: string) => (path.startsWith('./locales/') ? 'shared' : path.split('/')[2]);

/** Every catalogue file's path, as bundled (`./locales/sv.json`, `../features/about/locales/en.json` …). */
export const cataloguePaths: readonly string[] = Object.keys(loaders);

const pathOf = (area: Area, language: string) => (area === 'shared' ? `./locales/${language}.json` : `../features/${area}/locales/${language}.json`);

/** Whether `area` has a catalogue in `language` (a translation not yet written has none: Swedish stands in). */
export const hasCatalogue = (area: Area, language: string) => pathOf(area, language) in loaders;

/** The words of one area in one language, fetched once; none when the file does not exist. */
export async function loadCatalogue(area: Area, language: string): Promise<Words> {
  const load = loaders[pathOf(area, language)];
  return load ? load() : {};
}

/** The languages that have at least one catalogue file, Swedish first. */
export const languagesWithFiles: readonly string[] = ['sv', ...[...new Set(cataloguePaths.map(languageOfFile))].filter((l) => l !== 'sv').sort()];

export const allAreas: readonly Area[] = [...residentAreas, ...staffAreas];

export type { LanguageCode };
