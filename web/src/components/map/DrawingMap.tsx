import { Suspense, useRef, useState, type ReactNode, type RefObject } from 'react';
import './map.css';
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/catalogue';
import { useMapConfig } from '../../lib/queries/mapConfig';
import type { GeoJsonGeometry, MarkKind } from '../../api/client';
import type { Position } from './geo';
import { LazyMap } from './LazyMap';
import type { MapHandle, Shape } from './LeafletMap';
import { canFinish, finish, place, undo, type Drawing } from './marks';
import type { MapView } from './view';

export const kindWordKey = (kind: MarkKind): MessageKey => `map.kind.${kind}`;

export interface DrawingMapProps {
  /** Prefix of element ids. */
  id: string;
  /** The kinds that may be drawn, in the order offered. */
  kinds: MarkKind[];
  /** The word for a kind in the chooser (default: "En punkt", "En sträcka", "Ett område"). */
  kindLabel?: (kind: MarkKind) => string;
  /** The map region's name. */
  label: string;
  shapes: Shape[];
  area?: GeoJsonGeometry | null;
  startView?: MapView | null;
  /** What the view is fitted to without a start view. */
  fitTo?: GeoJsonGeometry | null;
  /** No more can be drawn (the question's marks are all given). */
  full?: boolean;
  /** A finished point, route or area. */
  onDrawn: (geometry: GeoJsonGeometry) => void;
  onMove?: (key: string, to: Position) => void;
  /** Something to say in the polite live region. */
  announce: (text: string) => void;
  handle?: RefObject<MapHandle | null>;
  /** More buttons beside the drawing ones ("Använd nuvarande vy som startvy"). */
  extraActions?: ReactNode;
}

/**
 * A map to draw on, by touch, mouse or keyboard, and the buttons that do the same without pointing: set a point at
 * the cross, finish a route or an area, undo the last point. The map is one focusable region (Leaflet's keyboard
 * panning), never a focus trap: Tab goes on to the buttons.
 */
export function DrawingMap(props: DrawingMapProps) {
  const { t } = useI18n();
  const config = useMapConfig();
  const [drawing, setDrawing] = useState<Drawing>({ kind: props.kinds[0] ?? 'point', positions: [] });
  const ownHandle = useRef<MapHandle | null>(null);
  // "Klar" and "Ångra" are disabled when there is nothing left to finish or undo: focus then goes to "Sätt en punkt".
  const placeButton = useRef<HTMLButtonElement>(null);
  const [ready, setReady] = useState(false);
  const handle = props.handle ?? ownHandle;
  const instructionsId = `${props.id}-instructions`;
  const kindLabel = props.kindLabel ?? ((k: MarkKind) => t(kindWordKey(k)));

  function put(at: Position) {
    if (props.full) {
      props.announce(t('map.said.full'));
      return;
    }
    const next = place(drawing, at);
    if (next.same) {
      props.announce(t('map.said.same'));
      return;
    }
    setDrawing(next.drawing);
    if (next.done) props.onDrawn(next.done);
    else props.announce(t('map.said.vertex', { count: next.drawing.positions.length }));
  }

  function done() {
    const next = finish(drawing);
    if (!next.done) {
      props.announce(t(drawing.kind === 'area' ? 'map.said.tooShort.area' : 'map.said.tooShort.line'));
      return;
    }
    setDrawing(next.drawing);
    props.onDrawn(next.done);
    placeButton.current?.focus();
  }

  function chooseKind(kind: MarkKind) {
    setDrawing({ kind, positions: [] });
  }

  return (
    <div className="drawing-map stack">
      {props.kinds.length > 1 && (
        <fieldset className="drawing-map__kinds">
          <legend>{t('map.kinds')}</legend>
          {props.kinds.map((kind) => (
            <span key={kind} className="check">
              <input type="radio" id={`${props.id}-kind-${kind}`} name={`${props.id}-kind`} checked={drawing.kind === kind}
                onChange={() => chooseKind(kind)} />
              <label htmlFor={`${props.id}-kind-${kind}`}>{kindLabel(kind)}</label>
            </span>
          ))}
        </fieldset>
      )}
      <p className="hint" id={instructionsId}>
        {t('map.instructions')}
      </p>
      {config.isError ? (
        <p className="notice notice--warning">{t('map.unavailable')}</p>
      ) : !config.data ? (
        <p className="base-map base-map--loading">{t('map.loading')}</p>
      ) : (
        <Suspense fallback={<p className="base-map base-map--loading">{t('map.loading')}</p>}>
          <LazyMap config={config.data} label={props.label} describedBy={instructionsId} startView={props.startView} fitTo={props.fitTo}
            area={props.area} shapes={props.shapes} drawing={drawing} onClick={put} onMove={props.onMove} handle={handle} onReady={() => setReady(true)}
            zoomInTitle={t('map.zoomIn')} zoomOutTitle={t('map.zoomOut')} />
        </Suspense>
      )}
      {drawing.kind !== 'point' && drawing.positions.length > 0 && (
        <p className="hint">{t(drawing.kind === 'area' ? 'map.drawing.area' : 'map.drawing.line', { count: drawing.positions.length })}</p>
      )}
      <div className="actions">
        <button type="button" ref={placeButton} className="button button--secondary button--small" disabled={!ready || props.full}
          onClick={() => handle.current && put(handle.current.center())}>
          {t('map.placeAtCross')}
        </button>
        {drawing.kind !== 'point' && (
          <>
            <button type="button" className="button button--small" disabled={!canFinish(drawing)} onClick={done}>
              {t('map.finish')}
            </button>
            <button type="button" className="button button--secondary button--small" disabled={drawing.positions.length === 0}
              onClick={() => {
                const next = undo(drawing);
                setDrawing(next);
                props.announce(t('map.said.undone'));
                if (next.positions.length === 0) placeButton.current?.focus();
              }}>
              {t('map.undo')}
            </button>
          </>
        )}
        {props.extraActions}
      </div>
    </div>
  );
}
