import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { ModerationLogPage } from '../../../api/client';
import { call, moderationClient, type ApiProblem } from '../../../api/http';
import { queryKeys } from '../../../lib/queryKeys';

export const logPageSize = 50;

/** Every moderation step, newest first, of one dialogue or one opinion or all, a page at a time. */
export const moderationLogQuery = (dialogueId: string | undefined, opinionId: string | undefined, page: number) =>
  queryOptions<ModerationLogPage, ApiProblem>({
    queryKey: queryKeys.moderation.log(dialogueId ?? null, opinionId ?? null, page),
    queryFn: ({ signal }) => call(() => moderationClient.getModerationLog(dialogueId, opinionId, page, logPageSize, signal)),
    placeholderData: keepPreviousData,
  });

export const useModerationLog = (dialogueId: string | undefined, opinionId: string | undefined, page: number) =>
  useQuery(moderationLogQuery(dialogueId, opinionId, page));
