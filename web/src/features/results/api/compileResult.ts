import { mutationOptions, type QueryClient } from '@tanstack/react-query';
import type { CompileResultRequest } from '../../../api/client';
import { call, resultsClient, type ApiProblem } from '../../../api/http';
import { queryKeys } from '../../../lib/queryKeys';

/** The result's summary and quotes saved (a form: useApiForm runs it). */
export const compileResultMutation = (queryClient: QueryClient, dialogueId: string) =>
  mutationOptions<void, ApiProblem, CompileResultRequest>({
    mutationFn: (body) => call(() => resultsClient.compileResult(dialogueId, body)),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.result(dialogueId) }),
  });
