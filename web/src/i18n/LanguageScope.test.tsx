import { screen } from '@testing-library/react';
import { renderAt } from '../lib/testing';
import { translate } from './I18nProvider';

const alternates = () => [...document.head.querySelectorAll('link[rel="alternate"]')].map((l) => [l.getAttribute('hreflang'), l.getAttribute('href')]);

describe('the language around every page', () => {
  it('puts the chosen language in the address and names every language’s address (hreflang) on a public page', async () => {
    localStorage.setItem('medborgardialog.language', 'ar');
    renderAt('/tillganglighet', {});

    expect(await screen.findByRole('heading', { level: 1, name: translate('ar', 'a11y.title') })).toBeInTheDocument();
    expect([document.documentElement.lang, document.documentElement.dir]).toEqual(['ar', 'rtl']);
    expect(new URL(window.location.href).searchParams.get('lang')).toBe('ar');
    expect(alternates()).toEqual([
      ['sv', 'http://localhost:3000/tillganglighet'],
      ['en', 'http://localhost:3000/tillganglighet?lang=en'],
      ['ar', 'http://localhost:3000/tillganglighet?lang=ar'],
      ['so', 'http://localhost:3000/tillganglighet?lang=so'],
      ['ti', 'http://localhost:3000/tillganglighet?lang=ti'],
      ['prs', 'http://localhost:3000/tillganglighet?lang=prs'],
      ['fi', 'http://localhost:3000/tillganglighet?lang=fi'],
      ['x-default', 'http://localhost:3000/tillganglighet'],
    ]);
    expect(screen.getByRole('note')).toHaveTextContent(translate('ar', 'app.language.unreviewed'));
  });

  it('shows a staff page in Swedish when Arabic is chosen, offering Swedish and English only', async () => {
    localStorage.setItem('medborgardialog.language', 'ar');
    renderAt('/personal', { '/api/account/me': { status: 401, body: { title: 'Unauthorized', status: 401 } } });

    expect(await screen.findByRole('button', { name: 'Logga in' })).toBeInTheDocument();
    expect([document.documentElement.lang, document.documentElement.dir]).toEqual(['sv', 'ltr']);
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual(['Svenska', 'English']);
    expect(alternates()).toEqual([]);
    expect(new URL(window.location.href).searchParams.get('lang')).toBeNull();
    expect(screen.queryByRole('note')).not.toBeInTheDocument();
  });

  it('keeps English on a staff page', async () => {
    localStorage.setItem('medborgardialog.language', 'en');
    renderAt('/personal', { '/api/account/me': { status: 401, body: { title: 'Unauthorized', status: 401 } } });
    expect(await screen.findByRole('button', { name: 'Sign in' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');
  });
});
