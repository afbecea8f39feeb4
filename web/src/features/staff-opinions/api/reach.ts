import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ReachDto } from '../../../api/client';
import { call, opinionsClient, type ApiProblem } from '../../../api/http';
import { queryKeys } from '../../../lib/queryKeys';

/** Who took part in a dialogue: by channel, district, age band and relation, and the target groups against expectations. */
export const reachQuery = (dialogueId: string) =>
  queryOptions<ReachDto, ApiProblem>({
    queryKey: queryKeys.reach(dialogueId),
    queryFn: ({ signal }) => call(() => opinionsClient.getReach(dialogueId, signal)),
  });

export const useReach = (dialogueId: string) => useQuery(reachQuery(dialogueId));
