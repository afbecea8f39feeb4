import type { QuestionFigures } from '../../api/client';
import { useI18n } from '../../i18n/I18nProvider';
import { useId } from 'react';
import { Bar } from '../../components/BarTable';
import { TableRegion } from '../../components/TableRegion';
import { figureRows } from './results';
import { formatDecimal, formatPercent } from '../../lib/format';

/** The figures per question, a table with bars each (free text is read among the opinions). */
export function Figures({ questions }: { questions: QuestionFigures[] }) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="figures-heading">
      <h2 id="figures-heading">{t('results.figures')}</h2>
      {questions.length === 0 ? <p>{t('results.figures.none')}</p> : questions.map((q, i) => <QuestionTable key={q.questionId} question={q} number={i + 1} />)}
    </section>
  );
}

function QuestionTable({ question: q, number }: { question: QuestionFigures; number: number }) {
  const { t, locale } = useI18n();
  const headingId = useId();
  const heading = t('results.question', { n: number, text: q.text });
  if (q.kind === 'freeText') {
    return (
      <div className="figure">
        <h3>{heading}</h3>
        <p>{t('results.freeText', { count: q.answered })}</p>
      </div>
    );
  }
  if (q.kind === 'map') {
    return (
      <div className="figure">
        <h3>{heading}</h3>
        <p>
          <a href="#map-heading">{t('results.figures.mapLink')}</a>
        </p>
      </div>
    );
  }
  const rows = figureRows(q);
  const max = Math.max(0, ...rows.map((r) => r.count));
  const ranking = q.kind === 'ranking';
  return (
    <div className="figure">
      {/* The heading names the table from outside its scrolling region, so it wraps on a phone. */}
      <h3 id={headingId}>
        {heading} <span className="caption-note">({t('results.answered', { count: q.answered })})</span>
      </h3>
      <TableRegion labelledBy={headingId}>
        <table className="data-table" aria-labelledby={headingId}>
          <thead>
            <tr>
              <th scope="col">{t(q.kind === 'scale' ? 'results.value' : 'results.option')}</th>
              <th scope="col">{t('reach.count')}</th>
              <th scope="col" className="number">
                {t('reach.share')}
              </th>
              {ranking && (
                <th scope="col" className="number">
                  {t('results.averageRank')}
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.key}>
                <th scope="row">{r.label}</th>
                <td>
                  <Bar count={r.count} max={max} />
                </td>
                <td className="number">{q.answered > 0 ? formatPercent(r.count / q.answered, locale) : '–'}</td>
                {ranking && <td className="number">{r.averageRank != null ? formatDecimal(r.averageRank, locale, 1) : '–'}</td>}
              </tr>
            ))}
          </tbody>
        </table>
      </TableRegion>
      {q.kind === 'scale' && (
        <p>
          {t('results.scaleAverage')}: {q.scaleAverage != null ? formatDecimal(q.scaleAverage, locale, 1) : '–'}
        </p>
      )}
    </div>
  );
}

