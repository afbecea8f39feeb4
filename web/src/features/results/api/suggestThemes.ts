import { mutationOptions, useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { SuggestThemesRequest, ThemeSuggestionsDto } from '../../../api/client';
import { call, themeSuggestionsClient, type ApiProblem } from '../../../api/http';
import { queryKeys } from '../../../lib/queryKeys';

/** Theme suggestions asked for (worked in the background): the queued run is shown at once and then followed. */
export const suggestThemesMutation = (queryClient: QueryClient, dialogueId: string) =>
  mutationOptions<ThemeSuggestionsDto, ApiProblem, SuggestThemesRequest>({
    mutationFn: (body) => call(() => themeSuggestionsClient.suggestThemes(dialogueId, body)),
    onSuccess: (data) => queryClient.setQueryData(queryKeys.themeSuggestions(dialogueId), data),
  });

export const useSuggestThemes = (dialogueId: string) => useMutation(suggestThemesMutation(useQueryClient(), dialogueId));
