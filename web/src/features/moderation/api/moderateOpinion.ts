import { mutationOptions, useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { ModeratedOpinionDto } from '../../../api/client';
import { call, moderationClient, type ApiProblem } from '../../../api/http';
import { queryKeys } from '../../../lib/queryKeys';

/** What a moderator does with an opinion: approve, hide (with a public reason), spam, or mark for a police report (with a note). */
export type Moderation = { action: 'approve' | 'spam' } | { action: 'hide'; publicReason: string } | { action: 'police'; note: string };

/** One moderation step; the queue and the log are read again. */
export const moderateOpinionMutation = (queryClient: QueryClient, opinionId: string) =>
  mutationOptions<ModeratedOpinionDto, ApiProblem, Moderation>({
    mutationFn: (step) =>
      call(() => {
        switch (step.action) {
          case 'approve':
            return moderationClient.approveOpinion(opinionId, { note: null });
          case 'hide':
            return moderationClient.hideOpinion(opinionId, { publicReason: step.publicReason });
          case 'spam':
            return moderationClient.markOpinionAsSpam(opinionId, { note: null });
          case 'police':
            return moderationClient.markForPoliceReport(opinionId, { note: step.note });
        }
      }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: queryKeys.moderation.all }),
  });

export const useModerateOpinion = (opinionId: string, onSuccess: (data: ModeratedOpinionDto, step: Moderation) => void) => {
  const options = moderateOpinionMutation(useQueryClient(), opinionId);
  return useMutation({
    ...options,
    onSuccess: (data, step, context, meta) => {
      onSuccess(data, step);
      return options.onSuccess?.(data, step, context, meta);
    },
  });
};
