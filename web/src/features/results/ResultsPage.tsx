import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  DialogueDetails,
  DistrictDto,
  ExportDecisionBasisResponse,
  QuestionFigures,
  ResultDto,
  StaffFeedbackDto,
  StaffOpinionDto,
  StaffOpinionPage,
  ThemeDto,
} from '../../api/client';
import { call, dialoguesClient, feedbackClient, resultsClient, toApiProblem, type ApiProblem } from '../../api/http';
import { useI18n } from '../../i18n/I18nProvider';
import { statusKey, type MessageKey } from '../../i18n/messages';
import { formatDateTime } from '../../lib/format';
import { ErrorMessage, Loading } from '../../components/Status';
import { TextField } from '../../components/Fields';
import { ErrorSummary, type SummaryItem } from '../../components/ErrorSummary';
import { Bar } from '../../components/BarTable';
import { channelKey } from '../../lib/participation';
import { StaffDialogueGate } from '../../components/StaffDialogueGate';
import {
  canCompile,
  canGroup,
  figureRows,
  initialFilter,
  listArguments,
  maxQuotes,
  moveQuote,
  pageCount,
  resultErrors,
  shownRange,
  toggle,
  toggleQuote,
  untaggedFilter,
  type OpinionFilter,
  type Quote,
} from './results';


import { hasClosed } from '../../lib/lifecycle';

/** The result of a dialogue for staff (/personal/dialoger/:id/resultat): themes, opinions, summary, figures, export. */
export function ResultsPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  return (
    <StaffDialogueGate id={id} title={(d) => (d ? t('results.title', { title: d.title }) : t('results.link'))}>
      {(dialogue) => <Results dialogue={dialogue} />}
    </StaffDialogueGate>
  );
}

function Results({ dialogue: d }: { dialogue: DialogueDetails }) {
  const { t } = useI18n();
  const result = useQuery<ResultDto, ApiProblem>({
    queryKey: ['result', d.id],
    queryFn: ({ signal }) => call(() => resultsClient.getResult(d.id, signal)),
  });
  const feedback = useQuery<StaffFeedbackDto, ApiProblem>({
    queryKey: ['staff-feedback', d.id],
    queryFn: ({ signal }) => call(() => feedbackClient.getStaffFeedback(d.id, signal)),
  });
  const grouping = canGroup(d.status);
  const compiling = canCompile(d.status, feedback.data);
  const [quotes, setQuotes] = useState<Quote[]>([]);

  // The chosen quotes start as saved, once: later refetches (after tagging, say) must not undo unsaved picks.
  const filled = useRef(false);
  useEffect(() => {
    if (result.data && !filled.current) {
      filled.current = true;
      setQuotes(result.data.quotes);
    }
  }, [result.data]);

  return (
    <section className="page page--wide">
      <p className="breadcrumb">
        <Link to="/personal">{t('staff.dialogues')}</Link> ·{' '}
        <Link to={`/personal/dialoger/${d.id}/synpunkter`}>{t('staffOpinions.link')}</Link> ·{' '}
        <Link to={`/personal/dialoger/${d.id}/beslut`}>{t('decision.link')}</Link>
      </p>
      <h1>{t('results.title', { title: d.title })}</h1>
      <p>
        <span className={`badge badge--${d.status}`}>{t(statusKey(d.status))}</span>
      </p>
      <p>{t('results.intro')}</p>
      {!grouping && <p className="notice notice--warning">{t('results.notYet')}</p>}
      {d.status === 'open' && <p className="notice notice--warning">{t('results.stillOpen')}</p>}
      {feedback.data?.decision && <p className="notice notice--warning">{t('results.locked')}</p>}
      <nav aria-label={t('results.onThisPage')} className="page-toc">
        <ul>
          <li>
            <a href="#overview-heading">{t('results.overview')}</a>
          </li>
          <li>
            <a href="#figures-heading">{t('results.figures')}</a>
          </li>
          <li>
            <a href="#themes-heading">{t('results.themes')}</a>
          </li>
          <li>
            <a href="#opinions-heading">{t('results.opinions')}</a>
          </li>
          <li>
            <a href="#summary-heading">{t('results.summary')}</a>
          </li>
          <li>
            <a href="#export-heading">{t('results.export')}</a>
          </li>
        </ul>
      </nav>
      {result.isPending && <Loading />}
      {result.isError && <ErrorMessage problem={result.error} onRetry={() => void result.refetch()} />}
      {result.isSuccess && (
        <>
          <Overview result={result.data} />
          <Figures questions={result.data.questions} />
          <Themes dialogueId={d.id} result={result.data} grouping={grouping} />
          <Opinions
            dialogueId={d.id}
            result={result.data}
            grouping={grouping}
            compiling={compiling}
            quotes={quotes}
            onToggleQuote={(opinion) => setQuotes((q) => toggleQuote(q, opinion))}
          />
          <Summary dialogueId={d.id} result={result.data} compiling={compiling} quotes={quotes} setQuotes={setQuotes} />
          <Export dialogue={d} result={result.data} />
        </>
      )}
    </section>
  );
}

/** A problem in words: the field errors when there are any, else the detail. */
function problemText(problem: ApiProblem): string {
  return Object.values(problem.errors).flat().join(' ') || problem.detail || problem.title;
}

function Overview({ result }: { result: ResultDto }) {
  const { t } = useI18n();
  const max = Math.max(0, ...result.channels.map((c) => c.count));
  return (
    <section aria-labelledby="overview-heading">
      <h2 id="overview-heading">{t('results.overview')}</h2>
      <dl className="stats" id="result-totals">
        <div>
          <dt>{t('results.total')}</dt>
          <dd>{result.total}</dd>
        </div>
        <div>
          <dt>{t('results.themeCount')}</dt>
          <dd>{result.themes.length}</dd>
        </div>
        <div>
          <dt>{t('results.untagged')}</dt>
          <dd>{result.untagged}</dd>
        </div>
      </dl>
      {result.channels.length > 0 && (
        <table className="data-table">
          <caption>{t('reach.byChannel')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('staffOpinions.channel')}</th>
              <th scope="col">{t('reach.count')}</th>
            </tr>
          </thead>
          <tbody>
            {result.channels.map((c) => (
              <tr key={c.channel}>
                <th scope="row">{t(channelKey(c.channel))}</th>
                <td>
                  <Bar count={c.count} max={max} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function Figures({ questions }: { questions: QuestionFigures[] }) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="figures-heading">
      <h2 id="figures-heading">{t('results.figures')}</h2>
      {questions.length === 0 ? <p>{t('results.figures.none')}</p> : questions.map((q, i) => <QuestionTable key={q.questionId} question={q} number={i + 1} />)}
    </section>
  );
}

function QuestionTable({ question: q, number }: { question: QuestionFigures; number: number }) {
  const { t, locale } = useI18n();
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const decimal = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const heading = t('results.question', { n: number, text: q.text });
  if (q.kind === 'freeText') {
    return (
      <div className="figure">
        <h3>{heading}</h3>
        <p>{t('results.freeText', { count: q.answered })}</p>
      </div>
    );
  }
  const rows = figureRows(q);
  const max = Math.max(0, ...rows.map((r) => r.count));
  const ranking = q.kind === 'ranking';
  return (
    <div className="figure">
      <table className="data-table">
        <caption>
          {heading} <span className="caption-note">({t('results.answered', { count: q.answered })})</span>
        </caption>
        <thead>
          <tr>
            <th scope="col">{t(q.kind === 'scale' ? 'results.value' : 'results.option')}</th>
            <th scope="col">{t('reach.count')}</th>
            <th scope="col" className="number">
              {t('reach.share')}
            </th>
            {ranking && (
              <th scope="col" className="number">
                {t('results.averageRank')}
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key}>
              <th scope="row">{r.label}</th>
              <td>
                <Bar count={r.count} max={max} />
              </td>
              <td className="number">{q.answered > 0 ? percent.format(r.count / q.answered) : '–'}</td>
              {ranking && <td className="number">{r.averageRank != null ? decimal.format(r.averageRank) : '–'}</td>}
            </tr>
          ))}
        </tbody>
      </table>
      {q.kind === 'scale' && (
        <p>
          {t('results.scaleAverage')}: {q.scaleAverage != null ? decimal.format(q.scaleAverage) : '–'}
        </p>
      )}
    </div>
  );
}

function Themes({ dialogueId, result, grouping }: { dialogueId: string; result: ResultDto; grouping: boolean }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [name, setName] = useState('');
  const [localError, setLocalError] = useState<string>();
  const [created, setCreated] = useState<string>();
  const create = useMutation<ThemeDto, ApiProblem, string>({
    mutationFn: (themeName) => call(() => resultsClient.createTheme(dialogueId, { name: themeName })),
    onSuccess: async (theme) => {
      setName('');
      setCreated(theme.name);
      await queryClient.invalidateQueries({ queryKey: ['result', dialogueId] });
    },
  });
  const max = Math.max(result.untagged, ...result.themes.map((x) => x.count));

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setCreated(undefined);
    create.reset();
    const trimmed = name.trim();
    if (!trimmed) return setLocalError(t('results.theme.required'));
    if (result.themes.some((x) => x.name === trimmed)) return setLocalError(t('results.theme.duplicate', { name: trimmed }));
    setLocalError(undefined);
    create.mutate(trimmed);
  }

  const apiErrors = create.error
    ? (create.error.errors['theme.name'] ?? create.error.errors.name ?? Object.values(create.error.errors).flat()).concat(
        Object.keys(create.error.errors).length === 0 ? [create.error.detail ?? create.error.title] : [],
      )
    : undefined;
  const errors = localError ? [localError] : apiErrors;

  return (
    <section aria-labelledby="themes-heading">
      <h2 id="themes-heading">{t('results.themes')}</h2>
      <p>{t('results.themes.intro')}</p>
      {grouping && (
        <form className="inline-form" onSubmit={submit} noValidate aria-labelledby="theme-form-heading">
          <h3 id="theme-form-heading" className="visually-hidden">
            {t('results.theme.add')}
          </h3>
          <TextField id="theme-name" label={t('results.theme.name')} value={name} onChange={setName} errors={errors} maxLength={100} required />
          <div>
            <button type="submit" className="button" disabled={create.isPending}>
              {t('results.theme.add')}
            </button>
          </div>
        </form>
      )}
      <p role="status" className="status-line">
        {created ? t('results.theme.created', { name: created }) : ''}
      </p>
      {result.themes.length === 0 ? (
        <p>{t('results.themes.none')}</p>
      ) : (
        <table className="data-table">
          <caption className="visually-hidden">{t('results.themes')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('results.theme')}</th>
              <th scope="col">{t('results.theme.opinions')}</th>
            </tr>
          </thead>
          <tbody>
            {result.themes.map((theme) => (
              <tr key={theme.id}>
                <th scope="row">{theme.name}</th>
                <td>
                  <Bar count={theme.count} max={max} />
                </td>
              </tr>
            ))}
            <tr>
              <th scope="row">
                <em>{t('results.untagged')}</em>
              </th>
              <td>
                <Bar count={result.untagged} max={max} />
              </td>
            </tr>
          </tbody>
        </table>
      )}
    </section>
  );
}

interface TagVariables {
  key: unknown[];
  opinion: StaffOpinionDto;
  themeIds: string[];
}

function Opinions(props: {
  dialogueId: string;
  result: ResultDto;
  grouping: boolean;
  compiling: boolean;
  quotes: Quote[];
  onToggleQuote: (opinion: StaffOpinionDto) => void;
}) {
  const { dialogueId, result, grouping, compiling } = props;
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [filter, setFilter] = useState<OpinionFilter>(initialFilter);
  const [search, setSearch] = useState('');
  const countRef = useRef<HTMLParagraphElement>(null);
  const key = ['staff-opinions', dialogueId, filter];
  const list = useQuery<StaffOpinionPage, ApiProblem>({
    queryKey: key,
    queryFn: ({ signal }) => {
      const a = listArguments(filter);
      return call(() => resultsClient.listDialogueOpinions(dialogueId, a.q, a.themeId, undefined, a.untagged, undefined, a.page, a.pageSize, signal));
    },
    placeholderData: keepPreviousData,
  });
  const districts = useQuery<DistrictDto[], ApiProblem>({
    queryKey: ['districts'],
    queryFn: ({ signal }) => call(() => dialoguesClient.listDistricts(signal)),
  });
  // Grouping shows at once; the count per theme follows from the API. The opinion stays in view even when it no
  // longer matches the filter (it would vanish under the keyboard user's focus); the list is fresh on the next search.
  const tag = useMutation<string[], ApiProblem, TagVariables, { previous?: StaffOpinionPage }>({
    mutationFn: ({ opinion, themeIds }) => call(() => resultsClient.tagOpinion(opinion.id, { themeIds })),
    onMutate: async ({ key: listKey, opinion, themeIds }) => {
      await queryClient.cancelQueries({ queryKey: listKey });
      const previous = queryClient.getQueryData<StaffOpinionPage>(listKey);
      queryClient.setQueryData<StaffOpinionPage>(listKey, (page) =>
        page ? { ...page, items: page.items.map((o) => (o.id === opinion.id ? { ...o, themeIds } : o)) } : page,
      );
      return { previous };
    },
    onError: (_error, { key: listKey }, context) => {
      if (context?.previous) queryClient.setQueryData(listKey, context.previous);
    },
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['staff-opinions', dialogueId], refetchType: 'none' });
      await queryClient.invalidateQueries({ queryKey: ['result', dialogueId] });
    },
  });

  const page = list.data;
  const pages = page ? pageCount(page.total) : 1;
  const range = page ? shownRange(filter.page, page.total) : { from: 0, to: 0 };
  const districtName = (code: string) => districts.data?.find((x) => x.code === code)?.name ?? code;
  const themeName = new Map(result.themes.map((x) => [x.id, x.name]));

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFilter((f) => ({ ...f, q: search, page: 1 }));
  }

  // Another page starts at its top: focus moves to the count above the list (the button pressed may now be disabled).
  function goTo(next: number) {
    setFilter((f) => ({ ...f, page: next }));
    requestAnimationFrame(() => countRef.current?.focus());
  }

  return (
    <section aria-labelledby="opinions-heading">
      <h2 id="opinions-heading">{t('results.opinions')}</h2>
      <p>{t(compiling ? 'results.opinions.introQuotes' : 'results.opinions.intro')}</p>
      <form role="search" className="search" onSubmit={submit} aria-label={t('results.search.label')}>
        <div className="field">
          <label htmlFor="opinion-search">{t('results.search')}</label>
          <input id="opinion-search" type="search" value={search} onChange={(e) => setSearch(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="opinion-show">{t('results.show')}</label>
          <select id="opinion-show" value={filter.show} onChange={(e) => setFilter((f) => ({ ...f, show: e.target.value, page: 1 }))}>
            <option value="">{t('results.show.all')}</option>
            <option value={untaggedFilter}>{t('results.show.untagged', { count: result.untagged })}</option>
            {result.themes.map((theme) => (
              <option key={theme.id} value={theme.id}>
                {t('results.show.theme', { name: theme.name, count: theme.count })}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button">
          {t('results.search.button')}
        </button>
      </form>
      {grouping && result.themes.length === 0 && <p className="hint">{t('results.opinion.noThemes')}</p>}
      <p role="status" className="status-line" tabIndex={-1} ref={countRef}>
        {page ? (page.total === 0 ? t('results.shown.none') : t('results.shown', { from: range.from, to: range.to, total: page.total })) : ''}
      </p>
      {list.isPending && <Loading />}
      {list.isError && <ErrorMessage problem={list.error} onRetry={() => void list.refetch()} />}
      {tag.isError && (
        <p className="notice notice--error" role="alert">
          {t('results.tag.failed')} {problemText(tag.error)}
        </p>
      )}
      {page && page.items.length > 0 && (
        <ul className="opinion-list" aria-busy={list.isFetching || undefined}>
          {page.items.map((o) => (
            <OpinionItem
              key={o.id}
              opinion={o}
              themes={result.themes}
              themeName={themeName}
              districtName={districtName}
              grouping={grouping}
              compiling={compiling}
              quoted={props.quotes.some((q) => q.opinionId === o.id)}
              onTag={(themeIds) => tag.mutate({ key, opinion: o, themeIds })}
              onToggleQuote={() => props.onToggleQuote(o)}
            />
          ))}
        </ul>
      )}
      {page && pages > 1 && (
        <nav className="pager" aria-label={t('results.pages')}>
          <button type="button" className="button button--secondary" disabled={filter.page <= 1} onClick={() => goTo(filter.page - 1)}>
            {t('results.previous')}
          </button>
          <span>{t('results.page', { page: filter.page, pages })}</span>
          <button type="button" className="button button--secondary" disabled={filter.page >= pages} onClick={() => goTo(filter.page + 1)}>
            {t('results.next')}
          </button>
        </nav>
      )}
    </section>
  );
}

function OpinionItem(props: {
  opinion: StaffOpinionDto;
  themes: ThemeDto[];
  themeName: Map<string, string>;
  districtName: (code: string) => string;
  grouping: boolean;
  compiling: boolean;
  quoted: boolean;
  onTag: (themeIds: string[]) => void;
  onToggleQuote: () => void;
}) {
  const { opinion: o } = props;
  const { t, locale } = useI18n();
  // The ticks follow a click at once (a controlled checkbox would snap back until the optimistic update renders);
  // they follow the list again whenever it changes — after the API's answer, or its refusal.
  const [ticked, setTicked] = useState(o.themeIds);
  useEffect(() => setTicked(o.themeIds), [o.themeIds]);
  const headingId = `opinion-${o.id}`;
  const textId = `opinion-${o.id}-text`;
  // The controls are read with the opinion they belong to: its words, or else its heading.
  const describedBy = o.text ? textId : headingId;
  const background = [
    o.ageBand && t(`age.${o.ageBand}` as MessageKey),
    o.district && props.districtName(o.district),
    o.relation && t(`relation.${o.relation}` as MessageKey),
  ].filter(Boolean);
  return (
    <li className="opinion" aria-labelledby={headingId}>
      <h3 id={headingId} className="opinion__heading">
        {t(channelKey(o.channel))} · <time dateTime={o.submittedAt}>{formatDateTime(o.submittedAt, locale)}</time>
      </h3>
      {background.length > 0 && <p className="opinion__meta">{background.join(' · ')}</p>}
      {o.answers.length > 0 && (
        <dl className="answers">
          {o.answers.map((a) => (
            <div key={a.questionId}>
              <dt>{a.question}</dt>
              <dd>{a.answer.length > 0 ? a.answer.join(a.kind === 'ranking' ? ' → ' : ', ') : '–'}</dd>
            </div>
          ))}
        </dl>
      )}
      {o.text && (
        <blockquote className="opinion__text">
          <p id={textId}>{o.text}</p>
        </blockquote>
      )}
      {props.grouping && props.themes.length > 0 ? (
        <fieldset className="opinion__themes" aria-describedby={describedBy}>
          <legend>{t('results.opinion.themes')}</legend>
          <div className="checks">
            {props.themes.map((theme) => {
              const id = `tag-${o.id}-${theme.id}`;
              return (
                <div className="check" key={theme.id}>
                  <input
                    id={id}
                    type="checkbox"
                    checked={ticked.includes(theme.id)}
                    onChange={() => {
                      const next = toggle(ticked, theme.id);
                      setTicked(next);
                      props.onTag(next);
                    }}
                  />
                  <label htmlFor={id}>{theme.name}</label>
                </div>
              );
            })}
          </div>
        </fieldset>
      ) : (
        o.themeIds.length > 0 && (
          <p>
            {t('results.opinion.themes')}: {o.themeIds.map((x) => props.themeName.get(x) ?? x).join(', ')}
          </p>
        )
      )}
      {props.compiling && (
        <div className="check">
          <input id={`quote-${o.id}`} type="checkbox" checked={props.quoted} onChange={props.onToggleQuote} aria-describedby={describedBy} />
          <label htmlFor={`quote-${o.id}`}>{t('results.quote.choose')}</label>
        </div>
      )}
    </li>
  );
}

function Summary(props: { dialogueId: string; result: ResultDto; compiling: boolean; quotes: Quote[]; setQuotes: (q: Quote[]) => void }) {
  const { dialogueId, result, compiling, quotes, setQuotes } = props;
  const { t, locale } = useI18n();
  const queryClient = useQueryClient();
  const [summary, setSummary] = useState(result.summary);
  const [errors, setErrors] = useState<{ summary?: string[]; general: string[] }>({ general: [] });
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);

  function showErrors(next: typeof errors) {
    setErrors(next);
    requestAnimationFrame(() => summaryRef.current?.focus());
  }

  async function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(false);
    const local: typeof errors = { general: [] };
    if (!summary.trim()) local.summary = [t('results.summary.required')];
    if (quotes.length > maxQuotes) local.general.push(t('results.quotes.tooMany', { max: maxQuotes }));
    if (local.summary || local.general.length > 0) return showErrors(local);
    setSaving(true);
    try {
      await call(() => resultsClient.compileResult(dialogueId, { summary: summary.trim(), quoteOpinionIds: quotes.map((q) => q.opinionId) }));
      setErrors({ general: [] });
      setSaved(true);
      await queryClient.invalidateQueries({ queryKey: ['result', dialogueId] });
    } catch (error) {
      const problem = toApiProblem(error);
      const placed = resultErrors(problem.errors);
      if (Object.keys(problem.errors).length === 0) placed.general.push(problem.detail ?? problem.title);
      showErrors(placed);
    } finally {
      setSaving(false);
    }
  }

  const items: SummaryItem[] = [
    ...(errors.summary ?? []).map((m, i) => ({ key: `summary-${i}`, text: `${t('results.summary.field')}: ${m}`, fieldId: 'result-summary' })),
    ...errors.general.map((m, i) => ({ key: `general-${i}`, text: m })),
  ];

  return (
    <section aria-labelledby="summary-heading">
      <h2 id="summary-heading">{t('results.summary')}</h2>
      {compiling ? (
        <form className="stack" onSubmit={save} noValidate aria-labelledby="summary-heading">
          <p>{t('results.summary.intro')}</p>
          <ErrorSummary title={t('staff.form.errorSummary')} items={items} ref={summaryRef} headingLevel={3} />
          <TextField id="result-summary" label={t('results.summary.field')} value={summary} onChange={setSummary} errors={errors.summary} multiline required maxLength={10_000} />
          <QuoteList quotes={quotes} setQuotes={setQuotes} editable />
          <div>
            <button type="submit" className="button" disabled={saving}>
              {t('results.save')}
            </button>
          </div>
          <p role="status" className="status-line">
            {saved ? t('results.saved') : ''}
          </p>
        </form>
      ) : (
        <>
          <p className="notice notice--warning">{t('results.summary.readOnly')}</p>
          {result.summary ? <p className="preserve-lines">{result.summary}</p> : <p>{t('results.summary.none')}</p>}
          <QuoteList quotes={result.quotes} setQuotes={setQuotes} editable={false} />
        </>
      )}
      {result.updatedAt && <p className="hint">{t('results.updatedAt', { date: formatDateTime(result.updatedAt, locale) })}</p>}
    </section>
  );
}

function QuoteList({ quotes, setQuotes, editable }: { quotes: Quote[]; setQuotes: (q: Quote[]) => void; editable: boolean }) {
  const { t } = useI18n();
  return (
    <div>
      <h3 id="quotes-heading">{t('results.quotes', { count: quotes.length, max: maxQuotes })}</h3>
      {quotes.length === 0 ? (
        <p>{t(editable ? 'results.quotes.none' : 'results.quotes.noneSaved')}</p>
      ) : (
        <ol className="quote-list" aria-labelledby="quotes-heading">
          {quotes.map((q, i) => (
            <li key={q.opinionId}>
              <blockquote>
                <p>{q.text}</p>
              </blockquote>
              {editable && (
                <div className="actions">
                  <button type="button" className="button button--secondary button--small" disabled={i === 0} onClick={() => setQuotes(moveQuote(quotes, i, -1))}>
                    {t('results.quote.up', { n: i + 1 })}
                  </button>
                  <button
                    type="button"
                    className="button button--secondary button--small"
                    disabled={i === quotes.length - 1}
                    onClick={() => setQuotes(moveQuote(quotes, i, 1))}
                  >
                    {t('results.quote.down', { n: i + 1 })}
                  </button>
                  <button type="button" className="button button--secondary button--small" onClick={() => setQuotes(quotes.filter((x) => x.opinionId !== q.opinionId))}>
                    {t('results.quote.remove', { n: i + 1 })}
                  </button>
                </div>
              )}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}

function Export({ dialogue: d, result }: { dialogue: DialogueDetails; result: ResultDto }) {
  const { t, locale } = useI18n();
  const queryClient = useQueryClient();
  const exportBasis = useMutation<ExportDecisionBasisResponse, ApiProblem>({
    mutationFn: () => call(() => resultsClient.exportDecisionBasis(d.id)),
    onSuccess: (exported) => {
      window.open(exported.htmlUrl, '_blank', 'noopener');
      void queryClient.invalidateQueries({ queryKey: ['result', d.id] });
    },
  });
  const csvUrl = exportBasis.data?.csvUrl ?? `/api/staff/dialogues/${d.id}/opinions.csv`;
  return (
    <section aria-labelledby="export-heading">
      <h2 id="export-heading">{t('results.export')}</h2>
      <p>{t('results.export.intro')}</p>
      {result.firstExportedAt && <p>{t('results.export.first', { date: formatDateTime(result.firstExportedAt, locale) })}</p>}
      {hasClosed(d.status) ? (
        <div className="actions">
          <button type="button" className="button" onClick={() => exportBasis.mutate()} disabled={exportBasis.isPending}>
            {t('results.export.button')}
          </button>
        </div>
      ) : (
        <p className="notice notice--warning">{t('results.export.notYet')}</p>
      )}
      {exportBasis.isError && (
        <p className="notice notice--error" role="alert">
          {exportBasis.error.detail ?? exportBasis.error.title}
        </p>
      )}
      <div role="status">
        {exportBasis.isSuccess && (
          <p className="notice notice--success">
            {t('results.export.done', { count: exportBasis.data.exportCount })}{' '}
            <a href={exportBasis.data.htmlUrl} target="_blank" rel="noopener">
              {t('results.export.open')}
            </a>
          </p>
        )}
      </div>
      <p>
        <a href={csvUrl} download>
          {t('results.export.csv')}
        </a>
      </p>
      <p>
        <Link to={`/personal/dialoger/${d.id}/beslut`}>{t('decision.link')}</Link>
      </p>
    </section>
  );
}
