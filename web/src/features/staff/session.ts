import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CurrentUser } from '../../api/client';
import { accountClient, call, setAntiforgeryToken, type ApiProblem } from '../../api/http';

/** The signed-in member of staff, or null. Signing in (or finding a cookie) also fetches the anti-forgery token. */
export function useCurrentUser() {
  return useQuery<CurrentUser | null, ApiProblem>({
    queryKey: ['me'],
    queryFn: async ({ signal }) => {
      try {
        const me = await call(() => accountClient.getCurrentUser(signal));
        const token = await call(() => accountClient.getAntiforgeryToken(signal));
        setAntiforgeryToken(token.token);
        return me;
      } catch (error) {
        if ((error as ApiProblem).status === 401) {
          setAntiforgeryToken(undefined);
          return null;
        }
        throw error;
      }
    },
    retry: false,
  });
}

export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation<void, ApiProblem, { email: string; password: string }>({
    mutationFn: async ({ email, password }) => {
      await call(() => accountClient.signIn({ email, password, useCookies: true }));
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['me'] }),
  });
}

export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation<void, ApiProblem>({
    mutationFn: () => call(() => accountClient.signOut()),
    onSuccess: () => {
      setAntiforgeryToken(undefined);
      queryClient.setQueryData(['me'], null);
      void queryClient.invalidateQueries({ queryKey: ['staff-dialogues'] });
    },
  });
}
