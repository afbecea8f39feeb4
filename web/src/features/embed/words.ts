// The embed's words: its own catalogue (locales/, i18next JSON v4 like every other area, checked by the catalogue
// tests), fetched as one small file in the page's language and one in Swedish, the fallback. No i18next here: the
// embed needs only `{{name}}` placeholders, no plurals, no switching.
import type { LanguageCode } from '../../i18n/languages';
import type sv from './locales/sv.json';

export type EmbedKey = keyof typeof sv;
export type EmbedSay = (key: EmbedKey, params?: Record<string, string>) => string;

type Words = Record<string, string>;
const catalogues = import.meta.glob<Words>('./locales/*.json', { import: 'default' });
const load = (language: string): Promise<Words> => catalogues[`./locales/${language}.json`]?.() ?? Promise.resolve({});

/** Fills `{{name}}` placeholders. */
export const fill = (text: string, params: Record<string, string> = {}) =>
  text.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => params[name] ?? whole);

/** The words in `language`, Swedish where it lacks one, the key itself where Swedish lacks it too. */
export async function loadEmbedWords(language: LanguageCode): Promise<EmbedSay> {
  const [swedish, own] = await Promise.all([load('sv'), language === 'sv' ? Promise.resolve({}) : load(language)]);
  const words: Words = { ...swedish, ...own };
  return (key, params) => fill(words[key] ?? key, params);
}
