import { infiniteQueryOptions, keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import type { DialoguePage } from '../../../api/client';
import { call, dialoguesClient, type ApiProblem } from '../../../api/http';
import { queryKeys } from '../../../lib/queryKeys';

export const pageSize = 10;

export type Phase = 'upcoming' | 'open' | 'closed' | 'decided' | 'cancelled';

export interface DialogueFilter {
  q?: string;
  phase?: Phase;
  topic?: string;
  district?: string;
}

/** The public list, a page at a time ("show more" fetches the next page). */
export const dialogueListQuery = (filter: DialogueFilter) =>
  infiniteQueryOptions<DialoguePage, ApiProblem>({
    queryKey: queryKeys.dialogues.list(filter),
    initialPageParam: 1,
    queryFn: ({ pageParam, signal }) =>
      call(() =>
        dialoguesClient.listDialogues(
          pageParam as number,
          pageSize,
          filter.phase,
          undefined,
          undefined,
          filter.q || undefined,
          filter.topic || undefined,
          filter.district || undefined,
          signal,
        ),
      ),
    getNextPageParam: (last) => (last.page * last.pageSize < last.totalCount ? last.page + 1 : undefined),
    placeholderData: keepPreviousData,
  });

export const useDialogueList = (filter: DialogueFilter) => useInfiniteQuery(dialogueListQuery(filter));
