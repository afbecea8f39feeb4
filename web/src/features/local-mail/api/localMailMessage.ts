import { queryOptions, useQuery } from '@tanstack/react-query';
import type { LocalMailMessage } from '../../../api/client';
import { call, emailClient, type ApiProblem } from '../../../api/http';
import { queryKeys } from '../../../lib/queryKeys';

/** One kept e-mail, as its text. */
export const localMailMessageQuery = (id: string) =>
  queryOptions<LocalMailMessage, ApiProblem>({
    queryKey: queryKeys.localMail.message(id),
    queryFn: ({ signal }) => call(() => emailClient.getLocalMail(id, signal)),
  });

export const useLocalMailMessage = (id: string) => useQuery(localMailMessageQuery(id));
