import { queryOptions, useQuery } from '@tanstack/react-query';
import { MapClient, type MapConfigDto } from '../../api/client';
import { call, type ApiProblem } from '../../api/http';
import { queryKeys } from '../queryKeys';

// GET /api/map is public and only read: the generated client on the browser's own fetch (api/http.ts has no map
// client, and its wrapper adds only what staff changes need).
const mapClient = new MapClient('', { fetch: (url, init) => window.fetch(url, { ...init, credentials: 'same-origin' }) });

/** The map's base (tiles or none, the municipality and its districts): the same for every map, and seldom changed. */
export const mapConfigQuery = () =>
  queryOptions<MapConfigDto, ApiProblem>({
    queryKey: queryKeys.mapConfig,
    queryFn: ({ signal }) => call(() => mapClient.getMapConfig(signal)),
    staleTime: 60 * 60_000,
  });

export const useMapConfig = () => useQuery(mapConfigQuery());
