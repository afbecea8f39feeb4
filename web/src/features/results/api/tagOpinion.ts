import { mutationOptions, useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { StaffOpinionDto, StaffOpinionPage } from '../../../api/client';
import { call, resultsClient, type ApiProblem } from '../../../api/http';
import { queryKeys } from '../../../lib/queryKeys';
import type { OpinionFilter } from '../results';

export interface TagVariables {
  /** The page of the list the opinion is shown on. */
  filter: OpinionFilter;
  opinion: StaffOpinionDto;
  themeIds: string[];
}

/**
 * An opinion grouped under themes. The tick shows at once (the page in the cache changes first, and back on a
 * refusal); the counts per theme follow from the API. The opinion stays in view even when it no longer matches the
 * filter (it would vanish under the keyboard user's focus): other pages are fresh on the next search.
 */
export const tagOpinionMutation = (queryClient: QueryClient, dialogueId: string) =>
  mutationOptions<string[], ApiProblem, TagVariables, { previous?: StaffOpinionPage }>({
    mutationFn: ({ opinion, themeIds }) => call(() => resultsClient.tagOpinion(opinion.id, { themeIds })),
    onMutate: async ({ filter, opinion, themeIds }) => {
      const key = queryKeys.staffOpinions.list(dialogueId, filter);
      await queryClient.cancelQueries({ queryKey: key });
      const previous = queryClient.getQueryData<StaffOpinionPage>(key);
      queryClient.setQueryData<StaffOpinionPage>(key, (page) =>
        page ? { ...page, items: page.items.map((o) => (o.id === opinion.id ? { ...o, themeIds } : o)) } : page,
      );
      return { previous };
    },
    onError: (_error, { filter }, context) => {
      if (context?.previous) queryClient.setQueryData(queryKeys.staffOpinions.list(dialogueId, filter), context.previous);
    },
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: queryKeys.staffOpinions.all(dialogueId), refetchType: 'none' });
      await queryClient.invalidateQueries({ queryKey: queryKeys.result(dialogueId) });
    },
  });

export const useTagOpinion = (dialogueId: string) => useMutation(tagOpinionMutation(useQueryClient(), dialogueId));
