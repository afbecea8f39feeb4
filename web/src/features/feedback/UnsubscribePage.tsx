import { useEffect, useRef } from 'react';
import { useParams } from 'react-router';
import { useI18n } from '../../i18n/I18nProvider';
import { ErrorMessage } from '../../components/Status';
import { usePageTitle } from '../../components/usePageTitle';
import { useUnsubscribe } from './api/unsubscribe';

/** The link in a feedback e-mail (/avregistrera/:token): one button deletes the address; opening the link does nothing. */
export function UnsubscribePage() {
  const { token = '' } = useParams();
  const { t } = useI18n();
  usePageTitle(t('unsubscribe.title'));
  const unsubscribe = useUnsubscribe(token);
  const outcome = useRef<HTMLDivElement>(null);
  const invalid = unsubscribe.isError && unsubscribe.error.status === 404;

  // The button is gone once there is an answer: focus moves to the answer, so it is read out.
  useEffect(() => {
    if (unsubscribe.isSuccess || invalid) outcome.current?.focus();
  }, [unsubscribe.isSuccess, invalid]);

  return (
    <section className="page">
      <h1>{t('unsubscribe.title')}</h1>
      {unsubscribe.isSuccess ? (
        <div className="notice notice--success" role="status" tabIndex={-1} ref={outcome}>
          <p>{t('unsubscribe.done')}</p>
        </div>
      ) : invalid ? (
        <div className="notice notice--error" role="alert" tabIndex={-1} ref={outcome}>
          <h2>{t('unsubscribe.invalid.title')}</h2>
          <p>{t('unsubscribe.invalid')}</p>
        </div>
      ) : (
        <>
          <p>{t('unsubscribe.intro')}</p>
          {unsubscribe.isError && <ErrorMessage problem={unsubscribe.error} />}
          <button type="button" className="button" onClick={() => unsubscribe.mutate()} disabled={unsubscribe.isPending}>
            {t('unsubscribe.button')}
          </button>
        </>
      )}
    </section>
  );
}
