import { useState, type FormEvent, type ReactNode } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useI18n } from '../../i18n/I18nProvider';
import { summaryText } from '../../lib/dialogueText';
import { formatDate } from '../../lib/format';
import { ErrorMessage, Loading } from '../../components/Status';
import { usePageTitle } from '../../components/usePageTitle';
import { FormList, StatusBadge } from './Labels';
import { useDistricts } from '../../lib/queries/districts';
import { useDialogueList, type Phase } from './api/dialogueList';
import type { MessageKey } from '../../i18n/catalogue';

const phases: Phase[] = ['upcoming', 'open', 'closed', 'decided', 'cancelled'];

/**
 * The start page: what citizen dialogue is, and the published dialogues — searchable, newest first. `follow` is the
 * "Få e-post om nya dialoger" form (the follows area's, put here by routes.tsx).
 */
export function DialogueListPage({ follow }: { follow?: ReactNode } = {}) {
  const { t, locale, language } = useI18n();
  usePageTitle(t('home.title'));
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const phaseParam = params.get('fas');
  const phase = phases.includes(phaseParam as Phase) ? (phaseParam as Phase) : undefined;
  const topic = params.get('amne') ?? undefined;
  const district = params.get('omrade') ?? undefined;
  const [text, setText] = useState(q);
  const list = useDialogueList({ q, phase, topic, district });
  const districts = useDistricts();
  const dialogues = list.data?.pages.flatMap((p) => p.items) ?? [];
  const total = list.data?.pages[0]?.totalCount ?? 0;
  const filtered = Boolean(q || phase || topic || district);

  function search(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const next = new URLSearchParams(params);
    if (text.trim()) next.set('q', text.trim());
    else next.delete('q');
    setParams(next);
  }

  function choose(name: string, value: string) {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    setParams(next);
  }

  return (
    <section className="page">
      <h1>{t('home.title')}</h1>
      <p className="lead">{t('home.intro')}</p>
      {follow}

      <h2 id="list-heading">{t('home.listHeading')}</h2>
      <form className="search" role="search" onSubmit={search}>
        <div className="field">
          <label htmlFor="search-text">{t('search.label')}</label>
          <input id="search-text" type="search" value={text} onChange={(e) => setText(e.target.value)} maxLength={200} />
        </div>
        <div className="field">
          <label htmlFor="search-phase">{t('search.phase')}</label>
          <select id="search-phase" value={phase ?? ''} onChange={(e) => choose('fas', e.target.value)}>
            <option value="">{t('search.phase.all')}</option>
            {phases.map((p) => (
              <option key={p} value={p}>
                {t(`phase.${p}` satisfies MessageKey)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="search-district">{t('search.district')}</label>
          <select id="search-district" value={district ?? ''} onChange={(e) => choose('omrade', e.target.value)}>
            <option value="">{t('search.district.all')}</option>
            {districts.data?.map((d) => (
              <option key={d.code} value={d.code}>
                {d.name}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button">
          {t('search.button')}
        </button>
      </form>
      {topic && (
        <p>
          {t('search.topic', { topic })} <Link to="/">{t('search.clear')}</Link>
        </p>
      )}

      {list.isPending && <Loading />}
      {list.isError && <ErrorMessage problem={list.error} onRetry={() => void list.refetch()} />}
      {list.isSuccess && dialogues.length === 0 && <p>{filtered ? t('search.noResults') : t('home.empty')}</p>}

      {dialogues.length > 0 && (
        <>
          <p className="count" aria-live="polite">
            {t('home.count', { shown: dialogues.length, total })}
          </p>
          <ul className="cards" aria-labelledby="list-heading">
            {dialogues.map((d) => {
              const w = summaryText(d, language);
              const lang = w.lang === language ? undefined : w.lang;
              return (
              <li key={d.id} className="card">
                <h3 className="card__title" lang={lang}>
                  <Link to={`/dialoger/${d.slug}`}>{w.title}</Link>
                </h3>
                <StatusBadge status={d.status} />
                <p lang={lang}>{w.summary}</p>
                <dl className="facts">
                  <div>
                    <dt>{t('dialogue.period')}</dt>
                    <dd>
                      <time dateTime={d.opensAt}>{formatDate(d.opensAt, locale)}</time> –{' '}
                      <time dateTime={d.closesAt}>{formatDate(d.closesAt, locale)}</time>
                    </dd>
                  </div>
                  <div>
                    <dt>{t('dialogue.decidedBy')}</dt>
                    <dd>{d.committee}</dd>
                  </div>
                </dl>
                <FormList forms={d.forms} />
              </li>
              );
            })}
          </ul>
          {list.hasNextPage && (
            <button type="button" className="button" onClick={() => void list.fetchNextPage()} disabled={list.isFetchingNextPage}>
              {t('home.showMore')}
            </button>
          )}
        </>
      )}
    </section>
  );
}
