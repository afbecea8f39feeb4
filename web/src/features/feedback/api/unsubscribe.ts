import { mutationOptions, useMutation } from '@tanstack/react-query';
import { call, feedbackClient, type ApiProblem } from '../../../api/http';

/** The address behind a feedback e-mail's link deleted: no more e-mails about that dialogue. */
export const unsubscribeMutation = (token: string) =>
  mutationOptions<void, ApiProblem>({ mutationFn: () => call(() => feedbackClient.unsubscribeFromFeedback(token)) });

export const useUnsubscribe = (token: string) => useMutation(unsubscribeMutation(token));
