import { queryOptions, useQuery } from '@tanstack/react-query';
import type { LocalMailList } from '../../../api/client';
import { call, emailClient, type ApiProblem } from '../../../api/http';
import { queryKeys } from '../../../lib/queryKeys';

/** The e-mail kept as files when no SMTP server is configured, newest first (administrators only). */
export const localMailQuery = () =>
  queryOptions<LocalMailList, ApiProblem>({
    queryKey: queryKeys.localMail.all,
    queryFn: ({ signal }) => call(() => emailClient.listLocalMail(signal)),
  });

export const useLocalMail = () => useQuery(localMailQuery());
