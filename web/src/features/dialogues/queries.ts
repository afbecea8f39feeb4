import { keepPreviousData, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { call, dialoguesClient, type ApiProblem } from '../../api/http';
import type { DialogueDetails, DialoguePage, DistrictDto } from '../../api/client';

export const pageSize = 10;

export type Phase = 'upcoming' | 'open' | 'closed' | 'decided' | 'cancelled';

export interface DialogueFilter {
  q?: string;
  phase?: Phase;
  topic?: string;
  district?: string;
}

/** The public list, a page at a time ("show more" fetches the next page). */
export function useDialogueList(filter: DialogueFilter) {
  return useInfiniteQuery<DialoguePage, ApiProblem>({
    queryKey: ['dialogues', filter],
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
}

export function useDialogue(slug: string) {
  return useQuery<DialogueDetails, ApiProblem>({
    queryKey: ['dialogue', slug],
    queryFn: ({ signal }) => call(() => dialoguesClient.getDialogueBySlug(slug, signal)),
    retry: (count, problem) => problem.status >= 500 && count < 2,
  });
}

export function useDistricts() {
  return useQuery<DistrictDto[], ApiProblem>({
    queryKey: ['districts'],
    queryFn: ({ signal }) => call(() => dialoguesClient.listDistricts(signal)),
    staleTime: 60 * 60_000,
  });
}
