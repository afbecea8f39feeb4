import { lazy } from 'react';

/** The results map (ResultLayers.tsx), with Leaflet, fetched when a page first shows one. */
export const LazyResultMap = lazy(() => import('./ResultLayers'));
