// A map that shows results: marks coloured by category (points, routes, areas) or, where there are too many, clusters
// with their count. Used by the staff's results map and the public map; loaded lazily (LazyResultMap.tsx) so only a page
// that shows one carries Leaflet. The base is drawn as in LeafletMap.tsx (tiles when configured, else a plain background
// with the municipality's and the districts' outlines), which has no layers of this kind nor a view that reports moves.
// Every mark and cluster is a focusable marker with a name; Enter or Space activates it as a click does.
import { useEffect, useRef } from 'react';
import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import type { GeoJsonGeometry, MapConfigDto } from '../../api/client';
import { representativePoint, toLatLng, type Position } from './geo';
import { clusterSize } from './categories';
import { startViewOf, type MapView } from './view';
import { createBaseMap, outline } from './base';
import './map.css';
import './results-map.css';

/** A mark to draw: its geometry, its category's colour and its accessible name. */
export interface ResultMapMark {
  key: string;
  geometry: GeoJsonGeometry;
  colour: string;
  label: string;
}

/** A cluster of marks: where it is, how many, and its accessible name ("12 markeringar. Zooma in"). */
export interface ResultMapCluster {
  key: string;
  at: Position;
  count: number;
  /** The count as the reader's language writes it ("1 000"), shown on the cluster. */
  shown: string;
  label: string;
}

/** The view in the API's terms: the bounds in degrees and the zoom level. */
export interface ResultMapView {
  west: number;
  south: number;
  east: number;
  north: number;
  zoom: number;
}

export interface ResultMapProps {
  config: MapConfigDto;
  /** The region's name. */
  label: string;
  describedBy?: string;
  startView?: MapView | null;
  fitTo?: GeoJsonGeometry | null;
  /** The dialogue's area, drawn as an outline. */
  area?: GeoJsonGeometry | null;
  marks: ResultMapMark[];
  clusters?: ResultMapCluster[];
  /** The mark shown as chosen. */
  selected?: string | null;
  onSelect?: (key: string) => void;
  /** Called with the first view and after every move or zoom. */
  onView?: (view: ResultMapView) => void;
  zoomInTitle: string;
  zoomOutTitle: string;
}


const round = (n: number) => Math.round(n * 1e5) / 1e5;

/** A mark's dot in its category's colour (set through the CSSOM: the content security policy refuses inline styles). */
function dot(colour: string): HTMLElement {
  const span = document.createElement('span');
  span.style.background = colour;
  return span;
}

/** Enter and Space on a focused marker do what a click does. */
function activateByKeyboard(marker: L.Marker, activate: () => void) {
  marker.on('add', () => {
    marker.getElement()?.addEventListener('keydown', (event) => {
      if (event.key !== 'Enter' && event.key !== ' ') return;
      event.preventDefault();
      event.stopPropagation();
      activate();
    });
  });
}

export function ResultMap(props: ResultMapProps) {
  const element = useRef<HTMLDivElement>(null);
  const map = useRef<L.Map | null>(null);
  const overlay = useRef<L.LayerGroup | null>(null);
  const areaLayer = useRef<L.LayerGroup | null>(null);
  const latest = useRef(props);
  latest.current = props;

  useEffect(() => {
    const { config } = latest.current;
    const m = createBaseMap(element.current!, config, { zoomInTitle: latest.current.zoomInTitle, zoomOutTitle: latest.current.zoomOutTitle });
    map.current = m;
    areaLayer.current = L.layerGroup().addTo(m);
    overlay.current = L.layerGroup().addTo(m);
    const view = startViewOf(latest.current.startView, latest.current.fitTo, config);
    if ('bounds' in view) m.fitBounds(view.bounds);
    else m.setView(toLatLng(view.center), view.zoom);
    const report = () => {
      const b = m.getBounds();
      // A map not laid out yet (no size) has no view to ask about.
      if (!(b.getEast() > b.getWest() && b.getNorth() > b.getSouth())) return;
      latest.current.onView?.({ west: round(b.getWest()), south: round(b.getSouth()), east: round(b.getEast()), north: round(b.getNorth()), zoom: m.getZoom() });
    };
    m.on('moveend', report);
    report();
    const resize = typeof ResizeObserver === 'function' ? new ResizeObserver(() => m.invalidateSize()) : undefined;
    resize?.observe(element.current!);
    // Once laid out, the first view is reported (invalidateSize moves no view when the size did not change).
    m.whenReady(() => requestAnimationFrame(() => (map.current === m ? report() : undefined)));
    return () => {
      resize?.disconnect();
      m.remove();
      map.current = null;
    };
  }, []);

  useEffect(() => {
    const layer = areaLayer.current;
    if (!layer) return;
    layer.clearLayers();
    if (props.area) outline(props.area, { color: '#b35900', weight: 3, fill: false }).addTo(layer);
  }, [props.area]);

  // The marker that had focus when the layers were last redrawn (a mark just chosen by Enter), to give it focus again.
  const focused = useRef<string | null>(null);

  useEffect(() => {
    const m = map.current;
    const layer = overlay.current;
    if (!m || !layer) return;
    const group = L.layerGroup();
    const markers = new Map<string, L.Marker>();
    const select = (key: string) => latest.current.onSelect?.(key);
    for (const mark of props.marks) {
      const chosen = mark.key === props.selected;
      if (mark.geometry.type !== 'Point') {
        const shape = outline(
          mark.geometry,
          { color: mark.colour, weight: chosen ? 7 : 5, fillColor: mark.colour, fillOpacity: 0.25, className: 'result-shape' },
          true,
        );
        shape.on('click', () => select(mark.key));
        shape.addTo(group);
      }
      const at = representativePoint(mark.geometry);
      if (!at) continue;
      const marker = L.marker(toLatLng(at), {
        keyboard: true,
        icon: L.divIcon({
          className: `result-mark result-mark--${mark.geometry.type === 'Point' ? 'point' : 'shape'}${chosen ? ' result-mark--chosen' : ''}`,
          iconSize: mark.geometry.type === 'Point' ? [24, 24] : [16, 16],
          html: dot(mark.colour),
        }),
      });
      marker.on('add', () => {
        const icon = marker.getElement();
        icon?.setAttribute('aria-label', mark.label);
        icon?.setAttribute('role', 'button');
        if (chosen) icon?.setAttribute('aria-pressed', 'true');
      });
      marker.on('click', () => select(mark.key));
      activateByKeyboard(marker, () => select(mark.key));
      marker.addTo(group);
      markers.set(mark.key, marker);
    }
    const clusters = props.clusters ?? [];
    const max = Math.max(0, ...clusters.map((c) => c.count));
    for (const cluster of clusters) {
      const size = clusterSize(cluster.count, max);
      const marker = L.marker(toLatLng(cluster.at), {
        keyboard: true,
        icon: L.divIcon({ className: 'result-cluster', iconSize: [size, size], html: `<span aria-hidden="true">${cluster.shown}</span>` }),
      });
      const zoomIn = () => m.setView(marker.getLatLng(), Math.min(m.getZoom() + 2, m.getMaxZoom()));
      marker.on('add', () => {
        const icon = marker.getElement();
        icon?.setAttribute('aria-label', cluster.label);
        icon?.setAttribute('role', 'button');
      });
      marker.on('click', zoomIn);
      activateByKeyboard(marker, zoomIn);
      marker.addTo(group);
      markers.set(`cluster:${cluster.key}`, marker);
    }
    group.addTo(layer);
    if (focused.current) markers.get(focused.current)?.getElement()?.focus({ preventScroll: true });
    focused.current = null;
    return () => {
      focused.current = [...markers].find(([, marker]) => marker.getElement() === document.activeElement)?.[0] ?? null;
      group.remove();
    };
  }, [props.marks, props.clusters, props.selected]);

  return (
    <div className="base-map results-map">
      <div ref={element} className="base-map__map" role="region" aria-label={props.label} aria-describedby={props.describedBy} />
    </div>
  );
}

export default ResultMap;
