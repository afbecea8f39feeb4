import type { MarkKind, QuestionDto, QuestionInput, QuestionKind } from '../../api/client';
import { move } from '../../components/questions/answers';
import type { MessageKey } from '../../i18n/catalogue';
import { parseFieldPath, type FormErrors, type PathStep } from '../../lib/problems';

/** The kinds an official can choose, in the order the menu shows them. */
export const questionKinds: QuestionKind[] = ['freeText', 'singleChoice', 'multipleChoice', 'scale', 'ranking', 'map'];

/** What a map question can ask residents to mark, in the order the editor offers it. */
export const markKinds: MarkKind[] = ['point', 'line', 'area'];

/** The kinds answered by choosing among (or ranking) options. */
export const hasOptions = (kind: QuestionKind) => kind === 'singleChoice' || kind === 'multipleChoice' || kind === 'ranking';

/** The kinds whose options are edited: a choice's alternatives, a map question's categories (which may be none). */
export const editsOptions = (kind: QuestionKind) => hasOptions(kind) || kind === 'map';

/** The limits the API checks too (Answering in the API). */
export const limits = { questions: 30, options: 20, questionText: 500, optionText: 200, maxMarks: 20 } as const;

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
  /** A map question's settings (kept when the kind changes, sent only for a map question). */
  map: { kinds: MarkKind[]; maxMarks: string };
}

export const defaultMap = (): DraftQuestion['map'] => ({ kinds: ['point'], maxMarks: '5' });

let counter = 0;
/** A key unique in this browser tab, for React lists and element ids. */
export const newKey = () => `k${(++counter).toString(36)}`;

export const newOption = (): DraftOption => ({ key: newKey(), text: '', textEn: '' });

export function newQuestion(kind: QuestionKind = 'freeText'): DraftQuestion {
  return { key: newKey(), kind, text: '', textEn: '', required: false, options: hasOptions(kind) ? [newOption(), newOption()] : [], map: defaultMap() };
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
    map: q.map ? { kinds: [...q.map.kinds], maxMarks: String(q.map.maxMarks) } : defaultMap(),
  }));
}

/** A new kind; a choice or ranking gets at least two (empty) options to fill in. */
export function changeKind(question: DraftQuestion, kind: QuestionKind): DraftQuestion {
  const options = [...question.options];
  if (hasOptions(kind)) while (options.length < 2) options.push(newOption());
  return { ...question, kind, options };
}

/** Moves one item a step up (-1) or down (+1); out of range leaves the list as it is (the resident's ranking moves the same way). */
export const moveItem = move;

const blank = (text: string) => (text.trim() ? text.trim() : null);

/** The body of the one PUT: the whole questionnaire in order; options only for the kinds that have them. */
export function toQuestionInputs(questions: DraftQuestion[]): QuestionInput[] {
  return questions.map((q) => ({
    id: q.id ?? null,
    kind: q.kind,
    text: q.text.trim(),
    textEn: blank(q.textEn),
    required: q.required,
    options: editsOptions(q.kind) ? q.options.map((o) => ({ id: o.id ?? null, text: o.text.trim(), textEn: blank(o.textEn) })) : [],
    // Only a map question has map settings (the others leave the member out: null by the contract).
    ...(q.kind === 'map' ? { map: { kinds: markKinds.filter((k) => q.map.kinds.includes(k)), maxMarks: Number(q.map.maxMarks) } } : {}),
  }));
}

/** Element ids of the editor's fields (the error summary links to them). */
export const fieldId = {
  kind: (q: DraftQuestion) => `qe-${q.key}-kind`,
  text: (q: DraftQuestion) => `qe-${q.key}-text`,
  textEn: (q: DraftQuestion) => `qe-${q.key}-textEn`,
  options: (q: DraftQuestion) => `qe-${q.key}-options`,
  optionText: (q: DraftQuestion, o: DraftOption) => `qe-${q.key}-o-${o.key}-text`,
  optionTextEn: (q: DraftQuestion, o: DraftOption) => `qe-${q.key}-o-${o.key}-textEn`,
  mapKinds: (q: DraftQuestion) => `qe-${q.key}-mapKinds`,
  maxMarks: (q: DraftQuestion) => `qe-${q.key}-maxMarks`,
};

/**
 * The element a field error of the request belongs to (`questions[0].options`, `questions[1].options[0].text` …),
 * found among the questions as they were sent, so it stays with the right question after a later reorder; undefined
 * for what no single field owns (`questions`: too many).
 */
export function questionnaireFieldOf(path: PathStep[], sent: DraftQuestion[]): string | undefined {
  const [first, index, member, optionIndex, optionMember] = path;
  const question = first === 'questions' && typeof index === 'number' ? sent[index] : undefined;
  if (!question) return undefined;
  if (member === 'options' && typeof optionIndex === 'number') {
    const option = question.options[optionIndex];
    if (!option) return fieldId.options(question);
    return optionMember === 'textEn' ? fieldId.optionTextEn(question, option) : fieldId.optionText(question, option);
  }
  if (member === 'map') return optionIndex === 'maxMarks' ? fieldId.maxMarks(question) : fieldId.mapKinds(question);
  if (member === 'kind') return fieldId.kind(question);
  if (member === 'textEn') return fieldId.textEn(question);
  if (member === 'options') return fieldId.options(question);
  return fieldId.text(question);
}

/** The browser's own findings (by the request's paths) placed at the fields of the questions checked. */
export function placeChecked(checked: Record<string, MessageKey[]>, sent: DraftQuestion[]): FormErrors {
  const placed: FormErrors = { fields: {}, general: [] };
  for (const [path, keys] of Object.entries(checked)) {
    const id = questionnaireFieldOf(parseFieldPath(path), sent);
    const words = keys.map((key) => ({ key }));
    if (id) placed.fields[id] = [...(placed.fields[id] ?? []), ...words];
    else placed.general.push(...words);
  }
  return placed;
}

/** What the browser can check before sending; messages are keys. The API checks everything again. */
export function validateQuestionnaire(questions: DraftQuestion[]): Record<string, MessageKey[]> {
  const errors: Record<string, MessageKey[]> = {};
  if (questions.length > limits.questions) errors.questions = ['questionnaire.error.tooMany'];
  questions.forEach((q, i) => {
    const at = `questions[${i}]`;
    if (!q.text.trim()) errors[`${at}.text`] = ['questionnaire.error.text'];
    if (q.kind === 'map') {
      if (q.map.kinds.length === 0) errors[`${at}.map.kinds`] = ['questionnaire.error.mapKinds'];
      const max = Number(q.map.maxMarks);
      if (!/^\d+$/.test(q.map.maxMarks.trim()) || max < 1 || max > limits.maxMarks) errors[`${at}.map.maxMarks`] = ['questionnaire.error.maxMarks'];
      if (q.options.length > limits.options) errors[`${at}.options`] = ['questionnaire.error.categoryCount'];
    } else if (!hasOptions(q.kind)) return;
    else if (q.options.length < 2 || q.options.length > limits.options) errors[`${at}.options`] = ['questionnaire.error.optionCount'];
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
