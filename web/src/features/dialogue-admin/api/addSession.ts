import { mutationOptions, type QueryClient } from '@tanstack/react-query';
import type { AddSessionRequest, AddSessionResponse } from '../../../api/client';
import { call, dialoguesClient, type ApiProblem } from '../../../api/http';
import { queryKeys } from '../../../lib/queryKeys';

/** A session (meeting, walk, pop-up …) added to a dialogue; its page shows it. */
export const addSessionMutation = (queryClient: QueryClient, dialogueId: string) =>
  mutationOptions<AddSessionResponse, ApiProblem, AddSessionRequest>({
    mutationFn: (body) => call(() => dialoguesClient.addSession(dialogueId, body)),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.staffDialogue(dialogueId) }),
  });
