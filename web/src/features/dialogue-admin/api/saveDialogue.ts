import { mutationOptions, type QueryClient } from '@tanstack/react-query';
import type { AddSessionRequest, AnnounceDialogueRequest } from '../../../api/client';
import { ApiProblem, call, dialoguesClient, toApiProblem } from '../../../api/http';
import { queryKeys } from '../../../lib/queryKeys';
import { fieldPath, parseFieldPath } from '../../../lib/problems';

/** What the dialogue form sends: the dialogue (new, or an edit of `id`), and for a new one optionally its first session. */
export interface SaveDialogue {
  id?: string;
  dialogue: AnnounceDialogueRequest;
  session?: AddSessionRequest;
}

/**
 * A refusal of the first session, its field errors named by their path in what the form sent (`session.title`), so
 * they stay apart from the dialogue's own `title`.
 */
function asSessionProblem(error: unknown): ApiProblem {
  const problem = toApiProblem(error);
  return new ApiProblem({
    ...problem,
    fieldErrors: problem.fieldErrors.map((e) => ({ ...e, field: fieldPath(['session', ...parseFieldPath(e.field)]) })),
  });
}

/** A new dialogue written as a draft (and its first session added), or an edited one saved; the lists follow. */
export const saveDialogueMutation = (queryClient: QueryClient) =>
  mutationOptions<{ id: string }, ApiProblem, SaveDialogue>({
    mutationFn: async ({ id, dialogue, session }) => {
      if (id) {
        await call(() => dialoguesClient.editDialogue(id, dialogue));
        return { id };
      }
      const created = await call(() => dialoguesClient.announceDialogue(dialogue));
      if (session) {
        await dialoguesClient.addSession(created.id, session).catch((error: unknown) => {
          throw asSessionProblem(error);
        });
      }
      return { id: created.id };
    },
    onSuccess: async ({ id }) => {
      await queryClient.invalidateQueries({ queryKey: queryKeys.staffDialogues.all });
      await queryClient.invalidateQueries({ queryKey: queryKeys.staffDialogue(id) });
    },
  });
