// The logic of the decision and feedback page, kept apart from React so it can be tested on its own.
import type { DialogueDetails, FactLinkInput, FeedbackDeliveryDto, RecordDecisionRequest } from '../../api/client';
import type { MessageKey } from '../../i18n/catalogue';
import { fieldPath, parseFieldPath, type PathStep } from '../../lib/problems';

/** The browser's checks by the form's field name (the request's path: `text`, `links[0].url`), as message keys. */
export type FieldErrors = Record<string, MessageKey[]>;

/** The decision form's values, as typed. */
export interface DecisionValues {
  committee: string;
  decidedOn: string;
  caseNumber: string;
  text: string;
  howResultWasUsed: string;
  decisionUrl: string;
}

/** The decision form, filled with what the dialogue already says (the committee and the case number). */
export function initialDecision(dialogue: Pick<DialogueDetails, 'committee' | 'caseNumber'>): DecisionValues {
  return { committee: dialogue.committee, decidedOn: '', caseNumber: dialogue.caseNumber ?? '', text: '', howResultWasUsed: '', decisionUrl: '' };
}

const webAddress = /^https?:\/\/[^\s/$.?#][^\s]*$/i;
const plainDate = /^\d{4}-\d{2}-\d{2}$/;

/** The checks the browser makes before sending the decision (the API checks everything again). */
export function validateDecision(values: DecisionValues): FieldErrors {
  const errors: FieldErrors = {};
  for (const field of ['committee', 'decidedOn', 'text', 'howResultWasUsed'] as const) {
    if (!values[field].trim()) errors[field] = [field === 'howResultWasUsed' ? 'decision.error.howUsed' : 'decision.error.required'];
  }
  if (values.decidedOn.trim() && !plainDate.test(values.decidedOn.trim())) errors.decidedOn = ['decision.error.date'];
  if (values.decisionUrl.trim() && !webAddress.test(values.decisionUrl.trim())) errors.decisionUrl = ['decision.error.url'];
  return errors;
}

/** The request for a valid form: empty optional fields are left out. */
export function decisionRequest(values: DecisionValues): RecordDecisionRequest {
  return {
    committee: values.committee.trim(),
    decidedOn: values.decidedOn.trim(),
    caseNumber: values.caseNumber.trim() || null,
    text: values.text.trim(),
    howResultWasUsed: values.howResultWasUsed.trim(),
    decisionUrl: values.decisionUrl.trim() || null,
  };
}

/** The decision form's fields, named as in the request. */
export const decisionFields = ['committee', 'decidedOn', 'caseNumber', 'text', 'howResultWasUsed', 'decisionUrl'] as const;

/** A field error's path in the decision request as the form's field, or undefined (said in general). */
export function decisionFieldOf(path: PathStep[]): string | undefined {
  const field = fieldPath(path);
  return (decisionFields as readonly string[]).includes(field) ? field : undefined;
}

/** A field error's path in the feedback request (`text`, `links[1].url`) as the form's field, or undefined. */
export function feedbackFieldOf(path: PathStep[]): string | undefined {
  const [first, index, member] = path;
  if (first === 'text' && path.length === 1) return 'text';
  if (first === 'links' && typeof index === 'number' && (member === 'title' || member === 'url') && path.length === 3) return fieldPath(path);
  return undefined;
}

/** A link of the feedback, as typed. */
export interface LinkValues {
  title: string;
  url: string;
}

export const emptyLink: LinkValues = { title: '', url: '' };

/** The links to send: rows left completely empty are dropped. The form drops them before checking, so the
 * API's `links[i]` and the form's row i are the same link. */
export function filledLinks(links: LinkValues[]): LinkValues[] {
  return links.filter((l) => l.title.trim() || l.url.trim());
}

/** The checks the browser makes before asking to confirm the publication (links named `links[i].title|url`, as by the API). */
export function validateFeedback(text: string, links: LinkValues[]): FieldErrors {
  const errors: FieldErrors = {};
  if (!text.trim()) errors.text = ['decision.error.required'];
  links.forEach((link, i) => {
    if (!link.title.trim() && !link.url.trim()) return;
    if (!link.title.trim()) errors[`links[${i}].title`] = ['feedback.error.linkTitle'];
    if (!webAddress.test(link.url.trim())) errors[`links[${i}].url`] = ['decision.error.url'];
  });
  return errors;
}

export function feedbackLinks(links: LinkValues[]): FactLinkInput[] {
  return filledLinks(links).map((l) => ({ title: l.title.trim(), url: l.url.trim() }));
}

/** The id of the input a field's error belongs to: `decision-committee`, `feedback-text`, `feedback-link-2-url` … */
export function fieldId(form: 'decision' | 'feedback', field: string): string {
  const [first, index, member] = parseFieldPath(field);
  return first === 'links' && typeof index === 'number' ? `feedback-link-${index}-${String(member)}` : `${form}-${field}`;
}

/** Feedback e-mails are still on their way while some wait for their first attempt. */
export function isDelivering(delivery: FeedbackDeliveryDto | undefined): boolean {
  return (delivery?.queued ?? 0) > 0;
}
