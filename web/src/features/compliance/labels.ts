// The staff dashboard's helpers: the filters in the address, the counts in words, and which target groups still
// need an explanation (promise Q4).
import type { DialogueStatus } from '../../api/client';
import type { MessageKey } from '../../i18n/catalogue';

type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

export const dialogueStatuses: readonly DialogueStatus[] = ['draft', 'announced', 'open', 'closed', 'decided', 'feedbackPublished', 'cancelled'];

/** The dashboard's filters, kept in the address as ?ar=2026&namnd=…&status=open. */
export interface ComplianceFilter {
  year?: number;
  committee?: string;
  status?: DialogueStatus;
}

export function readFilter(params: URLSearchParams): ComplianceFilter {
  const year = params.get('ar');
  const committee = params.get('namnd')?.trim();
  const status = params.get('status');
  return {
    year: year && /^\d{4}$/.test(year) ? Number(year) : undefined,
    committee: committee || undefined,
    status: dialogueStatuses.includes(status as DialogueStatus) ? (status as DialogueStatus) : undefined,
  };
}

export function filterParams(filter: ComplianceFilter): URLSearchParams {
  const params = new URLSearchParams();
  if (filter.year !== undefined) params.set('ar', String(filter.year));
  if (filter.committee) params.set('namnd', filter.committee);
  if (filter.status) params.set('status', filter.status);
  return params;
}

/** "2 inte uppfyllda, 1 snart försenad" — or that nothing is missed or about to be. */
export function countsText(counts: { notMet: number; aboutToBeMissed: number }, t: Translate): string {
  if (counts.notMet === 0 && counts.aboutToBeMissed === 0) return t('compliance.allWell');
  const notMet = t('compliance.notMet', { count: counts.notMet });
  const soon = t('compliance.soon', { count: counts.aboutToBeMissed });
  return `${notMet}, ${soon}`;
}

