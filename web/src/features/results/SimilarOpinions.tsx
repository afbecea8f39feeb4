import { useEffect, useRef, useState } from 'react';
import type { TaggingOperationDto, ThemeDto } from '../../api/client';
import { useI18n } from '../../i18n/I18nProvider';
import { ErrorMessage, Loading } from '../../components/Status';
import { useSimilarOpinions } from './api/similarOpinions';
import { useTagInBulk } from './api/tagInBulk';
import { Refusal, TaggingDone } from './BulkTagging';
import { pickedRequest } from './compiling';
import { Marked } from './Marked';
import { toggle } from './results';

/**
 * The opinions not yet under a theme that use its words (the theme's words marked), to tick and group under it at
 * once. Opened from the theme's row; focus moves to its heading, and back to the button when it is closed.
 */
export function SimilarOpinions({ dialogueId, theme, grouping, onClose }: { dialogueId: string; theme: ThemeDto; grouping: boolean; onClose: () => void }) {
  const { t } = useI18n();
  const similar = useSimilarOpinions(dialogueId, theme.id, true);
  const tag = useTagInBulk(dialogueId);
  const [picked, setPicked] = useState<string[]>([]);
  const [done, setDone] = useState<TaggingOperationDto>();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), [theme.id]);
  const items = similar.data?.items ?? [];

  return (
    <section className="similar compile-card" aria-labelledby="similar-heading">
      <h3 id="similar-heading" tabIndex={-1} ref={headingRef}>
        {t('results.similar.heading', { theme: theme.name })}
      </h3>
      {similar.isPending && <Loading />}
      {similar.isError && <ErrorMessage problem={similar.error} onRetry={() => void similar.refetch()} />}
      {similar.data && (
        <>
          <p id="similar-words">{t('results.similar.words')}</p>
          <ul className="chips" aria-labelledby="similar-words">
            {similar.data.words.map((w) => (
              <li key={w} className="chip">
                {w}
              </li>
            ))}
          </ul>
          <p>{t('results.similar.total', { count: similar.data.total })}</p>
          {items.length > 0 && (
            <fieldset className="similar__list">
              <legend>{t('results.similar.pick', { theme: theme.name })}</legend>
              {items.map((o) => (
                <div className="check similar__item" key={o.id}>
                  <input
                    id={`similar-${o.id}`}
                    type="checkbox"
                    disabled={!grouping}
                    checked={picked.includes(o.id)}
                    onChange={() => setPicked((p) => toggle(p, o.id))}
                  />
                  <label htmlFor={`similar-${o.id}`} className="compile-text">
                    <Marked text={o.text} hits={o.hits} />
                  </label>
                </div>
              ))}
            </fieldset>
          )}
        </>
      )}
      <div className="actions">
        {grouping && items.length > 0 && (
          <>
            <button type="button" className="button button--secondary" onClick={() => setPicked(picked.length === items.length ? [] : items.map((o) => o.id))}>
              {t(picked.length === items.length ? 'results.similar.none' : 'results.similar.all')}
            </button>
            <button
              type="button"
              className="button"
              disabled={picked.length === 0 || tag.isPending}
              onClick={() =>
                tag.mutate(pickedRequest(theme.id, picked), {
                  onSuccess: (operation) => {
                    setPicked([]);
                    setDone(operation);
                  },
                })
              }
            >
              {t('results.similar.group', { count: picked.length, theme: theme.name })}
            </button>
          </>
        )}
        <button type="button" className="button button--secondary" onClick={onClose}>
          {t('results.similar.close')}
        </button>
      </div>
      <Refusal problem={tag.error} lead={t('results.bulk.failed')} />
      {done && <TaggingDone dialogueId={dialogueId} operation={done} />}
    </section>
  );
}
