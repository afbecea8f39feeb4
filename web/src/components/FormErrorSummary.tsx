import type { Ref } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import type { FormErrors } from '../lib/problems';
import { ErrorSummary, type SummaryItem } from './ErrorSummary';

/**
 * A form's errors at its top, in words: those of no single field first, then each field's, named by its label and
 * linked to its control (`fieldId`; a field without one is listed without a link).
 */
export function FormErrorSummary({ errors, label, fieldId, ref, headingLevel, title }: {
  errors: FormErrors;
  label: (field: string) => string | undefined;
  fieldId?: (field: string) => string | undefined;
  ref?: Ref<HTMLDivElement>;
  headingLevel?: 2 | 3;
  title?: string;
}) {
  const { t } = useI18n();
  const items: SummaryItem[] = [
    ...errors.general.map((w, i) => ({ key: `general-${i}`, text: t(w.key, w.params) })),
    ...Object.entries(errors.fields).flatMap(([field, list]) =>
      list.map((w, i) => {
        const name = label(field);
        const text = t(w.key, w.params);
        return { key: `${field}-${i}`, text: name ? `${name}: ${text}` : text, fieldId: fieldId ? fieldId(field) : field };
      }),
    ),
  ];
  return <ErrorSummary title={title ?? t('staff.form.errorSummary')} items={items} ref={ref} headingLevel={headingLevel} />;
}
