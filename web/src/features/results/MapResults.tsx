import { Suspense, useEffect, useId, useMemo, useState } from 'react';
import type { AgeBand, DialogueDetails, OpinionChannel, ResultMarkDto, ThemeDto } from '../../api/client';
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/catalogue';
import { useMapConfig } from '../../lib/queries/mapConfig';
import { LazyResultMap } from '../../components/map/LazyResultMap';
import { MapLegend } from '../../components/map/MapLegend';
import type { ResultMapView } from '../../components/map/ResultLayers';
import { categoryColour, categoryName, legendOf } from '../../components/map/categories';
import { viewOf } from '../../components/map/view';
import { describeMark } from '../../components/map/words';
import { useResultMap, type ResultMapRequest } from './api/resultMap';
import { useResultPlaces } from './api/resultPlaces';
import { mapQuestionsOf } from './mapResults';
import { PlaceTables } from './PlaceTables';
import { formatNumber } from '../../lib/format';

const channels: OpinionChannel[] = ['online', 'meeting', 'dialogueWalk', 'popUp', 'paper', 'phone'];
const ageBands: AgeBand[] = ['under16', 'age16To25', 'age26To40', 'age41To64', 'age65Plus'];
export const channelKey = (channel: OpinionChannel): MessageKey => `staffOpinions.channel.${channel}`;
const ageKey = (band: AgeBand): MessageKey => `age.${band}`;

/** How long the map waits after the view stops moving before it asks for its marks. */
export const viewDebounceMs = 300;

interface Filters {
  questionId: string;
  categoryId: string;
  themeId: string;
  channel: OpinionChannel | '';
  ageBand: AgeBand | '';
}

/**
 * The "Karta" section of the results page, for a dialogue with map questions: the marks on a map (filtered, refetched
 * as the view moves), the tables of places below it — the full alternative to the map — and the GeoJSON download.
 */
export function MapResults({ dialogue, themes }: { dialogue: DialogueDetails; themes: ThemeDto[] }) {
  return mapQuestionsOf(dialogue.questions).length > 0 ? <MapSection dialogue={dialogue} themes={themes} /> : null;
}

function MapSection({ dialogue: d, themes }: { dialogue: DialogueDetails; themes: ThemeDto[] }) {
  const { t } = useI18n();
  const questions = mapQuestionsOf(d.questions);
  const places = useResultPlaces(d.id);
  return (
    <section aria-labelledby="map-heading" className="map-results">
      <h2 id="map-heading">{t('results.map')}</h2>
      <p>{t('results.map.intro')}</p>
      <ResultsMapView dialogue={d} themes={themes} />
      <p>
        <a href={`/api/staff/dialogues/${d.id}/marks.geojson`} download className="button button--secondary">
          {t('results.map.geojson')}
        </a>
      </p>
      <p className="hint">{t('results.map.geojson.hint')}</p>
      <h3 id="places-heading">{t('results.places')}</h3>
      {places.isError && <p className="notice notice--error">{t('results.map.unavailable')}</p>}
      {places.isSuccess &&
        questions.map(({ question, number }) => (
          <PlaceTables key={question.id} question={question} number={number} result={places.data.questions.find((q) => q.questionId === question.id)} />
        ))}
    </section>
  );
}

function ResultsMapView({ dialogue: d, themes }: { dialogue: DialogueDetails; themes: ThemeDto[] }) {
  const { t, locale, language } = useI18n();
  const id = useId();
  const questions = mapQuestionsOf(d.questions);
  const [filters, setFilters] = useState<Filters>({ questionId: questions[0]?.question.id ?? '', categoryId: '', themeId: '', channel: '', ageBand: '' });
  const [view, setView] = useState<ResultMapView>();
  const [settled, setSettled] = useState<ResultMapView>();
  const [selected, setSelected] = useState<string | null>(null);
  const config = useMapConfig();
  const districts = useMemo(() => config.data?.districts ?? [], [config.data]);
  const namedPlaces = useMemo(() => d.map?.places ?? [], [d.map]);

  // The view is asked for once it has stopped moving for a moment, not on every step of a pan.
  useEffect(() => {
    if (!view) return;
    const timer = setTimeout(() => setSettled(view), viewDebounceMs);
    return () => clearTimeout(timer);
  }, [view]);

  const request: ResultMapRequest | undefined = settled && { ...settled, ...filters };
  const data = useResultMap(d.id, request);
  const current = questions.find((q) => q.question.id === filters.questionId) ?? questions[0];
  const options = current?.question.options ?? [];
  const noCategory = t('results.map.noCategory');
  const optionsOf = (questionId: string) => questions.find((q) => q.question.id === questionId)?.question.options ?? [];

  const what = (mark: ResultMarkDto) =>
    describeMark(t, { geometry: mark.placeId ? null : mark.geometry, placeId: mark.placeId }, districts, namedPlaces, language);
  const marks = useMemo(
    () =>
      (data.data?.marks ?? []).map((mark) => ({
        key: mark.id,
        geometry: mark.geometry,
        colour: categoryColour(mark.categoryId, optionsOf(mark.questionId)),
        label: t('results.map.mark', { category: categoryName(mark.categoryId, optionsOf(mark.questionId), noCategory), what: what(mark) }),
      })),
    [data.data, districts, language],
  );
  const clusters = useMemo(
    () =>
      (data.data?.clusters ?? []).map((c) => ({
        key: `${c.longitude},${c.latitude}`,
        at: [c.longitude, c.latitude] as [number, number],
        count: c.count,
        shown: formatNumber(c.count, locale),
        label: t('results.map.cluster', { count: c.count, n: c.count }),
      })),
    [data.data, language],
  );
  const legend = legendOf(options, noCategory, data.data && data.data.clusters.length === 0 ? data.data.marks.map((m) => m.categoryId) : undefined);
  const chosen = data.data?.marks.find((m) => m.id === selected);

  const set = (change: Partial<Filters>) => {
    setSelected(null);
    setFilters((f) => ({ ...f, ...change }));
  };

  return (
    <div className="results-map-view">
      <fieldset className="map-filters">
        <legend>{t('results.map.filters')}</legend>
        <div className="map-filters__fields">
        {questions.length > 1 && (
          <div className="field">
            <label htmlFor={`${id}-question`}>{t('results.map.question')}</label>
            <select id={`${id}-question`} value={filters.questionId} onChange={(e) => set({ questionId: e.target.value, categoryId: '' })}>
              {questions.map(({ question, number }) => (
                <option key={question.id} value={question.id}>
                  {t('results.question', { n: number, text: question.text })}
                </option>
              ))}
            </select>
          </div>
        )}
        {options.length > 0 && (
          <div className="field">
            <label htmlFor={`${id}-category`}>{t('results.map.category')}</label>
            <select id={`${id}-category`} value={filters.categoryId} onChange={(e) => set({ categoryId: e.target.value })}>
              <option value="">{t('results.map.all')}</option>
              {options.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.text}
                </option>
              ))}
            </select>
          </div>
        )}
        {themes.length > 0 && (
          <div className="field">
            <label htmlFor={`${id}-theme`}>{t('results.map.theme')}</label>
            <select id={`${id}-theme`} value={filters.themeId} onChange={(e) => set({ themeId: e.target.value })}>
              <option value="">{t('results.map.all')}</option>
              {themes.map((theme) => (
                <option key={theme.id} value={theme.id}>
                  {theme.name}
                </option>
              ))}
            </select>
          </div>
        )}
        <div className="field">
          <label htmlFor={`${id}-channel`}>{t('results.map.channel')}</label>
          <select id={`${id}-channel`} value={filters.channel} onChange={(e) => set({ channel: e.target.value as OpinionChannel | '' })}>
            <option value="">{t('results.map.all')}</option>
            {channels.map((c) => (
              <option key={c} value={c}>
                {t(channelKey(c))}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-age`}>{t('results.map.ageBand')}</label>
          <select id={`${id}-age`} value={filters.ageBand} onChange={(e) => set({ ageBand: e.target.value as AgeBand | '' })}>
            <option value="">{t('results.map.all')}</option>
            {ageBands.map((b) => (
              <option key={b} value={b}>
                {t(ageKey(b))}
              </option>
            ))}
          </select>
        </div>
        </div>
      </fieldset>

      <p role="status" className="status-line" aria-busy={data.isFetching || undefined}>
        {data.data && t('results.map.shown', { count: data.data.total, total: data.data.total, inView: data.data.inView })}
        {data.data && data.data.clusters.length > 0 && <> {t('results.map.clustered')}</>}
      </p>
      {data.isError && <p className="notice notice--error">{t('results.map.unavailable')}</p>}

      <p id={`${id}-instructions`} className="hint">
        {t('results.map.instructions')}
      </p>
      {config.isError && <p className="notice notice--error">{t('results.map.unavailable')}</p>}
      {config.isPending && <p className="base-map--loading">{t('results.map.loading')}</p>}
      {config.isSuccess && current && (
        <Suspense fallback={<p className="base-map--loading">{t('results.map.loading')}</p>}>
          <LazyResultMap
            config={config.data}
            label={t('results.map.region', { n: current.number })}
            describedBy={`${id}-instructions`}
            startView={d.map?.startView ? viewOf(d.map.startView) : null}
            fitTo={d.map?.area}
            area={d.map?.area}
            marks={marks}
            clusters={clusters}
            selected={selected}
            onSelect={setSelected}
            onView={setView}
            zoomInTitle={t('map.zoomIn')}
            zoomOutTitle={t('map.zoomOut')}
          />
        </Suspense>
      )}

      <MapLegend heading={t('results.map.legend')} entries={legend} />

      <div className="map-selected" aria-live="polite">
        <h3>{t('results.map.selected')}</h3>
        {chosen ? (
          <dl className="facts">
            <div>
              <dt>{t('results.map.where')}</dt>
              <dd>{what(chosen)}</dd>
            </div>
            <div>
              <dt>{t('results.map.category')}</dt>
              <dd>{categoryName(chosen.categoryId, optionsOf(chosen.questionId), noCategory)}</dd>
            </div>
            <div>
              <dt>{t('results.map.channel')}</dt>
              <dd>{t(channelKey(chosen.channel))}</dd>
            </div>
            <div>
              <dt>{t('results.map.comment')}</dt>
              <dd>{chosen.comment ?? t('results.map.noComment')}</dd>
            </div>
          </dl>
        ) : (
          <p>{t('results.map.selected.none')}</p>
        )}
      </div>
    </div>
  );
}
