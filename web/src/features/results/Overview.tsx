import type { ResultDto } from '../../api/client';
import { useI18n } from '../../i18n/I18nProvider';
import { Bar } from '../../components/BarTable';
import { channelKey } from '../../lib/participation';
import { formatNumber } from '../../lib/format';

/** How many opinions came in, in how many themes, and by which channel. */
export function Overview({ result }: { result: ResultDto }) {
  const { t, locale } = useI18n();
  const max = Math.max(0, ...result.channels.map((c) => c.count));
  return (
    <section aria-labelledby="overview-heading">
      <h2 id="overview-heading">{t('results.overview')}</h2>
      <dl className="stats" id="result-totals">
        <div>
          <dt>{t('results.total')}</dt>
          <dd>{formatNumber(result.total, locale)}</dd>
        </div>
        <div>
          <dt>{t('results.themeCount')}</dt>
          <dd>{formatNumber(result.themes.length, locale)}</dd>
        </div>
        <div>
          <dt>{t('results.untagged')}</dt>
          <dd>{formatNumber(result.untagged, locale)}</dd>
        </div>
      </dl>
      {result.channels.length > 0 && (
        <table className="data-table">
          <caption>{t('reach.byChannel')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('staffOpinions.channel')}</th>
              <th scope="col">{t('reach.count')}</th>
            </tr>
          </thead>
          <tbody>
            {result.channels.map((c) => (
              <tr key={c.channel}>
                <th scope="row">{t(channelKey(c.channel))}</th>
                <td>
                  <Bar count={c.count} max={max} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

