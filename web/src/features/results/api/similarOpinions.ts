import { queryOptions, useQuery } from '@tanstack/react-query';
import type { SimilarOpinionsDto } from '../../../api/client';
import { call, resultsClient, type ApiProblem } from '../../../api/http';
import { queryKeys } from '../../../lib/queryKeys';

/** The opinions not yet under a theme that use its words, most similar first (read once staff open them). */
export const similarOpinionsQuery = (dialogueId: string, themeId: string) =>
  queryOptions<SimilarOpinionsDto, ApiProblem>({
    queryKey: queryKeys.similarOpinions(dialogueId, themeId),
    queryFn: ({ signal }) => call(() => resultsClient.listSimilarOpinions(themeId, undefined, undefined, signal)),
  });

export const useSimilarOpinions = (dialogueId: string, themeId: string, open: boolean) =>
  useQuery({ ...similarOpinionsQuery(dialogueId, themeId), enabled: open });
