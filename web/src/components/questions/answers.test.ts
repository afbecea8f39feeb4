import { describe, expect, it } from 'vitest';
import type { QuestionDto } from '../../api/client';
import { emptyAnswers, idempotencyKeyFor, move, toAnswerInputs } from './answers';

const questions: QuestionDto[] = [
  { id: 'q1', kind: 'singleChoice', text: 'Var?', required: true, options: [{ id: 'a', text: 'A' }, { id: 'b', text: 'B' }] },
  { id: 'q2', kind: 'scale', text: 'Hur viktigt?', required: false, options: [] },
  { id: 'q3', kind: 'ranking', text: 'Ordna', required: false, options: [{ id: 'x', text: 'X' }, { id: 'y', text: 'Y' }] },
  { id: 'q4', kind: 'freeText', text: 'Mer?', required: false, options: [] },
];

describe('answers', () => {
  it('sends only what was answered, and a ranking as its order', () => {
    const state = emptyAnswers(questions);
    state.q1.optionIds = ['b'];
    state.q3.optionIds = move(state.q3.optionIds, 1, -1);
    state.q4.text = '   ';
    expect(toAnswerInputs(questions, state)).toEqual([
      { questionId: 'q1', optionIds: ['b'] },
      { questionId: 'q3', optionIds: ['y', 'x'] },
    ]);
  });

  it('does not move past either end', () => {
    expect(move(['a', 'b'], 0, -1)).toEqual(['a', 'b']);
    expect(move(['a', 'b'], 1, 1)).toEqual(['a', 'b']);
    expect(move(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
  });

  it('keeps the idempotency key while the body is the same and makes a new one when it changes', () => {
    const first = idempotencyKeyFor('{"text":"a"}', undefined);
    expect(idempotencyKeyFor('{"text":"a"}', first).key).toBe(first.key);
    expect(idempotencyKeyFor('{"text":"b"}', first).key).not.toBe(first.key);
  });
});
