// What the reader's language does to the page around it, on every route: the staff console speaks Swedish and
// English only; while another language than Swedish is shown the address carries it (`?lang=ar`), so a copied link
// opens in that language; and a public page names its other languages for search engines (<link rel=alternate hreflang>).
import { useEffect, useLayoutEffect, type ReactNode } from 'react';
import { useLocation } from 'react-router';
import { useI18n, useLanguageChoice } from './I18nProvider';
import { isStaffPath, languageCodes, type LanguageCode } from './languages';

/** The address of `href` in `language`: with `?lang=` for any language but Swedish, without it for Swedish. */
export function withLanguage(href: string, language: LanguageCode | undefined): string {
  const url = new URL(href);
  if (language && language !== 'sv') url.searchParams.set('lang', language);
  else url.searchParams.delete('lang');
  return url.toString();
}

const alternateMarker = 'data-language-alternate';

/** Puts one <link rel="alternate"> per language (and x-default, Swedish without a parameter) for `href`; none for undefined. */
export function setAlternates(href: string | undefined) {
  for (const link of document.head.querySelectorAll(`link[${alternateMarker}]`)) link.remove();
  if (!href) return;
  for (const language of [...languageCodes, 'x-default'] as const) {
    const link = document.createElement('link');
    link.rel = 'alternate';
    link.hreflang = language;
    link.href = withLanguage(href, language === 'x-default' ? undefined : language);
    link.setAttribute(alternateMarker, '');
    document.head.append(link);
  }
}

export function LanguageScope({ children }: { children: ReactNode }) {
  const { pathname, search, hash } = useLocation();
  const { setStaff } = useLanguageChoice();
  const { language } = useI18n();
  const staff = isStaffPath(pathname);

  useLayoutEffect(() => setStaff(staff), [staff, setStaff]);

  useEffect(() => {
    const current = window.location.href;
    const next = withLanguage(current, language);
    if (next !== current) window.history.replaceState(window.history.state, '', next);
    setAlternates(staff ? undefined : withLanguage(new URL(pathname + search + hash, window.location.origin).toString(), undefined));
  }, [pathname, search, hash, language, staff]);

  useEffect(() => () => setAlternates(undefined), []);

  return <>{children}</>;
}
