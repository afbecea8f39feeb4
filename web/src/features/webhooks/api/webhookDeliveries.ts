import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { WebhookDeliveriesPage } from '../../../api/client';
import { call, webhooksClient, type ApiProblem } from '../../../api/http';
import { queryKeys } from '../../../lib/queryKeys';

export const deliveriesPageSize = 20;

/** One page of an endpoint's delivery log, newest first. */
export const webhookDeliveriesQuery = (endpointId: string, page: number) =>
  queryOptions<WebhookDeliveriesPage, ApiProblem>({
    queryKey: queryKeys.webhooks.deliveries(endpointId, page),
    queryFn: ({ signal }) => call(() => webhooksClient.listWebhookDeliveries(endpointId, page, deliveriesPageSize, signal)),
    placeholderData: keepPreviousData,
  });

export const useWebhookDeliveries = (endpointId: string, page: number) => useQuery(webhookDeliveriesQuery(endpointId, page));
