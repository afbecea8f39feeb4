import { queryOptions, useQuery } from '@tanstack/react-query';
import type { PublicMarksDto } from '../../../api/client';
import { call, opinionsClient, type ApiProblem } from '../../../api/http';
import { queryKeys } from '../../../lib/queryKeys';

/** The marks of a dialogue's public opinions, newest first (moderated as the opinions are). */
export const publicMarksQuery = (dialogueId: string) =>
  queryOptions<PublicMarksDto, ApiProblem>({
    queryKey: queryKeys.publicMarks(dialogueId),
    queryFn: ({ signal }) => call(() => opinionsClient.listPublicMarks(dialogueId, signal)),
    retry: (count, problem) => problem.status >= 500 && count < 2,
  });

export const usePublicMarks = (dialogueId: string) => useQuery(publicMarksQuery(dialogueId));
