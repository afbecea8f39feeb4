import { mutationOptions, useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { call, followsClient, type ApiProblem } from '../../../api/http';
import { queryKeys } from '../../../lib/queryKeys';

/**
 * Stops following one thing. With nothing left (`last`) the API deletes the address too: the list is not read again
 * (it would be a 404), the page says the address is gone.
 */
export const removeFollowMutation = (queryClient: QueryClient, token: string) =>
  mutationOptions<void, ApiProblem, { followId: string; last: boolean }>({
    mutationFn: ({ followId }) => call(() => followsClient.removeFollow(token, followId)),
    onSuccess: (_, { last }) => {
      if (!last) void queryClient.invalidateQueries({ queryKey: queryKeys.follower(token) });
    },
  });

export const useRemoveFollow = (token: string) => useMutation(removeFollowMutation(useQueryClient(), token));
