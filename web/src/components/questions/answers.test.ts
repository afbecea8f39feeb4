import { describe, expect, it } from 'vitest';
import type { QuestionDto } from '../../api/client';
import { answerField, answerFieldOf, emptyAnswers, idempotencyKeyFor, markField, move, toAnswerInputs } from './answers';

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

describe('map answers', () => {
  const map = { id: 'm1', kind: 'map' as const, text: 'Var?', required: false, options: [], map: { kinds: ['point' as const], maxMarks: 5 } };

  it('sends a map question’s marks, and nothing without marks', () => {
    const state = emptyAnswers([map]);
    expect(toAnswerInputs([map], state)).toEqual([]);
    state.m1.marks = [
      { key: 'a', geometry: { type: 'Point', coordinates: [14.5, 59.3] }, categoryId: '', comment: '' },
      { key: 'b', description: 'Vid Coop', categoryId: 'c', comment: 'Mörkt' },
    ];
    expect(toAnswerInputs([map], state)).toEqual([
      {
        questionId: 'm1',
        marks: [
          { geometry: { type: 'Point', coordinates: [14.5, 59.3] }, categoryId: null, comment: null },
          { description: 'Vid Coop', categoryId: 'c', comment: 'Mörkt' },
        ],
      },
    ]);
  });

  it('places an error at one mark at that mark, and one at the marks as a whole at the question', () => {
    const sent = [{ questionId: 'm1', marks: [] }];
    expect(answerFieldOf(['answers', 'm1', 'marks', 1, 'geometry'], sent)).toBe(markField('m1', 1));
    expect(answerFieldOf(['answers', 0, 'marks', 0, 'comment'], sent)).toBe('answers[m1].marks[0]');
    expect(answerFieldOf(['answers', 'm1', 'marks'], sent)).toBe(answerField('m1'));
    expect(answerFieldOf(['answers', 3, 'marks', 0], sent)).toBeUndefined();
  });
});
