import { mutationOptions, useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { call, followsClient, type ApiProblem } from '../../../api/http';
import { queryKeys } from '../../../lib/queryKeys';

/** Stops following everything: the address, its follows and its unsent mail are deleted. */
export const unfollowMutation = (queryClient: QueryClient, token: string) =>
  mutationOptions<void, ApiProblem>({
    mutationFn: () => call(() => followsClient.unfollow(token)),
    onSuccess: () => queryClient.removeQueries({ queryKey: queryKeys.follower(token) }),
  });

export const useUnfollow = (token: string) => useMutation(unfollowMutation(useQueryClient(), token));
