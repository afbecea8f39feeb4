import { queryOptions, useQuery } from '@tanstack/react-query';
import { queryKeys } from '../queryKeys';
import type { MapConfigDto } from '../../components/map/contract';
import { ApiProblem, type ApiProblem as Problem } from '../../api/http';

// TEMPORARY until main has MapClient: GET /api/map by hand.
async function getMapConfig(signal?: AbortSignal): Promise<MapConfigDto> {
  const response = await window.fetch('/api/map', { signal, credentials: 'same-origin' });
  if (!response.ok) throw new ApiProblem({ status: response.status, title: 'The map could not be loaded.' });
  return (await response.json()) as MapConfigDto;
}

/** The map's base (tiles or none, the municipality and its districts): the same for every map, and seldom changed. */
export const mapConfigQuery = () =>
  queryOptions<MapConfigDto, Problem>({
    queryKey: queryKeys.mapConfig,
    queryFn: ({ signal }) => getMapConfig(signal),
    staleTime: 60 * 60_000,
  });

export const useMapConfig = () => useQuery(mapConfigQuery());
