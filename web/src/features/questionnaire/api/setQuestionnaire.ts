import { mutationOptions, type QueryClient } from '@tanstack/react-query';
import type * as Client from '../../../api/client';
import type { QuestionDto, QuestionInput } from '../../../components/map/contract';
import { call, dialoguesClient, type ApiProblem } from '../../../api/http';
import { queryKeys } from '../../../lib/queryKeys';
import type { DraftQuestion } from '../questionnaire';

/**
 * The whole questionnaire in one PUT, while the dialogue is a draft. `draft` is the editor's own state as sent (not
 * sent: it lets a refusal find the questions its field errors are about).
 */
export const setQuestionnaireMutation = (queryClient: QueryClient, dialogueId: string) =>
  mutationOptions<QuestionDto[], ApiProblem, { questions: QuestionInput[]; draft: DraftQuestion[] }>({
    // TEMPORARY casts until the generated client knows the map kind (components/map/contract.ts).
    mutationFn: ({ questions }) =>
      call(() => dialoguesClient.setQuestionnaire(dialogueId, { questions: questions as Client.QuestionInput[] })) as Promise<QuestionDto[]>,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.staffDialogue(dialogueId) }),
  });
