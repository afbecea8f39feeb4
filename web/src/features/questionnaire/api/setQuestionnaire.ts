import { mutationOptions, type QueryClient } from '@tanstack/react-query';
import type { QuestionDto, QuestionInput } from '../../../api/client';
import { call, dialoguesClient, type ApiProblem } from '../../../api/http';
import { queryKeys } from '../../../lib/queryKeys';
import type { DraftQuestion } from '../questionnaire';

/**
 * The whole questionnaire in one PUT, while the dialogue is a draft. `draft` is the editor's own state as sent (not
 * sent: it lets a refusal find the questions its field errors are about).
 */
export const setQuestionnaireMutation = (queryClient: QueryClient, dialogueId: string) =>
  mutationOptions<QuestionDto[], ApiProblem, { questions: QuestionInput[]; draft: DraftQuestion[] }>({
    mutationFn: ({ questions }) => call(() => dialoguesClient.setQuestionnaire(dialogueId, { questions })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.staffDialogue(dialogueId) }),
  });
