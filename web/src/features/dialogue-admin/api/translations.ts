import { mutationOptions, type QueryClient } from '@tanstack/react-query';
import type { DialogueTranslationDto, SetDialogueTranslationRequest } from '../../../api/client';
import { call, dialoguesClient, type ApiProblem } from '../../../api/http';
import { queryKeys } from '../../../lib/queryKeys';

/** The dialogue's texts in one other language, added or replaced; the edit page and the public page show them. */
export const setTranslationMutation = (queryClient: QueryClient, dialogueId: string, language: string) =>
  mutationOptions<DialogueTranslationDto, ApiProblem, SetDialogueTranslationRequest>({
    mutationFn: (body) => call(() => dialoguesClient.setDialogueTranslation(dialogueId, language, body)),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.staffDialogue(dialogueId) }),
  });

/** The dialogue's texts in one other language, removed: readers of it see the Swedish. */
export const removeTranslationMutation = (queryClient: QueryClient, dialogueId: string, language: string) =>
  mutationOptions<void, ApiProblem, void>({
    mutationFn: () => call(() => dialoguesClient.removeDialogueTranslation(dialogueId, language)),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.staffDialogue(dialogueId) }),
  });
