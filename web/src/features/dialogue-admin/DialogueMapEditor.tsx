import { useLayoutEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useI18n } from '../../i18n/I18nProvider';
import { TextField } from '../../components/Fields';
import { ErrorNotice } from '../../components/ErrorNotice';
import type { DialogueDetails, DialogueMapDto, GeoJsonGeometry, MarkKind } from '../../api/client';
import { DrawingMap } from '../../components/map/DrawingMap';
import type { Position } from '../../components/map/geo';
import type { MapHandle, Shape } from '../../components/map/LeafletMap';
import { newMarkKey } from '../../components/map/marks';
import { toStartView, viewOf, type MapView } from '../../components/map/view';
import type { PathStep } from '../../lib/problems';
import { useApiForm } from '../../lib/useApiForm';
import { setDialogueMapMutation } from './api/setDialogueMap';

interface DraftPlace {
  key: string;
  id?: string;
  name: string;
  nameEn: string;
  location: Position;
}

const placeId = (index: number, member: 'name' | 'nameEn') => `map-place-${index}-${member}`;

/** A field error of the map's request at the field it is about: a place's name, or the form as a whole. */
export function dialogueMapFieldOf(path: PathStep[]): string | undefined {
  const [first, index, member] = path;
  if (first === 'places' && typeof index === 'number') return placeId(index, member === 'nameEn' ? 'nameEn' : 'name');
  return undefined;
}

const fromSaved = (map: DialogueMapDto | null | undefined): DraftPlace[] =>
  (map?.places ?? []).map((p) => ({ key: newMarkKey(), id: p.id, name: p.name, nameEn: p.nameEn ?? '', location: p.location.coordinates as Position }));

/**
 * On the edit page: the dialogue's map, set while it is a draft — the area it is about (drawn with the same tool as
 * residents' areas), the view a map opens at, and named places residents can choose instead of using the map.
 */
export function DialogueMapEditor({ dialogue }: { dialogue: DialogueDetails }) {
  const { t, say } = useI18n();
  const saved = dialogue.map;
  const editable = dialogue.status === 'draft';
  const queryClient = useQueryClient();
  const [area, setArea] = useState<GeoJsonGeometry | null>(saved?.area ?? null);
  const [startView, setStartView] = useState<MapView | null>(saved?.startView ? viewOf(saved.startView) : null);
  const [places, setPlaces] = useState<DraftPlace[]>(() => fromSaved(saved));
  const [announcement, setAnnouncement] = useState('');
  const [done, setDone] = useState(false);
  const [focusId, setFocusId] = useState<string>();
  const handle = useRef<MapHandle | null>(null);
  const form = useApiForm({ mutation: setDialogueMapMutation(queryClient, dialogue.id), fieldOf: (path) => dialogueMapFieldOf(path) });

  useLayoutEffect(() => {
    if (!focusId) return;
    document.getElementById(focusId)?.focus();
    setFocusId(undefined);
  }, [focusId]);

  const shapes = useMemo<Shape[]>(
    () => places.map((p, i) => ({ key: p.key, geometry: { type: 'Point', coordinates: p.location }, movable: editable, role: 'place', label: p.name || t('staff.map.place', { n: i + 1 }) })),
    [places, editable, t],
  );

  function changed() {
    setDone(false);
  }

  function drawn(geometry: GeoJsonGeometry) {
    changed();
    if (geometry.type === 'Point') {
      setPlaces([...places, { key: newMarkKey(), name: '', nameEn: '', location: geometry.coordinates as Position }]);
      setAnnouncement(t('staff.map.said.placeAdded', { n: places.length + 1 }));
      setFocusId(placeId(places.length, 'name'));
    } else {
      setArea(geometry);
      setAnnouncement(t('staff.map.said.areaDrawn'));
    }
  }

  function move(key: string, to: Position) {
    changed();
    setPlaces((list) => list.map((p) => (p.key === key ? { ...p, location: to } : p)));
    setAnnouncement(t('staff.map.said.placeMoved'));
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const sent = await form.submit({
      area,
      startView: startView ? toStartView(startView) : null,
      places: places.map((p) => ({ id: p.id ?? null, name: p.name.trim(), nameEn: p.nameEn.trim() || null, location: { type: 'Point', coordinates: p.location } })),
    });
    if (sent) {
      setPlaces(fromSaved(sent.data));
      setDone(true);
    }
  }

  const kindLabel = (kind: MarkKind) => t(kind === 'area' ? 'staff.map.kind.area' : 'staff.map.kind.place');
  const err = (id: string) => say(form.errorsOf(id));

  return (
    <section aria-labelledby="map-heading" className="stack">
      <h2 id="map-heading" tabIndex={-1}>{t('staff.map.title')}</h2>
      <p>{t(editable ? 'staff.map.intro' : 'staff.map.locked')}</p>
      <dl className="map-saved">
        <div>
          <dt>{t('staff.map.saved.area')}</dt>
          <dd>{saved?.area ? t('staff.map.saved.areaDrawn') : t('staff.map.saved.wholeMunicipality')}</dd>
        </div>
        <div>
          <dt>{t('staff.map.saved.startView')}</dt>
          <dd>
            {saved?.startView
              ? t('staff.map.saved.view', {
                  lat: (saved.startView.center.coordinates as Position)[1].toFixed(4),
                  lng: (saved.startView.center.coordinates as Position)[0].toFixed(4),
                  zoom: saved.startView.zoom,
                })
              : t('staff.map.saved.fitted')}
          </dd>
        </div>
        <div>
          <dt>{t('staff.map.saved.places')}</dt>
          <dd>{saved?.places.length ? saved.places.map((p) => p.name).join(', ') : t('staff.map.saved.noPlaces')}</dd>
        </div>
      </dl>
      {editable && (
        <>
          <p className="visually-hidden" role="status">
            {announcement}
          </p>
          {done && (
            <p className="notice notice--success" role="status">
              {t('staff.map.saved')}
            </p>
          )}
          <ErrorNotice words={form.errors.general} />
          <form className="stack" onSubmit={submit} noValidate aria-labelledby="map-heading">
            <DrawingMap id="dialogue-map" kinds={['area', 'point']} kindLabel={kindLabel} label={t('staff.map.region')} shapes={shapes} area={area}
              startView={startView} fitTo={area} announce={setAnnouncement} onDrawn={drawn} onMove={move} handle={handle}
              extraActions={
                <>
                  <button type="button" className="button button--secondary button--small"
                    onClick={() => {
                      if (!handle.current) return;
                      changed();
                      setStartView(handle.current.view());
                      setAnnouncement(t('staff.map.said.startView'));
                    }}>
                    {t('staff.map.useView')}
                  </button>
                  {startView && (
                    <button type="button" className="button button--secondary button--small" onClick={() => (changed(), setStartView(null), setAnnouncement(t('staff.map.said.noStartView')))}>
                      {t('staff.map.clearView')}
                    </button>
                  )}
                  {area && (
                    <button type="button" className="button button--secondary button--small" onClick={() => (changed(), setArea(null), setAnnouncement(t('staff.map.said.areaRemoved')))}>
                      {t('staff.map.clearArea')}
                    </button>
                  )}
                </>
              }
            />
            <ul>
              <li>{area ? t('staff.map.area.drawn') : t('staff.map.area.none')}</li>
              <li>{startView ? t('staff.map.view.set', { zoom: startView.zoom }) : t('staff.map.view.none')}</li>
            </ul>
            <fieldset>
              <legend>{t('staff.map.places')}</legend>
              {places.length === 0 && <p>{t('staff.map.places.none')}</p>}
              <ol className="place-list stack">
                {places.map((p, i) => (
                  <li key={p.key}>
                    <TextField id={placeId(i, 'name')} label={t('staff.map.place.name', { n: i + 1 })} value={p.name} required maxLength={200} errors={err(placeId(i, 'name'))}
                      onChange={(name) => (changed(), setPlaces((list) => list.map((x) => (x.key === p.key ? { ...x, name } : x))))} />
                    <TextField id={placeId(i, 'nameEn')} label={t('staff.map.place.nameEn', { n: i + 1 })} value={p.nameEn} lang="en" maxLength={200} errors={err(placeId(i, 'nameEn'))}
                      onChange={(nameEn) => (changed(), setPlaces((list) => list.map((x) => (x.key === p.key ? { ...x, nameEn } : x))))} />
                    <button type="button" className="button button--secondary button--small"
                      onClick={() => {
                        changed();
                        setPlaces(places.filter((x) => x.key !== p.key));
                        setAnnouncement(t('staff.map.said.placeRemoved', { n: i + 1 }));
                        setFocusId('map-heading');
                      }}>
                      {t('staff.map.place.remove', { n: i + 1 })}
                    </button>
                  </li>
                ))}
              </ol>
            </fieldset>
            <div>
              <button type="submit" className="button" disabled={form.pending}>
                {t('staff.map.save')}
              </button>
            </div>
          </form>
        </>
      )}
    </section>
  );
}
