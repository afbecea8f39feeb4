import { useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useI18n } from '../../i18n/I18nProvider';
import { formatDateTime } from '../../lib/format';
import { ErrorMessage, Loading } from '../../components/Status';
import { Pager } from '../../components/Pager';
import { TableRegion } from '../../components/TableRegion';
import { ModerationGate } from './ModerationGate';
import { PoliceReportDownload } from './PoliceReportDownload';
import { actionKey, shortId } from './labels';
import { useModerationLog } from './api/moderationLog';
import './moderation.css';


/** The audit log of moderation (/personal/moderering/logg), newest first; for one dialogue or opinion with ?dialog= or ?synpunkt=. */
export function ModerationLogPage() {
  const { t } = useI18n();
  return (
    <ModerationGate title={t('moderationLog.title')}>
      <Log />
    </ModerationGate>
  );
}

function Log() {
  const { t, locale } = useI18n();
  const [params] = useSearchParams();
  const dialogueId = params.get('dialog') || undefined;
  const opinionId = params.get('synpunkt') || undefined;
  const [page, setPage] = useState(1);
  const log = useModerationLog(dialogueId, opinionId, page);

  useEffect(() => setPage(1), [dialogueId, opinionId]);

  const data = log.data;
  const first = data && data.total > 0 ? (data.page - 1) * data.pageSize + 1 : 0;
  const last = data && data.items.length > 0 ? first + data.items.length - 1 : 0;

  return (
    <section className="page page--wide moderation">
      <p className="breadcrumb">
        <Link to="/personal/moderering">{t('moderationLog.back')}</Link>
      </p>
      <h1>{t('moderationLog.title')}</h1>
      <p>{t('moderationLog.intro')}</p>
      {(dialogueId || opinionId) && (
        <p>
          {opinionId ? t('moderationLog.filteredOpinion', { id: shortId(opinionId) }) : t('moderationLog.filteredDialogue')}{' '}
          <Link to="/personal/moderering/logg">{t('moderationLog.showAll')}</Link>
        </p>
      )}
      {log.isPending && <Loading />}
      {log.isError && <ErrorMessage problem={log.error} onRetry={() => void log.refetch()} />}
      {data && data.items.length === 0 && <p>{t('moderationLog.empty')}</p>}
      {data && data.items.length > 0 && (
        <>
          {/* Named from outside the scrolling region, so the name wraps on a phone instead of scrolling away. */}
          <p className="table-title" id="moderation-log-caption">
            {t('moderationLog.caption', { first, last, total: data.total })}
          </p>
          <TableRegion labelledBy="moderation-log-caption">
            <table className="data-table moderation-log" aria-labelledby="moderation-log-caption">
              <thead>
                <tr>
                  <th scope="col">{t('moderationLog.at')}</th>
                  <th scope="col">{t('moderationLog.action')}</th>
                  <th scope="col">{t('moderationLog.reason')}</th>
                  <th scope="col">{t('moderationLog.opinion')}</th>
                  <th scope="col">{t('moderationLog.dialogue')}</th>
                  <th scope="col">{t('moderationLog.actor')}</th>
                </tr>
              </thead>
              <tbody>
                {data.items.map((entry) => (
                  <tr key={entry.id}>
                    <th scope="row">
                      <time dateTime={entry.at}>{formatDateTime(entry.at, locale)}</time>
                    </th>
                    <td>
                      {t(actionKey(entry.action))}
                      {entry.action === 'markedForPoliceReport' && (
                        <div>
                          <PoliceReportDownload
                            opinionId={entry.opinionId}
                            label={t('moderationLog.download', { id: shortId(entry.opinionId) })}
                            small
                          />
                        </div>
                      )}
                    </td>
                    <td className="preserve-lines">
                      {entry.reason ?? (
                        <>
                          <span aria-hidden="true">–</span>
                          <span className="visually-hidden">{t('moderationLog.noReason')}</span>
                        </>
                      )}
                    </td>
                    <td>
                      <Link
                        to={`/personal/moderering/logg?synpunkt=${encodeURIComponent(entry.opinionId)}`}
                        aria-label={t('moderationLog.opinionLink', { id: shortId(entry.opinionId) })}
                      >
                        <code>{shortId(entry.opinionId)}</code>
                      </Link>
                    </td>
                    <td>{entry.dialogueTitle}</td>
                    <td>{entry.actor ?? t('moderationLog.system')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableRegion>
          <Pager page={data.page} pageSize={data.pageSize} total={data.total} onPage={setPage} label={t('moderationLog.pages')} />
        </>
      )}
    </section>
  );
}
