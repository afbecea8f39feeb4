import { useI18n } from '../i18n/I18nProvider';
import type { ApiProblem } from '../api/http';

export function Loading() {
  const { t } = useI18n();
  return (
    <p className="status" role="status">
      {t('common.loading')}
    </p>
  );
}

export function ErrorMessage({ problem, onRetry }: { problem: ApiProblem; onRetry?: () => void }) {
  const { t } = useI18n();
  return (
    <div className="notice notice--error" role="alert">
      <h2>{t('common.error')}</h2>
      <p>{problem.detail ?? problem.title}</p>
      {onRetry && (
        <button type="button" className="button" onClick={onRetry}>
          {t('common.tryAgain')}
        </button>
      )}
    </div>
  );
}
