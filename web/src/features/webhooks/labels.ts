import type { DialogueEventKind } from '../../api/client';
import type { MessageKey } from '../../i18n/catalogue';

/** The steps an endpoint can be told of, in the order of a dialogue's life. */
export const eventKinds: readonly DialogueEventKind[] = ['announced', 'opened', 'sessionAdded', 'closingSoon', 'closed', 'decided', 'feedbackPublished', 'cancelled'];

export const eventLabel: Record<DialogueEventKind, MessageKey> = {
  announced: 'webhooks.event.announced',
  opened: 'webhooks.event.opened',
  sessionAdded: 'webhooks.event.sessionAdded',
  closingSoon: 'webhooks.event.closingSoon',
  closed: 'webhooks.event.closed',
  decided: 'webhooks.event.decided',
  feedbackPublished: 'webhooks.event.feedbackPublished',
  cancelled: 'webhooks.event.cancelled',
};

const errorLabels: Record<string, MessageKey> = {
  httpStatus: 'webhooks.error.httpStatus',
  timeout: 'webhooks.error.timeout',
  connectionFailed: 'webhooks.error.connectionFailed',
  privateAddress: 'webhooks.error.privateAddress',
};

/** The words for a delivery's last error kind; an unknown kind is shown as it is. */
export const errorLabel = (kind: string): MessageKey | undefined => errorLabels[kind];
