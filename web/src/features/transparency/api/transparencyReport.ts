import { queryOptions, useQuery } from '@tanstack/react-query';
import type { TransparencyReport } from '../../../api/client';
import { call, complianceClient, type ApiProblem } from '../../../api/http';
import { queryKeys } from '../../../lib/queryKeys';

/** The public yearly report (anonymous): key figures, who took part, and every dialogue's checklist. */
export const transparencyReportQuery = (year: number) =>
  queryOptions<TransparencyReport, ApiProblem>({
    queryKey: queryKeys.transparency.year(year),
    queryFn: ({ signal }) => call(() => complianceClient.getTransparencyReport(year, signal)),
  });

export const useTransparencyReport = (year: number) => useQuery(transparencyReportQuery(year));

/** The same report as CSV, for the download link. */
export const transparencyCsvUrl = (year: number) => `/api/transparency/${year}.csv`;
