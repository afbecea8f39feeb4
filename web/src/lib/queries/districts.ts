import { queryOptions, useQuery } from '@tanstack/react-query';
import type { DistrictDto } from '../../api/client';
import { call, dialoguesClient, type ApiProblem } from '../../api/http';
import { queryKeys } from '../queryKeys';

/** The municipality's districts (the background question, the public filter): they change seldom. */
export const districtsQuery = () =>
  queryOptions<DistrictDto[], ApiProblem>({
    queryKey: queryKeys.districts,
    queryFn: ({ signal }) => call(() => dialoguesClient.listDistricts(signal)),
    staleTime: 60 * 60_000,
  });

export const useDistricts = () => useQuery(districtsQuery());
