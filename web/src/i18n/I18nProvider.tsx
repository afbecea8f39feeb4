import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { sourceLanguage, type Language, type MessageKey, type Words } from './catalogue';
import { languages } from './resources';
import { createI18n, type Say } from './i18n';

export { translate } from './i18n';

const storageKey = 'medborgardialog.language';

interface I18n {
  language: Language;
  setLanguage: (language: Language) => void;
  t: (key: MessageKey, params?: Record<string, string | number>) => string;
  /** Each of a list of words (a form's errors, say) in the UI's language; undefined for none. */
  say: (words: Words[] | undefined) => string[] | undefined;
  /** BCP 47 locale for dates and numbers. */
  locale: string;
}

const LanguageContext = createContext<((language: Language) => void) | null>(null);

/** Dates and numbers as in Sweden and in British English; any other language by its own code's defaults. */
const regions: Record<string, string> = { sv: 'sv-SE', en: 'en-GB' };

function initialLanguage(): Language {
  const stored = typeof localStorage !== 'undefined' ? localStorage.getItem(storageKey) : null;
  return languages.find((l) => l === stored) ?? sourceLanguage;
}

/** Swedish by default; the choice of another language is remembered in this browser and set on <html lang>. */
export function I18nProvider({ children }: { children: ReactNode }) {
  const [i18n] = useState(() => createI18n(initialLanguage()));
  const [language, setLanguageState] = useState<Language>(i18n.language as Language);

  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  const setLanguage = useCallback(
    (next: Language) => {
      localStorage.setItem(storageKey, next);
      void i18n.changeLanguage(next);
      setLanguageState(next);
    },
    [i18n],
  );

  return (
    <I18nextProvider i18n={i18n}>
      <LanguageContext.Provider value={setLanguage}>{children}</LanguageContext.Provider>
    </I18nextProvider>
  );
}

/** The UI's language and its words: a thin wrapper of react-i18next's useTranslation with typed keys. */
export function useI18n(): I18n {
  const setLanguage = useContext(LanguageContext);
  if (!setLanguage) throw new Error('useI18n must be used inside <I18nProvider>');
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  return useMemo<I18n>(() => {
    const say = (key: MessageKey, params?: Record<string, string | number>) => (t as unknown as Say)(key, params);
    return {
      language,
      setLanguage,
      t: say,
      say: (words) => (words && words.length > 0 ? words.map((w) => say(w.key, w.params)) : undefined),
      locale: regions[language] ?? language,
    };
  }, [t, language, setLanguage]);
}
