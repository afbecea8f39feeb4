import { mutationOptions, type QueryClient } from '@tanstack/react-query';
import type { AddFollowRequest, FollowDto } from '../../../api/client';
import { call, followsClient, type ApiProblem } from '../../../api/http';
import { queryKeys } from '../../../lib/queryKeys';

/** One more thing followed through the follower's own link (confirmed at once); the list is read again. */
export const addFollowMutation = (queryClient: QueryClient, token: string) =>
  mutationOptions<FollowDto, ApiProblem, AddFollowRequest>({
    mutationFn: (body) => call(() => followsClient.addFollow(token, body)),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.follower(token) }),
  });
