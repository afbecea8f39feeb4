import { useEffect, useRef, useState, type Dispatch, type FormEvent, type SetStateAction } from 'react';
import type { ResultDto, StaffOpinionDto } from '../../api/client';
import { useI18n } from '../../i18n/I18nProvider';
import { ErrorMessage, Loading } from '../../components/Status';
import { useDistricts } from '../../lib/queries/districts';
import { placeProblem } from '../../lib/problems';
import { useDialogueOpinions } from './api/dialogueOpinions';
import { useTagOpinion } from './api/tagOpinion';
import { BulkTagging, RecentTaggings } from './BulkTagging';
import { isNarrowed } from './compiling';
import { OpinionItem } from './OpinionItem';
import { pageCount, shownRange, untaggedFilter, type OpinionFilter, type Quote } from './results';

/**
 * The opinions, searched (best first, the hits marked), filtered and paged; each grouped under themes and picked as a
 * quote where it can be, and all the matches of a search grouped at once. The filter is the page's: the groups of
 * near-identical opinions and the theme suggestions set it too.
 */
export function Opinions(props: {
  dialogueId: string;
  filter: OpinionFilter;
  setFilter: Dispatch<SetStateAction<OpinionFilter>>;
  result: ResultDto;
  grouping: boolean;
  compiling: boolean;
  quotes: Quote[];
  onToggleQuote: (opinion: StaffOpinionDto) => void;
}) {
  const { dialogueId, result, grouping, compiling, filter, setFilter } = props;
  const { t, say } = useI18n();
  const [search, setSearch] = useState(filter.q);
  // Set from elsewhere on the page (a group shown, say): the field says what the list shows.
  useEffect(() => setSearch(filter.q), [filter.q]);
  const countRef = useRef<HTMLParagraphElement>(null);
  const list = useDialogueOpinions(dialogueId, filter);
  const districts = useDistricts();
  const tag = useTagOpinion(dialogueId);

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
      <h2 id="opinions-heading" tabIndex={-1}>
        {t('results.opinions')}
      </h2>
      <p>{t(compiling ? 'results.opinions.introQuotes' : 'results.opinions.intro')}</p>
      <form role="search" className="search" onSubmit={submit} aria-label={t('results.search.label')}>
        <div className="field">
          <label htmlFor="opinion-search">{t('results.search')}</label>
          <input id="opinion-search" type="search" value={search} onChange={(e) => setSearch(e.target.value)} aria-describedby="opinion-search-hint" />
          <p id="opinion-search-hint" className="hint">
            {t('results.search.hint')}
          </p>
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
      {(filter.sameAs || filter.suggestionId) && (
        <p className="notice compile-filter">
          {t(filter.sameAs ? 'results.filter.sameAs' : 'results.filter.suggestion')}{' '}
          <button type="button" className="button button--secondary" onClick={() => setFilter((f) => ({ ...f, sameAs: '', suggestionId: '', page: 1 }))}>
            {t('results.filter.clear')}
          </button>
        </p>
      )}
      {grouping && result.themes.length === 0 && <p className="hint">{t('results.opinion.noThemes')}</p>}
      {grouping && result.themes.length > 0 && page && !list.isPlaceholderData && isNarrowed(filter) && (
        <BulkTagging dialogueId={dialogueId} filter={filter} total={page.total} themes={result.themes} />
      )}
      {grouping && <RecentTaggings dialogueId={dialogueId} />}
      <p role="status" className="status-line" tabIndex={-1} ref={countRef}>
        {page ? (page.total === 0 ? t('results.shown.none') : t('results.shown', { from: range.from, to: range.to, total: page.total })) : ''}
      </p>
      {list.isPending && <Loading />}
      {list.isError && <ErrorMessage problem={list.error} onRetry={() => void list.refetch()} />}
      {tag.isError && (
        <p className="notice notice--error" role="alert">
          {t('results.tag.failed')} {say(placeProblem(tag.error).general)?.join(' ')}
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
              onTag={(themeIds) => tag.mutate({ filter, opinion: o, themeIds })}
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

