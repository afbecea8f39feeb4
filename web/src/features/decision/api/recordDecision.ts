import { mutationOptions, type QueryClient } from '@tanstack/react-query';
import type { DecisionDto, RecordDecisionRequest, StaffFeedbackDto } from '../../../api/client';
import { call, feedbackClient, type ApiProblem } from '../../../api/http';
import { queryKeys } from '../../../lib/queryKeys';

/** The committee's decision recorded (once); the page shows it at once and reads the feedback again. */
export const recordDecisionMutation = (queryClient: QueryClient, dialogueId: string) =>
  mutationOptions<DecisionDto, ApiProblem, RecordDecisionRequest>({
    mutationFn: (body) => call(() => feedbackClient.recordDecision(dialogueId, body)),
    onSuccess: (saved) => {
      queryClient.setQueryData<StaffFeedbackDto>(queryKeys.staffFeedback(dialogueId), (old) => (old ? { ...old, decision: saved } : old));
      void queryClient.invalidateQueries({ queryKey: queryKeys.staffFeedback(dialogueId) });
    },
  });
