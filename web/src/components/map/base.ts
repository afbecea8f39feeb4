// The base every map of the site is drawn on: Leaflet with the configured tile service and its credit, or without one
// a plain background with the municipality's and the districts' outlines (and, where asked, the districts' names).
import L from 'leaflet';
import type { GeoJsonGeometry, MapConfigDto } from '../../api/client';
import { representativePoint, toLatLng } from './geo';

/** A GeoJSON geometry as a Leaflet layer with one style. */
export const outline = (geometry: GeoJsonGeometry, style: L.PathOptions, interactive = false) =>
  L.geoJSON(geometry as never, { style: () => style, interactive });

export interface BaseMapOptions {
  zoomInTitle: string;
  zoomOutTitle: string;
  /** Write the districts' names on a plain background. */
  districtNames?: boolean;
}

/** A Leaflet map in `element` on the site's base (keyboard panning on, the zoom buttons named in the page's language). */
export function createBaseMap(element: HTMLElement, config: MapConfigDto, options: BaseMapOptions): L.Map {
  const m = L.map(element, {
    keyboard: true,
    zoomControl: false,
    attributionControl: Boolean(config.tiles),
    maxZoom: config.tiles?.maxZoom ?? 18,
  });
  L.control.zoom({ zoomInTitle: options.zoomInTitle, zoomOutTitle: options.zoomOutTitle }).addTo(m);
  if (config.tiles) {
    m.attributionControl.setPrefix(false);
    L.tileLayer(config.tiles.url, { attribution: config.tiles.attribution, maxZoom: config.tiles.maxZoom }).addTo(m);
    return m;
  }
  element.classList.add('base-map--plain');
  if (config.municipality) outline(config.municipality, { color: '#1f4e3d', weight: 3, fill: true, fillColor: '#ffffff', fillOpacity: 0.6 }).addTo(m);
  for (const district of config.districts) {
    outline(district.area, { color: '#587a6b', weight: 1, dashArray: '4 4', fill: false }).addTo(m);
    const at = options.districtNames ? representativePoint(district.area) : null;
    if (at)
      L.marker(toLatLng(at), {
        interactive: false,
        keyboard: false,
        icon: L.divIcon({ className: 'base-map__district', html: escapeHtml(district.name), iconSize: undefined }),
      }).addTo(m);
  }
  return m;
}

/** Text for Leaflet's HTML icons. */
export function escapeHtml(text: string) {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
