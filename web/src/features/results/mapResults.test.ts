import type { QuestionDto } from '../../api/client';
import { categoryRows, districtTable, hotSpotCategories, mapQuestionsOf } from './mapResults';

const options = [
  { id: 'c1', text: 'Farlig korsning' },
  { id: 'c2', text: 'Otrygg plats' },
] as QuestionDto['options'];

describe('the tables of a map question', () => {
  it('finds the map questions with their number in the questionnaire', () => {
    const questions = [
      { id: 'q1', kind: 'freeText', text: 'Vad tycker du?', required: false, options: [] },
      { id: 'q2', kind: 'map', text: 'Var?', required: true, options },
    ] as QuestionDto[];
    expect(mapQuestionsOf(questions).map((x) => [x.question.id, x.number])).toEqual([['q2', 2]]);
  });

  it('counts per category in the order of the options, those without one (or with an unknown one) last', () => {
    const rows = categoryRows(
      [
        { categoryId: null, count: 2 },
        { categoryId: 'c2', count: 5 },
        { categoryId: 'c1', count: 3 },
        { categoryId: 'gone', count: 1 },
      ],
      options,
      'Utan kategori',
    );
    expect(rows).toEqual([
      { key: 'c1', label: 'Farlig korsning', count: 3 },
      { key: 'c2', label: 'Otrygg plats', count: 5 },
      { key: '', label: 'Utan kategori', count: 3 },
    ]);
  });

  it('lays out districts × categories: districts by name, marks without a place last, totals per row and column', () => {
    const table = districtTable(
      [
        { districtCode: 'centrum', districtName: 'Centrum', categoryId: 'c1', count: 2 },
        { districtCode: 'backegarden', districtName: 'Bäckegården', categoryId: 'c1', count: 4 },
        { districtCode: 'backegarden', districtName: 'Bäckegården', categoryId: null, count: 1 },
        { districtCode: null, districtName: null, categoryId: 'c1', count: 3 },
      ],
      options,
      'Utan kategori',
      'Ingen plats på kartan',
      'sv',
    );
    expect(table.columns).toEqual([
      { key: 'c1', label: 'Farlig korsning' },
      { key: '', label: 'Utan kategori' },
    ]);
    expect(table.rows.map((r) => [r.label, r.counts, r.total])).toEqual([
      ['Bäckegården', [4, 1], 5],
      ['Centrum', [2, 0], 2],
      ['Ingen plats på kartan', [3, 0], 3],
    ]);
    expect(table.totals).toEqual([9, 1]);
    expect(table.total).toBe(10);
  });

  it('says a hot spot’s categories in words with their counts', () => {
    const spot = {
      center: { type: 'Point' as const, coordinates: [14.52, 59.33] },
      count: 1234,
      categories: [
        { categoryId: 'c1', count: 1200 },
        { categoryId: null, count: 34 },
      ],
    };
    const format = (n: number) => new Intl.NumberFormat('sv').format(n);
    expect(hotSpotCategories(spot, options, 'Utan kategori', format)).toBe('Farlig korsning 1\u00a0200, Utan kategori 34');
  });
});
