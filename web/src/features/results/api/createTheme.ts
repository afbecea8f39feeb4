import { mutationOptions, useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { ThemeDto } from '../../../api/client';
import { call, resultsClient, type ApiProblem } from '../../../api/http';
import { queryKeys } from '../../../lib/queryKeys';

/** A new theme to group the dialogue's opinions under; the result's counts are read again. */
export const createThemeMutation = (queryClient: QueryClient, dialogueId: string) =>
  mutationOptions<ThemeDto, ApiProblem, { name: string }>({
    mutationFn: (body) => call(() => resultsClient.createTheme(dialogueId, body)),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.result(dialogueId) }),
  });

export const useCreateTheme = (dialogueId: string) => useMutation(createThemeMutation(useQueryClient(), dialogueId));
