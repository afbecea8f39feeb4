import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ResultDto } from '../../../api/client';
import { call, resultsClient, type ApiProblem } from '../../../api/http';
import { queryKeys } from '../../../lib/queryKeys';

/** A dialogue's result for staff: counts, themes, figures per question, the summary and quotes. */
export const resultQuery = (dialogueId: string) =>
  queryOptions<ResultDto, ApiProblem>({
    queryKey: queryKeys.result(dialogueId),
    queryFn: ({ signal }) => call(() => resultsClient.getResult(dialogueId, signal)),
  });

export const useResult = (dialogueId: string) => useQuery(resultQuery(dialogueId));
