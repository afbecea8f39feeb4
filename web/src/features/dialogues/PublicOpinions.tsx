import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { PublicOpinionDto, PublicOpinionPage, ReportReason } from '../../api/client';
import type { ApiProblem } from '../../api/http';
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/catalogue';
import { formatDateTime } from '../../lib/format';
import { reportReasonKey, reportReasons, waitInWords } from '../../lib/moderation';
import { placeProblem } from '../../lib/problems';
import { usePublicOpinions } from './api/publicOpinions';
import { useReportOpinion } from './api/reportOpinion';
import { ErrorMessage, Loading } from '../../components/Status';

/** Each opinion once, in the order the pages came (a new opinion between two pages shifts the later page by one). */
export function uniqueOpinions(pages: PublicOpinionPage[]): PublicOpinionDto[] {
  const seen = new Set<string>();
  return pages.flatMap((p) => p.items).filter((o) => !seen.has(o.id) && Boolean(seen.add(o.id)));
}

/** "Synpunkter från andra": what others said (the author anonymous), hidden ones as a notice, and a way to report. */
export function PublicOpinions({ dialogueId }: { dialogueId: string }) {
  const { t } = useI18n();
  const opinions = usePublicOpinions(dialogueId);

  // The dialogue's opinions turned internal meanwhile: nothing to show.
  if (opinions.isError && opinions.error.status === 404) return null;

  const pages = opinions.data?.pages ?? [];
  const first = pages[0];
  const items = uniqueOpinions(pages);
  const total = pages.at(-1)?.total ?? 0;

  return (
    <section className="public-opinions" aria-labelledby="public-opinions-heading">
      <h2 id="public-opinions-heading">{t('publicOpinions.heading')}</h2>
      {opinions.isPending && <Loading />}
      {opinions.isError && <ErrorMessage problem={opinions.error} onRetry={() => void opinions.refetch()} />}
      {first && (
        <>
          <p>{t(first.moderation === 'preModeration' ? 'publicOpinions.preModeration' : 'publicOpinions.postModeration')}</p>
          {first.awaitingReview > 0 && (
            <p>{t('publicOpinions.awaiting', { count: first.awaitingReview })}</p>
          )}
          {items.length === 0 ? (
            <p>{t('publicOpinions.empty')}</p>
          ) : (
            <ol className="opinion-list">
              {items.map((o) => (
                <PublicOpinion key={o.id} opinion={o} />
              ))}
            </ol>
          )}
          {total > 0 && (
            <p className="count" aria-live="polite">
              {t('publicOpinions.count', { shown: items.length, total })}
            </p>
          )}
          {opinions.hasNextPage && (
            <button type="button" className="button button--secondary" onClick={() => void opinions.fetchNextPage()} disabled={opinions.isFetchingNextPage}>
              {t('publicOpinions.more')}
            </button>
          )}
        </>
      )}
    </section>
  );
}

function PublicOpinion({ opinion: o }: { opinion: PublicOpinionDto }) {
  const { t, locale } = useI18n();
  const when = formatDateTime(o.submittedAt, locale);
  const headingId = `opinion-${o.id}`;
  return (
    <li>
      <article className="opinion" aria-labelledby={headingId}>
        <h3 id={headingId} className="opinion__heading">
          {t('publicOpinions.from', { date: when })}
        </h3>
        {o.hidden ? (
          <p className="opinion__hidden">{o.hiddenReason ? t('publicOpinions.hidden', { reason: o.hiddenReason }) : t('publicOpinions.hiddenNoReason')}</p>
        ) : (
          <>
            {o.text && <p className="preserve-lines">{o.text}</p>}
            {o.answers.length > 0 && (
              <dl className="answers">
                {o.answers.map((a) => (
                  <div key={a.question}>
                    <dt>{a.question}</dt>
                    <dd>{a.answer.join(', ')}</dd>
                  </div>
                ))}
              </dl>
            )}
            <Report opinionId={o.id} label={t('publicOpinions.reportLabel', { date: when })} />
          </>
        )}
      </article>
    </li>
  );
}

type Outcome = 'received' | 'alreadyReported';

/** The report button, and an inline form (not a dialog) with the four reasons; its outcome in a status message. */
function Report({ opinionId, label }: { opinionId: string; label: string }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState<ReportReason | ''>('');
  const [missing, setMissing] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>();
  const button = useRef<HTMLButtonElement>(null);
  const status = useRef<HTMLParagraphElement>(null);
  const firstReason = useRef<HTMLInputElement>(null);
  const formId = `report-${opinionId}`;
  const report = useReportOpinion(opinionId, {
    onSuccess: () => finish('received'),
    onError: (problem) => {
      if (problem.status === 409) finish('alreadyReported');
    },
  });

  function finish(result: Outcome) {
    setOutcome(result);
    setOpen(false);
  }

  // The form and its button are gone: the outcome takes the focus, so keyboard and screen reader users stay here.
  useEffect(() => {
    if (outcome) status.current?.focus();
  }, [outcome]);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!reason) {
      setMissing(true);
      firstReason.current?.focus();
      return;
    }
    report.mutate(reason);
  }

  function cancel() {
    setOpen(false);
    setMissing(false);
    report.reset();
    button.current?.focus();
  }

  const error = report.error && report.error.status !== 409 ? reportError(report.error, t) : undefined;

  return (
    <div className="report">
      {!outcome && (
        <button
          ref={button}
          type="button"
          className="button button--secondary button--small"
          aria-label={label}
          aria-expanded={open}
          aria-controls={open ? formId : undefined}
          onClick={() => (open ? cancel() : setOpen(true))}
        >
          {t('publicOpinions.report')}
        </button>
      )}
      <p ref={status} role="status" tabIndex={-1} className={outcome ? 'notice notice--success' : undefined}>
        {outcome === 'received' && t('report.received')}
        {outcome === 'alreadyReported' && t('report.alreadyReported')}
      </p>
      {open && (
        <form id={formId} className="report-form stack" onSubmit={submit} noValidate aria-label={label}>
          <fieldset aria-describedby={missing ? `${formId}-error` : undefined}>
            <legend>{t('report.legend')}</legend>
            {missing && (
              <p className="field-error" id={`${formId}-error`}>
                {t('report.chooseReason')}
              </p>
            )}
            {reportReasons.map((r, index) => (
              <div key={r} className="check">
                <input
                  ref={index === 0 ? firstReason : undefined}
                  type="radio"
                  id={`${formId}-${r}`}
                  name={`${formId}-reason`}
                  value={r}
                  checked={reason === r}
                  aria-invalid={missing || undefined}
                  onChange={() => {
                    setReason(r);
                    setMissing(false);
                  }}
                />
                <label htmlFor={`${formId}-${r}`}>{t(reportReasonKey(r))}</label>
              </div>
            ))}
          </fieldset>
          <p className="hint">{t('report.anonymous')}</p>
          {error && (
            <p className="notice notice--error" role="alert">
              {error}
            </p>
          )}
          <div className="actions">
            <button type="submit" className="button" disabled={report.isPending}>
              {t('report.send')}
            </button>
            <button type="button" className="button button--secondary" onClick={cancel}>
              {t('report.cancel')}
            </button>
          </div>
        </form>
      )}
    </div>
  );
}

/** Why a report was refused, in words: too many at once (with the wait), an opinion no longer public, or its code's words. */
export function reportError(problem: ApiProblem, t: (key: MessageKey, params?: Record<string, string | number>) => string): string {
  if (problem.status === 429) {
    const wait = waitInWords(problem.retryAfter);
    return t('report.tooMany', { wait: t(wait.key, { count: wait.count }) });
  }
  if (problem.status === 404) return t('report.gone');
  return placeProblem(problem).general.map((w) => t(w.key, w.params)).join(' ');
}
