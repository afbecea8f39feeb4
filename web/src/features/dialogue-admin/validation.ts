import type { DialogueForm } from '../../api/client';
import type { MessageKey } from '../../i18n/catalogue';

/** The draft form's values, as typed. */
export interface DraftValues {
  title: string;
  summary: string;
  question: string;
  committee: string;
  caseNumber: string;
  plannedDecisionDate: string;
  forms: DialogueForm[];
  opensAt: string;
  closesAt: string;
}

export type FieldErrors = Record<string, MessageKey[]>;

/**
 * The checks the browser can make before sending (the API checks everything again and its field errors are
 * shown the same way). Messages are keys, translated by the form.
 */
export function validateDraft(values: DraftValues): FieldErrors {
  const errors: FieldErrors = {};
  const required: (keyof DraftValues)[] = ['title', 'summary', 'question', 'committee', 'opensAt', 'closesAt'];
  for (const field of required) {
    if (!String(values[field]).trim()) errors[field] = ['staff.form.required'];
  }
  if (values.forms.length === 0) errors.forms = ['staff.form.chooseForm'];
  if (values.opensAt && values.closesAt && new Date(values.closesAt) <= new Date(values.opensAt)) {
    errors.closesAt = ['staff.form.closesAfterOpens'];
  }
  return errors;
}
