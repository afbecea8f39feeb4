// The message catalogues, bundled (no fetch at run time): i18next JSON v4, one file per language in each folder
// (`i18n/locales/` for words shared by several areas, `features/<area>/locales/` for an area's own), flat keys,
// plurals as `_one`/`_other`… by CLDR (Intl.PluralRules). A language is added by adding its files.
const files = import.meta.glob<Record<string, string>>(['./locales/*.json', '../features/*/locales/*.json'], { eager: true, import: 'default' });

/** The language of a catalogue file, from its name (`…/locales/sv.json` → `sv`). */
export const languageOfFile = (path: string) => path.slice(path.lastIndexOf('/') + 1, -'.json'.length);

/** Every catalogue file by its path, as bundled. */
export const catalogueFiles: Readonly<Record<string, Record<string, string>>> = files;

/** All words of each language, the catalogues merged (a key is defined once: a test says so). */
export const catalogues: Record<string, Record<string, string>> = {};
for (const [path, words] of Object.entries(files)) {
  const language = languageOfFile(path);
  catalogues[language] = { ...catalogues[language], ...words };
}

/** The languages with catalogues, Swedish (the source language) first: adding a language is adding its files. */
export const languages: readonly string[] = ['sv', ...Object.keys(catalogues).filter((l) => l !== 'sv').sort()];
