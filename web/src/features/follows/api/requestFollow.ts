import { mutationOptions } from '@tanstack/react-query';
import type { RequestFollowRequest, RequestFollowResponse } from '../../../api/client';
import { call, followsClient, type ApiProblem } from '../../../api/http';

/** Follow a dialogue or new dialogues by e-mail: a confirmation mail is sent (the same answer whether or not the address already follows). */
export const requestFollowMutation = () =>
  mutationOptions<RequestFollowResponse, ApiProblem, RequestFollowRequest>({
    mutationFn: (body) => call(() => followsClient.requestFollow(body)),
  });
