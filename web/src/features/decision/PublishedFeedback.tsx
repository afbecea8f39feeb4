import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import type { DialogueDetails, PublishFeedbackResponse, StaffFeedbackDto } from '../../api/client';
import { useI18n } from '../../i18n/I18nProvider';
import { formatDateTime, formatNumber } from '../../lib/format';
import { isDelivering } from './decision';

/** The published feedback: the public link, the press summary to copy, and how the e-mails are going. */
export function PublishedFeedback({ dialogue: d, staff, justPublished }: { dialogue: DialogueDetails; staff: StaffFeedbackDto; justPublished?: PublishFeedbackResponse }) {
  const { t, locale } = useI18n();
  const doneRef = useRef<HTMLDivElement>(null);
  const pressRef = useRef<HTMLTextAreaElement>(null);
  const [copied, setCopied] = useState<'yes' | 'no'>();
  const path = `/dialoger/${d.slug}/aterkoppling`;
  const delivery = staff.delivery;
  const delivering = isDelivering(delivery);

  // Focus moves to the confirmation when the feedback has just been published (the form it came from is gone).
  useEffect(() => {
    if (justPublished) doneRef.current?.focus();
  }, [justPublished]);

  async function copy() {
    const text = staff.pressSummary ?? '';
    try {
      await navigator.clipboard.writeText(text);
      setCopied('yes');
    } catch {
      // Without clipboard access the text is selected, ready to copy with the keyboard.
      pressRef.current?.select();
      setCopied(document.execCommand?.('copy') ? 'yes' : 'no');
    }
  }

  return (
    <div className="published">
      <div className="notice notice--success" role="status" tabIndex={-1} ref={doneRef}>
        <p>{t('feedback.published', { date: staff.publishedAt ? formatDateTime(staff.publishedAt, locale) : '' })}</p>
        {justPublished && <p>{t('feedback.emailsQueued', { count: justPublished.emailsQueued })}</p>}
      </div>
      <p>
        <Link to={path}>{t('feedback.publicLink')}</Link>
        <br />
        <span className="receipt-link">{`${window.location.origin}${path}`}</span>
      </p>

      <h3 id="press-heading">{t('feedback.press')}</h3>
      <div className="field press-summary">
        <label htmlFor="press-summary">{t('feedback.press.label')}</label>
        <p className="hint" id="press-summary-hint">
          {t('feedback.press.hint')}
        </p>
        <textarea id="press-summary" ref={pressRef} readOnly rows={10} value={staff.pressSummary ?? ''} aria-describedby="press-summary-hint" />
      </div>
      <div className="actions">
        <button type="button" className="button button--secondary" onClick={() => void copy()}>
          {t('feedback.press.copy')}
        </button>
      </div>
      <p role="status" className="status-line">
        {copied === 'yes' ? t('feedback.press.copied') : copied === 'no' ? t('feedback.press.copyFailed') : ''}
      </p>

      <h3 id="delivery-heading">{t('feedback.delivery')}</h3>
      <p>{t('feedback.delivery.intro')}</p>
      <dl className="stats" id="delivery">
        <div>
          <dt>{t('feedback.delivery.queued')}</dt>
          <dd>{formatNumber(delivery.queued, locale)}</dd>
        </div>
        <div>
          <dt>{t('feedback.delivery.sent')}</dt>
          <dd>{formatNumber(delivery.sent, locale)}</dd>
        </div>
        <div>
          <dt>{t('feedback.delivery.failed')}</dt>
          <dd>{formatNumber(delivery.failed, locale)}</dd>
        </div>
      </dl>
      <p role="status">{delivering ? t('feedback.delivery.ongoing') : t('feedback.delivery.done')}</p>
      {delivery.failed > 0 && <p>{t('feedback.delivery.retry')}</p>}

      {staff.text && (
        <>
          <h3>{t('feedback.text')}</h3>
          <p className="preserve-lines">{staff.text}</p>
        </>
      )}
    </div>
  );
}
