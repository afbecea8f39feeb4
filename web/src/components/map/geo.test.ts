import { describe, expect, it } from 'vitest';
import type { DistrictAreaDto } from '../../api/client';
import { boundsOf, districtOf, fromLatLng, geometryOf, inArea, kindOf, representativePoint, toLatLng, type Position } from './geo';

const square = (west: number, south: number, east: number, north: number): Position[] => [
  [west, south],
  [east, south],
  [east, north],
  [west, north],
  [west, south],
];

const districts: DistrictAreaDto[] = [
  { code: 'backegarden', name: 'Bäckegården', area: { type: 'Polygon', coordinates: [square(14.5, 59.32, 14.53, 59.34)] } },
  {
    code: 'centrum',
    name: 'Centrum',
    // Two parts, the first with a hole.
    area: { type: 'MultiPolygon', coordinates: [[square(14.53, 59.32, 14.56, 59.34), square(14.54, 59.325, 14.545, 59.33)], [square(14.6, 59.3, 14.61, 59.31)]] },
  },
];

describe('coordinates', () => {
  it('turns GeoJSON [longitude, latitude] into Leaflet [latitude, longitude] and back, in one place', () => {
    expect(toLatLng([14.521, 59.331])).toEqual([59.331, 14.521]);
    expect(fromLatLng({ lat: 59.331, lng: 14.521 })).toEqual([14.521, 59.331]);
    expect(fromLatLng({ lat: 59.33112345678, lng: 14.52198765432 })).toEqual([14.521988, 59.331123]);
    const round: Position = [14.5, 59.3];
    const [lat, lng] = toLatLng(round);
    expect(fromLatLng({ lat, lng })).toEqual(round);
  });

  it('writes a point, a route and an area as GeoJSON, the area’s ring closed', () => {
    expect(geometryOf('point', [[14.5, 59.3]])).toEqual({ type: 'Point', coordinates: [14.5, 59.3] });
    expect(geometryOf('line', [[14.5, 59.3], [14.6, 59.4]])).toEqual({ type: 'LineString', coordinates: [[14.5, 59.3], [14.6, 59.4]] });
    expect(geometryOf('area', [[0, 0], [1, 0], [1, 1]])).toEqual({ type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1], [0, 0]]] });
    expect(geometryOf('area', [[0, 0], [1, 0], [1, 1], [0, 0]]).coordinates[0]).toHaveLength(4);
    expect(kindOf({ type: 'LineString', coordinates: [] })).toBe('line');
  });

  it('gives the bounds in Leaflet’s order, south-west then north-east', () => {
    expect(boundsOf(districts[0].area)).toEqual([[59.32, 14.5], [59.34, 14.53]]);
  });
});

describe('point in polygon', () => {
  it('finds a point inside a polygon and not outside it', () => {
    expect(inArea([14.51, 59.33], districts[0].area)).toBe(true);
    expect(inArea([14.49, 59.33], districts[0].area)).toBe(false);
    expect(inArea([14.51, 59.35], districts[0].area)).toBe(false);
  });

  it('leaves out a multipolygon’s holes and finds its other parts', () => {
    expect(inArea([14.535, 59.33], districts[1].area)).toBe(true);
    expect(inArea([14.542, 59.327], districts[1].area)).toBe(false);
    expect(inArea([14.605, 59.305], districts[1].area)).toBe(true);
  });

  it('names the district of a point, a route (its middle) and an area', () => {
    expect(districtOf({ type: 'Point', coordinates: [14.51, 59.33] }, districts)?.name).toBe('Bäckegården');
    expect(districtOf({ type: 'Point', coordinates: [14.7, 59.33] }, districts)).toBeUndefined();
    const route = { type: 'LineString' as const, coordinates: [[14.505, 59.33], [14.52, 59.33], [14.55, 59.335]] };
    expect(representativePoint(route)).toEqual([14.52, 59.33]);
    expect(representativePoint({ type: 'LineString', coordinates: [[14.5, 59.3], [14.52, 59.32]] })).toEqual([14.51, 59.31]);
    expect(districtOf(route, districts)?.name).toBe('Bäckegården');
    expect(districtOf(geometryOf('area', [[14.533, 59.321], [14.539, 59.321], [14.539, 59.339]]), districts)?.name).toBe('Centrum');
  });

  it('stands for a concave area by a corner when the average of its corners falls outside it', () => {
    // A thin "U": the average of the corners lies in the gap.
    const u = geometryOf('area', [[0, 0], [3, 0], [3, 3], [2, 3], [2, 1], [1, 1], [1, 3], [0, 3]]);
    const at = representativePoint(u)!;
    expect(inArea(at, u)).toBe(true);
  });
});
