import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ReceiptDto } from '../../../api/client';
import { call, opinionsClient, type ApiProblem } from '../../../api/http';
import { queryKeys } from '../../../lib/queryKeys';

/** The private receipt of an opinion, by its token (a wrong token is a 404, not worth asking again). */
export const receiptQuery = (token: string) =>
  queryOptions<ReceiptDto, ApiProblem>({
    queryKey: queryKeys.receipt(token),
    queryFn: ({ signal }) => call(() => opinionsClient.getReceipt(token, signal)),
    retry: false,
  });

export const useReceipt = (token: string) => useQuery(receiptQuery(token));
