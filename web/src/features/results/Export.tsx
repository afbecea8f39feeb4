import { Link } from 'react-router';
import type { DialogueDetails, ResultDto } from '../../api/client';
import { useI18n } from '../../i18n/I18nProvider';
import { formatDateTime } from '../../lib/format';
import { hasClosed } from '../../lib/lifecycle';
import { problemWords } from '../../lib/problems';
import { useExportDecisionBasis } from './api/exportDecisionBasis';

/** The decision basis exported for the committee (opened in a new tab), and the opinions as CSV. */
export function Export({ dialogue: d, result }: { dialogue: DialogueDetails; result: ResultDto }) {
  const { t, locale } = useI18n();
  const exportBasis = useExportDecisionBasis(d.id);
  const csvUrl = exportBasis.data?.csvUrl ?? `/api/staff/dialogues/${d.id}/opinions.csv`;
  const failed = exportBasis.error && problemWords(exportBasis.error);
  return (
    <section aria-labelledby="export-heading">
      <h2 id="export-heading">{t('results.export')}</h2>
      <p>{t('results.export.intro')}</p>
      {result.firstExportedAt && <p>{t('results.export.first', { date: formatDateTime(result.firstExportedAt, locale) })}</p>}
      {hasClosed(d.status) ? (
        <div className="actions">
          <button
            type="button"
            className="button"
            onClick={() => exportBasis.mutate(undefined, { onSuccess: (exported) => void window.open(exported.htmlUrl, '_blank', 'noopener') })}
            disabled={exportBasis.isPending}
          >
            {t('results.export.button')}
          </button>
        </div>
      ) : (
        <p className="notice notice--warning">{t('results.export.notYet')}</p>
      )}
      {failed && (
        <p className="notice notice--error" role="alert">
          {t(failed.key, failed.params)}
        </p>
      )}
      <div role="status">
        {exportBasis.isSuccess && (
          <p className="notice notice--success">
            {t('results.export.done', { count: exportBasis.data.exportCount })}{' '}
            <a href={exportBasis.data.htmlUrl} target="_blank" rel="noopener">
              {t('results.export.open')}
            </a>
          </p>
        )}
      </div>
      <p>
        <a href={csvUrl} download>
          {t('results.export.csv')}
        </a>
      </p>
      <p>
        <Link to={`/personal/dialoger/${d.id}/beslut`}>{t('decision.link')}</Link>
      </p>
    </section>
  );
}
