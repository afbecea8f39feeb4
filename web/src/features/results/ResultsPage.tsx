import { useEffect, useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import type { DialogueDetails } from '../../api/client';
import { useI18n } from '../../i18n/I18nProvider';
import { statusKey } from '../../i18n/catalogue';
import { ErrorMessage, Loading } from '../../components/Status';
import { StaffDialogueGate } from '../../components/StaffDialogueGate';
import { useStaffFeedback } from '../../lib/queries/staffFeedback';
import { useResult } from './api/result';
import { Export } from './Export';
import { Figures } from './Figures';
import { MapResults } from './MapResults';
import { OpinionGroups } from './OpinionGroups';
import { Opinions } from './Opinions';
import { Overview } from './Overview';
import { Summary } from './Summary';
import { Themes } from './Themes';
import { ThemeSuggestions } from './ThemeSuggestions';
import { canCompile, canGroup, initialFilter, toggleQuote, type OpinionFilter, type Quote } from './results';
import './results.css';

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
  const result = useResult(d.id);
  const feedback = useStaffFeedback(d.id);
  const grouping = canGroup(d.status);
  const compiling = canCompile(d.status, feedback.data);
  const [quotes, setQuotes] = useState<Quote[]>([]);
  const [filter, setFilter] = useState<OpinionFilter>(initialFilter);

  /** The list shows a group or a suggestion's opinions; focus goes to the list, where they can be read and grouped. */
  function showInList(narrowed: Partial<OpinionFilter>) {
    setFilter({ ...initialFilter, ...narrowed });
    requestAnimationFrame(() => document.getElementById('opinions-heading')?.focus());
  }

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
          {d.questions.some((q) => q.kind === 'map') && (
            <li>
              <a href="#map-heading">{t('results.map')}</a>
            </li>
          )}
          <li>
            <a href="#themes-heading">{t('results.themes')}</a>
          </li>
          <li>
            <a href="#suggestions-heading">{t('results.suggestions')}</a>
          </li>
          <li>
            <a href="#groups-heading">{t('results.groups')}</a>
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
          <MapResults dialogue={d} themes={result.data.themes} />
          <Themes dialogueId={d.id} result={result.data} grouping={grouping} />
          <ThemeSuggestions dialogue={d} grouping={grouping} onShow={(suggestionId) => showInList({ suggestionId })} />
          <OpinionGroups dialogueId={d.id} onShow={(sameAs) => showInList({ sameAs })} />
          <Opinions
            dialogueId={d.id}
            filter={filter}
            setFilter={setFilter}
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
