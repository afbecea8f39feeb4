import { mutationOptions } from '@tanstack/react-query';
import type { SubmitOpinionRequest, SubmitOpinionResponse } from '../../../api/client';
import { call, opinionsClient, type ApiProblem } from '../../../api/http';

/** A resident's opinion, sent with an Idempotency-Key: sent again with the same body, it gets the first receipt. */
export const submitOpinionMutation = (dialogueId: string) =>
  mutationOptions<SubmitOpinionResponse, ApiProblem, { body: SubmitOpinionRequest; idempotencyKey: string }>({
    mutationFn: ({ body, idempotencyKey }) => call(() => opinionsClient.submitOpinion(dialogueId, body, idempotencyKey)),
  });
