import { useRef, useState, type FormEvent } from 'react';
import type { DialogueDetails, SuggestionRunDto, SuggestThemesRequest, ThemeSuggestionDto } from '../../api/client';
import { useI18n } from '../../i18n/I18nProvider';
import { SelectField } from '../../components/Fields';
import { ErrorMessage, Loading } from '../../components/Status';
import { useDecideSuggestion, type SuggestionDecision } from './api/decideSuggestion';
import { useSuggestThemes } from './api/suggestThemes';
import { useThemeSuggestions } from './api/themeSuggestions';
import { Refusal, TaggingDone } from './BulkTagging';
import { isWorking, suggestionCounts } from './compiling';
import { SuggestionCard } from './SuggestionCard';

/** The request a run was asked with, to ask again after it failed. */
const again = (run: SuggestionRunDto): SuggestThemesRequest => ({ count: run.wanted, questionId: run.questionId ?? null, onlyUntagged: run.onlyUntagged });

/**
 * "Förslag på teman": themes proposed from the free text in the background (progress shown while it works), each with
 * its key words, its count and typical opinions; staff accept, rename, merge, split or reject them.
 */
export function ThemeSuggestions({ dialogue, grouping, onShow }: { dialogue: DialogueDetails; grouping: boolean; onShow: (suggestionId: string) => void }) {
  const { t } = useI18n();
  const suggestions = useThemeSuggestions(dialogue.id);
  const suggest = useSuggestThemes(dialogue.id);
  const decide = useDecideSuggestion(dialogue.id);
  const [count, setCount] = useState(String(suggestionCounts.standard));
  const [onlyUntagged, setOnlyUntagged] = useState(false);
  const [questionId, setQuestionId] = useState('');
  const [said, setSaid] = useState('');
  const saidRef = useRef<HTMLParagraphElement>(null);
  const freeText = dialogue.questions.filter((q) => q.kind === 'freeText');
  const run = suggestions.data?.run;
  const working = isWorking(run);

  function ask(request: SuggestThemesRequest) {
    if (suggest.isPending) return;
    decide.reset();
    setSaid('');
    suggest.mutate(request);
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const wanted = Math.min(suggestionCounts.max, Math.max(suggestionCounts.min, Math.round(Number(count) || suggestionCounts.standard)));
    setCount(String(wanted));
    ask({ count: wanted, questionId: questionId || null, onlyUntagged });
  }

  /** Sends one decision; what it did is said (and takes focus, as the button pressed may be gone). */
  function act(decision: SuggestionDecision, words: () => string) {
    setSaid('');
    decide.mutate(decision, {
      onSuccess: () => setSaid(words()),
      onSettled: () => requestAnimationFrame(() => saidRef.current?.focus()),
    });
  }

  const shown = run?.status === 'done' ? run.suggestions : [];
  const proposed = shown.filter((s) => s.status === 'proposed');
  return (
    <section aria-labelledby="suggestions-heading">
      <h2 id="suggestions-heading">{t('results.suggestions')}</h2>
      <p>{t('results.suggestions.intro')}</p>
      {grouping && (
        <form className="suggest-form" onSubmit={submit} aria-labelledby="suggest-form-heading">
          <h3 id="suggest-form-heading" className="visually-hidden">
            {t('results.suggestions.ask')}
          </h3>
          <div className="field">
            <label htmlFor="suggest-count">{t('results.suggestions.count')}</label>
            <input
              id="suggest-count"
              type="number"
              inputMode="numeric"
              min={suggestionCounts.min}
              max={suggestionCounts.max}
              value={count}
              onChange={(e) => setCount(e.target.value)}
              aria-describedby="suggest-count-hint"
            />
            <p id="suggest-count-hint" className="hint">
              {t('results.suggestions.countHint', { min: suggestionCounts.min, max: suggestionCounts.max })}
            </p>
          </div>
          {freeText.length > 0 && (
            <SelectField
              id="suggest-question"
              label={t('results.suggestions.question')}
              value={questionId}
              onChange={setQuestionId}
              options={freeText.map((q) => [q.id, q.text])}
              none={t('results.suggestions.allText')}
            />
          )}
          <div className="check">
            <input id="suggest-untagged" type="checkbox" checked={onlyUntagged} onChange={(e) => setOnlyUntagged(e.target.checked)} />
            <label htmlFor="suggest-untagged">{t('results.suggestions.onlyUntagged')}</label>
          </div>
          <div>
            {/* Never disabled while a run works (focus would be lost): asked again, the API says one is running. */}
            <button type="submit" className="button">
              {t('results.suggestions.ask')}
            </button>
          </div>
        </form>
      )}
      <Refusal problem={suggest.error} lead={t('results.suggestions.failed')} />
      {suggestions.isPending && <Loading />}
      {suggestions.isError && <ErrorMessage problem={suggestions.error} onRetry={() => void suggestions.refetch()} />}
      {/* The live region is always there, so its changes are read: the progress, then what was found. */}
      <div role="status" className="status-line">
        {run && working && t(run.status === 'queued' ? 'results.suggestions.queued' : 'results.suggestions.running', { progress: run.progress })}
        {run?.status === 'done' && t('results.suggestions.done', { count: shown.length, read: run.opinionsRead })}
      </div>
      {run && working && (
        <div className="suggest-progress">
          <label htmlFor="suggest-progress">{t('results.suggestions.progress')}</label>
          <progress id="suggest-progress" max={100} value={run.progress}>
            {t('results.suggestions.percent', { progress: run.progress })}
          </progress>
        </div>
      )}
      {run?.status === 'failed' && (
        <div className="notice notice--error" role="alert">
          <p>{t('results.suggestions.runFailed')}</p>
          {grouping && (
            <button type="button" className="button" onClick={() => ask(again(run))}>
              {t('common.tryAgain')}
            </button>
          )}
        </div>
      )}
      <p className="status-line" role="status" tabIndex={-1} ref={saidRef}>
        {said}
      </p>
      <Refusal problem={decide.error} lead={t('results.suggestion.failed')} />
      {run?.status === 'done' && (
        <>
          {run.unsorted > 0 && <p>{t('results.suggestions.unsorted', { count: run.unsorted })}</p>}
          {shown.length === 0 ? (
            <p>{t('results.suggestions.none')}</p>
          ) : (
            <ul className="compile-cards">
              {shown.map((s) => (
                <SuggestionCard
                  key={s.id}
                  suggestion={s}
                  others={proposed.filter((o) => o.id !== s.id)}
                  grouping={grouping}
                  pending={decide.isPending}
                  onDecide={(decision, words) => act(decision, words)}
                  onShow={() => onShow(s.id)}
                  done={(taggingId) => (
                    <AcceptedTagging
                      dialogueId={dialogue.id}
                      suggestion={s}
                      taggingId={taggingId}
                      onUndone={() => {
                        setSaid(t('results.bulk.undone', { count: s.count, theme: s.name }));
                        requestAnimationFrame(() => saidRef.current?.focus());
                      }}
                    />
                  )}
                />
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}

/** An accepted suggestion: how many it grouped, with undo (the tagging is the one accepting made). */
function AcceptedTagging(props: { dialogueId: string; suggestion: ThemeSuggestionDto; taggingId: string; onUndone: () => void }) {
  const { dialogueId, suggestion, taggingId } = props;
  return (
    <TaggingDone
      dialogueId={dialogueId}
      operation={{ id: taggingId, themeId: suggestion.themeId ?? '', themeName: suggestion.name, action: 'tag', source: 'suggestion', count: suggestion.count, doneAt: '' }}
      accepted
      onUndone={props.onUndone}
    />
  );
}
