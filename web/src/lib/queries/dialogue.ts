import { queryOptions, useQuery } from '@tanstack/react-query';
import type { DialogueDetails } from '../../api/client';
import { call, dialoguesClient, type ApiProblem } from '../../api/http';
import { queryKeys } from '../queryKeys';

/** A published dialogue by its slug, as the public pages show it (its page, the opinion form, the feedback). */
export const dialogueQuery = (slug: string) =>
  queryOptions<DialogueDetails, ApiProblem>({
    queryKey: queryKeys.dialogue(slug),
    queryFn: ({ signal }) => call(() => dialoguesClient.getDialogueBySlug(slug, signal)),
    retry: (count, problem) => problem.status >= 500 && count < 2,
  });

export const useDialogue = (slug: string) => useQuery(dialogueQuery(slug));
