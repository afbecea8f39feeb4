import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ResultPlacesDto } from '../../../api/client';
import { call, resultsClient, type ApiProblem } from '../../../api/http';
import { queryKeys } from '../../../lib/queryKeys';

/** Per map question: the totals, the counts per category and per district, the hot spots and the places in words. */
export const resultPlacesQuery = (dialogueId: string) =>
  queryOptions<ResultPlacesDto, ApiProblem>({
    queryKey: queryKeys.resultPlaces(dialogueId),
    queryFn: ({ signal }) => call(() => resultsClient.getResultPlaces(dialogueId, signal)),
  });

export const useResultPlaces = (dialogueId: string) => useQuery(resultPlacesQuery(dialogueId));
