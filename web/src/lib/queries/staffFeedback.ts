import { queryOptions, useQuery } from '@tanstack/react-query';
import type { StaffFeedbackDto } from '../../api/client';
import { call, feedbackClient, type ApiProblem } from '../../api/http';
import { queryKeys } from '../queryKeys';

/** The decision and feedback of a dialogue for staff (the results page asks it whether the decision is recorded). */
export const staffFeedbackQuery = (dialogueId: string) =>
  queryOptions<StaffFeedbackDto, ApiProblem>({
    queryKey: queryKeys.staffFeedback(dialogueId),
    queryFn: ({ signal }) => call(() => feedbackClient.getStaffFeedback(dialogueId, signal)),
  });

export const useStaffFeedback = (dialogueId: string, options: { refetchInterval?: (data: StaffFeedbackDto | undefined) => number | false } = {}) =>
  useQuery({
    ...staffFeedbackQuery(dialogueId),
    refetchInterval: options.refetchInterval ? (query) => options.refetchInterval!(query.state.data) : undefined,
  });
