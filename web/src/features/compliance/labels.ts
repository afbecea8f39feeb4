// The staff dashboard's helpers: the filters in the address, the counts in words, and which target groups still
// need an explanation (promise Q4).
import type { DialogueStatus, TargetGroup } from '../../api/client';
import type { MessageKey } from '../../i18n/messages';

type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

export const dialogueStatuses: readonly DialogueStatus[] = ['draft', 'announced', 'open', 'closed', 'decided', 'feedbackPublished', 'cancelled'];

export const targetGroups: readonly TargetGroup[] = [
  'allResidents',
  'youngPeople',
  'olderPeople',
  'peopleWithDisabilities',
  'peopleBornAbroad',
  'businessOwners',
  'familiesWithChildren',
  'districtResidents',
];

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
  const notMet = counts.notMet === 1 ? t('compliance.notMet.one') : t('compliance.notMet', { count: counts.notMet });
  const soon = counts.aboutToBeMissed === 1 ? t('compliance.soon.one') : t('compliance.soon', { count: counts.aboutToBeMissed });
  return `${notMet}, ${soon}`;
}

/** "YoungPeople" → "youngPeople", when it names a target group. */
export function targetGroupOf(pascalCase: string): TargetGroup | undefined {
  const camel = pascalCase.charAt(0).toLowerCase() + pascalCase.slice(1);
  return targetGroups.includes(camel as TargetGroup) ? (camel as TargetGroup) : undefined;
}

/**
 * The target groups a Q4 item finds under-reached and not yet explained. The dashboard does not carry the dialogue's
 * target groups, so they are read from the evidence: such a line starts with the group's name ("YoungPeople: 10 % of
 * 40 who answered, configured share 20 %: under-reached, not explained.").
 */
export function unexplainedGroups(evidence: readonly string[]): TargetGroup[] {
  const groups: TargetGroup[] = [];
  for (const line of evidence) {
    // An explained shortfall reads "…: under-reached, explained: <the explanation>", whatever the explanation says.
    const match = /^([A-Z][A-Za-z]*): (?!.*\bexplained: ).*\bnot explained\.$/.exec(line.trim());
    const group = match ? targetGroupOf(match[1]) : undefined;
    if (group && !groups.includes(group)) groups.push(group);
  }
  return groups;
}
