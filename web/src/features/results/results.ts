// The logic of the results page, kept apart from React so it can be tested on its own.
import type { DialogueStatus, QuestionFigures, StaffFeedbackDto, StaffOpinionDto } from '../../api/client';
import { hasOpened } from '../../lib/lifecycle';
import { byPath } from '../../lib/problems';
import { move } from '../../components/questions/answers';

/** Opinions shown per page on the results page. */
export const opinionPageSize = 20;

/** The most quotes a result may have (the API's limit). */
export const maxQuotes = 20;

/** The value of the "show" filter for opinions not yet grouped under any theme. */
export const untaggedFilter = 'untagged';

/**
 * What the opinion list shows: a search, a theme (or `untaggedFilter`, or '' for all), the near-identical copies of
 * one opinion (`sameAs`) or a theme suggestion's opinions ('' for none), and a page.
 */
export interface OpinionFilter {
  q: string;
  show: string;
  sameAs: string;
  suggestionId: string;
  page: number;
}

export const initialFilter: OpinionFilter = { q: '', show: '', sameAs: '', suggestionId: '', page: 1 };

/** The list call's query values for a filter (empty values left out). */
export function listArguments(filter: OpinionFilter): {
  q?: string;
  themeId?: string;
  untagged?: boolean;
  sameAs?: string;
  suggestionId?: string;
  page: number;
  pageSize: number;
} {
  const q = filter.q.trim();
  return {
    q: q || undefined,
    themeId: filter.show && filter.show !== untaggedFilter ? filter.show : undefined,
    untagged: filter.show === untaggedFilter ? true : undefined,
    sameAs: filter.sameAs || undefined,
    suggestionId: filter.suggestionId || undefined,
    page: filter.page,
    pageSize: opinionPageSize,
  };
}

/** How many pages a list of `total` has (at least one, so "page 1 of 1" also for an empty list). */
export function pageCount(total: number, pageSize = opinionPageSize): number {
  return Math.max(1, Math.ceil(total / pageSize));
}

/** "21–40" of a page: the first and last number shown (0–0 when there is nothing). */
export function shownRange(page: number, total: number, pageSize = opinionPageSize): { from: number; to: number } {
  if (total === 0) return { from: 0, to: 0 };
  const from = (page - 1) * pageSize + 1;
  return { from: Math.min(from, total), to: Math.min(page * pageSize, total) };
}

/** The list with `id` added at the end, or removed when it is already there. */
export function toggle(list: string[], id: string): string[] {
  return list.includes(id) ? list.filter((x) => x !== id) : [...list, id];
}

/** An opinion's own words, as the API quotes them: its text and its free-text answers. */
export function quoteText(opinion: Pick<StaffOpinionDto, 'text' | 'answers'>): string {
  const freeText = opinion.answers.filter((a) => a.kind === 'freeText').flatMap((a) => a.answer);
  return [opinion.text, ...freeText].map((t) => t.trim()).filter(Boolean).join(' ');
}

export interface Quote {
  opinionId: string;
  text: string;
}

/** The chosen quotes with one opinion picked or unpicked (picked ones go last, in the order they were chosen). */
export function toggleQuote(quotes: Quote[], opinion: Pick<StaffOpinionDto, 'id' | 'text' | 'answers'>): Quote[] {
  return quotes.some((q) => q.opinionId === opinion.id)
    ? quotes.filter((q) => q.opinionId !== opinion.id)
    : [...quotes, { opinionId: opinion.id, text: quoteText(opinion) }];
}

/** A quote moved one step up (-1) or down (+1); unchanged at the ends. */
export const moveQuote: (quotes: Quote[], index: number, step: -1 | 1) => Quote[] = move;

/** Themes can be created and opinions grouped while the dialogue is open or once it has closed (decided too). */
export function canGroup(status: DialogueStatus): boolean {
  return hasOpened(status);
}

/** The summary and quotes are written after the dialogue has closed, until the decision is recorded (the dialogue is
 * then decided; the decision is looked at too, for a page read just before). */
export function canCompile(status: DialogueStatus, feedback: Pick<StaffFeedbackDto, 'decision'> | undefined): boolean {
  return status === 'closed' && !feedback?.decision;
}

/** The result form's fields by the API's paths: the summary has its field; the quotes are said in general. */
export const summaryFieldOf = byPath((field) => field === 'summary');

export interface FigureRow {
  key: string;
  label: string;
  count: number;
  /** For a ranking: the average place (1 = most important). */
  averageRank?: number | null;
}

/** The rows a question's figures are shown with: options (a ranking by average place), or the values 1–5 of a scale. */
export function figureRows(question: QuestionFigures): FigureRow[] {
  if (question.kind === 'scale') {
    return question.scaleCounts.map((count, i) => ({ key: String(i + 1), label: String(i + 1), count }));
  }
  const rows = question.options.map((o) => ({ key: o.optionId, label: o.text, count: o.count, averageRank: o.averageRank }));
  if (question.kind === 'ranking') {
    return [...rows].sort((a, b) => (a.averageRank ?? Number.MAX_VALUE) - (b.averageRank ?? Number.MAX_VALUE));
  }
  return rows;
}
