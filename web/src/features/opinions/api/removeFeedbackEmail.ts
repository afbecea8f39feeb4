import { mutationOptions, useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { ReceiptDto } from '../../../api/client';
import { call, opinionsClient, type ApiProblem } from '../../../api/http';
import { queryKeys } from '../../../lib/queryKeys';

/** The resident's e-mail address for feedback removed; the receipt shows it at once. */
export const removeFeedbackEmailMutation = (queryClient: QueryClient, token: string) =>
  mutationOptions<ReceiptDto, ApiProblem>({
    mutationFn: () => call(() => opinionsClient.removeFeedbackEmail(token)),
    onSuccess: (receipt) => queryClient.setQueryData(queryKeys.receipt(token), receipt),
  });

export const useRemoveFeedbackEmail = (token: string) => useMutation(removeFeedbackEmailMutation(useQueryClient(), token));
