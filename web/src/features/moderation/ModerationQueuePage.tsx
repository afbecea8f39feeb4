import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import type { ModerationQueueItem } from '../../api/client';
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/catalogue';
import { formatDateTime } from '../../lib/format';
import { reportReasonKey } from '../../lib/moderation';
import { ErrorMessage, Loading } from '../../components/Status';
import { TextField } from '../../components/Fields';
import { Pager } from '../../components/Pager';
import { ModerationGate } from './ModerationGate';
import { PoliceReportDownload } from './PoliceReportDownload';
import { hitText, moderationStatusKey, queueReasonKey, queueSummary, waitedText } from './labels';
import { queryKeys } from '../../lib/queryKeys';
import { placeProblem } from '../../lib/problems';
import { queuePageSize, useModerationQueue } from './api/moderationQueue';
import { useModerateOpinion } from './api/moderateOpinion';
import './moderation.css';

/** The moderation queue (/personal/moderering): what waits for a moderator, oldest first, and what to do with it. */
export function ModerationQueuePage() {
  const { t } = useI18n();
  return (
    <ModerationGate title={t('moderation.title')}>
      <Queue />
    </ModerationGate>
  );
}

function Queue() {
  const { t, locale } = useI18n();
  const [params] = useSearchParams();
  const dialogueId = params.get('dialog') || undefined;
  const [page, setPage] = useState(1);
  const [done, setDone] = useState('');
  const status = useRef<HTMLDivElement>(null);
  const queryClient = useQueryClient();
  const queue = useModerationQueue(dialogueId, page);

  useEffect(() => setPage(1), [dialogueId]);

  // The last item of the last page was dealt with: show the page before.
  const data = queue.data;
  useEffect(() => {
    if (data && data.items.length === 0 && data.total > 0 && page > 1) setPage(Math.max(1, Math.ceil(data.total / queuePageSize)));
  }, [data, page]);

  /** After an action: say what was done (the item may leave the list, so the message takes the focus), then refetch. */
  function acted(message: string, moveFocus = true) {
    setDone(message);
    if (moveFocus) status.current?.focus();
    void queryClient.invalidateQueries({ queryKey: queryKeys.moderation.all });
  }

  const filteredTitle = dialogueId ? data?.items[0]?.dialogueTitle : undefined;

  return (
    <section className="page page--wide moderation">
      <h1>{t('moderation.title')}</h1>
      <p>{t('moderation.intro')}</p>
      <p>
        <Link to="/personal/moderering/logg">{t('moderation.logLink')}</Link>
      </p>
      {dialogueId && (
        <p>
          {filteredTitle ? t('moderation.filteredTitle', { title: filteredTitle }) : t('moderation.filtered')}{' '}
          <Link to="/personal/moderering">{t('moderation.showAll')}</Link>
        </p>
      )}
      <div ref={status} role="status" tabIndex={-1} className={done ? 'notice notice--success' : undefined}>
        {done}
      </div>
      {queue.isPending && <Loading />}
      {queue.isError && <ErrorMessage problem={queue.error} onRetry={() => void queue.refetch()} />}
      {data && (
        <>
          <p className="moderation-summary">{queueSummary(data, t, locale)}</p>
          {data.items.length > 0 && (
            <ol className="cards queue">
              {data.items.map((item) => (
                <QueueEntry key={item.opinionId} item={item} onDone={acted} />
              ))}
            </ol>
          )}
          <Pager page={data.page} pageSize={data.pageSize} total={data.total} onPage={setPage} label={t('moderation.pages')} />
        </>
      )}
    </section>
  );
}

type Action = 'approve' | 'hide' | 'spam' | 'police';

const doneKeys: Record<Action, MessageKey> = {
  approve: 'moderation.done.approve',
  hide: 'moderation.done.hide',
  spam: 'moderation.done.spam',
  police: 'moderation.done.police',
};

function QueueEntry({ item, onDone }: { item: ModerationQueueItem; onDone: (message: string, moveFocus?: boolean) => void }) {
  const { t, say, locale } = useI18n();
  const [form, setForm] = useState<'hide' | 'police'>();
  const [publicReason, setPublicReason] = useState('');
  const [note, setNote] = useState('');
  const [fieldErrors, setFieldErrors] = useState<string[]>();
  const download = useRef<HTMLButtonElement>(null);
  const hideButton = useRef<HTMLButtonElement>(null);
  const policeButton = useRef<HTMLButtonElement>(null);
  const id = item.opinionId;
  const headingId = `queue-${id}`;
  const metaId = `queue-${id}-meta`;
  const describedBy = `${headingId} ${metaId}`;
  const fieldId = form === 'hide' ? `hide-reason-${id}` : `police-note-${id}`;

  const act = useModerateOpinion(id, (_, { action }) => {
    setForm(undefined);
    // Marked for a police report, the opinion still waits for a decision: the focus goes to the download instead.
    onDone(t(doneKeys[action], { title: item.dialogueTitle }), action !== 'police');
  });
  const markedNow = act.isSuccess && act.variables.action === 'police';
  const marked = item.markedForPoliceReport || markedNow;

  useEffect(() => {
    if (markedNow) download.current?.focus();
  }, [markedNow]);

  // An opened form puts the focus in its field.
  useEffect(() => {
    if (form) document.getElementById(fieldId)?.focus();
  }, [form, fieldId]);

  function open(which: 'hide' | 'police') {
    setFieldErrors(undefined);
    act.reset();
    setForm(form === which ? undefined : which);
  }

  function close() {
    (form === 'hide' ? hideButton : policeButton).current?.focus();
    setForm(undefined);
    setFieldErrors(undefined);
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const value = form === 'hide' ? publicReason : note;
    if (!value.trim()) {
      setFieldErrors([t(form === 'hide' ? 'moderation.hide.required' : 'moderation.police.required')]);
      document.getElementById(fieldId)?.focus();
      return;
    }
    setFieldErrors(undefined);
    act.mutate(form === 'hide' ? { action: 'hide', publicReason: publicReason.trim() } : { action: 'police', note: note.trim() });
  }

  const problem = act.error;
  const problemText = problem && say(placeProblem(problem).general)?.join(' ');

  return (
    <li>
      <article className="card queue-item" aria-labelledby={headingId}>
        <h2 className="card__title" id={headingId}>
          <Link to={`/dialoger/${item.dialogueSlug}`}>{item.dialogueTitle}</Link>
        </h2>
        <p id={metaId}>
          {t('moderation.submitted')} <time dateTime={item.submittedAt}>{formatDateTime(item.submittedAt, locale)}</time> ·{' '}
          {t(`staffOpinions.channel.${item.channel}` satisfies MessageKey)}
        </p>
        <p className="queue-item__waiting">
          {waitedText(item.waitingHours, t)}
          {item.overdue && <span className="badge badge--overdue">{t('moderation.overdue')}</span>}
          {item.isYouthDialogue && <span className="badge badge--youth">{t('dialogue.youth')}</span>}
          {marked && <span className="badge badge--police">{t('moderation.police.marked')}</span>}
        </p>
        <dl className="facts">
          <div>
            <dt>{t('moderation.reasons')}</dt>
            <dd>
              <ul className="tags">
                {item.reasons.map((reason) => (
                  <li key={reason} className="tag">
                    {t(queueReasonKey(reason))}
                  </li>
                ))}
              </ul>
            </dd>
          </div>
          {item.contentHits.length > 0 && (
            <div>
              <dt>{t('moderation.hits')}</dt>
              <dd>{item.contentHits.map((hit) => hitText(hit, t)).join(', ')}</dd>
            </div>
          )}
          {item.reports.length > 0 && (
            <div>
              <dt>{t('moderation.reports')}</dt>
              <dd>{item.reports.map((r) => t('moderation.reportCount', { reason: t(reportReasonKey(r.reason)), count: r.count })).join(', ')}</dd>
            </div>
          )}
          <div>
            <dt>{t('moderation.state')}</dt>
            <dd>
              {t(moderationStatusKey(item.status))}
              {' · '}
              {t(item.visibility === 'public' ? 'moderation.visibility.public' : 'moderation.visibility.internal')}
            </dd>
          </div>
        </dl>
        {item.text && (
          <blockquote className="queue-item__text">
            <p className="preserve-lines">{item.text}</p>
          </blockquote>
        )}
        {item.answers.length > 0 && (
          <dl className="answers">
            {item.answers.map((a) => (
              <div key={a.question}>
                <dt>{a.question}</dt>
                <dd>{a.answer.join(', ')}</dd>
              </div>
            ))}
          </dl>
        )}
        <p>
          <Link to={`/personal/moderering/logg?synpunkt=${encodeURIComponent(id)}`} aria-describedby={describedBy}>
            {t('moderation.history')}
          </Link>
        </p>
        {problemText && (
          <p className="notice notice--error" role="alert">
            {problemText}
          </p>
        )}
        <div className="actions">
          <button type="button" className="button" disabled={act.isPending} onClick={() => act.mutate({ action: 'approve' })} aria-describedby={describedBy}>
            {t('moderation.approve')}
          </button>
          <button
            ref={hideButton}
            type="button"
            className="button button--secondary"
            aria-expanded={form === 'hide'}
            aria-controls={form === 'hide' ? `hide-form-${id}` : undefined}
            onClick={() => open('hide')}
            aria-describedby={describedBy}
          >
            {t('moderation.hide')}
          </button>
          <button type="button" className="button button--secondary" disabled={act.isPending} onClick={() => act.mutate({ action: 'spam' })} aria-describedby={describedBy}>
            {t('moderation.spam')}
          </button>
          {marked ? (
            <PoliceReportDownload opinionId={id} describedBy={describedBy} buttonRef={download} />
          ) : (
            <button
              ref={policeButton}
              type="button"
              className="button button--secondary"
              aria-expanded={form === 'police'}
              aria-controls={form === 'police' ? `police-form-${id}` : undefined}
              onClick={() => open('police')}
              aria-describedby={describedBy}
            >
              {t('moderation.police')}
            </button>
          )}
        </div>
        {form === 'hide' && (
          <ReasonForm
            id={`hide-form-${id}`}
            field={{ id: fieldId, label: t('moderation.hide.reason'), hint: t('moderation.hide.hint'), value: publicReason, onChange: setPublicReason, errors: fieldErrors }}
            confirm={t('moderation.hide.confirm')}
            pending={act.isPending}
            onSubmit={submit}
            onCancel={close}
          />
        )}
        {form === 'police' && (
          <ReasonForm
            id={`police-form-${id}`}
            field={{ id: fieldId, label: t('moderation.police.note'), hint: t('moderation.police.hint'), value: note, onChange: setNote, errors: fieldErrors, multiline: true }}
            confirm={t('moderation.police.confirm')}
            pending={act.isPending}
            onSubmit={submit}
            onCancel={close}
          />
        )}
      </article>
    </li>
  );
}

interface ReasonFormProps {
  id: string;
  field: { id: string; label: string; hint: string; value: string; onChange: (value: string) => void; errors?: string[]; multiline?: boolean };
  confirm: string;
  pending: boolean;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  onCancel: () => void;
}

/** The moderator's one-field form under an item: the public reason for hiding it, or the note for a police report. */
function ReasonForm({ id, field, confirm, pending, onSubmit, onCancel }: ReasonFormProps) {
  const { t } = useI18n();
  return (
    <form id={id} className="stack inline-form" onSubmit={onSubmit} noValidate>
      <TextField {...field} required maxLength={500} />
      <div className="actions">
        <button type="submit" className="button" disabled={pending}>
          {confirm}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('moderation.cancel')}
        </button>
      </div>
    </form>
  );
}
