import { useI18n } from '../../i18n/I18nProvider';
import { usePageTitle } from '../../components/usePageTitle';
import { EmbedSnippet } from './EmbedSnippet';

/** The accessibility statement (tillgänglighetsredogörelse) Swedish law requires, with a way to report a barrier. */
export function AccessibilityStatementPage() {
  const { t } = useI18n();
  usePageTitle(t('a11y.title'));
  return (
    <article className="page">
      <h1>{t('a11y.title')}</h1>
      <p className="lead">{t('a11y.intro')}</p>
      <h2>{t('a11y.status.title')}</h2>
      <p>{t('a11y.status.text')}</p>
      <h2>{t('a11y.known.title')}</h2>
      <p>{t('a11y.known.text')}</p>
      <h2>{t('a11y.report.title')}</h2>
      <p>{t('a11y.report.text')}</p>
      <p>
        <a href="mailto:kommunen@karlskoga.se?subject=Tillg%C3%A4nglighet%20medborgardialog">{t('a11y.report.link')}</a>
      </p>
      <h2>{t('a11y.supervision.title')}</h2>
      <p>{t('a11y.supervision.text')}</p>
      <EmbedSnippet />
    </article>
  );
}
