import { Link, NavLink, Outlet, useLocation } from 'react-router';
import { useEffect, useRef } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { LanguagePicker } from '../i18n/LanguagePicker';
import { canModerate, runsDialogues, useCurrentUser } from '../lib/session';

/** Header with skip link, navigation and language switch; main; footer. */
export function Layout() {
  const { t } = useI18n();
  const main = useRef<HTMLElement>(null);
  const { pathname } = useLocation();
  const first = useRef(true);
  // Who is signed in is asked on the staff pages only; elsewhere the navigation uses what is already known.
  const me = useCurrentUser({ enabled: pathname.startsWith('/personal') });

  // After client-side navigation, move focus to the new page so screen readers announce it.
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    main.current?.focus();
  }, [pathname]);

  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <Link to="/" className="brand">
            <span className="brand__name">{t('app.name')}</span>
            <span className="brand__municipality">{t('app.municipality')}</span>
          </Link>
          <nav aria-label={t('app.nav')}>
            <ul className="nav">
              <li>
                <NavLink to="/" end>
                  {t('app.nav.dialogues')}
                </NavLink>
              </li>
              <li>
                <NavLink to="/fortroendevalda">{t('app.nav.officials')}</NavLink>
              </li>
              <li>
                <a href="/swagger">{t('app.nav.api')}</a>
              </li>
              <li>
                <NavLink to="/personal">{t('app.nav.staff')}</NavLink>
              </li>
              {canModerate(me.data) && (
                <li>
                  <NavLink to="/personal/moderering">{t('app.nav.moderation')}</NavLink>
                </li>
              )}
              {runsDialogues(me.data) && (
                <li>
                  <NavLink to="/personal/efterlevnad">{t('app.nav.compliance')}</NavLink>
                </li>
              )}
            </ul>
          </nav>
          <LanguagePicker />
        </div>
      </header>
      <main id="main" ref={main} tabIndex={-1}>
        <Outlet />
      </main>
      <footer className="site-footer">
        <p>{t('app.footer')}</p>
        <p>
          <Link to="/insyn">{t('app.footer.transparency')}</Link>
        </p>
        <p>
          <Link to="/tillganglighet">{t('app.footer.a11y')}</Link>
        </p>
      </footer>
    </>
  );
}
