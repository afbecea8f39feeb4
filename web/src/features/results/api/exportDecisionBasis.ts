import { mutationOptions, useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { ExportDecisionBasisResponse } from '../../../api/client';
import { call, resultsClient, type ApiProblem } from '../../../api/http';
import { queryKeys } from '../../../lib/queryKeys';

/** The decision basis exported (HTML to print, CSV beside it); the result then knows when it was first exported. */
export const exportDecisionBasisMutation = (queryClient: QueryClient, dialogueId: string) =>
  mutationOptions<ExportDecisionBasisResponse, ApiProblem>({
    mutationFn: () => call(() => resultsClient.exportDecisionBasis(dialogueId)),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.result(dialogueId) }),
  });

export const useExportDecisionBasis = (dialogueId: string) => useMutation(exportDecisionBasisMutation(useQueryClient(), dialogueId));
