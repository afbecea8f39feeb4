import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { ModerationQueuePage } from '../../../api/client';
import { call, moderationClient, type ApiProblem } from '../../../api/http';
import { queryKeys } from '../../../lib/queryKeys';

export const queuePageSize = 20;

/** What waits for a moderator, oldest first, a page at a time (of one dialogue, or of all). */
export const moderationQueueQuery = (dialogueId: string | undefined, page: number) =>
  queryOptions<ModerationQueuePage, ApiProblem>({
    queryKey: queryKeys.moderation.queue(dialogueId ?? null, page),
    queryFn: ({ signal }) => call(() => moderationClient.getModerationQueue(dialogueId, page, queuePageSize, signal)),
    placeholderData: keepPreviousData,
  });

export const useModerationQueue = (dialogueId: string | undefined, page: number) => useQuery(moderationQueueQuery(dialogueId, page));
