import type { ReachCount, ReachDto, TargetGroupReach } from '../../api/client';
import { useI18n } from '../../i18n/I18nProvider';
import { groupKey, type MessageKey } from '../../i18n/catalogue';
import { ErrorMessage, Loading } from '../../components/Status';
import { BarTable } from '../../components/BarTable';
import { TableRegion } from '../../components/TableRegion';
import { countLabelKey, type CountDimension } from '../../lib/participation';
import { formatNumber, formatPercent } from '../../lib/format';
import { useReach } from './api/reach';
import './staff-opinions.css';


/** The words for one count's key: a channel, age band or relation in the UI's language; a district by its name. */
export function reachLabelKey(dimension: CountDimension, count: ReachCount): MessageKey | undefined {
  return countLabelKey(dimension, count.key);
}

/** Who took part: totals, bars per channel, district, age band, relation and language, and the target groups against expectations. */
export function ReachPanel({ dialogueId }: { dialogueId: string }) {
  const { t } = useI18n();
  const reach = useReach(dialogueId);

  return (
    <section aria-labelledby="reach-heading">
      <h2 id="reach-heading">{t('reach.title')}</h2>
      <p>{t('reach.intro')}</p>
      {reach.isPending && <Loading />}
      {reach.isError && <ErrorMessage problem={reach.error} onRetry={() => void reach.refetch()} />}
      {reach.isSuccess && <ReachFigures reach={reach.data} />}
    </section>
  );
}

function ReachFigures({ reach }: { reach: ReachDto }) {
  const { t, locale } = useI18n();
  return (
    <>
      <dl className="stats" id="reach-totals">
        <div>
          <dt>{t('reach.total')}</dt>
          <dd>{formatNumber(reach.total, locale)}</dd>
        </div>
        <div>
          <dt>{t('reach.online')}</dt>
          <dd>{formatNumber(reach.online, locale)}</dd>
        </div>
        <div>
          <dt>{t('reach.offline')}</dt>
          <dd>{formatNumber(reach.offline, locale)}</dd>
        </div>
        <div>
          <dt>{t('reach.followers')}</dt>
          <dd>{formatNumber(reach.followers, locale)}</dd>
        </div>
      </dl>
      <div className="charts">
        <ReachTable caption={t('reach.byChannel')} header={t('staffOpinions.channel')} dimension="channel" counts={reach.byChannel} total={reach.total} />
        <ReachTable caption={t('reach.byDistrict')} header={t('reach.district')} dimension="district" counts={reach.byDistrict} total={reach.total} />
        <ReachTable caption={t('reach.byAgeBand')} header={t('staffOpinions.age')} dimension="ageBand" counts={reach.byAgeBand} total={reach.total} />
        <ReachTable caption={t('reach.byRelation')} header={t('reach.relation')} dimension="relation" counts={reach.byRelation} total={reach.total} />
        <ReachTable caption={t('reach.byLanguage')} header={t('reach.language')} dimension="language" counts={reach.byLanguage} total={reach.total} />
      </div>
      <TargetGroups groups={reach.targetGroups} />
    </>
  );
}

/** Counts in one dimension as a bar chart that is also a table. */
function ReachTable(props: { caption: string; header: string; dimension: CountDimension; counts: ReachCount[]; total: number }) {
  const { t } = useI18n();
  const rows = props.counts.map((c) => {
    const key = reachLabelKey(props.dimension, c);
    return { key: c.key, label: key ? t(key) : c.label, count: c.count };
  });
  return <BarTable caption={props.caption} header={props.header} rows={rows} total={props.total} />;
}

function TargetGroups({ groups }: { groups: TargetGroupReach[] }) {
  const { t, locale } = useI18n();
  const share = (value: number | null | undefined) => (value === null || value === undefined ? '–' : formatPercent(value, locale));
  return (
    <section aria-labelledby="target-groups-heading">
      <h3 id="target-groups-heading">{t('reach.targetGroups')}</h3>
      {groups.length === 0 ? (
        <p>{t('reach.noTargetGroups')}</p>
      ) : (
        <TableRegion labelledBy="target-groups-heading">
          <table className="data-table target-groups">
            <caption className="visually-hidden">{t('reach.targetGroups')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('reach.group')}</th>
                <th scope="col">{t('reach.share')}</th>
                <th scope="col" className="number">
                  {t('reach.expected')}
                </th>
                <th scope="col" className="number">
                  {t('reach.basis')}
                </th>
                <th scope="col">{t('reach.assessment')}</th>
              </tr>
            </thead>
            <tbody>
              {groups.map((g) => (
                <tr key={g.group}>
                  <th scope="row">{t(groupKey(g.group))}</th>
                  <td>
                    <span className="bar-cell">
                      <svg aria-hidden="true" focusable="false" viewBox="0 0 100 10" preserveAspectRatio="none">
                        <rect className="bar-track" x="0" y="0" width="100" height="10" />
                        <rect className={g.underReached ? 'bar-fill bar-fill--warning' : 'bar-fill'} x="0" y="0"
                          width={Math.min(100, (g.share ?? 0) * 100)} height="10" />
                        {g.expectedShare != null && (
                          <line className="bar-expected" x1={g.expectedShare * 100} x2={g.expectedShare * 100} y1="0" y2="10" />
                        )}
                      </svg>
                      <span className="bar-value">{g.measured ? share(g.share) : t('reach.notMeasured')}</span>
                    </span>
                  </td>
                  <td className="number">{share(g.expectedShare)}</td>
                  <td className="number">{g.measured ? t('reach.basisValue', { count: g.count, answered: g.answered }) : '–'}</td>
                  <td>
                    {g.underReached ? (
                      <span className="badge badge--warning">
                        <span aria-hidden="true">⚠ </span>
                        {t('reach.underReached')}
                      </span>
                    ) : (
                      <span className="badge">{t(g.measured ? 'reach.reached' : 'reach.notMeasured')}</span>
                    )}
                    <p className="reach-note">
                      {t(`reach.note.${g.assessment}` satisfies MessageKey, {
                        basis: t(`reach.note.basis.${g.basis}` satisfies MessageKey),
                        answered: g.answered,
                        share: share(g.share),
                        expected: share(g.expectedShare),
                      })}
                    </p>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      )}
    </section>
  );
}
