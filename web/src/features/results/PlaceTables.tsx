import { useId } from 'react';
import type { MapQuestionResultDto, QuestionDto } from '../../api/client';
import { useI18n } from '../../i18n/I18nProvider';
import { TableRegion } from '../../components/TableRegion';
import { categoryName } from '../../components/map/categories';
import { categoryRows, districtTable, hotSpotCategories } from './mapResults';
import { formatNumber } from '../../lib/format';

/**
 * A map question's result as tables, the full alternative to the map: how the places were given, per category, per
 * district and category, the hot spots and the places described in words.
 */
export function PlaceTables({ question, number, result }: { question: QuestionDto; number: number; result: MapQuestionResultDto | undefined }) {
  const { t, locale } = useI18n();
  const id = useId();
  const noCategory = t('results.map.noCategory');
  const options = question.options;
  const heading = t('results.question', { n: number, text: question.text });
  if (!result || result.total === 0) {
    return (
      <div className="figure">
        <h3>{heading}</h3>
        <p>{t('results.places.none')}</p>
      </div>
    );
  }
  const categories = categoryRows(result.byCategory, options, noCategory);
  const districts = districtTable(result.byDistrict, options, noCategory, t('results.places.withoutPlace'), locale);
  return (
    <div className="figure place-tables">
      <h3>{heading}</h3>

      <h4 id={`${id}-totals`}>{t('results.places.totals')}</h4>
      <TableRegion labelledBy={`${id}-totals`}>
        <table className="data-table" aria-labelledby={`${id}-totals`}>
          <thead>
            <tr>
              <th scope="col">{t('results.places.how')}</th>
              <th scope="col" className="number">
                {t('results.places.count')}
              </th>
            </tr>
          </thead>
          <tbody>
            {(
              [
                ['onMap', result.onMap],
                ['atPlaces', result.atPlaces],
                ['inWords', result.inWords],
              ] as const
            ).map(([key, count]) => (
              <tr key={key}>
                <th scope="row">{t(`results.places.${key}`)}</th>
                <td className="number">{formatNumber(count, locale)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('results.places.total')}</th>
              <td className="number">{formatNumber(result.total, locale)}</td>
            </tr>
          </tfoot>
        </table>
      </TableRegion>

      <h4 id={`${id}-categories`}>{t('results.places.byCategory')}</h4>
      <TableRegion labelledBy={`${id}-categories`}>
        <table className="data-table" aria-labelledby={`${id}-categories`}>
          <thead>
            <tr>
              <th scope="col">{t('results.map.category')}</th>
              <th scope="col" className="number">
                {t('results.places.count')}
              </th>
            </tr>
          </thead>
          <tbody>
            {categories.map((row) => (
              <tr key={row.key}>
                <th scope="row">{row.label}</th>
                <td className="number">{formatNumber(row.count, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableRegion>

      <h4 id={`${id}-districts`}>{t('results.places.byDistrict')}</h4>
      <TableRegion labelledBy={`${id}-districts`}>
        <table className="data-table" aria-labelledby={`${id}-districts`}>
          <thead>
            <tr>
              <th scope="col">{t('results.places.district')}</th>
              {districts.columns.map((c) => (
                <th key={c.key} scope="col" className="number">
                  {c.label}
                </th>
              ))}
              <th scope="col" className="number">
                {t('results.places.total')}
              </th>
            </tr>
          </thead>
          <tbody>
            {districts.rows.map((row) => (
              <tr key={row.key}>
                <th scope="row">{row.label}</th>
                {row.counts.map((count, i) => (
                  <td key={districts.columns[i].key} className="number">
                    {formatNumber(count, locale)}
                  </td>
                ))}
                <td className="number">{formatNumber(row.total, locale)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('results.places.total')}</th>
              {districts.totals.map((count, i) => (
                <td key={districts.columns[i].key} className="number">
                  {formatNumber(count, locale)}
                </td>
              ))}
              <td className="number">{formatNumber(districts.total, locale)}</td>
            </tr>
          </tfoot>
        </table>
      </TableRegion>

      <h4 id={`${id}-hot`}>{t('results.places.hotSpots')}</h4>
      {result.hotSpots.length === 0 ? (
        <p>{t('results.places.hotSpots.none')}</p>
      ) : (
        <>
          <p className="hint">{t('results.places.hotSpots.intro')}</p>
          <TableRegion labelledBy={`${id}-hot`}>
            <table className="data-table" aria-labelledby={`${id}-hot`}>
              <thead>
                <tr>
                  <th scope="col">{t('results.places.district')}</th>
                  <th scope="col">{t('results.places.nearest')}</th>
                  <th scope="col" className="number">
                    {t('results.places.count')}
                  </th>
                  <th scope="col">{t('results.places.categories')}</th>
                </tr>
              </thead>
              <tbody>
                {result.hotSpots.map((spot, i) => (
                  <tr key={i}>
                    <th scope="row">{spot.districtName ?? t('results.places.outsideDistricts')}</th>
                    <td>{spot.placeName ?? '–'}</td>
                    <td className="number">{formatNumber(spot.count, locale)}</td>
                    <td>{hotSpotCategories(spot, options, noCategory, (x) => formatNumber(x, locale))}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableRegion>
        </>
      )}

      <h4 id={`${id}-words`}>{t('results.places.described')}</h4>
      {result.described.length === 0 ? (
        <p>{t('results.places.described.none')}</p>
      ) : (
        <TableRegion labelledBy={`${id}-words`}>
          <table className="data-table" aria-labelledby={`${id}-words`}>
            <thead>
              <tr>
                <th scope="col">{t('results.places.description')}</th>
                <th scope="col">{t('results.map.category')}</th>
                <th scope="col">{t('results.map.comment')}</th>
              </tr>
            </thead>
            <tbody>
              {result.described.map((mark, i) => (
                <tr key={i}>
                  <td>{mark.description}</td>
                  <td>{categoryName(mark.categoryId, options, noCategory)}</td>
                  <td>{mark.comment ?? '–'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      )}
    </div>
  );
}
