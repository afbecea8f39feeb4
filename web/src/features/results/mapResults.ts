// The results of map questions shaped for the page: the tables of places (per category, per district × category, the
// hot spots) and the words of the map's filters. Plain functions, tested without the DOM.
import type { CategoryCountDto, DistrictCategoryCountDto, HotSpotDto, MapQuestionResultDto, QuestionDto } from '../../api/client';
import { categoryName } from '../../components/map/categories';

type Options = QuestionDto['options'];

/** A dialogue's map questions, with their number in the questionnaire (1-based). */
export function mapQuestionsOf(questions: readonly QuestionDto[]): { question: QuestionDto; number: number }[] {
  return questions.map((question, i) => ({ question, number: i + 1 })).filter((x) => x.question.kind === 'map');
}

/** One row of a count table. */
export interface CountRow {
  key: string;
  label: string;
  count: number;
}

/**
 * The counts per category in the order of the question's options (the ones with marks), then those without a category;
 * a category no longer among the options counts as without one.
 */
export function categoryRows(counts: readonly CategoryCountDto[], options: Options, noCategory: string): CountRow[] {
  const byId = new Map<string, number>();
  let none = 0;
  for (const c of counts) {
    if (c.categoryId && options.some((o) => o.id === c.categoryId)) byId.set(c.categoryId, (byId.get(c.categoryId) ?? 0) + c.count);
    else none += c.count;
  }
  const rows: CountRow[] = options.filter((o) => byId.has(o.id)).map((o) => ({ key: o.id, label: o.text, count: byId.get(o.id)! }));
  if (none > 0) rows.push({ key: '', label: noCategory, count: none });
  return rows;
}

/** The table of districts × categories: its columns (categories with marks) and a row per district with a total. */
export interface DistrictTable {
  columns: { key: string; label: string }[];
  rows: { key: string; label: string; counts: number[]; total: number }[];
  totals: number[];
  total: number;
}

/**
 * Counts per district and category as a table: districts by name (marks with no place on the map last, as
 * `withoutPlace`), the categories as columns in the order of the options, "without category" last.
 */
export function districtTable(
  counts: readonly DistrictCategoryCountDto[],
  options: Options,
  noCategory: string,
  withoutPlace: string,
  locale: string,
): DistrictTable {
  const columns = categoryRows(
    counts.map((c) => ({ categoryId: c.categoryId, count: c.count })),
    options,
    noCategory,
  ).map(({ key, label }) => ({ key, label }));
  const column = (categoryId: string | null | undefined) => {
    const key = categoryId && options.some((o) => o.id === categoryId) ? categoryId : '';
    return columns.findIndex((c) => c.key === key);
  };
  const rows = new Map<string, { key: string; label: string; counts: number[]; total: number }>();
  for (const c of counts) {
    const key = c.districtCode ?? '';
    let row = rows.get(key);
    if (!row) {
      row = { key, label: c.districtCode ? (c.districtName ?? c.districtCode) : withoutPlace, counts: columns.map(() => 0), total: 0 };
      rows.set(key, row);
    }
    row.counts[column(c.categoryId)] += c.count;
    row.total += c.count;
  }
  const collator = new Intl.Collator(locale);
  const sorted = [...rows.values()].sort((a, b) => (a.key === '' ? 1 : b.key === '' ? -1 : collator.compare(a.label, b.label)));
  const totals = columns.map((_, i) => sorted.reduce((s, r) => s + r.counts[i], 0));
  return { columns, rows: sorted, totals, total: totals.reduce((s, n) => s + n, 0) };
}

/** A hot spot's categories in words: "Farlig korsning 5, Otrygg plats 2". */
export function hotSpotCategories(spot: HotSpotDto, options: Options, noCategory: string, format: (n: number) => string): string {
  return spot.categories.map((c) => `${categoryName(c.categoryId, options, noCategory)} ${format(c.count)}`).join(', ');
}

/** Whether a question's result has anything to show. */
export const hasMarks = (result: MapQuestionResultDto | undefined) => (result?.total ?? 0) > 0;
