import { queryOptions, useQuery } from '@tanstack/react-query';
import type { FeedbackDto } from '../../../api/client';
import { call, feedbackClient, type ApiProblem } from '../../../api/http';
import { queryKeys } from '../../../lib/queryKeys';

/** A dialogue's published feedback, read by the dialogue's id (a 404 while none is published: not asked again). */
export const feedbackQuery = (dialogueId: string) =>
  queryOptions<FeedbackDto, ApiProblem>({
    queryKey: queryKeys.feedback(dialogueId),
    queryFn: ({ signal }) => call(() => feedbackClient.getFeedback(dialogueId, signal)),
    retry: false,
  });

export const useFeedback = (dialogueId: string | undefined) => useQuery({ ...feedbackQuery(dialogueId ?? ''), enabled: dialogueId !== undefined });
