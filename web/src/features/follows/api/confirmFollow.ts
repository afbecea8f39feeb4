import { mutationOptions, useMutation } from '@tanstack/react-query';
import type { ConfirmFollowResponse } from '../../../api/client';
import { call, followsClient, type ApiProblem } from '../../../api/http';

/** A follow confirmed with the token of the link in its mail; only when the resident presses the button (link scanners open links). */
export const confirmFollowMutation = (token: string) =>
  mutationOptions<ConfirmFollowResponse, ApiProblem>({ mutationFn: () => call(() => followsClient.confirmFollow({ token })) });

export const useConfirmFollow = (token: string) => useMutation(confirmFollowMutation(token));
