import { useI18n } from '../i18n/I18nProvider';
import type { ApiProblem } from '../api/http';
import { problemWords } from '../lib/problems';

export function Loading() {
  const { t } = useI18n();
  return (
    <p className="status" role="status">
      {t('common.loading')}
    </p>
  );
}

/** A refusal or failure in words (its code's, never the API's English), with a way to try again. */
export function ErrorMessage({ problem, onRetry }: { problem: ApiProblem; onRetry?: () => void }) {
  const { t } = useI18n();
  const words = problemWords(problem);
  return (
    <div className="notice notice--error" role="alert">
      <h2>{t('common.error')}</h2>
      <p>{t(words.key, words.params)}</p>
      {onRetry && (
        <button type="button" className="button" onClick={onRetry}>
          {t('common.tryAgain')}
        </button>
      )}
    </div>
  );
}
