import { queryOptions, useQuery, type QueryClient } from '@tanstack/react-query';
import type { TaggingOperationDto } from '../../../api/client';
import { call, resultsClient, type ApiProblem } from '../../../api/http';
import { queryKeys } from '../../../lib/queryKeys';

/** The bulk taggings done on a dialogue, latest first (each can be undone once). */
export const taggingsQuery = (dialogueId: string) =>
  queryOptions<TaggingOperationDto[], ApiProblem>({
    queryKey: queryKeys.taggings(dialogueId),
    queryFn: ({ signal }) => call(() => resultsClient.listTaggingOperations(dialogueId, signal)),
  });

export const useTaggings = (dialogueId: string) => useQuery(taggingsQuery(dialogueId));

/** After opinions were tagged or untagged many at once: the result (its counts, groups, taggings, similar opinions),
 * the lists of opinions and the suggestions (an accepted one may be undone) are read again. */
export const afterTagging = (queryClient: QueryClient, dialogueId: string) =>
  Promise.all([
    queryClient.invalidateQueries({ queryKey: queryKeys.result(dialogueId) }),
    queryClient.invalidateQueries({ queryKey: queryKeys.staffOpinions.all(dialogueId) }),
    queryClient.invalidateQueries({ queryKey: queryKeys.themeSuggestions(dialogueId) }),
  ]);
