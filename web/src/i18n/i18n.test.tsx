import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nProvider, translate, useI18n } from './I18nProvider';
import { messages } from './messages';

function Probe() {
  const { t, language, setLanguage } = useI18n();
  return (
    <>
      <h1>{t('home.title')}</h1>
      <button type="button" onClick={() => setLanguage(language === 'sv' ? 'en' : 'sv')}>
        {t('app.language')}
      </button>
    </>
  );
}

describe('i18n', () => {
  it('speaks Swedish by default and sets the page language', () => {
    render(
      <I18nProvider>
        <Probe />
      </I18nProvider>,
    );

    expect(screen.getByRole('heading')).toHaveTextContent('Medborgardialog i Karlskoga');
    expect(document.documentElement.lang).toBe('sv');
  });

  it('switches to English and remembers the choice', async () => {
    render(
      <I18nProvider>
        <Probe />
      </I18nProvider>,
    );

    await userEvent.click(screen.getByRole('button'));

    expect(screen.getByRole('heading')).toHaveTextContent('Citizen dialogue in Karlskoga');
    expect(document.documentElement.lang).toBe('en');
    expect(localStorage.getItem('medborgardialog.language')).toBe('en');
  });

  it('fills in parameters', () => {
    expect(translate('sv', 'home.count', { shown: 3, total: 12 })).toBe('3 av 12 dialoger');
  });

  it('has an English text for every Swedish one', () => {
    expect(Object.keys(messages.en).sort()).toEqual(Object.keys(messages.sv).sort());
    expect(Object.values(messages.en).every((text) => text.trim().length > 0)).toBe(true);
  });
});
