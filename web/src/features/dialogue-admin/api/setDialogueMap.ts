import { mutationOptions, type QueryClient } from '@tanstack/react-query';
import { call, dialoguesClient, type ApiProblem } from '../../../api/http';
import type { DialogueMapDto, SetDialogueMapRequest } from '../../../components/map/contract';
import { queryKeys } from '../../../lib/queryKeys';

// TEMPORARY: typed by hand until the generated client has setDialogueMap (components/map/contract.ts).
const client = dialoguesClient as unknown as { setDialogueMap(id: string, body: SetDialogueMapRequest): Promise<DialogueMapDto> };

/** The dialogue's map (its area, start view and named places) in one PUT, while it is a draft. */
export const setDialogueMapMutation = (queryClient: QueryClient, dialogueId: string) =>
  mutationOptions<DialogueMapDto, ApiProblem, SetDialogueMapRequest>({
    mutationFn: (body) => call(() => client.setDialogueMap(dialogueId, body)),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.staffDialogue(dialogueId) }),
  });
