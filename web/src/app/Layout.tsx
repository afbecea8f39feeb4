import { Link, NavLink, Outlet, useLocation } from 'react-router';
import { useEffect, useRef, useState } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { LanguagePicker } from '../i18n/LanguagePicker';
import { canModerate, runsDialogues, useCurrentUser } from '../lib/session';

/**
 * Header with skip link, brand, language switch and navigation; main; footer. On a narrow screen the navigation
 * collapses behind a menu button (a disclosure: Escape closes it and returns focus to the button, following a link
 * closes it); on a wide one it shows inline and the button is hidden (styles.css).
 */
export function Layout() {
  const { t } = useI18n();
  const main = useRef<HTMLElement>(null);
  const menuButton = useRef<HTMLButtonElement>(null);
  const { pathname } = useLocation();
  const first = useRef(true);
  // The menu is open for the page it was opened on: any navigation closes it.
  const [menuOpenAt, setMenuOpenAt] = useState<string | null>(null);
  const menuOpen = menuOpenAt === pathname;
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
      <header
        className="site-header"
        onKeyDown={(event) => {
          if (event.key === 'Escape' && menuOpen) {
            setMenuOpenAt(null);
            menuButton.current?.focus();
          }
        }}
      >
        <div className="site-header__inner">
          <Link to="/" className="brand">
            <span className="brand__name">{t('app.name')}</span>
            <span className="brand__municipality">{t('app.municipality')}</span>
          </Link>
          <div className="site-header__tools">
            <LanguagePicker />
            <button
              ref={menuButton}
              type="button"
              className="menu-button"
              aria-expanded={menuOpen}
              aria-controls="site-menu"
              onClick={() => setMenuOpenAt(menuOpen ? null : pathname)}
            >
              <svg aria-hidden="true" focusable="false" viewBox="0 0 16 12" className="menu-button__icon">
                <path d={menuOpen ? 'M2 0 14 12M14 0 2 12' : 'M0 1h16M0 6h16M0 11h16'} />
              </svg>
              {t('app.menu')}
            </button>
          </div>
          <nav
            id="site-menu"
            aria-label={t('app.nav')}
            className={menuOpen ? 'site-nav site-nav--open' : 'site-nav'}
            onClick={(event) => {
              if ((event.target as Element).closest('a')) setMenuOpenAt(null);
            }}
          >
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
              {me.data?.roles.includes('Administrator') && (
                <li>
                  <NavLink to="/personal/webhooks">{t('app.nav.webhooks')}</NavLink>
                </li>
              )}
            </ul>
          </nav>
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
