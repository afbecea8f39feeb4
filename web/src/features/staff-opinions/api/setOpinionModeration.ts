import { mutationOptions, useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { DialogueDetails, OpinionModerationDto, SetOpinionModerationRequest } from '../../../api/client';
import { call, moderationClient, type ApiProblem } from '../../../api/http';
import { queryKeys } from '../../../lib/queryKeys';

/** Whether a dialogue's opinions are shown publicly, and reviewed before or after: the staff and public views follow. */
export const setOpinionModerationMutation = (queryClient: QueryClient, dialogue: Pick<DialogueDetails, 'id' | 'slug'>) =>
  mutationOptions<OpinionModerationDto, ApiProblem, SetOpinionModerationRequest>({
    mutationFn: (body) => call(() => moderationClient.setOpinionModeration(dialogue.id, body)),
    onSuccess: (saved) => {
      queryClient.setQueryData<DialogueDetails>(queryKeys.staffDialogue(dialogue.id), (old) =>
        old && { ...old, opinionVisibility: saved.visibility, moderation: saved.moderation, moderationIsDefault: saved.moderationIsDefault },
      );
      void queryClient.invalidateQueries({ queryKey: queryKeys.dialogue(dialogue.slug) });
      void queryClient.invalidateQueries({ queryKey: queryKeys.publicOpinions(dialogue.id) });
    },
  });

export const useSetOpinionModeration = (dialogue: Pick<DialogueDetails, 'id' | 'slug'>) => useMutation(setOpinionModerationMutation(useQueryClient(), dialogue));
