import { queryOptions, useQuery } from '@tanstack/react-query';
import type { WebhookEndpointDto } from '../../../api/client';
import { call, webhooksClient, type ApiProblem } from '../../../api/http';
import { queryKeys } from '../../../lib/queryKeys';

/** The registered webhook endpoints, newest first, without their secrets (administrators only). */
export const webhookEndpointsQuery = () =>
  queryOptions<WebhookEndpointDto[], ApiProblem>({
    queryKey: queryKeys.webhooks.endpoints,
    queryFn: ({ signal }) => call(() => webhooksClient.listWebhookEndpoints(signal)),
  });

export const useWebhookEndpoints = () => useQuery(webhookEndpointsQuery());
