import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ElectedOfficialDto } from '../../../api/client';
import { call, officialsClient, type ApiProblem } from '../../../api/http';
import { queryKeys } from '../../../lib/queryKeys';

/** The elected officials and their public contact. */
export const officialsQuery = () =>
  queryOptions<ElectedOfficialDto[], ApiProblem>({
    queryKey: queryKeys.officials,
    queryFn: ({ signal }) => call(() => officialsClient.listElectedOfficials(signal)),
  });

export const useOfficials = () => useQuery(officialsQuery());
