import { Link, Navigate, useParams } from 'react-router';
import type { PromiseSummary, PublicChecklist, TransparencyCount, TransparencyReport } from '../../api/client';
import { useI18n } from '../../i18n/I18nProvider';
import { statusKey } from '../../i18n/catalogue';
import { itemStateKey, promiseKey } from '../../lib/compliance';
import { formatDate, formatNumber, formatYear } from '../../lib/format';
import { countLabelKey, type CountDimension } from '../../lib/participation';
import { BarTable } from '../../components/BarTable';
import { DueDate, Evidence, ItemStateBadge } from '../../components/Checklist';
import { NotFoundPage } from '../../components/NotFoundPage';
import { TableRegion } from '../../components/TableRegion';
import { ErrorMessage, Loading } from '../../components/Status';
import { usePageTitle } from '../../components/usePageTitle';
import { transparencyCsvUrl, useTransparencyReport } from './api/transparencyReport';
import { chooseYear, parseYear, yearLinks } from './years';
import './transparency.css';

/** /insyn: the current year when it has dialogues, else the latest year that has (see chooseYear). */
export function TransparencyRedirect() {
  const current = new Date().getFullYear();
  const report = useTransparencyReport(current);
  if (report.isPending) return <Loading />;
  // Without the list of years the current year is shown, and its page says what went wrong.
  const year = report.isSuccess ? chooseYear(report.data.years, current) : current;
  return <Navigate to={`/insyn/${year}`} replace />;
}

/** /insyn/:year — the public report on how the promises Q1–Q5 were kept by the dialogues that opened in a year. */
export function TransparencyPage() {
  const { year: param } = useParams();
  const year = parseYear(param);
  return year === undefined ? <NotFoundPage /> : <Report year={year} />;
}

function Report({ year }: { year: number }) {
  const { t } = useI18n();
  const title = t('transparency.title', { year });
  usePageTitle(title);
  const report = useTransparencyReport(year);

  return (
    <section className="page page--wide transparency">
      <h1>{title}</h1>
      <p className="lead">{t('transparency.intro', { year })}</p>
      <YearSwitcher years={report.data?.years ?? []} shown={year} />
      <p className="csv-download">
        <a href={transparencyCsvUrl(year)} download={`medborgardialog-${year}.csv`} aria-describedby="csv-hint">
          {t('transparency.csv')}
        </a>{' '}
        <span className="hint" id="csv-hint">
          {t('transparency.csvHint')}
        </span>
      </p>
      {report.isPending && <Loading />}
      {report.isError && <ErrorMessage problem={report.error} onRetry={() => void report.refetch()} />}
      {report.isSuccess && <ReportBody report={report.data} />}
    </section>
  );
}

function YearSwitcher({ years, shown }: { years: number[]; shown: number }) {
  const { t, locale } = useI18n();
  return (
    <nav aria-label={t('transparency.years')}>
      <ul className="year-list">
        {yearLinks(years, shown).map((y) => (
          <li key={y}>
            <Link to={`/insyn/${y}`} aria-current={y === shown ? 'page' : undefined}>
              {formatYear(y, locale)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function ReportBody({ report }: { report: TransparencyReport }) {
  const { t } = useI18n();
  return (
    <>
      <section aria-labelledby="key-figures-heading">
        <h2 id="key-figures-heading">{t('transparency.keyFigures')}</h2>
        <dl className="stats">
          <Figure label={t('transparency.dialogues')} value={report.dialogues} />
          {report.cancelled > 0 && <Figure label={t('transparency.cancelled')} value={report.cancelled} />}
          <Figure label={t('transparency.participants')} value={report.participants} />
          <Figure label={t('transparency.withDecision')} value={report.withDecision} />
          <Figure label={t('transparency.feedbackOnTime')} value={report.feedbackOnTime} />
          <Figure label={t('transparency.feedbackLate')} value={report.feedbackLate} />
        </dl>
      </section>

      <section aria-labelledby="participation-heading">
        <h2 id="participation-heading">{t('transparency.participation')}</h2>
        <p>{t('transparency.participation.intro')}</p>
        {report.participants > 0 ? (
          <div className="charts">
            <CountTable caption={t('transparency.byChannel')} header={t('staffOpinions.channel')} dimension="channel" counts={report.byChannel} total={report.participants} />
            <CountTable caption={t('transparency.byDistrict')} header={t('reach.district')} dimension="district" counts={report.byDistrict} total={report.participants} />
            <CountTable caption={t('transparency.byAgeBand')} header={t('staffOpinions.age')} dimension="ageBand" counts={report.byAgeBand} total={report.participants} />
          </div>
        ) : (
          <p>{t('transparency.participation.none', { year: report.year })}</p>
        )}
      </section>

      <section aria-labelledby="promises-heading">
        <h2 id="promises-heading">{t('transparency.promises')}</h2>
        <PromiseTable promises={report.promises} />
      </section>

      <section aria-labelledby="checklists-heading">
        <h2 id="checklists-heading">{t('transparency.checklists')}</h2>
        {report.checklists.length === 0 ? (
          <p>{t('transparency.none', { year: report.year })}</p>
        ) : (
          <>
            <p>{t('compliance.evidenceComputed')}</p>
            <ul className="cards" aria-labelledby="checklists-heading">
              {report.checklists.map((c) => (
                <li key={c.slug}>
                  <ChecklistCard checklist={c} />
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
    </>
  );
}

function Figure({ label, value }: { label: string; value: number }) {
  const { locale } = useI18n();
  return (
    <div>
      <dt>{label}</dt>
      <dd>{formatNumber(value, locale)}</dd>
    </div>
  );
}

/** Participants in one dimension: channels and age bands in the UI's words, districts by name. */
function CountTable(props: { caption: string; header: string; dimension: CountDimension; counts: TransparencyCount[]; total: number }) {
  const { t } = useI18n();
  const rows = props.counts.map((c) => {
    const key = countLabelKey(props.dimension, c.key);
    return { key: c.key, label: key ? t(key) : c.label, count: c.count };
  });
  return <BarTable caption={props.caption} header={props.header} rows={rows} total={props.total} />;
}

/** How many of the year's dialogues met, did not meet, or are not yet due on each promise. */
function PromiseTable({ promises }: { promises: PromiseSummary[] }) {
  const { t, locale } = useI18n();
  return (
    <TableRegion labelledBy="promise-table-caption">
      <table className="data-table promise-table">
        <caption id="promise-table-caption">{t('transparency.promises.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('compliance.promise')}</th>
            <th scope="col" className="number">
              {t(itemStateKey('met'))}
            </th>
            <th scope="col" className="number">
              {t(itemStateKey('notMet'))}
            </th>
            <th scope="col" className="number">
              {t(itemStateKey('notYetDue'))}
            </th>
          </tr>
        </thead>
        <tbody>
          {promises.map((p) => (
            <tr key={p.promise}>
              <th scope="row">{t(promiseKey(p.promise))}</th>
              <td className="number">{formatNumber(p.met, locale)}</td>
              <td className="number">{formatNumber(p.notMet, locale)}</td>
              <td className="number">{formatNumber(p.notYetDue, locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}

/** One dialogue: title (to its page), committee, status, when it was open, and its six promises. */
function ChecklistCard({ checklist: c }: { checklist: PublicChecklist }) {
  const { t, locale } = useI18n();
  const headingId = `checklist-${c.slug}`;
  return (
    <article className="card checklist-card" aria-labelledby={headingId}>
      <h3 className="card__title" id={headingId}>
        <Link to={`/dialoger/${c.slug}`}>{c.title}</Link>
      </h3>
      <dl className="facts">
        <div>
          <dt>{t('dialogue.committee')}</dt>
          <dd>{c.committee}</dd>
        </div>
        <div>
          <dt>{t('compliance.status')}</dt>
          <dd>{t(statusKey(c.status))}</dd>
        </div>
        <div>
          <dt>{t('compliance.open')}</dt>
          <dd>
            <time dateTime={c.opensAt}>{formatDate(c.opensAt, locale)}</time> – <time dateTime={c.closesAt}>{formatDate(c.closesAt, locale)}</time>
          </dd>
        </div>
      </dl>
      <TableRegion labelledBy={`${headingId}-caption`}>
        <table className="data-table checklist-table">
          <caption className="visually-hidden" id={`${headingId}-caption`}>{t('compliance.checklist', { title: c.title })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('compliance.promise')}</th>
              <th scope="col">{t('compliance.state')}</th>
              <th scope="col">{t('compliance.due')}</th>
              <th scope="col">{t('compliance.evidence')}</th>
            </tr>
          </thead>
          <tbody>
            {c.items.map((item) => {
              const name = t(promiseKey(item.promise));
              return (
                <tr key={item.promise}>
                  <th scope="row">{name}</th>
                  <td>
                    <ItemStateBadge state={item.state} />
                  </td>
                  <td>
                    <DueDate at={item.dueAt} />
                  </td>
                  <td>
                    <Evidence lines={item.evidence} promise={name} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableRegion>
    </article>
  );
}
