import type { AnswerInput, QuestionDto } from '../../api/client';
import { toMarkInput, type MarkDraft } from '../map/marks';

/** What the form holds for one question while the resident answers. */
export interface AnswerState {
  text: string;
  optionIds: string[];
  scale: number | null;
  /** A map question's marks: on the map, at a named place or in words. */
  marks: MarkDraft[];
}

/** The starting state: nothing answered; a ranking starts in the order officials gave. */
export function emptyAnswers(questions: QuestionDto[]): Record<string, AnswerState> {
  return Object.fromEntries(
    questions.map((q) => [q.id, { text: '', optionIds: q.kind === 'ranking' ? q.options.map((o) => o.id) : [], scale: null, marks: [] }]),
  );
}

/** The answers to send: only what was answered, in the API's shape. A ranking is sent as its order. */
export function toAnswerInputs(questions: QuestionDto[], state: Record<string, AnswerState>): AnswerInput[] {
  return questions.flatMap((q): AnswerInput[] => {
    const a = state[q.id];
    if (!a) return [];
    switch (q.kind) {
      case 'freeText':
        return a.text.trim() ? [{ questionId: q.id, text: a.text.trim() }] : [];
      case 'scale':
        return a.scale !== null ? [{ questionId: q.id, scale: a.scale }] : [];
      case 'map':
        return a.marks.length > 0 ? [{ questionId: q.id, marks: a.marks.map(toMarkInput) }] : [];
      default:
        return a.optionIds.length > 0 ? [{ questionId: q.id, optionIds: a.optionIds }] : [];
    }
  });
}

/** Moves one item a step up (-1) or down (+1); out of range leaves the list as it is. */
export function move<T>(items: T[], index: number, step: -1 | 1): T[] {
  const target = index + step;
  if (index < 0 || index >= items.length || target < 0 || target >= items.length) return items;
  const copy = [...items];
  [copy[index], copy[target]] = [copy[target], copy[index]];
  return copy;
}

/** An Idempotency-Key that stays the same while the request body does: a retry after a lost answer is the same
 * request (the API answers with the first receipt); a changed form is a new request. */
export function idempotencyKeyFor(body: string, last: { body: string; key: string } | undefined): { body: string; key: string } {
  if (last && last.body === body) return last;
  const key =
    typeof crypto.randomUUID === 'function'
      ? crypto.randomUUID()
      : Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
  return { body, key };
}

/** The form's name for the errors of one question's answer. */
export const answerField = (questionId: string) => `answers[${questionId}]`;

/** The form's name for the errors of one mark of a map answer (the `index`th mark sent). */
export const markField = (questionId: string, index: number) => `answers[${questionId}].marks[${index}]`;

/**
 * The question a field error under `answers` is about: `answers[2]…` is the third answer sent, so the question it
 * answered; `answers[<question id>]` names the question itself. An error at one mark of a map answer
 * (`answers[…].marks[1].geometry`) is that mark's; one at the marks as a whole (`…marks`: too many) the question's.
 * Undefined when the path names neither.
 */
export function answerFieldOf(path: readonly (string | number)[], sent: readonly AnswerInput[] | null | undefined): string | undefined {
  const [first, which, member, index] = path;
  if (first !== 'answers') return undefined;
  const questionId = typeof which === 'number' ? sent?.[which]?.questionId : typeof which === 'string' ? which : undefined;
  if (questionId === undefined) return undefined;
  if (member === 'marks' && typeof index === 'number') return markField(questionId, index);
  return answerField(questionId);
}
