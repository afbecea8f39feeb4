import { mutationOptions, useMutation } from '@tanstack/react-query';
import type { PoliceReportExport } from '../../../api/client';
import { call, moderationClient, type ApiProblem } from '../../../api/http';

/** The documentation for a police report: the opinion, its hits, reports and log. */
export const policeReportMutation = (opinionId: string) =>
  mutationOptions<PoliceReportExport, ApiProblem>({ mutationFn: () => call(() => moderationClient.exportPoliceReport(opinionId)) });

export const usePoliceReport = (opinionId: string, onSuccess: (data: PoliceReportExport) => void) =>
  useMutation({ ...policeReportMutation(opinionId), onSuccess });
