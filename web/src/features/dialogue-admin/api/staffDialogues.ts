import { queryOptions, useQuery } from '@tanstack/react-query';
import type { DialogueStatus, StaffDialogueRow } from '../../../api/client';
import { call, dialoguesClient, type ApiProblem } from '../../../api/http';
import { queryKeys } from '../../../lib/queryKeys';

/** The dialogues staff work on, by status and (optionally) only the signed-in official's own. */
export const staffDialoguesQuery = (status: DialogueStatus | '', mine: boolean) =>
  queryOptions<StaffDialogueRow[], ApiProblem>({
    queryKey: queryKeys.staffDialogues.list(status, mine),
    queryFn: ({ signal }) => call(() => dialoguesClient.listStaffDialogues(status || undefined, mine, signal)),
  });

export const useStaffDialogues = (status: DialogueStatus | '', mine: boolean) => useQuery(staffDialoguesQuery(status, mine));
