import { mutationOptions, useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { TaggingOperationDto, TagOpinionsInBulkRequest } from '../../../api/client';
import { call, resultsClient, type ApiProblem } from '../../../api/http';
import { afterTagging } from './taggings';

/** Many opinions tagged (or untagged) at once, after staff confirmed how many; refused when the count has changed. */
export const tagInBulkMutation = (queryClient: QueryClient, dialogueId: string) =>
  mutationOptions<TaggingOperationDto, ApiProblem, TagOpinionsInBulkRequest>({
    mutationFn: (body) => call(() => resultsClient.tagOpinionsInBulk(dialogueId, body)),
    // A refusal because the count changed reads the list again too, so the form shows the new count.
    onSettled: () => afterTagging(queryClient, dialogueId),
  });

export const useTagInBulk = (dialogueId: string) => useMutation(tagInBulkMutation(useQueryClient(), dialogueId));
