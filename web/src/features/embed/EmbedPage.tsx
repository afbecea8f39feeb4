import { useEffect, useState } from 'react';
import type { DialogueSummary } from '../../api/client';
import { summaryText } from '../../lib/dialogueText';
import { formatDate } from '../../lib/format';
import { localeOf } from '../../i18n/languages';
import { currentDialogues, districtName, embedClient, type EmbedClient } from './currentDialogues';
import type { EmbedParams } from './embedParams';
import type { EmbedSay } from './words';

type State = { kind: 'loading' } | { kind: 'failed' } | { kind: 'ready'; dialogues: DialogueSummary[] };

/** Where a link goes on the main site: this origin, in the embed's language when it is not Swedish (`?lang=`). */
function siteUrl(path: string, language: string, query: Record<string, string | undefined> = {}): string {
  const url = new URL(path, window.location.origin);
  for (const [name, value] of Object.entries(query)) if (value) url.searchParams.set(name, value);
  if (language !== 'sv') url.searchParams.set('lang', language);
  return url.toString();
}

/**
 * The embeddable list of current dialogues: a heading, each open or announced dialogue's title (translated where the
 * officials translated it) with a link to its page and its status in words ("Öppen till 3 mars 2027", "Öppnar …"),
 * and a link to all dialogues. Links open in the framing page's window (target="_top"), as any link on that site.
 */
export function EmbedPage({ params, t, client = embedClient }: { params: EmbedParams; t: EmbedSay; client?: EmbedClient }) {
  const { district, topic, count, language } = params;
  const [state, setState] = useState<State>({ kind: 'loading' });
  const [place, setPlace] = useState<string | undefined>();
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const abort = new AbortController();
    setState({ kind: 'loading' });
    currentDialogues(client, { district, topic, count }, abort.signal).then(
      (dialogues) => setState({ kind: 'ready', dialogues }),
      () => !abort.signal.aborted && setState({ kind: 'failed' }),
    );
    if (district) districtName(client, district, abort.signal).then(setPlace, () => undefined);
    return () => abort.abort();
  }, [client, district, topic, count, attempt]);

  const locale = localeOf(language);
  const heading = t('embed.heading', { place: place ?? t('embed.municipality') });

  return (
    <section className="embed" aria-labelledby="embed-heading">
      <h1 id="embed-heading" className="embed__heading">
        {heading}
      </h1>
      {topic && <p className="embed__topic">{t('embed.topic', { topic })}</p>}
      {state.kind === 'loading' && (
        <p className="embed__note" role="status">
          {t('embed.loading')}
        </p>
      )}
      {state.kind === 'failed' && (
        <p className="embed__note" role="alert">
          {t('embed.error')}{' '}
          <button type="button" className="embed__retry" onClick={() => setAttempt((n) => n + 1)}>
            {t('embed.retry')}
          </button>
        </p>
      )}
      {state.kind === 'ready' && state.dialogues.length === 0 && <p className="embed__note">{t('embed.empty')}</p>}
      {state.kind === 'ready' && state.dialogues.length > 0 && (
        <ul className="embed__list" aria-labelledby="embed-heading">
          {state.dialogues.map((d) => {
            const words = summaryText(d, language);
            const open = d.status === 'open';
            const date = open ? d.closesAt : d.opensAt;
            return (
              <li key={d.id} className="embed__item">
                <a className="embed__link" href={siteUrl(`/dialoger/${encodeURIComponent(d.slug)}`, language)} target="_top" lang={words.lang === language ? undefined : words.lang}>
                  {words.title}
                </a>
                <span className={open ? 'embed__status embed__status--open' : 'embed__status'}>
                  {t(open ? 'embed.openUntil' : 'embed.opens', { date: formatDate(date, locale) })}
                </span>
              </li>
            );
          })}
        </ul>
      )}
      <p className="embed__all">
        <a className="embed__link" href={siteUrl('/', language, { omrade: district, amne: topic })} target="_top">
          {t('embed.all')}
        </a>
      </p>
    </section>
  );
}
