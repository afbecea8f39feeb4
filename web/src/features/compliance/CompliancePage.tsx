import { useRef, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { ChecklistItem, DialogueChecklist, TargetGroup } from '../../api/client';
import { useI18n } from '../../i18n/I18nProvider';
import { groupKey, statusKey } from '../../i18n/catalogue';
import { evidenceLinkKey, promiseKey } from '../../lib/compliance';
import { formatDate } from '../../lib/format';
import { DueDate, Evidence, EvidenceList, ItemStateBadge } from '../../components/Checklist';
import { SelectField, TextField } from '../../components/Fields';
import { ErrorMessage, Loading } from '../../components/Status';
import { ComplianceGate } from './ComplianceGate';
import { countsText, dialogueStatuses, filterParams, readFilter, type ComplianceFilter } from './labels';
import { placeProblem } from '../../lib/problems';
import { useComplianceDashboard } from './api/complianceDashboard';
import { useExplainReachShortfall } from './api/explainReachShortfall';
import './compliance.css';

/** The most an explanation may hold (the API's ReachExplanation.MaxText). */
const explanationMaxLength = 1000;

/**
 * The compliance dashboard (/personal/efterlevnad, linked from the reminder e-mail): every dialogue's checklist of the
 * promises Q1–Q5 — those not met first, then those about to be missed — filtered by year, committee and status.
 */
export function CompliancePage() {
  const { t } = useI18n();
  return (
    <ComplianceGate title={t('compliance.title')}>
      <Dashboard />
    </ComplianceGate>
  );
}

function Dashboard() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const filter = readFilter(params);
  const [done, setDone] = useState('');
  const status = useRef<HTMLDivElement>(null);
  const dashboard = useComplianceDashboard(filter);
  const data = dashboard.data;
  const filtered = filter.year !== undefined || Boolean(filter.committee) || Boolean(filter.status);

  /** After an explanation is saved: say so (the form may leave with the refetch, so the message takes the focus), then refetch. */
  function saved(message: string) {
    setDone(message);
    status.current?.focus();
  }

  return (
    <section className="page page--wide compliance">
      <h1>{t('compliance.title')}</h1>
      <p>{t('compliance.intro')}</p>
      <Filters
        key={params.toString()}
        filter={filter}
        years={data?.years ?? []}
        committees={data?.committees ?? []}
        onApply={(next) => {
          setDone('');
          setParams(filterParams(next));
        }}
      />
      {filtered && (
        <p>
          <Link to="/personal/efterlevnad">{t('compliance.clear')}</Link>
        </p>
      )}
      <div ref={status} role="status" tabIndex={-1} className={done ? 'notice notice--success' : undefined}>
        {done}
      </div>
      {dashboard.isPending && <Loading />}
      {dashboard.isError && <ErrorMessage problem={dashboard.error} onRetry={() => void dashboard.refetch()} />}
      {data && (
        <>
          <p className="count" aria-live="polite">
            {t('compliance.count', { count: data.dialogues.length })}
          </p>
          {data.dialogues.length === 0 ? (
            <p>{t('compliance.empty')}</p>
          ) : (
            <ol className="cards compliance-list">
              {data.dialogues.map((d) => (
                <li key={d.dialogueId}>
                  <DialogueCard dialogue={d} onSaved={saved} />
                </li>
              ))}
            </ol>
          )}
        </>
      )}
    </section>
  );
}

/** Year, committee and status as a GET form: applying them puts them in the address (?ar=…&namnd=…&status=…). */
function Filters(props: { filter: ComplianceFilter; years: number[]; committees: string[]; onApply: (filter: ComplianceFilter) => void }) {
  const { t } = useI18n();
  const [year, setYear] = useState(props.filter.year !== undefined ? String(props.filter.year) : '');
  const [committee, setCommittee] = useState(props.filter.committee ?? '');
  const [status, setStatus] = useState<string>(props.filter.status ?? '');
  const years = [...new Set([...props.years, ...(props.filter.year !== undefined ? [props.filter.year] : [])])].sort((a, b) => b - a);
  const committees = [...new Set([...props.committees, ...(props.filter.committee ? [props.filter.committee] : [])])];

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    props.onApply({ year: year ? Number(year) : undefined, committee: committee || undefined, status: (status || undefined) as ComplianceFilter['status'] });
  }

  return (
    <form className="search" method="get" action="/personal/efterlevnad" aria-label={t('compliance.filters')} onSubmit={submit}>
      <div className="field">
        <label htmlFor="compliance-year">{t('compliance.year')}</label>
        <select id="compliance-year" name="ar" value={year} onChange={(e) => setYear(e.target.value)}>
          <option value="">{t('compliance.year.all')}</option>
          {years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="compliance-committee">{t('compliance.committee')}</label>
        <select id="compliance-committee" name="namnd" value={committee} onChange={(e) => setCommittee(e.target.value)}>
          <option value="">{t('compliance.committee.all')}</option>
          {committees.map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="compliance-status">{t('compliance.status')}</label>
        <select id="compliance-status" name="status" value={status} onChange={(e) => setStatus(e.target.value)}>
          <option value="">{t('compliance.status.all')}</option>
          {dialogueStatuses.map((s) => (
            <option key={s} value={s}>
              {t(statusKey(s))}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="button">
        {t('compliance.filter')}
      </button>
    </form>
  );
}

function DialogueCard({ dialogue: d, onSaved }: { dialogue: DialogueChecklist; onSaved: (message: string) => void }) {
  const { t, locale } = useI18n();
  const headingId = `compliance-${d.dialogueId}`;
  return (
    <article className="card compliance-card" aria-labelledby={headingId}>
      <h2 className="card__title" id={headingId}>
        <Link to={`/personal/dialoger/${d.dialogueId}`}>{d.title}</Link>
      </h2>
      <p className="compliance-counts">{countsText(d, t)}</p>
      <dl className="facts">
        <div>
          <dt>{t('dialogue.committee')}</dt>
          <dd>{d.committee}</dd>
        </div>
        <div>
          <dt>{t('compliance.status')}</dt>
          <dd>{t(statusKey(d.status))}</dd>
        </div>
        <div>
          <dt>{t('compliance.open')}</dt>
          <dd>
            <time dateTime={d.opensAt}>{formatDate(d.opensAt, locale)}</time> – <time dateTime={d.closesAt}>{formatDate(d.closesAt, locale)}</time>
          </dd>
        </div>
      </dl>
      <p>
        <Link to={`/personal/dialoger/${d.dialogueId}/synpunkter`} aria-describedby={headingId}>
          {t('staffOpinions.link')}
        </Link>{' '}
        ·{' '}
        <Link to={`/personal/dialoger/${d.dialogueId}/resultat`} aria-describedby={headingId}>
          {t('results.link')}
        </Link>{' '}
        ·{' '}
        <Link to={`/personal/dialoger/${d.dialogueId}/beslut`} aria-describedby={headingId}>
          {t('decision.link')}
        </Link>
      </p>
      <ol className="checklist" aria-label={t('compliance.checklist', { title: d.title })}>
        {d.items.map((item) => (
          <ChecklistEntry key={item.promise} dialogue={d} item={item} headingId={headingId} onSaved={onSaved} />
        ))}
      </ol>
    </article>
  );
}

function ChecklistEntry(props: { dialogue: DialogueChecklist; item: ChecklistItem; headingId: string; onSaved: (message: string) => void }) {
  const { t } = useI18n();
  const { item } = props;
  const name = t(promiseKey(item.promise));
  const groups = item.promise === 'q4Reach' && item.state === 'notMet' ? (item.unexplainedGroups ?? []) : [];
  return (
    <li className={`checklist-item checklist-item--${item.state}`}>
      <p className="checklist-item__head">
        <strong>{name}</strong> <ItemStateBadge state={item.state} />
        {item.aboutToBeMissed && <span className="badge badge--soon">{t('compliance.aboutToBeMissed')}</span>}
      </p>
      <p>
        {t('compliance.due')}: <DueDate at={item.dueAt} />
      </p>
      <Evidence lines={item.evidence} promise={name} open={item.state === 'notMet' || item.aboutToBeMissed} />
      {item.warnings.length > 0 && (
        <div className="checklist-item__warnings">
          <p>
            <strong>{t('compliance.warnings')}</strong>
          </p>
          <EvidenceList lines={item.warnings} />
        </div>
      )}
      {item.links.length > 0 && (
        <p>
          {t('compliance.links')}:{' '}
          {item.links.map((link, i) => (
            <span key={link.url}>
              {i > 0 && ', '}
              <a href={link.url} aria-describedby={props.headingId}>
                {t(evidenceLinkKey(link.kind))}
              </a>
            </span>
          ))}
        </p>
      )}
      {groups.length > 0 && <ExplainForm key={groups.join(' ')} dialogue={props.dialogue} groups={groups} onSaved={props.onSaved} />}
    </li>
  );
}

/** Q4 not met: the official explains why a target group was reached less than its configured share. */
function ExplainForm({ dialogue, groups, onSaved }: { dialogue: DialogueChecklist; groups: TargetGroup[]; onSaved: (message: string) => void }) {
  const { t } = useI18n();
  const [group, setGroup] = useState<string>(groups.length === 1 ? groups[0] : '');
  const [text, setText] = useState('');
  const [errors, setErrors] = useState<{ group?: string[]; text?: string[] }>({});
  const id = `explain-${dialogue.dialogueId}`;
  const save = useExplainReachShortfall(dialogue.dialogueId, (sent) => {
    setText('');
    onSaved(t('compliance.explain.saved', { group: t(groupKey(sent.group)), title: dialogue.title }));
  });

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const next = {
      group: groups.includes(group as TargetGroup) ? undefined : [t('compliance.explain.groupRequired')],
      text: text.trim() ? undefined : [t('compliance.explain.textRequired')],
    };
    setErrors(next);
    if (next.group || next.text) {
      document.getElementById(next.group ? `${id}-group` : `${id}-text`)?.focus();
      return;
    }
    save.mutate({ group: group as TargetGroup, explanation: text.trim() });
  }

  const problem = save.error;
  const problemText = problem && placeProblem(problem).general.map((w) => t(w.key, w.params)).join(' ');

  return (
    <form className="explain-form" onSubmit={submit} noValidate>
      <fieldset>
        <legend>{t('compliance.explain.legend')}</legend>
        <SelectField
          id={`${id}-group`}
          label={t('compliance.explain.group')}
          value={group}
          onChange={setGroup}
          none={t('compliance.explain.chooseGroup')}
          options={groups.map((g) => [g, t(groupKey(g))])}
          errors={errors.group}
          required
        />
        <TextField
          id={`${id}-text`}
          label={t('compliance.explain.text')}
          hint={t('compliance.explain.hint')}
          value={text}
          onChange={setText}
          errors={errors.text}
          required
          multiline
          maxLength={explanationMaxLength}
        />
        {problemText && (
          <p className="notice notice--error" role="alert">
            {problemText}
          </p>
        )}
        <div>
          <button type="submit" className="button" disabled={save.isPending}>
            {t('compliance.explain.submit')}
          </button>
        </div>
      </fieldset>
    </form>
  );
}
