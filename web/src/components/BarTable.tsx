// A bar chart that is a table: the numbers are read as a table (caption, column and row headers), the bars — hidden
// from screen readers — only show the sizes. Shared by the staff console's reach panel and the public transparency page.
import { useI18n } from '../i18n/I18nProvider';
import { formatNumber, formatPercent } from '../lib/format';
import './charts.css';

/** One row: what is counted (already in the UI's words), and how many. */
export interface BarRow {
  key: string;
  label: string;
  count: number;
}

/** A bar's length in per cent of the largest count (0 when nothing is counted). */
export function barPercent(count: number, max: number): number {
  return max > 0 ? Math.round((count / max) * 1000) / 10 : 0;
}

/** A bar (hidden from assistive technology) with its number beside it. */
export function Bar({ count, max }: { count: number; max: number }) {
  const { locale } = useI18n();
  return (
    <span className="bar-cell">
      <svg aria-hidden="true" focusable="false" viewBox="0 0 100 10" preserveAspectRatio="none">
        <rect className="bar-track" x="0" y="0" width="100" height="10" />
        <rect className="bar-fill" x="0" y="0" width={barPercent(count, max)} height="10" />
      </svg>
      <span className="bar-value">{formatNumber(count, locale)}</span>
    </span>
  );
}

/** Counts as a table with bars: `header` names the first column; the share is of `total`. */
export function BarTable({ caption, header, rows, total }: { caption: string; header: string; rows: BarRow[]; total: number }) {
  const { t, locale } = useI18n();
  const max = Math.max(0, ...rows.map((r) => r.count));
  return (
    <table className="data-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{header}</th>
          <th scope="col">{t('reach.count')}</th>
          <th scope="col" className="number">
            {t('reach.share')}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key}>
            <th scope="row">{r.label}</th>
            <td>
              <Bar count={r.count} max={max} />
            </td>
            <td className="number">{total > 0 ? formatPercent(r.count / total, locale) : '–'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
