import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { ComplianceDashboard } from '../../../api/client';
import { call, complianceClient, type ApiProblem } from '../../../api/http';
import { queryKeys } from '../../../lib/queryKeys';
import type { ComplianceFilter } from '../labels';

/** Every dialogue's checklist of the promises, filtered by year, committee and status. */
export const complianceDashboardQuery = (filter: ComplianceFilter) =>
  queryOptions<ComplianceDashboard, ApiProblem>({
    queryKey: queryKeys.compliance.dashboard(filter.year ?? null, filter.committee ?? null, filter.status ?? null),
    queryFn: ({ signal }) => call(() => complianceClient.getComplianceDashboard(filter.year, filter.committee, filter.status, signal)),
    placeholderData: keepPreviousData,
  });

export const useComplianceDashboard = (filter: ComplianceFilter) => useQuery(complianceDashboardQuery(filter));
