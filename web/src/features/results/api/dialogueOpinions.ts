import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { StaffOpinionPage } from '../../../api/client';
import { call, resultsClient, type ApiProblem } from '../../../api/http';
import { queryKeys } from '../../../lib/queryKeys';
import { listArguments, type OpinionFilter } from '../results';

/** One page of a dialogue's opinions for staff, searched (best first, the hits marked) and filtered; the last page stays shown while the next loads. */
export const dialogueOpinionsQuery = (dialogueId: string, filter: OpinionFilter) =>
  queryOptions<StaffOpinionPage, ApiProblem>({
    queryKey: queryKeys.staffOpinions.list(dialogueId, filter),
    queryFn: ({ signal }) => {
      const a = listArguments(filter);
      return call(() => resultsClient.listDialogueOpinions(dialogueId, a.q, a.themeId, undefined, a.untagged, a.sameAs, a.suggestionId, undefined, a.page, a.pageSize, signal));
    },
    placeholderData: keepPreviousData,
  });

export const useDialogueOpinions = (dialogueId: string, filter: OpinionFilter) => useQuery(dialogueOpinionsQuery(dialogueId, filter));
