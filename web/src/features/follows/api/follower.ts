import { queryOptions, useQuery } from '@tanstack/react-query';
import type { FollowerDto } from '../../../api/client';
import { call, followsClient, type ApiProblem } from '../../../api/http';
import { queryKeys } from '../../../lib/queryKeys';

/** What a follower follows, through their own link (a wrong or spent link is a 404, not worth asking again). */
export const followerQuery = (token: string) =>
  queryOptions<FollowerDto, ApiProblem>({
    queryKey: queryKeys.follower(token),
    queryFn: ({ signal }) => call(() => followsClient.getFollower(token, signal)),
    retry: false,
  });

export const useFollower = (token: string) => useQuery(followerQuery(token));
