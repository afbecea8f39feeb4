import { mutationOptions, type QueryClient } from '@tanstack/react-query';
import type { ChangeFollowerRequest, FollowerDto } from '../../../api/client';
import { call, followsClient, type ApiProblem } from '../../../api/http';
import { queryKeys } from '../../../lib/queryKeys';

/** How often and in which language the follower is written to; the page shows the answer at once. */
export const changeFollowerMutation = (queryClient: QueryClient, token: string) =>
  mutationOptions<FollowerDto, ApiProblem, ChangeFollowerRequest>({
    mutationFn: (body) => call(() => followsClient.changeFollower(token, body)),
    onSuccess: (follower) => queryClient.setQueryData(queryKeys.follower(token), follower),
  });
