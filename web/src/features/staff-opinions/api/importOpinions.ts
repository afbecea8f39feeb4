import { mutationOptions, useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { ImportOpinionsResponse } from '../../../api/client';
import { call, opinionsClient, type ApiProblem } from '../../../api/http';
import { queryKeys } from '../../../lib/queryKeys';

/** A CSV file of offline opinions: checked (a dry run) or imported; an import changes the reach and the count. */
export const importOpinionsMutation = (queryClient: QueryClient, dialogueId: string) =>
  mutationOptions<ImportOpinionsResponse, ApiProblem, { file: File; dryRun: boolean }>({
    mutationFn: ({ file, dryRun }) => call(() => opinionsClient.importOpinions(dialogueId, dryRun, { data: file, fileName: file.name })),
    onSuccess: async (_result, { dryRun }) => {
      if (dryRun) return;
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.reach(dialogueId) }),
        queryClient.invalidateQueries({ queryKey: queryKeys.staffDialogue(dialogueId) }),
      ]);
    },
  });

export const useImportOpinions = (dialogueId: string) => useMutation(importOpinionsMutation(useQueryClient(), dialogueId));
