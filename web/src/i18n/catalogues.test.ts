// The catalogues against the Swedish source: every language that has a file has exactly the Swedish keys (plural
// keys by the language's own CLDR categories), no others, and the same {{placeholders}}; the staff console's
// catalogues exist in Swedish and English only. Read from disk, so a file nobody imports is checked too.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { languageCodes, residentAreas, staffAreas, staffLanguages } from './languages';

const src = resolve(__dirname, '..');
const folderOf = (area: string) => (area === 'shared' ? resolve(src, 'i18n/locales') : resolve(src, 'features', area, 'locales'));
const read = (area: string, language: string): Record<string, string> => JSON.parse(readFileSync(resolve(folderOf(area), `${language}.json`), 'utf8'));
const filesIn = (area: string) => (existsSync(folderOf(area)) ? readdirSync(folderOf(area)).filter((f) => f.endsWith('.json')) : []);
const areaFolders = ['shared', ...readdirSync(resolve(src, 'features')).filter((f) => existsSync(resolve(src, 'features', f, 'locales')))];

const suffixes = ['zero', 'one', 'two', 'few', 'many', 'other'];
const pluralBase = (key: string) => {
  const at = key.lastIndexOf('_');
  return at > 0 && suffixes.includes(key.slice(at + 1)) ? key.slice(0, at) : undefined;
};
const placeholders = (text: string) => [...new Set([...text.matchAll(/\{\{\s*([^}\s,]+)[^}]*\}\}/g)].map((m) => m[1]))].sort();
const categories = (language: string) => new Intl.PluralRules(language).resolvedOptions().pluralCategories as string[];

/** The keys `language` must have for the Swedish words, each with the placeholders it must have (and may have). */
function expected(swedish: Record<string, string>, language: string) {
  const keys = new Map<string, { must: string[]; may: string[] }>();
  const plurals = new Map<string, string[][]>();
  for (const [key, text] of Object.entries(swedish)) {
    const base = pluralBase(key);
    if (base === undefined) keys.set(key, { must: placeholders(text), may: placeholders(text) });
    else plurals.set(base, [...(plurals.get(base) ?? []), placeholders(text)]);
  }
  // A plural form must have what every Swedish form has (but {{count}}: "one" may say "a"), and may have what any has.
  for (const [base, forms] of plurals) {
    const may = [...new Set(forms.flat())].sort();
    const must = may.filter((p) => p !== 'count' && forms.every((f) => f.includes(p)));
    for (const category of categories(language)) keys.set(`${base}_${category}`, { must, may });
  }
  return keys;
}

/** Everything wrong with one language's file of an area, as readable lines. */
function problems(area: string, language: string): string[] {
  const file = `${area}/${language}.json`;
  const words = read(area, language);
  const wanted = expected(read(area, 'sv'), language);
  const found: string[] = [];
  for (const key of wanted.keys()) if (!(key in words)) found.push(`${file}: missing ${key}`);
  for (const [key, text] of Object.entries(words)) {
    const want = wanted.get(key);
    if (!want) found.push(`${file}: extra key ${key}`);
    else if (typeof text !== 'string' || !text.trim()) found.push(`${file}: ${key} is empty`);
    else {
      const has = placeholders(text);
      const lacking = want.must.filter((p) => !has.includes(p));
      const unknown = has.filter((p) => !want.may.includes(p));
      if (lacking.length) found.push(`${file}: ${key} lacks {{${lacking.join('}}, {{')}}}`);
      if (unknown.length) found.push(`${file}: ${key} has {{${unknown.join('}}, {{')}}} that Swedish has not`);
    }
  }
  return found;
}

describe('the catalogues', () => {
  it('knows every catalogue folder as a resident or a staff one', () => {
    expect([...areaFolders].sort()).toEqual([...residentAreas, ...staffAreas].sort());
  });

  it('has a Swedish file in every folder and files only for the seven languages (staff: Swedish and English only)', () => {
    const wrong: string[] = [];
    for (const area of areaFolders) {
      const allowed: readonly string[] = (staffAreas as readonly string[]).includes(area) ? staffLanguages : languageCodes;
      const files = filesIn(area);
      if (!files.includes('sv.json')) wrong.push(`${area}: no sv.json`);
      for (const file of files) if (!allowed.includes(file.slice(0, -5))) wrong.push(`${area}/${file}: ${(staffAreas as readonly string[]).includes(area) ? 'the staff console speaks sv and en only' : 'not one of the seven languages'}`);
    }
    expect(wrong).toEqual([]);
  });

  it('gives every file exactly the Swedish keys, by the language’s plural rules, with the same placeholders', () => {
    const found = areaFolders.flatMap((area) =>
      filesIn(area)
        .map((f) => f.slice(0, -5))
        .filter((l) => l !== 'sv' && (languageCodes as readonly string[]).includes(l))
        .flatMap((language) => problems(area, language)),
    );
    expect(found).toEqual([]);
  });

  it('finds what is wrong in a file (the check itself)', () => {
    const swedish = { 'a.b': 'Hej {{name}}', 'n_one': '{{count}} sak', 'n_other': '{{count}} saker i {{place}}' };
    const keys = expected(swedish, 'ar');
    expect([...keys.keys()].sort()).toEqual(['a.b', 'n_few', 'n_many', 'n_one', 'n_other', 'n_two', 'n_zero']);
    expect(keys.get('n_two')).toEqual({ must: [], may: ['count', 'place'] });
    expect(keys.get('a.b')).toEqual({ must: ['name'], may: ['name'] });
    expect(categories('sv')).toEqual(['one', 'other']);
    expect(placeholders('{{count}} av {{ total }}, {{count}}')).toEqual(['count', 'total']);
  });

  it('has every resident catalogue in all seven languages (passes once the translators’ files are merged)', () => {
    const missing = residentAreas.flatMap((area) => languageCodes.filter((l) => !filesIn(area).includes(`${l}.json`)).map((l) => `${area}/${l}.json`));
    expect(missing, `catalogue files not yet written (the translators' branches add them): ${missing.join(', ')}`).toEqual([]);
  });
});

describe('the words each page loads', () => {
  // A public page loads only the shared words and its own area's (routes.tsx): a feature that used another area's
  // key would show it in Swedish or as a key. Every literal key in a feature's code is its own or a shared one.
  const owner = new Map<string, string>();
  for (const area of areaFolders) for (const key of Object.keys(read(area, 'sv'))) owner.set(pluralBase(key) ?? key, area);
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(resolve(dir, e.name)) : [resolve(dir, e.name)]));
  const code = (dir: string) => walk(dir).filter((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f));
  const keysIn = (file: string) => [...readFileSync(file, 'utf8').matchAll(/'([a-zA-Z]+\.[a-zA-Z.]+)'/g)].map((m) => m[1]).filter((k) => owner.has(k));

  it('finds keys in the code at all (the check itself)', () => {
    expect(keysIn(resolve(src, 'features/dialogues/DialoguePage.tsx')).length).toBeGreaterThan(20);
  });

  it('has every feature use only its own and the shared words', () => {
    const foreign = areaFolders
      .filter((area) => area !== 'shared')
      .flatMap((area) =>
        code(resolve(src, 'features', area)).flatMap((file) =>
          keysIn(file)
            .filter((key) => owner.get(key) !== area && owner.get(key) !== 'shared')
            .map((key) => `${file.slice(src.length + 1)}: ${key} is ${owner.get(key)}'s`),
        ),
      );
    expect(foreign).toEqual([]);
  });

  it('has the shared code (components, lib, app, i18n) use only the shared words', () => {
    const foreign = ['components', 'lib', 'app', 'i18n'].flatMap((dir) =>
      code(resolve(src, dir)).flatMap((file) => keysIn(file).filter((key) => owner.get(key) !== 'shared').map((key) => `${file.slice(src.length + 1)}: ${key}`)),
    );
    expect(foreign).toEqual([]);
  });
});

describe('the reviews of the translations (reviews.json)', () => {
  it('says for each of the seven languages, and nothing else, whether a native speaker has reviewed it', () => {
    const reviews = JSON.parse(readFileSync(resolve(src, 'i18n/reviews.json'), 'utf8')) as Record<string, { reviewedByNativeSpeaker: unknown; translatedBy: unknown; note: unknown }>;
    expect(Object.keys(reviews).sort()).toEqual([...languageCodes].sort());
    for (const [language, review] of Object.entries(reviews)) {
      expect(typeof review.reviewedByNativeSpeaker, language).toBe('boolean');
      expect(typeof review.translatedBy, language).toBe('string');
      expect(typeof review.note, language).toBe('string');
    }
    expect(reviews.sv.reviewedByNativeSpeaker).toBe(true);
  });
});
