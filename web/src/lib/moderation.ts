// Words for moderation shared by the public dialogue page (reporting) and the moderators' queue (report counts).
import type { ReportReason } from '../api/client';
import type { MessageKey } from '../i18n/catalogue';

/** The reasons a resident can report a public opinion for, in the order the form offers them. */
export const reportReasons: readonly ReportReason[] = ['threatOrHate', 'personalData', 'spam', 'offTopic'];

export const reportReasonKey = (reason: ReportReason) => `report.reason.${reason}` satisfies MessageKey;

/** A wait in words: seconds under two minutes, whole minutes (rounded up) after that. */
export function waitInWords(seconds: number | undefined): { key: MessageKey; count: number } {
  const s = Math.max(1, Math.ceil(seconds ?? 60));
  if (s < 120) return { key: 'wait.seconds', count: s };
  return { key: 'wait.minutes', count: Math.ceil(s / 60) };
}
