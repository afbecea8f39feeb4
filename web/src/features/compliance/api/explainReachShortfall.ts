import { mutationOptions, useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { ReachExplanationDto, TargetGroup } from '../../../api/client';
import { call, complianceClient, type ApiProblem } from '../../../api/http';
import { queryKeys } from '../../../lib/queryKeys';

/** An official's explanation of why a target group was reached less than expected (promise Q4); the checklists follow. */
export const explainReachShortfallMutation = (queryClient: QueryClient, dialogueId: string) =>
  mutationOptions<ReachExplanationDto, ApiProblem, { group: TargetGroup; explanation: string }>({
    mutationFn: ({ group, explanation }) => call(() => complianceClient.explainReachShortfall(dialogueId, group, { explanation })),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.compliance.all });
      void queryClient.invalidateQueries({ queryKey: queryKeys.transparency.all });
    },
  });

export const useExplainReachShortfall = (dialogueId: string, onSuccess: (sent: { group: TargetGroup; explanation: string }) => void) => {
  const options = explainReachShortfallMutation(useQueryClient(), dialogueId);
  return useMutation({
    ...options,
    onSuccess: (data, sent, context, meta) => {
      onSuccess(sent);
      return options.onSuccess?.(data, sent, context, meta);
    },
  });
};
