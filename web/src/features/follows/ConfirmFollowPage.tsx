import { useEffect, useRef } from 'react';
import { Link, useParams } from 'react-router';
import { useI18n } from '../../i18n/I18nProvider';
import { ErrorMessage } from '../../components/Status';
import { usePageTitle } from '../../components/usePageTitle';
import { useConfirmFollow } from './api/confirmFollow';
import { FollowWhat } from './FollowWhat';
import './follows.css';

/**
 * The link in the confirmation mail (/folj/bekrafta/:token). Opening it confirms nothing — mail scanners open links —
 * the resident presses "Bekräfta"; then the page says what they follow and where to change it.
 */
export function ConfirmFollowPage() {
  const { token = '' } = useParams();
  const { t } = useI18n();
  usePageTitle(t('follow.confirm.title'));
  const confirm = useConfirmFollow(token);
  const outcome = useRef<HTMLDivElement>(null);
  const code = confirm.error?.code;
  const known = code === 'follow.linkNotFound' || code === 'follow.alreadyConfirmed' || confirm.error?.status === 404;

  useEffect(() => {
    if (confirm.isSuccess || known) outcome.current?.focus();
  }, [confirm.isSuccess, known]);

  return (
    <section className="page">
      <h1>{t('follow.confirm.title')}</h1>
      {confirm.isSuccess ? (
        <div className="notice notice--success" role="status" tabIndex={-1} ref={outcome}>
          <h2>{t('follow.confirm.done')}</h2>
          <FollowWhat follow={confirm.data.follow} />
          <p>
            <Link to={`/folj/${confirm.data.followerToken}`}>{t('follow.confirm.manage')}</Link>
          </p>
        </div>
      ) : code === 'follow.alreadyConfirmed' ? (
        <div className="notice notice--success" role="status" tabIndex={-1} ref={outcome}>
          <h2>{t('follow.confirm.already.title')}</h2>
          <p>{t('problem.follow.alreadyConfirmed')}</p>
          <p>{t('follow.confirm.already.manage')}</p>
        </div>
      ) : known ? (
        <div className="notice notice--error" role="alert" tabIndex={-1} ref={outcome}>
          <h2>{t('follow.confirm.invalid.title')}</h2>
          <p>{t('problem.follow.linkNotFound')}</p>
          <p>
            <Link to="/">{t('follow.confirm.invalid.again')}</Link>
          </p>
        </div>
      ) : (
        <>
          <p>{t('follow.confirm.intro')}</p>
          {confirm.isError && <ErrorMessage problem={confirm.error} />}
          <button type="button" className="button" onClick={() => confirm.mutate()} disabled={confirm.isPending}>
            {t('follow.confirm.button')}
          </button>
        </>
      )}
    </section>
  );
}
