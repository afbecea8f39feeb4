import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ThemeSuggestionsDto } from '../../../api/client';
import { call, themeSuggestionsClient, type ApiProblem } from '../../../api/http';
import { queryKeys } from '../../../lib/queryKeys';
import { isWorking } from '../compiling';

/** The dialogue's latest theme suggestions; asked again every second while the run is queued or running. */
export const themeSuggestionsQuery = (dialogueId: string) =>
  queryOptions<ThemeSuggestionsDto, ApiProblem>({
    queryKey: queryKeys.themeSuggestions(dialogueId),
    queryFn: ({ signal }) => call(() => themeSuggestionsClient.getThemeSuggestions(dialogueId, signal)),
    refetchInterval: (query) => (isWorking(query.state.data?.run) ? 1000 : false),
  });

export const useThemeSuggestions = (dialogueId: string) => useQuery(themeSuggestionsQuery(dialogueId));
