import { mutationOptions, type QueryClient } from '@tanstack/react-query';
import type { RegisterOfflineOpinionRequest, RegisterOfflineOpinionResponse } from '../../../api/client';
import { call, opinionsClient, type ApiProblem } from '../../../api/http';
import { queryKeys } from '../../../lib/queryKeys';

/** An opinion gathered offline, typed in by staff: the reach and the dialogue's count change. */
export const registerOfflineOpinionMutation = (queryClient: QueryClient, dialogueId: string) =>
  mutationOptions<RegisterOfflineOpinionResponse, ApiProblem, RegisterOfflineOpinionRequest>({
    mutationFn: (body) => call(() => opinionsClient.registerOfflineOpinion(dialogueId, body)),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.reach(dialogueId) }),
        queryClient.invalidateQueries({ queryKey: queryKeys.staffDialogue(dialogueId) }),
      ]),
  });
