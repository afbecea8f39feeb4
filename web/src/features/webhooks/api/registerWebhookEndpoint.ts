import { mutationOptions, type QueryClient } from '@tanstack/react-query';
import type { RegisterWebhookEndpointRequest, WebhookSecretResponse } from '../../../api/client';
import { call, webhooksClient, type ApiProblem } from '../../../api/http';
import { queryKeys } from '../../../lib/queryKeys';

/** Registers an endpoint; the answer carries its secret, shown this once. The list is read again. */
export const registerWebhookEndpointMutation = (queryClient: QueryClient) =>
  mutationOptions<WebhookSecretResponse, ApiProblem, RegisterWebhookEndpointRequest>({
    mutationFn: (body) => call(() => webhooksClient.registerWebhookEndpoint(body)),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: queryKeys.webhooks.all }),
  });
