import { mutationOptions, useMutation } from '@tanstack/react-query';
import type { ReportOpinionResponse, ReportReason } from '../../../api/client';
import { call, moderationClient, type ApiProblem } from '../../../api/http';
import { reporterKey } from '../../../lib/reporterKey';

/** A public opinion reported, with this browser's anonymous key (one report per opinion and key). */
export const reportOpinionMutation = (opinionId: string) =>
  mutationOptions<ReportOpinionResponse, ApiProblem, ReportReason>({
    mutationFn: (reason) => call(() => moderationClient.reportOpinion(opinionId, { reason, reporterKey: reporterKey() })),
  });

export const useReportOpinion = (opinionId: string, handlers: { onSuccess: () => void; onError: (problem: ApiProblem) => void }) =>
  useMutation({ ...reportOpinionMutation(opinionId), ...handlers });
