import { createContext, useCallback, useContext, useEffect, useLayoutEffect, useMemo, useState, type ReactNode } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { type MessageKey, type Words } from './catalogue';
import { i18n, loadWords, wordsReady, type Say } from './i18n';
import { infoOf, isLanguage, localeOf, staffLanguages, type LanguageCode } from './languages';
import { initialLanguage, reader, remember } from './choice';

export { chooseLanguage, initialLanguage, storageKey } from './choice';

export { translate } from './i18n';

interface I18n {
  /**
   * The language the page speaks: the resident's language on the public pages (send it with an opinion or a
   * sign-up), Swedish or English on the staff console.
   */
  language: LanguageCode;
  /** The language the reader chose (or the browser asked for), even where the staff console shows Swedish instead. */
  chosenLanguage: LanguageCode;
  setLanguage: (language: LanguageCode) => void;
  t: (key: MessageKey, params?: Record<string, string | number>) => string;
  /** Each of a list of words (a form's errors, say) in the UI's language; undefined for none. */
  say: (words: Words[] | undefined) => string[] | undefined;
  /** BCP 47 locale for dates and numbers, always with the Gregorian calendar (`ar-u-ca-gregory`). */
  locale: string;
  dir: 'ltr' | 'rtl';
}

interface Choice {
  chosen: LanguageCode;
  setLanguage: (language: LanguageCode) => void;
  staff: boolean;
  setStaff: (staff: boolean) => void;
}

const ChoiceContext = createContext<Choice | null>(null);

/** The language a page shows: the chosen one, except on the staff console, which speaks Swedish and English only. */
export const shownLanguage = (chosen: LanguageCode, staff: boolean): LanguageCode =>
  staff && !staffLanguages.includes(chosen) ? 'sv' : chosen;

/**
 * The reader's language for every page: chosen on arrival (`initialLanguage`), remembered in this browser when the
 * reader picks another, set on <html lang dir>. A language's words are fetched before the page switches to it.
 */
export function I18nProvider({ children }: { children: ReactNode }) {
  const [chosen, setChosen] = useState<LanguageCode>(() => (reader.language = initialLanguage()));
  const [staff, setStaff] = useState(false);
  const wanted = shownLanguage(chosen, staff);
  const [shown, setShown] = useState<LanguageCode>(() => {
    if (i18n.language !== wanted) void i18n.changeLanguage(wanted);
    return wanted;
  });

  // Words already here switch before the browser paints (a staff page never flashes Arabic); others are fetched first.
  useLayoutEffect(() => {
    if (wanted === shown) return;
    if (wordsReady(wanted)) {
      void i18n.changeLanguage(wanted);
      setShown(wanted);
      return;
    }
    let live = true;
    void loadWords(wanted)
      .then(() => i18n.changeLanguage(wanted))
      .then(() => live && setShown(wanted));
    return () => {
      live = false;
    };
  }, [wanted, shown]);

  useEffect(() => {
    document.documentElement.lang = shown;
    document.documentElement.dir = infoOf(shown).dir;
  }, [shown]);

  const setLanguage = useCallback((next: LanguageCode) => {
    if (!isLanguage(next)) return;
    remember(next);
    reader.language = next;
    setChosen(next);
  }, []);

  const choice = useMemo<Choice>(() => ({ chosen, setLanguage, staff, setStaff }), [chosen, setLanguage, staff]);

  return (
    <I18nextProvider i18n={i18n}>
      <ChoiceContext.Provider value={choice}>{children}</ChoiceContext.Provider>
    </I18nextProvider>
  );
}

/** The reader's choice and whether the page is the staff console's (the language picker and LanguageScope). */
export function useLanguageChoice(): Choice {
  const choice = useContext(ChoiceContext);
  if (!choice) throw new Error('useLanguageChoice must be used inside <I18nProvider>');
  return choice;
}

/** The UI's language and its words: a thin wrapper of react-i18next's useTranslation with typed keys. */
export function useI18n(): I18n {
  const { chosen, setLanguage } = useLanguageChoice();
  const { t, i18n: instance } = useTranslation();
  const language = (isLanguage(instance.language) ? instance.language : 'sv') as LanguageCode;
  return useMemo<I18n>(() => {
    const say = (key: MessageKey, params?: Record<string, string | number>) => (t as unknown as Say)(key, params);
    return {
      language,
      chosenLanguage: chosen,
      setLanguage,
      t: say,
      say: (words) => (words && words.length > 0 ? words.map((w) => say(w.key, w.params)) : undefined),
      locale: localeOf(language),
      dir: infoOf(language).dir,
    };
  }, [t, language, chosen, setLanguage]);
}
