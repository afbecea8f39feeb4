import { useState } from 'react';
import { Link, useLocation } from 'react-router';
import type { CurrentUser, DialogueStatus, StaffDialogueRow } from '../../api/client';
import { useI18n } from '../../i18n/I18nProvider';
import { statusKey, type MessageKey } from '../../i18n/catalogue';
import { formatDate, formatNumber } from '../../lib/format';
import { ErrorMessage, Loading } from '../../components/Status';
import { usePageTitle } from '../../components/usePageTitle';
import { FieldError } from '../../components/Fields';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useSignOut } from '../../lib/session';
import { byPath, placeProblem } from '../../lib/problems';
import { useDialogueStep, type DialogueStep } from './api/dialogueStep';
import { useStaffDialogues } from './api/staffDialogues';
import { hasClosed, hasOpened } from '../../lib/lifecycle';

const statuses: DialogueStatus[] = ['draft', 'announced', 'open', 'closed', 'decided', 'feedbackPublished', 'cancelled'];

/** The staff console's start once signed in (the sign-in comes first: accounts/): the dialogues with the steps each can take. */
export function StaffPage({ me }: { me: CurrentUser }) {
  const { t } = useI18n();
  usePageTitle(t('staff.title'));
  return <StaffDialogues name={me.displayName} isAdministrator={me.roles.includes('Administrator')} />;
}

function StaffDialogues({ name, isAdministrator }: { name: string; isAdministrator: boolean }) {
  const { t } = useI18n();
  const location = useLocation();
  const signOut = useSignOut();
  const [status, setStatus] = useState<DialogueStatus | ''>('');
  const [mine, setMine] = useState(false);
  const rows = useStaffDialogues(status, mine);
  const saved = (location.state as { saved?: string } | null)?.saved;

  return (
    <section className="page page--wide">
      <div className="toolbar">
        <p>{t('staff.signedInAs', { name })}</p>
        {isAdministrator && <Link to="/personal/e-post">{t('localMail.link')}</Link>}
        <button type="button" className="button button--secondary" onClick={() => signOut.mutate()}>
          {t('staff.signOut')}
        </button>
      </div>
      <h1>{t('staff.dialogues')}</h1>
      {saved && (
        <p className="notice notice--success" role="status">
          {t('staff.saved')} ({saved})
        </p>
      )}
      <div className="toolbar">
        <Link className="button" to="/personal/dialoger/ny">
          {t('staff.new')}
        </Link>
        <div className="check">
          <input id="mine-filter" type="checkbox" checked={mine} onChange={(e) => setMine(e.target.checked)} />
          <label htmlFor="mine-filter">{t('staff.mine')}</label>
        </div>
        <div className="field field--inline">
          <label htmlFor="status-filter">{t('staff.filter')}</label>
          <select id="status-filter" value={status} onChange={(e) => setStatus(e.target.value as DialogueStatus | '')}>
            <option value="">{t('staff.filter.all')}</option>
            {statuses.map((s) => (
              <option key={s} value={s}>
                {t(statusKey(s))}
              </option>
            ))}
          </select>
        </div>
      </div>
      {rows.isPending && <Loading />}
      {rows.isError && <ErrorMessage problem={rows.error} onRetry={() => void rows.refetch()} />}
      {rows.isSuccess && rows.data.length === 0 && <p>{t('staff.empty')}</p>}
      {rows.isSuccess && rows.data.length > 0 && (
        <ul className="cards">
          {rows.data.map((row) => (
            <StaffRow key={row.id} row={row} />
          ))}
        </ul>
      )}
    </section>
  );
}

type Action = 'publish' | 'open' | 'close';

function StaffRow({ row }: { row: StaffDialogueRow }) {
  const { t, say, locale } = useI18n();
  const [cancelling, setCancelling] = useState(false);
  const [reason, setReason] = useState('');
  const act = useDialogueStep(row.id);
  const refused = act.error ? placeProblem(act.error, byPath((field) => field === 'reason')) : undefined;
  const step = (variables: DialogueStep) => act.mutate(variables, { onSuccess: () => setCancelling(false) });
  const headingId = `row-${row.id}`;
  const steps = row.allowedActions.filter((a): a is Action => a === 'publish' || a === 'open' || a === 'close');

  return (
    <li className="card" aria-labelledby={headingId}>
      <h2 className="card__title" id={headingId}>
        {row.isPublic ? <Link to={`/dialoger/${row.slug}`}>{row.title}</Link> : row.title}
      </h2>
      <span className={`badge badge--${row.status}`}>{t(statusKey(row.status))}</span>
      <p>
        {formatDate(row.opensAt, locale)} – {formatDate(row.closesAt, locale)} · {t('staff.sessions', { count: row.sessionCount })}
      </p>
      {row.missingForAnnouncement.length > 0 && (
        <div className="notice notice--warning">
          <h3>{t('staff.missing')}</h3>
          <ul>
            {row.missingForAnnouncement.map((m) => (
              <li key={m}>{t(`staff.missing.${m}` satisfies MessageKey)}</li>
            ))}
          </ul>
        </div>
      )}
      {row.warnings.length > 0 && (
        <details>
          <summary>{t('staff.warnings')} ({formatNumber(row.warnings.length, locale)})</summary>
          <ul>
            {row.warnings.map((w) => (
              <li key={w}>{t(`staff.warning.${w}` satisfies MessageKey)}</li>
            ))}
          </ul>
        </details>
      )}
      <ErrorNotice words={refused?.general} />
      <div className="actions">
        {steps.map((action) => (
          <button
            key={action}
            type="button"
            className="button"
            disabled={act.isPending}
            onClick={() => step({ step: action })}
            aria-describedby={headingId}
          >
            {t(`staff.action.${action}`)}
          </button>
        ))}
        {row.allowedActions.includes('edit') && (
          <Link className="button button--secondary" to={`/personal/dialoger/${row.id}`} aria-describedby={headingId}>
            {t('staff.action.edit')}
          </Link>
        )}
        {row.status !== 'draft' && (
          <Link className="button button--secondary" to={`/personal/dialoger/${row.id}/synpunkter`} aria-describedby={headingId}>
            {t('staffOpinions.link')}
          </Link>
        )}
        {hasOpened(row.status) && (
          <Link className="button button--secondary" to={`/personal/dialoger/${row.id}/resultat`} aria-describedby={headingId}>
            {t('results.link')}
          </Link>
        )}
        {hasClosed(row.status) && (
          <Link className="button button--secondary" to={`/personal/dialoger/${row.id}/beslut`} aria-describedby={headingId}>
            {t('decision.link')}
          </Link>
        )}
        {row.allowedActions.includes('cancel') && !cancelling && (
          <button type="button" className="button button--secondary" onClick={() => setCancelling(true)} aria-describedby={headingId}>
            {t('staff.action.cancel')}
          </button>
        )}
      </div>
      {cancelling && (
        <form
          className="stack"
          onSubmit={(e) => {
            e.preventDefault();
            step({ step: 'cancel', reason });
          }}
        >
          <div className="field">
            <label htmlFor={`reason-${row.id}`}>{t('staff.cancelReason')}</label>
            <textarea
              id={`reason-${row.id}`}
              required
              maxLength={1000}
              value={reason}
              onChange={(e) => setReason(e.target.value)}
              aria-describedby={`reason-${row.id}-error`}
            />
            <FieldError id={`reason-${row.id}`} messages={say(refused?.fields.reason)} />
          </div>
          <button type="submit" className="button">
            {t('staff.cancelConfirm')}
          </button>
        </form>
      )}
    </li>
  );
}
