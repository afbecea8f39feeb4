import { lazy } from 'react';

/** The map, with Leaflet and its CSS, fetched when a page first shows one (so no other page's bundle grows). */
export const LazyMap = lazy(() => import('./LeafletMap').then((m) => ({ default: m.LeafletMap })));
