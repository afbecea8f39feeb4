import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import type { PublicOpinionPage } from '../../../api/client';
import { call, opinionsClient, type ApiProblem } from '../../../api/http';
import { queryKeys } from '../../../lib/queryKeys';

export const publicOpinionsPageSize = 10;

/** Opinions as the public may read them when a dialogue shows them, a page at a time. */
export const publicOpinionsQuery = (dialogueId: string) =>
  infiniteQueryOptions<PublicOpinionPage, ApiProblem>({
    queryKey: queryKeys.publicOpinions(dialogueId),
    initialPageParam: 1,
    queryFn: ({ pageParam, signal }) => call(() => opinionsClient.listPublicOpinions(dialogueId, pageParam as number, publicOpinionsPageSize, signal)),
    getNextPageParam: (last) => (last.page * last.pageSize < last.total ? last.page + 1 : undefined),
    retry: (count, problem) => problem.status >= 500 && count < 2,
  });

export const usePublicOpinions = (dialogueId: string) => useInfiniteQuery(publicOpinionsQuery(dialogueId));
