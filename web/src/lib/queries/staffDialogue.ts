import { queryOptions, useQuery } from '@tanstack/react-query';
import type { DialogueDetails } from '../../api/client';
import { call, dialoguesClient, type ApiProblem } from '../../api/http';
import { queryKeys } from '../queryKeys';

/** A dialogue as staff see it: the edit, opinions, results and decision pages all read this one query. */
export const staffDialogueQuery = (id: string) =>
  queryOptions<DialogueDetails, ApiProblem>({
    queryKey: queryKeys.staffDialogue(id),
    queryFn: ({ signal }) => call(() => dialoguesClient.getStaffDialogue(id, signal)),
  });

export const useStaffDialogue = (id: string, { enabled = true }: { enabled?: boolean } = {}) => useQuery({ ...staffDialogueQuery(id), enabled });
