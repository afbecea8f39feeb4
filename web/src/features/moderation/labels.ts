// The moderators' words for what the API says in codes: why an opinion waits, what was done, what the check found.
import type { ContentCategory, ContentHit, ModerationAction, ModerationQueuePage, ModerationStatus, QueueReason } from '../../api/client';
import type { MessageKey } from '../../i18n/catalogue';

import { formatNumber } from '../../lib/format';
type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

export const queueReasonKey = (reason: QueueReason) => `moderation.reason.${reason}` satisfies MessageKey;
export const actionKey = (action: ModerationAction) => `moderation.action.${action}` satisfies MessageKey;
export const categoryKey = (category: ContentCategory) => `moderation.category.${category}` satisfies MessageKey;
export const moderationStatusKey = (status: ModerationStatus) => `moderation.status.${status}` satisfies MessageKey;

// The API names the kind of personal data it found (in Swedish), never the data itself.
const personalDataKinds: Record<string, MessageKey> = {
  telefonnummer: 'moderation.personalData.phone',
  personnummer: 'moderation.personalData.personnummer',
  'e-postadress': 'moderation.personalData.email',
};

/** One hit of the automatic check: a lexicon phrase in quotes, or the kind of personal data; then its category. */
export function hitText(hit: ContentHit, t: Translate): string {
  const kind = personalDataKinds[hit.term.toLowerCase()];
  const term = hit.category === 'personalData' ? (kind ? t(kind) : hit.term) : t('moderation.quoted', { term: hit.term });
  return `${term} (${t(categoryKey(hit.category))})`;
}

/** How long an item has waited, in whole hours (days from two days on). */
export function waitedText(hours: number, t: Translate): string {
  if (hours < 1) return t('moderation.waited.lessThanHour');
  const whole = Math.floor(hours);
  if (whole < 48) return t('moderation.waited.hours', { count: whole });
  return t('moderation.waited.days', { days: Math.floor(whole / 24), count: whole });
}

/** Hours as a number in the locale ("24", "0,5"). */
export function hoursText(hours: number, t: Translate, locale: string): string {
  return t('moderation.hours', { count: hours, hours: formatNumber(hours, locale, 1) });
}

/** "3 väntar, 1 över svarstiden på 24 timmar" — or that nothing waits. */
export function queueSummary(page: Pick<ModerationQueuePage, 'total' | 'overdue' | 'responseTimeHours'>, t: Translate, locale: string): string {
  if (page.total === 0) return t('moderation.summary.none');
  return t('moderation.summary', { total: page.total, overdue: page.overdue, hours: hoursText(page.responseTimeHours, t, locale) });
}

/**
 * A short reference to an opinion for people to read and compare. The ids are UUID version 7, whose first characters
 * are a timestamp (shared by opinions sent the same minute), so the short form is the random end.
 */
export function shortId(id: string): string {
  return id.replace(/-/g, '').slice(-8);
}

/** The file name of a police report's documentation. */
export const policeReportFileName = (opinionId: string) => `polisanmalan-${opinionId}.json`;
