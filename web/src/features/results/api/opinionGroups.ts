import { queryOptions, useQuery } from '@tanstack/react-query';
import type { OpinionGroupPage } from '../../../api/client';
import { call, resultsClient, type ApiProblem } from '../../../api/http';
import { queryKeys } from '../../../lib/queryKeys';

/** The groups of near-identical opinions (the same words said many times), largest first. */
export const opinionGroupsQuery = (dialogueId: string, page = 1) =>
  queryOptions<OpinionGroupPage, ApiProblem>({
    queryKey: queryKeys.opinionGroups(dialogueId, page),
    queryFn: ({ signal }) => call(() => resultsClient.listOpinionGroups(dialogueId, page, undefined, signal)),
  });

export const useOpinionGroups = (dialogueId: string, page = 1) => useQuery(opinionGroupsQuery(dialogueId, page));
