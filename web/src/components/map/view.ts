import type { GeoJsonGeometry, MapConfigDto, MapStartView } from '../../api/client';
import { boundsOf, type Position } from './geo';

/** A view of the map: its centre and zoom. */
export interface MapView {
  center: Position;
  zoom: number;
}

/** The contract's start view ({ center: Point, zoom }) as a view. */
export const viewOf = (start: MapStartView): MapView => ({ center: start.center.coordinates as Position, zoom: start.zoom });

/** A view as the contract's start view. */
export const toStartView = (view: MapView): MapStartView => ({ center: { type: 'Point', coordinates: view.center }, zoom: view.zoom });

/**
 * Where the map opens: the dialogue's start view, else fitted to the dialogue's area, else the map's own start view.
 */
export function startViewOf(
  start: MapView | null | undefined,
  area: GeoJsonGeometry | null | undefined,
  config: Pick<MapConfigDto, 'startView'>,
): MapView | { bounds: [[number, number], [number, number]] } {
  if (start) return start;
  const bounds = area ? boundsOf(area) : undefined;
  if (bounds) return { bounds };
  return viewOf(config.startView);
}
