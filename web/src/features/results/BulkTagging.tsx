import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { TaggingAction, TaggingOperationDto, ThemeDto } from '../../api/client';
import type { ApiProblem } from '../../api/http';
import { useI18n } from '../../i18n/I18nProvider';
import { formatDateTime } from '../../lib/format';
import { problemWords } from '../../lib/problems';
import { useTagInBulk } from './api/tagInBulk';
import { useTaggings } from './api/taggings';
import { useUndoTagging } from './api/undoTagging';
import { bulkRequest } from './compiling';
import type { OpinionFilter } from './results';

/** A refusal in words, as an alert (the problem's code says what happened). */
export function Refusal({ problem, lead }: { problem: ApiProblem | null; lead?: string }) {
  const { t } = useI18n();
  if (!problem) return null;
  const words = problemWords(problem);
  return (
    <p className="notice notice--error" role="alert">
      {lead} {t(words.key, words.params)}
    </p>
  );
}

/**
 * What a bulk tagging did, with a way to undo it: "312 synpunkter grupperades under Cykel" and Ångra. Shown after
 * tagging by search or grouping similar opinions, where it takes focus so the result is read; an accepted suggestion
 * shows it too ("Godtaget – 312 grupperade"), without taking focus, and says its undo through `onUndone`.
 */
export function TaggingDone(props: { dialogueId: string; operation: TaggingOperationDto; accepted?: boolean; onUndone?: () => void }) {
  const { dialogueId, operation, accepted = false } = props;
  const { t } = useI18n();
  const [undone, setUndone] = useState(false);
  const undo = useUndoTagging(dialogueId, () => {
    setUndone(true);
    props.onUndone?.();
  });
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!accepted) ref.current?.focus();
  }, [operation.id, accepted]);
  const words = { count: operation.count, theme: operation.themeName };
  const key = accepted ? 'results.suggestion.accepted' : operation.action === 'tag' ? 'results.bulk.done' : 'results.bulk.doneUntag';
  return (
    <div className={accepted ? 'compile-done' : 'notice notice--success compile-done'} role={accepted ? undefined : 'status'} tabIndex={-1} ref={ref}>
      <p>{undone ? t('results.bulk.undone', words) : t(key, words)}</p>
      {!undone && (
        <button
          type="button"
          className="button button--secondary"
          disabled={undo.isPending}
          onClick={() => undo.mutate(operation.id)}
        >
          {t('results.undo')}
        </button>
      )}
      <Refusal problem={undo.error} lead={t('results.undo.failed')} />
    </div>
  );
}

/**
 * Under the search, when it narrows the list: every match grouped under (or taken out of) a theme at once. The count
 * is the list's own total; staff confirm it on the page, and the API refuses if it changed meanwhile.
 */
export function BulkTagging({ dialogueId, filter, total, themes }: { dialogueId: string; filter: OpinionFilter; total: number; themes: ThemeDto[] }) {
  const { t } = useI18n();
  const tag = useTagInBulk(dialogueId);
  const [themeId, setThemeId] = useState(themes[0]?.id ?? '');
  const [action, setAction] = useState<TaggingAction>('tag');
  const [confirming, setConfirming] = useState<number>();
  const [done, setDone] = useState<TaggingOperationDto>();
  const confirmRef = useRef<HTMLParagraphElement>(null);
  const startRef = useRef<HTMLButtonElement>(null);
  const theme = themes.find((x) => x.id === themeId) ?? themes[0];

  // Another search is another set of matches: a pending confirmation, or what was said, is about the old one.
  useEffect(() => {
    setConfirming(undefined);
    setDone(undefined);
  }, [filter]);

  function ask(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    tag.reset();
    setDone(undefined);
    setConfirming(total);
    requestAnimationFrame(() => confirmRef.current?.focus());
  }

  function cancel() {
    setConfirming(undefined);
    requestAnimationFrame(() => startRef.current?.focus());
  }

  function confirm(count: number) {
    tag.mutate(bulkRequest(filter, theme.id, action, count), {
      onSuccess: (operation) => {
        setConfirming(undefined);
        setDone(operation);
      },
      onError: () => {
        setConfirming(undefined);
        requestAnimationFrame(() => startRef.current?.focus());
      },
    });
  }

  if (!theme) return null;
  const countChanged = tag.error?.code === 'tagging.countChanged';
  return (
    <div className="bulk-tagging">
      <form className="bulk-tagging__form" onSubmit={ask} aria-labelledby="bulk-heading">
        <h3 id="bulk-heading" className="bulk-tagging__heading">
          {t(action === 'tag' ? 'results.bulk.heading' : 'results.bulk.headingUntag', { count: total })}
        </h3>
        <div className="field">
          <label htmlFor="bulk-theme">{t('results.bulk.theme')}</label>
          <select id="bulk-theme" value={theme.id} onChange={(e) => setThemeId(e.target.value)}>
            {themes.map((x) => (
              <option key={x.id} value={x.id}>
                {x.name}
              </option>
            ))}
          </select>
        </div>
        <fieldset className="bulk-tagging__action">
          <legend>{t('results.bulk.action')}</legend>
          {(['tag', 'untag'] as const).map((a) => (
            <div className="check" key={a}>
              <input id={`bulk-${a}`} type="radio" name="bulk-action" checked={action === a} onChange={() => setAction(a)} />
              <label htmlFor={`bulk-${a}`}>{t(a === 'tag' ? 'results.bulk.tag' : 'results.bulk.untag')}</label>
            </div>
          ))}
        </fieldset>
        <div>
          <button type="submit" className="button button--secondary" ref={startRef} disabled={total === 0 || confirming !== undefined}>
            {t('results.bulk.start', { count: total })}
          </button>
        </div>
      </form>
      {confirming !== undefined && (
        <div className="notice notice--warning bulk-tagging__confirm">
          <p tabIndex={-1} ref={confirmRef}>
            {t(action === 'tag' ? 'results.bulk.confirm' : 'results.bulk.confirmUntag', { count: confirming, theme: theme.name })}
          </p>
          <div className="actions">
            <button type="button" className="button" disabled={tag.isPending} onClick={() => confirm(confirming)}>
              {t(action === 'tag' ? 'results.bulk.yes' : 'results.bulk.yesUntag', { count: confirming })}
            </button>
            <button type="button" className="button button--secondary" onClick={cancel}>
              {t('results.bulk.cancel')}
            </button>
          </div>
        </div>
      )}
      {countChanged ? (
        <p className="notice notice--error" role="alert">
          {t('results.bulk.countChanged', { count: total })}
        </p>
      ) : (
        <Refusal problem={tag.error} lead={t('results.bulk.failed')} />
      )}
      {done && <TaggingDone dialogueId={dialogueId} operation={done} />}
    </div>
  );
}

/** The latest bulk taggings of the dialogue ("Senaste ändringar"), each with its undo while it stands. */
export function RecentTaggings({ dialogueId }: { dialogueId: string }) {
  const { t, locale } = useI18n();
  const taggings = useTaggings(dialogueId);
  const undo = useUndoTagging(dialogueId);
  const [said, setSaid] = useState('');
  const saidRef = useRef<HTMLParagraphElement>(null);
  const latest = (taggings.data ?? []).slice(0, 5);
  if (latest.length === 0) return null;
  const sourceKey = { search: 'results.taggings.search', suggestion: 'results.taggings.suggestion', similar: 'results.taggings.similar' } as const;
  return (
    <section className="recent-taggings" aria-labelledby="taggings-heading">
      <h3 id="taggings-heading">{t('results.taggings')}</h3>
      <ul>
        {latest.map((op) => (
          <li key={op.id}>
            <span id={`tagging-${op.id}`}>
              {t(op.action === 'tag' ? 'results.taggings.tagged' : 'results.taggings.untagged', { count: op.count, theme: op.themeName })}{' '}
              ({t(sourceKey[op.source])}, <time dateTime={op.doneAt}>{formatDateTime(op.doneAt, locale)}</time>)
            </span>{' '}
            {op.undoneAt ? (
              <em>{t('results.taggings.undone')}</em>
            ) : (
              <button
                type="button"
                className="button button--secondary"
                aria-describedby={`tagging-${op.id}`}
                disabled={undo.isPending}
                onClick={() =>
                  undo.mutate(op.id, {
                    // The button goes with the undo: focus stays near, on what was said.
                    onSuccess: () => {
                      setSaid(t('results.bulk.undone', { count: op.count, theme: op.themeName }));
                      requestAnimationFrame(() => saidRef.current?.focus());
                    },
                  })
                }
              >
                {t('results.undo')}
              </button>
            )}
          </li>
        ))}
      </ul>
      <p role="status" className="status-line" tabIndex={-1} ref={saidRef}>
        {said}
      </p>
      <Refusal problem={undo.error} lead={t('results.undo.failed')} />
    </section>
  );
}
