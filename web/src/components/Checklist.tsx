// Pieces of a dialogue's checklist of promises (Q1–Q5), shared by the public transparency page and the staff
// compliance dashboard. Where a promise stands is always said in words; the colour of a badge only repeats it.
import type { EvidenceLine, ItemState } from '../api/client';
import { useI18n } from '../i18n/I18nProvider';
import { evidenceText, itemStateKey } from '../lib/compliance';
import { formatUtcDate } from '../lib/format';
import './checklist.css';

/** "Uppfyllt", "Inte uppfyllt", "Inte aktuellt än" or "Inställd", as a badge without icons. */
export function ItemStateBadge({ state }: { state: ItemState }) {
  const { t } = useI18n();
  return <span className={`badge badge--item-${state}`}>{t(itemStateKey(state))}</span>;
}

/** When a promise is due, or that no date is set yet. */
export function DueDate({ at }: { at?: string | null }) {
  const { t, locale } = useI18n();
  return at ? <time dateTime={at}>{formatUtcDate(at, locale)}</time> : <>{t('compliance.noDue')}</>;
}

/** Lines of evidence (codes and parameters from the API), in words of the UI's language. */
export function EvidenceList({ lines, className }: { lines: EvidenceLine[]; className?: string }) {
  const { t, locale } = useI18n();
  return (
    <ul className={className ?? 'evidence-list'}>
      {lines.map((line, i) => (
        <li key={i}>{evidenceText(line, t, locale)}</li>
      ))}
    </ul>
  );
}

/** The evidence a promise was judged on, folded away under "Underlag" (named with its promise for screen readers). */
export function Evidence({ lines, promise, open }: { lines: EvidenceLine[]; promise: string; open?: boolean }) {
  const { t } = useI18n();
  if (lines.length === 0) return null;
  return (
    <details className="evidence" open={open}>
      <summary>
        {t('compliance.evidence')}
        <span className="visually-hidden"> {t('compliance.evidenceFor', { promise })}</span>
      </summary>
      <EvidenceList lines={lines} />
    </details>
  );
}
