// The one place that imports Leaflet (and its CSS): loaded lazily with the first map on a page (LazyMap.tsx), so no
// other page's bundle carries it. Leaflet draws with DOM and SVG, no WebGL. With tiles configured it shows them with
// their attribution; without (tests, local runs offline) a plain background with the municipality's and the
// districts' outlines and names, and no request leaves the machine.
import { useEffect, useRef, type RefObject } from 'react';
import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import type { GeoJsonGeometry, MapConfigDto } from '../../api/client';
import { fromLatLng, toLatLng, type Position } from './geo';
import { startViewOf, type MapView } from './view';
import { createBaseMap, outline } from './base';

/** What the map draws on top of its base: a mark, a named place, the dialogue's area. */
export interface Shape {
  key: string;
  geometry: GeoJsonGeometry;
  /** The accessible name of a point's marker. */
  label: string;
  /** A point that can be moved (arrow keys while it has focus, or dragged). */
  movable?: boolean;
  /** 'mark' (the answer's), 'place' (a named place), 'drawing' (being drawn). */
  role?: 'mark' | 'place' | 'drawing';
}

/** What the surrounding form can ask the map. */
export interface MapHandle {
  center: () => Position;
  view: () => MapView;
}

export interface LeafletMapProps {
  config: MapConfigDto;
  /** The region's name ("Karta till fråga 2"). */
  label: string;
  /** The id of the instructions the region is described by. */
  describedBy?: string;
  startView?: MapView | null;
  /** An area the view is fitted to when there is no start view (the dialogue's). */
  fitTo?: GeoJsonGeometry | null;
  /** The dialogue's area, drawn as an outline. */
  area?: GeoJsonGeometry | null;
  shapes: Shape[];
  /** The route or area being drawn. */
  drawing?: { kind: 'line' | 'area' | 'point'; positions: Position[] };
  onClick?: (at: Position) => void;
  onMove?: (key: string, to: Position) => void;
  handle?: RefObject<MapHandle | null>;
  /** Called once the map is drawn and `handle` answers. */
  onReady?: () => void;
  zoomInTitle: string;
  zoomOutTitle: string;
}

/** Pixels a point moves per arrow key press. */
const step = 10;
const arrows: Record<string, [number, number]> = { ArrowLeft: [-step, 0], ArrowRight: [step, 0], ArrowUp: [0, -step], ArrowDown: [0, step] };


export function LeafletMap(props: LeafletMapProps) {
  const element = useRef<HTMLDivElement>(null);
  const map = useRef<L.Map | null>(null);
  const overlay = useRef<L.LayerGroup | null>(null);
  const areaLayer = useRef<L.LayerGroup | null>(null);
  const points = useRef(new Map<string, L.Marker>());
  // The latest callbacks, read by Leaflet's handlers (set up once).
  const latest = useRef(props);
  latest.current = props;

  // The map and its base, once.
  useEffect(() => {
    const { config } = latest.current;
    const m = createBaseMap(element.current!, config, {
      zoomInTitle: latest.current.zoomInTitle, zoomOutTitle: latest.current.zoomOutTitle, districtNames: true,
    });
    map.current = m;
    areaLayer.current = L.layerGroup().addTo(m);
    overlay.current = L.layerGroup().addTo(m);
    const view = startViewOf(latest.current.startView, latest.current.fitTo, config);
    if ('bounds' in view) m.fitBounds(view.bounds);
    else m.setView(toLatLng(view.center), view.zoom);
    m.on('click', (e: L.LeafletMouseEvent) => {
      if (e.latlng) latest.current.onClick?.(fromLatLng(e.latlng));
    });
    if (latest.current.handle) {
      latest.current.handle.current = {
        center: () => fromLatLng(m.getCenter()),
        view: () => ({ center: fromLatLng(m.getCenter()), zoom: m.getZoom() }),
      };
    }
    latest.current.onReady?.();
    // The container's size follows the page (a phone turned, a panel opened).
    const resize = typeof ResizeObserver === 'function' ? new ResizeObserver(() => m.invalidateSize()) : undefined;
    resize?.observe(element.current!);
    const markers = points.current;
    return () => {
      resize?.disconnect();
      markers.clear();
      m.remove();
      map.current = null;
    };
  }, []);

  // The dialogue's area.
  useEffect(() => {
    const layer = areaLayer.current;
    if (!layer) return;
    layer.clearLayers();
    if (props.area) outline(props.area, { color: '#b35900', weight: 3, fill: false }).addTo(layer);
  }, [props.area]);

  // The marks, places and the drawing. Points keep their marker (and so their focus) while they move.
  useEffect(() => {
    const m = map.current;
    const layer = overlay.current;
    if (!m || !layer) return;
    const seen = new Set<string>();
    for (const shape of props.shapes) {
      if (shape.geometry.type !== 'Point') continue;
      seen.add(shape.key);
      const at = toLatLng(shape.geometry.coordinates as Position);
      const existing = points.current.get(shape.key);
      if (existing) {
        existing.setLatLng(at);
        existing.getElement()?.setAttribute('aria-label', shape.label);
        continue;
      }
      const marker = L.marker(at, {
        keyboard: true,
        draggable: Boolean(shape.movable),
        autoPanOnFocus: true,
        icon: L.divIcon({ className: `map-point map-point--${shape.role ?? 'mark'}`, iconSize: [22, 22], html: '' }),
      });
      marker.on('add', () => {
        const icon = marker.getElement();
        if (!icon) return;
        icon.setAttribute('aria-label', shape.label);
        if (!shape.movable) {
          icon.removeAttribute('role');
          icon.removeAttribute('tabindex');
          icon.setAttribute('role', 'img');
          return;
        }
        icon.addEventListener('keydown', (event) => {
          const by = arrows[event.key];
          if (!by) return;
          event.preventDefault();
          event.stopPropagation();
          const from = m.latLngToContainerPoint(marker.getLatLng());
          const to = m.containerPointToLatLng(from.add(L.point(by[0], by[1])));
          latest.current.onMove?.(shape.key, fromLatLng(to));
        });
      });
      marker.on('dragend', () => latest.current.onMove?.(shape.key, fromLatLng(marker.getLatLng())));
      marker.addTo(layer);
      points.current.set(shape.key, marker);
    }
    for (const [key, marker] of points.current) {
      if (!seen.has(key)) {
        marker.remove();
        points.current.delete(key);
      }
    }
    // Routes, areas and the drawing are redrawn whole (they take no focus).
    const lines = L.layerGroup();
    for (const shape of props.shapes) {
      if (shape.geometry.type === 'Point') continue;
      outline(shape.geometry, { color: shape.role === 'place' ? '#1f4e3d' : '#0b4f9c', weight: 4, fillOpacity: 0.2 }).addTo(lines);
    }
    const drawing = props.drawing;
    if (drawing && drawing.positions.length > 0) {
      const latLngs = drawing.positions.map(toLatLng);
      if (drawing.positions.length > 1) {
        (drawing.kind === 'area' ? L.polygon(latLngs, { color: '#a3004f', dashArray: '6 4', weight: 3, interactive: false }) : L.polyline(latLngs, { color: '#a3004f', dashArray: '6 4', weight: 4, interactive: false })).addTo(lines);
      }
      for (const at of latLngs) L.circleMarker(at, { radius: 5, color: '#a3004f', weight: 2, fillOpacity: 1, fillColor: '#ffffff', interactive: false }).addTo(lines);
    }
    lines.addTo(layer);
    return () => {
      lines.remove();
    };
  }, [props.shapes, props.drawing]);

  return (
    <div className="base-map">
      <div ref={element} className="base-map__map" role="region" aria-label={props.label} aria-describedby={props.describedBy} />
      <span className="base-map__cross" aria-hidden="true" />
    </div>
  );
}

export default LeafletMap;
