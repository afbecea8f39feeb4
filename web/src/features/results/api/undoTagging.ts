import { mutationOptions, useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { TaggingOperationDto } from '../../../api/client';
import { call, resultsClient, type ApiProblem } from '../../../api/http';
import { afterTagging } from './taggings';

/** A bulk tagging (by search, by suggestion or of similar opinions) undone: each opinion is as it was before it. */
export const undoTaggingMutation = (queryClient: QueryClient, dialogueId: string) =>
  mutationOptions<TaggingOperationDto, ApiProblem, string>({
    mutationFn: (taggingId) => call(() => resultsClient.undoTagging(taggingId)),
    onSettled: () => afterTagging(queryClient, dialogueId),
  });

/** `onUndone` is the hook's own: it runs even when the undo unmounts the one who asked (an accepted suggestion is
 * proposed again, its "Godtaget" goes), before the result is read again. */
export const useUndoTagging = (dialogueId: string, onUndone?: (operation: TaggingOperationDto) => void) =>
  useMutation({ ...undoTaggingMutation(useQueryClient(), dialogueId), onSuccess: onUndone });
