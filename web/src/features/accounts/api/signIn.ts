import { mutationOptions, useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { accountClient, call, type ApiProblem } from '../../../api/http';
import { queryKeys } from '../../../lib/queryKeys';

/** A member of staff signs in (the API sets the cookie); who is signed in is then asked again, with the anti-forgery token. */
export const signInMutation = (queryClient: QueryClient) =>
  mutationOptions<void, ApiProblem, { email: string; password: string }>({
    mutationFn: async ({ email, password }) => {
      await call(() => accountClient.signIn({ email, password }));
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.me }),
  });

export const useSignIn = () => useMutation(signInMutation(useQueryClient()));
