import { mutationOptions, useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { ThemeSuggestionsDto } from '../../../api/client';
import { call, themeSuggestionsClient, type ApiProblem } from '../../../api/http';
import { queryKeys } from '../../../lib/queryKeys';
import { afterTagging } from './taggings';

/** What staff do with one suggestion. */
export type SuggestionDecision =
  | { kind: 'rename'; id: string; name: string }
  | { kind: 'accept'; id: string; name?: string }
  | { kind: 'merge'; id: string; suggestionIds: string[] }
  | { kind: 'split'; id: string }
  | { kind: 'reject'; id: string }
  | { kind: 'reopen'; id: string };

function send(d: SuggestionDecision): Promise<ThemeSuggestionsDto> {
  const c = themeSuggestionsClient;
  switch (d.kind) {
    case 'rename':
      return c.renameThemeSuggestion(d.id, { name: d.name });
    case 'accept':
      return c.acceptThemeSuggestion(d.id, { name: d.name ?? null });
    case 'merge':
      return c.mergeThemeSuggestions(d.id, { suggestionIds: d.suggestionIds });
    case 'split':
      return c.splitThemeSuggestion(d.id);
    case 'reject':
      return c.rejectThemeSuggestion(d.id);
    case 'reopen':
      return c.reopenThemeSuggestion(d.id);
  }
}

/** A suggestion renamed, accepted (a theme and one undoable tagging), merged, split, rejected or proposed again; the
 * answer is the run as it now stands. Accepting tags opinions, so the result is read again. */
export const decideSuggestionMutation = (queryClient: QueryClient, dialogueId: string) =>
  mutationOptions<ThemeSuggestionsDto, ApiProblem, SuggestionDecision>({
    mutationFn: (decision) => call(() => send(decision)),
    onSuccess: async (data, decision) => {
      queryClient.setQueryData(queryKeys.themeSuggestions(dialogueId), data);
      if (decision.kind === 'accept') await afterTagging(queryClient, dialogueId);
    },
  });

export const useDecideSuggestion = (dialogueId: string) => useMutation(decideSuggestionMutation(useQueryClient(), dialogueId));
