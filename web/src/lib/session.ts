// The signed-in member of staff, shared by the staff console, moderation and the site's navigation (signing in is accounts/).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CurrentUser } from '../api/client';
import { accountClient, call, setAntiforgeryToken, type ApiProblem } from '../api/http';
import { queryKeys } from './queryKeys';

/**
 * The signed-in member of staff, or null. Signing in (or finding a cookie) also fetches the anti-forgery token.
 * `enabled: false` only reads what is already known (the navigation on public pages asks nothing of the API).
 */
export function useCurrentUser({ enabled = true }: { enabled?: boolean } = {}) {
  return useQuery<CurrentUser | null, ApiProblem>({
    queryKey: queryKeys.me,
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
    enabled,
  });
}

/** Moderators and administrators moderate opinions (the API's "Moderates" policy). */
export function canModerate(user: CurrentUser | null | undefined): boolean {
  return Boolean(user?.roles.some((role) => role === 'Moderator' || role === 'Administrator'));
}

/** Officials and administrators run dialogues, and choose how their opinions are shown. */
export function runsDialogues(user: CurrentUser | null | undefined): boolean {
  return Boolean(user?.roles.some((role) => role === 'Official' || role === 'Administrator'));
}

export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation<void, ApiProblem>({
    mutationFn: () => call(() => accountClient.signOut()),
    onSuccess: () => {
      setAntiforgeryToken(undefined);
      queryClient.setQueryData(queryKeys.me, null);
      void queryClient.invalidateQueries({ queryKey: queryKeys.staffDialogues.all });
      queryClient.removeQueries({ queryKey: queryKeys.moderation.all });
    },
  });
}
