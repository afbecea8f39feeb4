import { mutationOptions, type QueryClient } from '@tanstack/react-query';
import type { UploadFactDocumentResponse } from '../../../api/client';
import { call, dialoguesClient, type ApiProblem } from '../../../api/http';
import { queryKeys } from '../../../lib/queryKeys';

/** A fact document (PDF or picture) uploaded to a dialogue; its page lists it. */
export const uploadFactDocumentMutation = (queryClient: QueryClient, dialogueId: string) =>
  mutationOptions<UploadFactDocumentResponse, ApiProblem, { title: string; file: File }>({
    mutationFn: ({ title, file }) => call(() => dialoguesClient.uploadFactDocument(dialogueId, title, { data: file, fileName: file.name })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.staffDialogue(dialogueId) }),
  });
