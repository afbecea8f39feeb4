import { mutationOptions, type QueryClient } from '@tanstack/react-query';
import type { PublishFeedbackRequest, PublishFeedbackResponse, StaffFeedbackDto } from '../../../api/client';
import { call, feedbackClient, type ApiProblem } from '../../../api/http';
import { queryKeys } from '../../../lib/queryKeys';

/** The feedback published (once) and its e-mails queued; the dialogue has taken its last step. */
export const publishFeedbackMutation = (queryClient: QueryClient, dialogueId: string) =>
  mutationOptions<PublishFeedbackResponse, ApiProblem, PublishFeedbackRequest>({
    mutationFn: (body) => call(() => feedbackClient.publishFeedback(dialogueId, body)),
    onSuccess: (response, body) => {
      queryClient.setQueryData<StaffFeedbackDto>(queryKeys.staffFeedback(dialogueId), (old) =>
        old
          ? {
              ...old,
              feedbackId: response.feedbackId,
              text: body.text,
              pressSummary: response.pressSummary,
              publishedAt: new Date().toISOString(),
              delivery: { queued: response.emailsQueued, sent: 0, failed: 0 },
            }
          : old,
      );
      void queryClient.invalidateQueries({ queryKey: queryKeys.staffFeedback(dialogueId) });
      void queryClient.invalidateQueries({ queryKey: queryKeys.staffDialogue(dialogueId) });
      void queryClient.invalidateQueries({ queryKey: queryKeys.staffDialogues.all });
    },
  });
