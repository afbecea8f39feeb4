import { useQuery } from '@tanstack/react-query';
import type { TransparencyReport } from '../../api/client';
import { call, complianceClient, type ApiProblem } from '../../api/http';

/** The public yearly report (anonymous): key figures, who took part, and every dialogue's checklist. */
export function useTransparencyReport(year: number) {
  return useQuery<TransparencyReport, ApiProblem>({
    queryKey: ['transparency', year],
    queryFn: ({ signal }) => call(() => complianceClient.getTransparencyReport(year, signal)),
  });
}

/** The same report as CSV, for the download link. */
export const transparencyCsvUrl = (year: number) => `/api/transparency/${year}.csv`;
