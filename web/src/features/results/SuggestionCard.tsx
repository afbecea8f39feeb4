import { useState, type FormEvent, type ReactNode } from 'react';
import type { ThemeSuggestionDto } from '../../api/client';
import { useI18n } from '../../i18n/I18nProvider';
import type { SuggestionDecision } from './api/decideSuggestion';
import { Marked } from './Marked';
import { toggle } from './results';

/**
 * One suggested theme and why: its key words, how many opinions it would group and up to three of them with the words
 * marked. Proposed: accept (named as it is, or renamed first), merge others into it, split it, reject it; rejected:
 * take it back; accepted: what it grouped, with undo (`done`).
 */
export function SuggestionCard(props: {
  suggestion: ThemeSuggestionDto;
  others: ThemeSuggestionDto[];
  grouping: boolean;
  pending: boolean;
  onDecide: (decision: SuggestionDecision, words: () => string) => void;
  onShow: () => void;
  done: (taggingId: string) => ReactNode;
}) {
  const { suggestion: s, pending, onDecide } = props;
  const { t } = useI18n();
  const [editing, setEditing] = useState<'rename' | 'merge'>();
  const [name, setName] = useState(s.name);
  const [merging, setMerging] = useState<string[]>([]);
  const id = `suggestion-${s.id}`;
  const proposed = s.status === 'proposed' && props.grouping;

  function rename(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const trimmed = name.trim();
    if (!trimmed) return;
    onDecide({ kind: 'rename', id: s.id, name: trimmed }, () => t('results.suggestion.renamed', { name: trimmed }));
    setEditing(undefined);
  }

  function merge(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (merging.length === 0) return;
    onDecide({ kind: 'merge', id: s.id, suggestionIds: merging }, () => t('results.suggestion.merged', { count: merging.length, name: s.name }));
    setEditing(undefined);
    setMerging([]);
  }

  return (
    <li className="compile-card suggestion" aria-labelledby={id}>
      <h3 id={id} className="suggestion__name">
        {s.name}
        {s.status === 'rejected' && <span className="badge suggestion__badge">{t('results.suggestion.rejected')}</span>}
      </h3>
      <p>{t('results.suggestion.count', { count: s.count })}</p>
      <p className="suggestion__why" id={`${id}-why`}>
        {t('results.suggestion.why')}
      </p>
      <ul className="chips" aria-labelledby={`${id}-why`}>
        {s.keyWords.map((w) => (
          <li key={w} className="chip">
            {w}
          </li>
        ))}
      </ul>
      {s.examples.length > 0 && (
        <>
          <p className="suggestion__examples">{t('results.suggestion.examples')}</p>
          {s.examples.slice(0, 3).map((e) => (
            <blockquote key={e.opinionId} className="opinion__text">
              <p>
                <Marked text={e.text} hits={e.hits} />
              </p>
            </blockquote>
          ))}
        </>
      )}
      {s.status === 'accepted' && s.taggingId && props.done(s.taggingId)}
      <div className="actions">
        {proposed && (
          <>
            <button type="button" className="button" disabled={pending} aria-describedby={id} onClick={() => onDecide({ kind: 'accept', id: s.id }, () => t('results.suggestion.acceptedSaid', { count: s.count, name: s.name }))}>
              {t('results.suggestion.accept')}
            </button>
            <button type="button" className="button button--secondary" aria-describedby={id} aria-expanded={editing === 'rename'} onClick={() => setEditing(editing === 'rename' ? undefined : 'rename')}>
              {t('results.suggestion.rename')}
            </button>
            {props.others.length > 0 && (
              <button type="button" className="button button--secondary" aria-describedby={id} aria-expanded={editing === 'merge'} onClick={() => setEditing(editing === 'merge' ? undefined : 'merge')}>
                {t('results.suggestion.merge')}
              </button>
            )}
            <button type="button" className="button button--secondary" disabled={pending} aria-describedby={id} onClick={() => onDecide({ kind: 'split', id: s.id }, () => t('results.suggestion.split', { name: s.name }))}>
              {t('results.suggestion.splitButton')}
            </button>
            <button type="button" className="button button--secondary" disabled={pending} aria-describedby={id} onClick={() => onDecide({ kind: 'reject', id: s.id }, () => t('results.suggestion.rejectedSaid', { name: s.name }))}>
              {t('results.suggestion.reject')}
            </button>
          </>
        )}
        {s.status === 'rejected' && props.grouping && (
          <button type="button" className="button button--secondary" disabled={pending} aria-describedby={id} onClick={() => onDecide({ kind: 'reopen', id: s.id }, () => t('results.suggestion.reopened', { name: s.name }))}>
            {t('results.suggestion.reopen')}
          </button>
        )}
        {s.status !== 'rejected' && (
          <button type="button" className="button button--secondary" aria-describedby={id} onClick={props.onShow}>
            {t('results.suggestion.show')}
          </button>
        )}
      </div>
      {proposed && editing === 'rename' && (
        <form className="inline-form" onSubmit={rename} aria-label={t('results.suggestion.renameFor', { name: s.name })}>
          <div className="field">
            <label htmlFor={`${id}-name`}>{t('results.suggestion.newName')}</label>
            <input id={`${id}-name`} value={name} maxLength={100} required onChange={(e) => setName(e.target.value)} autoFocus />
          </div>
          <div className="actions">
            <button type="submit" className="button" disabled={pending}>
              {t('results.suggestion.saveName')}
            </button>
          </div>
        </form>
      )}
      {proposed && editing === 'merge' && (
        <form onSubmit={merge} className="suggestion__merge">
          <fieldset>
            <legend>{t('results.suggestion.mergeWith', { name: s.name })}</legend>
            <div className="checks">
              {props.others.map((o) => (
                <div className="check" key={o.id}>
                  <input id={`${id}-merge-${o.id}`} type="checkbox" checked={merging.includes(o.id)} onChange={() => setMerging((m) => toggle(m, o.id))} />
                  <label htmlFor={`${id}-merge-${o.id}`}>{t('results.suggestion.mergeOption', { name: o.name, count: o.count })}</label>
                </div>
              ))}
            </div>
          </fieldset>
          <div className="actions">
            <button type="submit" className="button" disabled={pending || merging.length === 0}>
              {t('results.suggestion.mergeButton', { count: merging.length })}
            </button>
          </div>
        </form>
      )}
    </li>
  );
}
