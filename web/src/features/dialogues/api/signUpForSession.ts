import { mutationOptions, useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { SignUpForSessionRequest, SignUpForSessionResponse } from '../../../api/client';
import { call, dialoguesClient, type ApiProblem } from '../../../api/http';
import { queryKeys } from '../../../lib/queryKeys';

/** A resident signs up for a session; the dialogue's page then shows the places left. */
export const signUpForSessionMutation = (queryClient: QueryClient, sessionId: string, slug: string) =>
  mutationOptions<SignUpForSessionResponse, ApiProblem, SignUpForSessionRequest>({
    mutationFn: (body) => call(() => dialoguesClient.signUpForSession(sessionId, body)),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: queryKeys.dialogue(slug) }),
  });

export const useSignUpForSession = (sessionId: string, slug: string) => useMutation(signUpForSessionMutation(useQueryClient(), sessionId, slug));
