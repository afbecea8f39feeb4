import { mutationOptions, useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { ReceiptDto } from '../../../api/client';
import { call, opinionsClient, type ApiProblem } from '../../../api/http';
import { queryKeys } from '../../../lib/queryKeys';

/** The resident takes the opinion back (while the dialogue is open); the receipt shows it at once. */
export const withdrawOpinionMutation = (queryClient: QueryClient, token: string) =>
  mutationOptions<ReceiptDto, ApiProblem>({
    mutationFn: () => call(() => opinionsClient.withdrawOpinion(token)),
    onSuccess: (receipt) => queryClient.setQueryData(queryKeys.receipt(token), receipt),
  });

export const useWithdrawOpinion = (token: string) => useMutation(withdrawOpinionMutation(useQueryClient(), token));
