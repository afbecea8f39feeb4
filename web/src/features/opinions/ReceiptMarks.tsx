import { useI18n } from '../../i18n/I18nProvider';
import type { ReceiptMarkDto } from '../../api/client';
import { describeGeometry } from '../../components/map/words';
import { useMapConfig } from '../../lib/queries/mapConfig';

/** A map answer's marks in words: where (on the map with its district, at a named place, in words), category, comment. */
export function ReceiptMarks({ marks, sv }: { marks: ReceiptMarkDto[]; sv?: string }) {
  const { t } = useI18n();
  // The map's districts name where a mark on the map lies; without them the mark is said by its kind alone.
  const config = useMapConfig();
  const districts = config.data?.districts ?? [];
  const where = (m: ReceiptMarkDto) =>
    m.placeName ? (
      <span>{t('map.what.place', { place: m.placeName })}</span>
    ) : m.description ? (
      <span dir="auto">{t('map.what.words', { description: m.description })}</span>
    ) : m.geometry ? (
      describeGeometry(t, m.geometry, districts)
    ) : (
      t(m.kind === 'line' ? 'map.what.line' : m.kind === 'area' ? 'map.what.area' : 'map.what.point')
    );
  return (
    <ol className="receipt-marks">
      {marks.map((m, i) => (
        <li key={i}>
          {where(m)}
          {m.category && (
            <>
              {'. '}
              {t('receipt.mark.category')} <span lang={sv}>{m.category}</span>
            </>
          )}
          {m.comment && (
            <>
              {'. '}
              {t('receipt.mark.comment')} <q dir="auto">{m.comment}</q>
            </>
          )}
        </li>
      ))}
    </ol>
  );
}

