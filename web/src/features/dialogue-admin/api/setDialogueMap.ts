import { mutationOptions, type QueryClient } from '@tanstack/react-query';
import type { DialogueMapDto, SetDialogueMapRequest } from '../../../api/client';
import { call, dialoguesClient, type ApiProblem } from '../../../api/http';
import { queryKeys } from '../../../lib/queryKeys';

/** The dialogue's map (its area, start view and named places) in one PUT, while it is a draft. */
export const setDialogueMapMutation = (queryClient: QueryClient, dialogueId: string) =>
  mutationOptions<DialogueMapDto, ApiProblem, SetDialogueMapRequest>({
    mutationFn: (body) => call(() => dialoguesClient.setDialogueMap(dialogueId, body)),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.staffDialogue(dialogueId) }),
  });
