import { mutationOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { WebhookEndpointDto } from '../../../api/client';
import { call, webhooksClient, type ApiProblem } from '../../../api/http';
import { queryKeys } from '../../../lib/queryKeys';

/** Pauses or activates an endpoint (its address, description and events stay as they are). */
export const setWebhookActiveMutation = (queryClient: ReturnType<typeof useQueryClient>) =>
  mutationOptions<WebhookEndpointDto, ApiProblem, { endpoint: WebhookEndpointDto; active: boolean }>({
    mutationFn: ({ endpoint, active }) =>
      call(() =>
        webhooksClient.changeWebhookEndpoint(endpoint.id, { url: endpoint.url, description: endpoint.description ?? null, events: endpoint.events, active }),
      ),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: queryKeys.webhooks.all }),
  });

export const useSetWebhookActive = () => useMutation(setWebhookActiveMutation(useQueryClient()));
