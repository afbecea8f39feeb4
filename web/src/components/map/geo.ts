// Plain geometry for the map, with no Leaflet in it (tested in Node). The contract speaks GeoJSON, whose positions are
// [longitude, latitude]; Leaflet takes [latitude, longitude]. The two meet only in toLatLng / fromLatLng.
import type { DistrictAreaDto, GeoJsonGeometry, MarkKind } from '../../api/client';

/** A GeoJSON position: [longitude, latitude]. */
export type Position = [number, number];

/** A position as Leaflet takes it: [latitude, longitude]. */
export const toLatLng = ([lng, lat]: Position): [number, number] => [lat, lng];

/** Leaflet's { lat, lng } as a GeoJSON position, rounded to 6 decimals (about 10 cm). */
export const fromLatLng = ({ lat, lng }: { lat: number; lng: number }): Position => [round(lng), round(lat)];

const round = (n: number) => Math.round(n * 1e6) / 1e6;

/** The GeoJSON geometry of a mark of `kind` through `positions`: a point, a route, or an area whose ring is closed. */
export function geometryOf(kind: MarkKind, positions: Position[]): GeoJsonGeometry {
  if (kind === 'point') return { type: 'Point', coordinates: positions[0] };
  if (kind === 'line') return { type: 'LineString', coordinates: positions };
  const ring = [...positions];
  const [first, last] = [ring[0], ring[ring.length - 1]];
  if (first && (first[0] !== last[0] || first[1] !== last[1])) ring.push(first);
  return { type: 'Polygon', coordinates: [ring] };
}

/** The kind of a mark's geometry. */
export function kindOf(geometry: GeoJsonGeometry): MarkKind {
  return geometry.type === 'Point' ? 'point' : geometry.type === 'LineString' ? 'line' : 'area';
}

/** How many positions a line or an area needs before it can be finished (a point: one). */
export const minimumPositions: Record<MarkKind, number> = { point: 1, line: 2, area: 3 };

/** Whether a point lies inside a ring (ray casting; a point on the edge may fall either way). */
export function inRing([x, y]: Position, ring: Position[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Whether a point lies inside a Polygon or MultiPolygon (inside the outer ring and in none of its holes). */
export function inArea(point: Position, area: GeoJsonGeometry): boolean {
  const polygons: Position[][][] = area.type === 'Polygon' ? [area.coordinates] : area.type === 'MultiPolygon' ? area.coordinates : [];
  return polygons.some(([outer, ...holes]) => outer !== undefined && inRing(point, outer) && !holes.some((hole) => inRing(point, hole)));
}

/**
 * One point that stands for a geometry: a point itself, the middle of a route (its middle position, or the middle of its
 * middle segment),
 * the average of an area's corners (or its first corner when that average falls outside a concave area).
 */
export function representativePoint(geometry: GeoJsonGeometry): Position | undefined {
  if (geometry.type === 'Point') return geometry.coordinates as Position;
  if (geometry.type === 'LineString') {
    const line = geometry.coordinates as Position[];
    if (line.length === 0) return undefined;
    if (line.length === 1) return line[0];
    if (line.length % 2 === 1) return line[(line.length - 1) / 2];
    const [a, b] = [line[line.length / 2 - 1], line[line.length / 2]];
    return [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];
  }
  const outer: Position[] | undefined = geometry.type === 'Polygon' ? geometry.coordinates[0] : geometry.coordinates[0]?.[0];
  if (!outer || outer.length === 0) return undefined;
  const corners = outer.length > 1 && outer[0][0] === outer[outer.length - 1][0] && outer[0][1] === outer[outer.length - 1][1] ? outer.slice(0, -1) : outer;
  const mean: Position = [corners.reduce((s, p) => s + p[0], 0) / corners.length, corners.reduce((s, p) => s + p[1], 0) / corners.length];
  return inArea(mean, geometry) ? mean : corners[0];
}

/** The district a geometry lies in (by its representative point), or undefined outside them all. */
export function districtOf(geometry: GeoJsonGeometry, districts: readonly DistrictAreaDto[]): DistrictAreaDto | undefined {
  const point = representativePoint(geometry);
  return point ? districts.find((d) => inArea(point, d.area)) : undefined;
}

/** The bounds of a geometry as [[south, west], [north, east]] (Leaflet's order), or undefined when it is empty. */
export function boundsOf(geometry: GeoJsonGeometry): [[number, number], [number, number]] | undefined {
  const all: Position[] = [];
  const walk = (c: unknown) => {
    if (Array.isArray(c) && typeof c[0] === 'number') all.push(c as Position);
    else if (Array.isArray(c)) c.forEach(walk);
  };
  walk(geometry.coordinates);
  if (all.length === 0) return undefined;
  const lngs = all.map((p) => p[0]);
  const lats = all.map((p) => p[1]);
  return [
    [Math.min(...lats), Math.min(...lngs)],
    [Math.max(...lats), Math.max(...lngs)],
  ];
}
