import type { QuestionFigures, StaffOpinionDto } from '../../api/client';
import { invalidRequest } from '../../lib/testing';
import { placeProblem } from '../../lib/problems';
import {
  canCompile,
  canGroup,
  figureRows,
  initialFilter,
  listArguments,
  moveQuote,
  pageCount,
  quoteText,
  summaryFieldOf,
  shownRange,
  toggle,
  toggleQuote,
  untaggedFilter,
} from './results';

const opinion = (id: string, text: string, answers: StaffOpinionDto['answers'] = []): StaffOpinionDto => ({
  id,
  channel: 'online',
  submittedAt: '2026-11-02T10:00:00Z',
  text,
  hits: [],
  answers,
  themeIds: [],
  withdrawn: false,
  moderation: 'unreviewed',
});

describe('the results page helpers', () => {
  it('turns the filter into the list call: a theme, or only the ungrouped, and the search trimmed', () => {
    expect(listArguments({ ...initialFilter, q: '  buss ', page: 2 })).toEqual({
      q: 'buss',
      themeId: undefined,
      untagged: undefined,
      sameAs: undefined,
      suggestionId: undefined,
      page: 2,
      pageSize: 20,
    });
    expect(listArguments({ ...initialFilter, show: 't1' })).toMatchObject({ q: undefined, themeId: 't1', untagged: undefined });
    expect(listArguments({ ...initialFilter, show: untaggedFilter })).toMatchObject({ themeId: undefined, untagged: true });
    expect(listArguments({ ...initialFilter, sameAs: 'o1', suggestionId: 's1' })).toMatchObject({ sameAs: 'o1', suggestionId: 's1' });
  });

  it('counts pages and the numbers shown on one', () => {
    expect(pageCount(0)).toBe(1);
    expect(pageCount(20)).toBe(1);
    expect(pageCount(21)).toBe(2);
    expect(shownRange(1, 0)).toEqual({ from: 0, to: 0 });
    expect(shownRange(1, 45)).toEqual({ from: 1, to: 20 });
    expect(shownRange(3, 45)).toEqual({ from: 41, to: 45 });
  });

  it('adds a theme at the end or removes it', () => {
    expect(toggle(['a'], 'b')).toEqual(['a', 'b']);
    expect(toggle(['a', 'b'], 'a')).toEqual(['b']);
  });

  it('quotes an opinion in its own words: the text and the free-text answers, not the chosen options', () => {
    const o = opinion('o1', 'Bygg den vid sjön.', [
      { questionId: 'q1', question: 'Var?', kind: 'singleChoice', answer: ['Centrum'], hits: [] },
      { questionId: 'q2', question: 'Något mer?', kind: 'freeText', answer: ['Belysning behövs.'], hits: [] },
    ]);
    expect(quoteText(o)).toBe('Bygg den vid sjön. Belysning behövs.');
    expect(quoteText(opinion('o2', '  '))).toBe('');
  });

  it('picks quotes in the order chosen, unpicks them, and moves them within the ends', () => {
    let quotes = toggleQuote([], opinion('o1', 'Ett'));
    quotes = toggleQuote(quotes, opinion('o2', 'Två'));
    quotes = toggleQuote(quotes, opinion('o3', 'Tre'));
    expect(quotes.map((q) => q.opinionId)).toEqual(['o1', 'o2', 'o3']);
    expect(toggleQuote(quotes, opinion('o2', 'Två')).map((q) => q.opinionId)).toEqual(['o1', 'o3']);
    expect(moveQuote(quotes, 2, -1).map((q) => q.text)).toEqual(['Ett', 'Tre', 'Två']);
    expect(moveQuote(quotes, 0, -1)).toBe(quotes);
    expect(moveQuote(quotes, 2, 1)).toBe(quotes);
  });

  it('groups while open or closed, and compiles only when closed and before the decision', () => {
    expect(canGroup('open')).toBe(true);
    expect(canGroup('closed')).toBe(true);
    expect(canGroup('announced')).toBe(false);
    expect(canCompile('open', { decision: null })).toBe(false);
    expect(canCompile('closed', { decision: null })).toBe(true);
    expect(canCompile('closed', undefined)).toBe(true);
    expect(
      canCompile('closed', {
        decision: { committee: 'KFN', decidedOn: '2027-01-10', text: 'Ja', howResultWasUsed: 'Så', recordedAt: '2027-01-11T10:00:00Z' },
      }),
    ).toBe(false);
  });

  it('places the summary error at its field and the rest in general', () => {
    const problem = invalidRequest(['summary', 'tooLong', { max: '10000' }], ['quoteOpinionIds[0]', 'unknownReference']);
    expect(placeProblem(problem, summaryFieldOf)).toEqual({
      fields: { summary: [{ key: 'field.tooLong', params: { max: 10000 } }] },
      general: [{ key: 'field.unknownReference', params: {} }],
    });
  });

  it('shows a scale by value and a ranking by average place', () => {
    const scale: QuestionFigures = { questionId: 'q1', text: 'Hur viktigt?', kind: 'scale', answered: 4, options: [], scaleCounts: [0, 1, 0, 2, 1], scaleAverage: 3.75 };
    expect(figureRows(scale).map((r) => [r.label, r.count])).toEqual([
      ['1', 0],
      ['2', 1],
      ['3', 0],
      ['4', 2],
      ['5', 1],
    ]);
    const ranking: QuestionFigures = {
      questionId: 'q2',
      text: 'Ordna',
      kind: 'ranking',
      answered: 3,
      options: [
        { optionId: 'a', text: 'Ljus', count: 3, averageRank: 2.3 },
        { optionId: 'b', text: 'Ramper', count: 3, averageRank: 1.3 },
        { optionId: 'c', text: 'Bänkar', count: 0, averageRank: null },
      ],
      scaleCounts: [],
    };
    expect(figureRows(ranking).map((r) => r.label)).toEqual(['Ramper', 'Ljus', 'Bänkar']);
  });
});
