import { mutationOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { WebhookSecretResponse } from '../../../api/client';
import { call, webhooksClient, type ApiProblem } from '../../../api/http';
import { queryKeys } from '../../../lib/queryKeys';

/** A new secret for an endpoint, shown this once (the old one signs beside it for a day). */
export const rotateWebhookSecretMutation = (queryClient: ReturnType<typeof useQueryClient>) =>
  mutationOptions<WebhookSecretResponse, ApiProblem, string>({
    mutationFn: (id) => call(() => webhooksClient.rotateWebhookSecret(id)),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: queryKeys.webhooks.all }),
  });

export const useRotateWebhookSecret = () => useMutation(rotateWebhookSecretMutation(useQueryClient()));
