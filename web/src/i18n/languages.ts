// The languages the SPA speaks, named in themselves, and which catalogues each must have. Residents read every
// public page in any of the seven; the staff console speaks Swedish and English only (a staff page shows Swedish
// when another language is chosen). A catalogue a language lacks (or a key in it) falls back to Swedish.

export type LanguageCode = 'sv' | 'en' | 'ar' | 'so' | 'ti' | 'prs' | 'fi';

export interface LanguageInfo {
  code: LanguageCode;
  /** The language's name in itself, as the picker shows it. */
  name: string;
  dir: 'ltr' | 'rtl';
  /** The BCP 47 locale for dates and numbers (Dari is written fa-AF: Intl knows no `prs`). */
  region: string;
}

/** The seven languages, Swedish (the source) first. */
export const languageList: readonly LanguageInfo[] = [
  { code: 'sv', name: 'Svenska', dir: 'ltr', region: 'sv-SE' },
  { code: 'en', name: 'English', dir: 'ltr', region: 'en-GB' },
  { code: 'ar', name: 'العربية', dir: 'rtl', region: 'ar' },
  { code: 'so', name: 'Soomaali', dir: 'ltr', region: 'so' },
  { code: 'ti', name: 'ትግርኛ', dir: 'ltr', region: 'ti' },
  { code: 'prs', name: 'دری', dir: 'rtl', region: 'fa-AF' },
  { code: 'fi', name: 'Suomi', dir: 'ltr', region: 'fi-FI' },
];

export const languageCodes: readonly LanguageCode[] = languageList.map((l) => l.code);

/** The languages of the staff console. */
export const staffLanguages: readonly LanguageCode[] = ['sv', 'en'];

/** The catalogue folders residents read (`i18n/locales` is `shared`): translated into all seven languages. */
export const residentAreas = ['shared', 'about', 'dialogues', 'embed', 'feedback', 'follows', 'officials', 'opinions', 'questionnaire', 'transparency'] as const;

/** The staff console's catalogue folders: Swedish and English only, loaded with the staff pages. */
export const staffAreas = [
  'accounts',
  'compliance',
  'decision',
  'dialogue-admin',
  'local-mail',
  'moderation',
  'results',
  'staff-opinions',
  'webhooks',
] as const;

export type Area = (typeof residentAreas)[number] | (typeof staffAreas)[number];

export const isLanguage = (code: unknown): code is LanguageCode => typeof code === 'string' && (languageCodes as readonly string[]).includes(code);

export const infoOf = (code: LanguageCode): LanguageInfo => languageList.find((l) => l.code === code)!;

/**
 * The locale for Intl: the language's region with the Gregorian calendar whatever the language's own default
 * (meetings happen in Sweden; Dari's fa-AF would otherwise count Persian years).
 */
export const localeOf = (code: LanguageCode): string => `${infoOf(code).region}-u-ca-gregory`;

/** Browser languages that name one of ours under another code: Dari is often sent as fa-AF, and a reader of Persian
 * (fa, fa-IR) reads Dari's written Persian far better than Swedish. */
const aliases: Record<string, LanguageCode> = { 'fa-af': 'prs', fa: 'prs' };

/**
 * The first of the browser's languages (navigator.languages, as Accept-Language) that the SPA speaks: `ar-SE` is
 * Arabic, `fa-AF` Dari; undefined when none is.
 */
export function languageFromBrowser(tags: readonly string[]): LanguageCode | undefined {
  for (const tag of tags) {
    const lower = tag.trim().toLowerCase();
    if (aliases[lower]) return aliases[lower];
    const primary = lower.split('-')[0];
    if (isLanguage(primary)) return primary;
    if (aliases[primary]) return aliases[primary];
  }
  return undefined;
}

/** Whether a path is the staff console's. */
export const isStaffPath = (pathname: string) => pathname === '/personal' || pathname.startsWith('/personal/');
