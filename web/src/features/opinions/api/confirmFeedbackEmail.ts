import { mutationOptions, useMutation } from '@tanstack/react-query';
import { call, opinionsClient, type ApiProblem } from '../../../api/http';

/** The feedback address confirmed from the link in the e-mail (double opt-in). */
export const confirmFeedbackEmailMutation = (token: string) =>
  mutationOptions<void, ApiProblem>({ mutationFn: () => call(() => opinionsClient.confirmFeedbackEmail(token)) });

export const useConfirmFeedbackEmail = (token: string) => useMutation(confirmFeedbackEmailMutation(token));
