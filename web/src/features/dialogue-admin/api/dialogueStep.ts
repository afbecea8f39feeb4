import { mutationOptions, useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { call, dialoguesClient, type ApiProblem } from '../../../api/http';
import { queryKeys } from '../../../lib/queryKeys';

/** The steps a row of the staff list takes: publish (announce), open, close, or cancel with a reason. */
export type DialogueStep = { step: 'publish' | 'open' | 'close' } | { step: 'cancel'; reason: string };

/** One step of a dialogue's life; the staff list and the public list follow. */
export const dialogueStepMutation = (queryClient: QueryClient, dialogueId: string) =>
  mutationOptions<unknown, ApiProblem, DialogueStep>({
    mutationFn: (step) =>
      call(() => {
        switch (step.step) {
          case 'publish':
            return dialoguesClient.publishDialogue(dialogueId);
          case 'open':
            return dialoguesClient.openDialogue(dialogueId);
          case 'close':
            return dialoguesClient.closeDialogue(dialogueId);
          case 'cancel':
            return dialoguesClient.cancelDialogue(dialogueId, { reason: step.reason });
        }
      }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.staffDialogues.all });
      void queryClient.invalidateQueries({ queryKey: queryKeys.dialogues.all });
    },
  });

export const useDialogueStep = (dialogueId: string) => useMutation(dialogueStepMutation(useQueryClient(), dialogueId));
