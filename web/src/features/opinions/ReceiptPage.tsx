import { lazy, Suspense, useEffect } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import type { PublicState } from '../../api/client';
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/catalogue';
import { formatDate, formatDateTime, formatPlainDate } from '../../lib/format';
import { ErrorMessage, Loading } from '../../components/Status';
import { usePageTitle } from '../../components/usePageTitle';
import { problemWords } from '../../lib/problems';
import { useConfirmFeedbackEmail } from './api/confirmFeedbackEmail';
import { useReceipt } from './api/receipt';

// A map answer's marks (with the map's districts to name where they lie) are fetched only for a receipt that has one.
const ReceiptMarks = lazy(() => import('./ReceiptMarks').then((m) => ({ default: m.ReceiptMarks })));
import { useRemoveFeedbackEmail } from './api/removeFeedbackEmail';
import { useWithdrawOpinion } from './api/withdrawOpinion';

/** The private receipt: the opinion as sent, withdraw it while the dialogue is open, remove the address. */
export function ReceiptPage() {
  const { token = '' } = useParams();
  const { t, locale, language } = useI18n();
  // The dialogue's title, its questions and the feedback are the municipality's Swedish: marked so on a page in another language.
  const sv = language === 'sv' ? undefined : 'sv';
  usePageTitle(t('receipt.title'));
  const location = useLocation();
  const receipt = useReceipt(token);
  const withdraw = useWithdrawOpinion(token);
  const removeEmail = useRemoveFeedbackEmail(token);

  if (receipt.isPending) return <Loading />;
  if (receipt.isError) {
    return receipt.error.status === 404 ? (
      <section className="page">
        <h1>{t('receipt.title')}</h1>
        <p>{t('receipt.notFound')}</p>
      </section>
    ) : (
      <ErrorMessage problem={receipt.error} />
    );
  }
  const r = receipt.data;
  const error = withdraw.error ?? removeEmail.error;
  const refused = error && problemWords(error);
  const publicState = publicStateText(r.publicState, r.hiddenReason);
  return (
    <section className="page">
      <h1>{t('receipt.title')}</h1>
      {(location.state as { justSent?: boolean } | null)?.justSent && (
        <p className="notice notice--success" role="status">
          {t('receipt.thanks')}
        </p>
      )}
      <p>{t('receipt.keep')}</p>
      <p>
        <Link to={`/dialoger/${r.dialogueSlug}`} lang={sv}>
          {r.dialogueTitle}
        </Link>
      </p>
      <h2>{t('receipt.yourText')}</h2>
      {r.answers.length > 0 && (
        <dl className="answers">
          {r.answers.map((a) => (
            <div key={a.question}>
              <dt lang={sv}>{a.question}</dt>
              {a.kind === 'map' ? (
                <dd>
                  <Suspense fallback={null}>
                    <ReceiptMarks marks={a.marks} sv={sv} />
                  </Suspense>
                </dd>
              ) : (
                <dd lang={a.kind === 'freeText' || a.kind === 'scale' ? undefined : sv} dir="auto">
                  {a.answer.join(a.kind === 'ranking' ? ' → ' : ', ')}
                </dd>
              )}
            </div>
          ))}
        </dl>
      )}
      {r.text && (
        <blockquote className="question">
          <p dir="auto">{r.text}</p>
        </blockquote>
      )}
      <p>
        {t('receipt.sent')}: <time dateTime={r.submittedAt}>{formatDateTime(r.submittedAt, locale)}</time>
      </p>
      {publicState && <p className="public-state">{t(publicState.key, publicState.params)}</p>}
      {r.withdrawnAt && <p className="notice notice--warning">{t('receipt.withdrawn')}</p>}
      {r.feedback && (
        <section className="question" aria-labelledby="receipt-feedback-heading">
          <h2 id="receipt-feedback-heading">{t('feedback.receipt.heading')}</h2>
          <p>
            {t('feedback.public.decidedBy', { committee: r.feedback.committee })}{' '}
            <time dateTime={r.feedback.decidedOn}>{formatPlainDate(r.feedback.decidedOn, locale)}</time>:
          </p>
          <p className="preserve-lines">{r.feedback.decision}</p>
          <h3>{t('feedback.public.howUsed')}</h3>
          <p className="preserve-lines">{r.feedback.howResultWasUsed}</p>
          <h3>{t('feedback.public.text')}</h3>
          <p className="preserve-lines" lang={sv}>
            {r.feedback.text}
          </p>
          <p>
            {t('feedback.public.publishedAt')}: <time dateTime={r.feedback.publishedAt}>{formatDate(r.feedback.publishedAt, locale)}</time>
          </p>
          <p>
            <Link to={`/dialoger/${r.dialogueSlug}/aterkoppling`}>{t('feedback.receipt.link')}</Link>
          </p>
        </section>
      )}
      {refused && (
        <p className="notice notice--error" role="alert">
          {t(refused.key, refused.params)}
        </p>
      )}
      {r.feedbackEmail && (
        <p>
          {t('receipt.email', { email: r.feedbackEmail })}
          {!r.feedbackEmailConfirmed && <> {t('receipt.emailUnconfirmed')}</>}
        </p>
      )}
      <div className="actions">
        {r.canWithdraw && (
          <button type="button" className="button button--secondary" onClick={() => withdraw.mutate()} disabled={withdraw.isPending}>
            {t('receipt.withdraw')}
          </button>
        )}
        {r.feedbackEmail && (
          <button type="button" className="button button--secondary" onClick={() => removeEmail.mutate()} disabled={removeEmail.isPending}>
            {t('receipt.removeEmail')}
          </button>
        )}
      </div>
    </section>
  );
}

/**
 * Whether others can read the opinion on the dialogue's page, in words. Nothing for a withdrawn opinion: the receipt
 * already says it was taken back.
 */
export function publicStateText(state: PublicState, hiddenReason?: string | null): { key: MessageKey; params?: Record<string, string> } | undefined {
  switch (state) {
    case 'shown':
      return { key: 'receipt.public.shown' };
    case 'awaitingReview':
      return { key: 'receipt.public.awaitingReview' };
    case 'hidden':
      return hiddenReason ? { key: 'receipt.public.hidden', params: { reason: hiddenReason } } : { key: 'receipt.public.hiddenNoReason' };
    case 'notPublic':
      return { key: 'receipt.public.notPublic' };
    case 'removed':
      return { key: 'receipt.public.removed' };
    case 'withdrawn':
      return undefined;
  }
}

/** The link in the confirmation e-mail lands here and confirms the feedback address (double opt-in). */
export function ConfirmEmailPage() {
  const { token = '' } = useParams();
  const { t } = useI18n();
  usePageTitle(t('receipt.confirmTitle'));
  const confirm = useConfirmFeedbackEmail(token);
  const { mutate } = confirm;
  useEffect(() => mutate(), [mutate]);
  return (
    <section className="page">
      <h1>{t('receipt.confirmTitle')}</h1>
      {confirm.isPending && <Loading />}
      {confirm.isSuccess && <p className="notice notice--success">{t('receipt.confirmed')}</p>}
      {confirm.isError && <ErrorMessage problem={confirm.error} />}
    </section>
  );
}
