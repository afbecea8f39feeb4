// Words for the municipality's promises (MISSION.md, Q1–Q5), shared by the public transparency page and the staff
// compliance dashboard: the API names each promise and where it stands in codes.
import type { CompliancePromise, EvidenceLine, EvidenceLinkKind, ItemState, TargetGroup } from '../api/client';
import { groupKey, type MessageKey } from '../i18n/catalogue';
import { formatNumber, formatPercent, formatPlainDate } from './format';

/** The promises in the order of the promise itself. */
export const compliancePromises: readonly CompliancePromise[] = ['q1Heard', 'q2Basis', 'q3aInformed', 'q3bFacts', 'q4Reach', 'q5Feedback'];

/** Where a promise can stand for one dialogue. */
export const itemStates: readonly ItemState[] = ['met', 'notMet', 'notYetDue', 'notApplicable'];

/** "Q1 Alla har rätt att bli hörda" … */
export const promiseKey = (promise: CompliancePromise) => `compliance.promise.${promise}` satisfies MessageKey;

/** "Uppfyllt", "Inte uppfyllt", "Inte aktuellt än", "Inställd". */
export const itemStateKey = (state: ItemState) => `compliance.state.${state}` satisfies MessageKey;

/** "Öppen 1 december 2026–31 december 2026: 30 dagar (minst 14)." — a line of evidence in the UI's language. */
export const evidenceKey = (line: EvidenceLine) => `compliance.evidence.${line.code}` satisfies MessageKey;

/** "Dialogens sida", "Återkopplingen", "Flödet (Atom)". */
export const evidenceLinkKey = (kind: EvidenceLinkKind) => `compliance.evidenceLink.${kind}` satisfies MessageKey;

type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

/**
 * A line of evidence in words. The API names each parameter by what it holds (see EvidenceLine in the contract): a
 * name ending in "On" is a day, one ending in "Share" a fraction, "group" a target group's code, "explanation" the
 * official's own words, and every other one a number.
 */
export function evidenceText(line: EvidenceLine, t: Translate, locale: string): string {
  const params: Record<string, string> = {};
  for (const [name, value] of Object.entries(line.params)) params[name] = evidenceParam(name, value, t, locale);
  return t(evidenceKey(line), params);
}

function evidenceParam(name: string, value: string, t: Translate, locale: string): string {
  if (name === 'group') return t(groupKey(value as TargetGroup));
  if (name === 'explanation') return value;
  if (name.endsWith('On') && /^\d{4}-\d{2}-\d{2}$/.test(value)) return formatPlainDate(value, locale);
  const number = Number(value);
  if (value === '' || Number.isNaN(number)) return value;
  return name.toLowerCase().endsWith('share')
    ? formatPercent(number, locale)
    : formatNumber(number, locale, 1);
}
