import { mutationOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { call, webhooksClient, type ApiProblem } from '../../../api/http';
import { queryKeys } from '../../../lib/queryKeys';

/** Deletes an endpoint and its delivery log. */
export const deleteWebhookEndpointMutation = (queryClient: ReturnType<typeof useQueryClient>) =>
  mutationOptions<void, ApiProblem, string>({
    mutationFn: (id) => call(() => webhooksClient.deleteWebhookEndpoint(id)),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: queryKeys.webhooks.all }),
  });

export const useDeleteWebhookEndpoint = () => useMutation(deleteWebhookEndpointMutation(useQueryClient()));
