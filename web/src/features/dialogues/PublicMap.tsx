// The public map of a dialogue's marks (loaded lazily by DialoguePage, only for a dialogue with a map question whose
// opinions are public, so no other dialogue's page carries Leaflet). The list below the map says the same in words.
import { useId, useMemo, useState } from 'react';
import type { DialogueDetails, PublicMarkDto } from '../../api/client';
import { useI18n } from '../../i18n/I18nProvider';
import { useMapConfig } from '../../lib/queries/mapConfig';
import { ResultMap } from '../../components/map/ResultLayers';
import { MapLegend } from '../../components/map/MapLegend';
import { categoryColour, categoryName, legendOf } from '../../components/map/categories';
import { viewOf } from '../../components/map/view';
import { describeGeometry } from '../../components/map/words';
import { usePublicMarks } from './api/publicMarks';

/** How many of the newest marks the list shows. */
export const latestShown = 20;

export function PublicMap({ dialogue: d }: { dialogue: DialogueDetails }) {
  const { t } = useI18n();
  const id = useId();
  const marks = usePublicMarks(d.id);
  const config = useMapConfig();
  const [selected, setSelected] = useState<string | null>(null);
  const districts = useMemo(() => config.data?.districts ?? [], [config.data]);
  const noCategory = t('publicMap.noCategory');
  const optionsOf = (questionId: string) => d.questions.find((q) => q.id === questionId)?.options ?? [];
  const what = (mark: PublicMarkDto) => describeGeometry(t, mark.geometry, districts);
  const category = (mark: PublicMarkDto) => categoryName(mark.categoryId, optionsOf(mark.questionId), noCategory);
  const all = marks.data?.marks ?? [];
  // Drawn again only when the marks or the words change (a redraw replaces every marker on the map).
  const shapes = useMemo(
    () =>
      all.map((mark, i) => ({
        key: String(i),
        geometry: mark.geometry,
        colour: categoryColour(mark.categoryId, optionsOf(mark.questionId)),
        label: t('publicMap.mark', { category: category(mark), what: what(mark) }),
      })),
    [marks.data, districts, t],
  );
  const firstMapQuestion = d.questions.find((q) => q.kind === 'map');
  const legend = legendOf(firstMapQuestion?.options ?? [], noCategory, all.map((m) => m.categoryId));
  const chosen = selected === null ? undefined : all[Number(selected)];

  return (
    <section aria-labelledby="public-map-heading" className="public-map">
      <h2 id="public-map-heading">{t('publicMap.heading')}</h2>
      <p>{t('publicMap.intro')}</p>
      {marks.isError && <p className="notice notice--error">{t('publicMap.unavailable')}</p>}
      {marks.isSuccess && (
        <p>{marks.data.total === 0 ? t('publicMap.empty') : t('publicMap.count', { count: marks.data.total, total: marks.data.total })}</p>
      )}
      <p id={`${id}-instructions`} className="hint">
        {t('publicMap.instructions')}
      </p>
      {config.isError && <p className="notice notice--error">{t('publicMap.unavailable')}</p>}
      {config.isPending && <p className="base-map--loading">{t('publicMap.loading')}</p>}
      {config.isSuccess && (
        <ResultMap
          config={config.data}
          label={t('publicMap.region')}
          describedBy={`${id}-instructions`}
          startView={d.map?.startView ? viewOf(d.map.startView) : null}
          fitTo={d.map?.area}
          area={d.map?.area}
          marks={shapes}
          selected={selected}
          onSelect={setSelected}
          zoomInTitle={t('map.zoomIn')}
          zoomOutTitle={t('map.zoomOut')}
        />
      )}
      {legend.length > 0 && all.length > 0 && <MapLegend heading={t('publicMap.legend')} entries={legend} />}
      <div aria-live="polite" className="map-selected">
        {chosen && (
          <p>
            <strong>{t('publicMap.selected')}:</strong> {category(chosen)}, {what(chosen)}. {chosen.comment ?? t('publicMap.noComment')}
          </p>
        )}
      </div>
      {all.length > 0 && (
        <>
          <h3>{t('publicMap.latest')}</h3>
          <ul className="public-map__list">
            {all.slice(0, latestShown).map((mark, i) => (
              <li key={i}>
                <strong>{category(mark)}</strong>, {what(mark)}
                {mark.comment && <>: {mark.comment}</>}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

export default PublicMap;
