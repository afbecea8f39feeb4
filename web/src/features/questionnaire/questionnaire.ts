import type { QuestionDto, QuestionInput, QuestionKind } from '../../api/client';
import type { MessageKey } from '../../i18n/messages';

/** The kinds an official can choose, in the order the menu shows them. */
export const questionKinds: QuestionKind[] = ['freeText', 'singleChoice', 'multipleChoice', 'scale', 'ranking'];

/** The kinds answered by choosing among (or ranking) options. */
export const hasOptions = (kind: QuestionKind) => kind === 'singleChoice' || kind === 'multipleChoice' || kind === 'ranking';

/** The limits the API checks too (Answering in the API). */
export const limits = { questions: 30, options: 20, questionText: 500, optionText: 200 } as const;

/** An option as the editor holds it; `key` is local and stable, `id` the API's (empty until saved). */
export interface DraftOption {
  key: string;
  id?: string;
  text: string;
  textEn: string;
}

/** A question as the editor holds it. Options are kept when the kind changes, but only sent for choice kinds. */
export interface DraftQuestion {
  key: string;
  id?: string;
  kind: QuestionKind;
  text: string;
  textEn: string;
  required: boolean;
  options: DraftOption[];
}

let counter = 0;
/** A key unique in this browser tab, for React lists and element ids. */
export const newKey = () => `k${(++counter).toString(36)}`;

export const newOption = (): DraftOption => ({ key: newKey(), text: '', textEn: '' });

export function newQuestion(kind: QuestionKind = 'freeText'): DraftQuestion {
  return { key: newKey(), kind, text: '', textEn: '', required: false, options: hasOptions(kind) ? [newOption(), newOption()] : [] };
}

/** The saved questionnaire, ready to edit. */
export function fromQuestions(questions: QuestionDto[]): DraftQuestion[] {
  return questions.map((q) => ({
    key: newKey(),
    id: q.id,
    kind: q.kind,
    text: q.text,
    textEn: q.textEn ?? '',
    required: q.required,
    options: q.options.map((o) => ({ key: newKey(), id: o.id, text: o.text, textEn: o.textEn ?? '' })),
  }));
}

/** A new kind; a choice or ranking gets at least two (empty) options to fill in. */
export function changeKind(question: DraftQuestion, kind: QuestionKind): DraftQuestion {
  const options = [...question.options];
  if (hasOptions(kind)) while (options.length < 2) options.push(newOption());
  return { ...question, kind, options };
}

/** Moves one item a step up (-1) or down (+1); out of range leaves the list as it is. */
export function moveItem<T>(items: T[], index: number, step: -1 | 1): T[] {
  const target = index + step;
  if (index < 0 || index >= items.length || target < 0 || target >= items.length) return items;
  const copy = [...items];
  [copy[index], copy[target]] = [copy[target], copy[index]];
  return copy;
}

const blank = (text: string) => (text.trim() ? text.trim() : null);

/** The body of the one PUT: the whole questionnaire in order; options only for the kinds that have them. */
export function toQuestionInputs(questions: DraftQuestion[]): QuestionInput[] {
  return questions.map((q) => ({
    id: q.id ?? null,
    kind: q.kind,
    text: q.text.trim(),
    textEn: blank(q.textEn),
    required: q.required,
    options: hasOptions(q.kind) ? q.options.map((o) => ({ id: o.id ?? null, text: o.text.trim(), textEn: blank(o.textEn) })) : [],
  }));
}

/** Errors keyed by the id of the element they belong to; `general` for what no single field owns. */
export interface EditorErrors {
  fields: Record<string, string[]>;
  general: string[];
}

/** Element ids of the editor's fields (the error summary links to them). */
export const fieldId = {
  kind: (q: DraftQuestion) => `qe-${q.key}-kind`,
  text: (q: DraftQuestion) => `qe-${q.key}-text`,
  textEn: (q: DraftQuestion) => `qe-${q.key}-textEn`,
  options: (q: DraftQuestion) => `qe-${q.key}-options`,
  optionText: (q: DraftQuestion, o: DraftOption) => `qe-${q.key}-o-${o.key}-text`,
  optionTextEn: (q: DraftQuestion, o: DraftOption) => `qe-${q.key}-o-${o.key}-textEn`,
};

const pathPattern = /^questionnaire\.questions\[(\d+)\](?:\.(kind|text|textEn|options)(?:\[(\d+)\]\.(text|textEn))?)?$/i;

/**
 * The API's field errors (`questionnaire.questions[0].options`, `questionnaire.questions[1].options[0].text` …) placed
 * at the fields of the questions as they were sent, so they stay with the right question after a later reorder.
 */
export function placeErrors(errors: Record<string, string[]>, sent: DraftQuestion[]): EditorErrors {
  const placed: EditorErrors = { fields: {}, general: [] };
  for (const [path, messages] of Object.entries(errors)) {
    const match = pathPattern.exec(path);
    const question = match ? sent[Number(match[1])] : undefined;
    const field = match?.[2]?.toLowerCase();
    let id: string | undefined;
    if (question) {
      if (match![3] !== undefined) {
        const option = question.options[Number(match![3])];
        if (option) id = match![4].toLowerCase() === 'texten' ? fieldId.optionTextEn(question, option) : fieldId.optionText(question, option);
        else id = fieldId.options(question);
      } else if (field === 'kind') id = fieldId.kind(question);
      else if (field === 'texten') id = fieldId.textEn(question);
      else if (field === 'options') id = fieldId.options(question);
      else id = fieldId.text(question);
    }
    if (id) placed.fields[id] = [...(placed.fields[id] ?? []), ...messages];
    else placed.general.push(...messages);
  }
  return placed;
}

/** What the browser can check before sending; messages are keys. The API checks everything again. */
export function validateQuestionnaire(questions: DraftQuestion[]): Record<string, MessageKey[]> {
  const errors: Record<string, MessageKey[]> = {};
  if (questions.length > limits.questions) errors['questionnaire.questions'] = ['questionnaire.error.tooMany'];
  questions.forEach((q, i) => {
    const at = `questionnaire.questions[${i}]`;
    if (!q.text.trim()) errors[`${at}.text`] = ['questionnaire.error.text'];
    if (!hasOptions(q.kind)) return;
    if (q.options.length < 2 || q.options.length > limits.options) errors[`${at}.options`] = ['questionnaire.error.optionCount'];
    const seen = new Set<string>();
    q.options.forEach((o, j) => {
      const text = o.text.trim().toLowerCase();
      if (!text) errors[`${at}.options[${j}].text`] = ['questionnaire.error.optionText'];
      else if (seen.has(text)) errors[`${at}.options[${j}].text`] = ['questionnaire.error.optionSame'];
      seen.add(text);
    });
  });
  return errors;
}
